using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.PopulationDocuments.Common;
using Qyzmet.PopulationDocuments.Domain;

namespace Qyzmet.PopulationDocuments.Features.LoadDutyRates;

/// <summary>One rate of the price list: the item, the day it takes effect, a share of the MCI or a fixed amount, and its source.</summary>
/// <param name="Item">One of <see cref="DutyRates.Items"/>.</param>
/// <param name="EffectiveFrom">The day it takes effect, yyyy-MM-dd.</param>
/// <param name="MciShare">A share of the MCI (4 = 400%), or null.</param>
/// <param name="AmountTiyn">A fixed amount in tiyn, or null.</param>
/// <param name="Source">The price list's source (order, date).</param>
/// <param name="Placeholder">D-630: a stand-in figure, not the Ministry's (default false: a loaded price list is the Ministry's).</param>
public sealed record DutyRateRow(string? Item, string? EffectiveFrom, decimal? MciShare, long? AmountTiyn, string? Source, bool? Placeholder = null);

/// <summary>
/// The S1 duties and accelerated-issue surcharges as data with effective dates (004.md §3.1 item 7: the surcharge tariffs
/// are published on the Ministry's web resource; §8.2 rule 2; D-615, D-621): an administrator loads the Ministry's price
/// list; each row takes effect on its date and the rate in force on the payment day applies. The whole list is checked
/// first and loaded in one transaction, audited; a row with the same item and date replaces the earlier one.
/// </summary>
internal sealed class DutyRates(QyzmetDbContext db, AuditLog audit)
{
    public static readonly string[] Items = ["passport", "id-card", "accelerated-7", "accelerated-10", "accelerated-15"];

    /// <summary>What an item is, as the API and pages name it (D-630): the state duty or the accelerated-issue surcharge.</summary>
    public static (string Kind, Kernel.Text.LocalizedText Label) Describe(string item) => item switch
    {
        "passport" => ("duty", new("Мемлекеттік баж: паспорт", "Государственная пошлина: паспорт", "State duty: passport")),
        "id-card" => ("duty", new("Мемлекеттік баж: жеке куәлік", "Государственная пошлина: удостоверение личности", "State duty: identity card")),
        _ when item.StartsWith("accelerated-", StringComparison.Ordinal) => ("surcharge", new(
            $"Жеделдетіп ресімдеу үшін қосымша ақы ({item["accelerated-".Length..]} жұмыс күні; мемлекеттік баж емес, ІІМ баға тізбесі)",
            $"Доплата за ускоренное оформление ({item["accelerated-".Length..]} рабочих дней; не госпошлина, прейскурант МВД)",
            $"Accelerated-issue surcharge ({item["accelerated-".Length..]} working days; not the state duty: the Ministry's price list)")),
        _ => ("other", new(item, item, item)),
    };

    /// <summary>D-630: what a placeholder row is, in the reader's languages.</summary>
    public static readonly Kernel.Text.LocalizedText PlaceholderNote = new(
        "Уақытша мән: 004.md қосымша ақының мөлшерін бермейді; ІІМ баға тізбесі кейінгі күнмен жүктелгенде ауыстырылады.",
        "Временное значение: 004.md не называет размер доплаты; заменяется, когда прейскурант МВД загружен с более поздней датой.",
        "Placeholder: 004.md gives no surcharge figure; replaced when the Ministry's price list is loaded with a later date.");

    public async Task<IReadOnlyList<DutyRate>> ListAsync(CancellationToken ct) =>
        await db.Set<DutyRate>().AsNoTracking().OrderBy(r => r.Item).ThenBy(r => r.EffectiveFrom).ToListAsync(ct);

    public async Task<int> LoadAsync(UserInfo user, IReadOnlyList<DutyRateRow>? rows, CancellationToken ct)
    {
        if (user.Role != Roles.Administrator)
        {
            throw new QyzmetException(KernelErrors.Forbidden);
        }

        if (rows is null || rows.Count == 0)
        {
            throw Invalid("[0]", "бос тізім", "пустой список", "an empty list");
        }

        var parsed = new List<DutyRate>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var at = $"[{i}]";
            if (r.Item is null || !Items.Contains(r.Item))
            {
                throw Invalid(at + ".item", "белгісіз позиция: " + string.Join(", ", Items), "неизвестная позиция: " + string.Join(", ", Items), "unknown item; one of " + string.Join(", ", Items));
            }

            if (!DateOnly.TryParseExact(r.EffectiveFrom, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
            {
                throw Invalid(at + ".effectiveFrom", "күн yyyy-MM-dd түрінде", "дата в виде yyyy-MM-dd", "a date as yyyy-MM-dd");
            }

            if ((r.MciShare is null) == (r.AmountTiyn is null) || r.MciShare is <= 0 or > 100 || r.AmountTiyn is <= 0)
            {
                throw Invalid(at + ".mciShare", "АЕК үлесі немесе тиынмен сома (біреуі ғана, оң)", "доля МРП или сумма в тиынах (одно из двух, положительное)", "an MCI share or an amount in tiyn (exactly one, positive)");
            }

            if (string.IsNullOrWhiteSpace(r.Source))
            {
                throw Invalid(at + ".source", "баға тізбесінің дереккөзі (бұйрық, күні)", "источник прейскуранта (приказ, дата)", "the price list's source (order, date)");
            }

            parsed.Add(new DutyRate { Item = r.Item, EffectiveFrom = from, MciShare = r.MciShare, AmountTiyn = r.AmountTiyn, Source = r.Source.Trim(), Placeholder = r.Placeholder == true });
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var rate in parsed)
        {
            await db.Set<DutyRate>().Where(x => x.Item == rate.Item && x.EffectiveFrom == rate.EffectiveFrom).ExecuteDeleteAsync(ct);
        }

        db.AddRange(parsed);
        await audit.AppendAsync(new ProcessContext(user.Id, user.Role, "price list loaded", user.UnitId), "population.duty-rates.load", "duty-rates",
            JsonSerializer.Serialize(parsed.Select(p => new { p.Item, p.EffectiveFrom, p.MciShare, p.AmountTiyn, p.Source, p.Placeholder })), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return parsed.Count;
    }

    private static QyzmetException Invalid(string field, string kk, string ru, string en)
    {
        var m = PopulationErrors.RateInvalid.Message;
        object[] args = [field, kk, ru, en];
        return new(PopulationErrors.RateInvalid, args)
        {
            Fields = { [field] = new(string.Format(CultureInfo.InvariantCulture, m.Kk, args), string.Format(CultureInfo.InvariantCulture, m.Ru, args), string.Format(CultureInfo.InvariantCulture, m.En, args)) },
        };
    }
}
