using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Payments;
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
/// D-717: the duties (shares of the MCI) stay this module's rows; the surcharges are a price list like the State
/// Corporation's (a tariff, a fixed amount), so they are rows of the kernel's <c>payments_fee_prices</c>, read through
/// <see cref="FeeRuleService"/> like every other price-list fee; this service loads and lists both.
/// </summary>
internal sealed class DutyRates(QyzmetDbContext db, AuditLog audit, TimeProvider time, FeeRuleService fees)
{
    public static readonly string[] Items = ["passport", "id-card", "accelerated-7", "accelerated-10", "accelerated-15"];

    /// <summary>The catalog's name of the Ministry's price list of accelerated-issue tariffs (004.md §3.1 item 7).</summary>
    public const string SurchargePriceList = "mvd-accelerated-issue-tariffs";

    /// <summary>
    /// D-717: the fee-price code of an accelerated-issue surcharge item ("accelerated-7" → "population.accelerated-7"); null
    /// for a duty item.
    /// </summary>
    public static string? SurchargeCode(string item) =>
        item.StartsWith("accelerated-", StringComparison.Ordinal) ? "population." + item : null;

    /// <summary>A surcharge's price row (D-717), named as the API names the item.</summary>
    public static FeePrice SurchargePrice(string item, DateOnly from, long amountTiyn, bool placeholder, string? source, DateTime createdAt, string? createdBy)
    {
        var label = Describe(item).Label;
        return new FeePrice
        {
            PriceList = SurchargePriceList,
            Code = SurchargeCode(item) ?? throw new ArgumentException("Not a surcharge item: " + item, nameof(item)),
            NameKk = label.Kk,
            NameRu = label.Ru,
            EffectiveFrom = from,
            AmountTiyn = amountTiyn,
            Placeholder = placeholder,
            Source = source,
            CreatedAt = createdAt,
            CreatedBy = createdBy,
        };
    }

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

    /// <summary>The duties and (D-717: from the fee prices) the surcharges, by item and date.</summary>
    public async Task<IReadOnlyList<DutyRate>> ListAsync(CancellationToken ct)
    {
        var duties = await db.Set<DutyRate>().AsNoTracking().ToListAsync(ct);
        var codes = Items.Select(SurchargeCode).OfType<string>().ToList();
        var surcharges = await db.FeePrices.AsNoTracking().Where(p => codes.Contains(p.Code)).ToListAsync(ct);
        return [.. duties.Concat(surcharges.Select(p => new DutyRate
        {
            Item = p.Code["population.".Length..],
            EffectiveFrom = p.EffectiveFrom,
            AmountTiyn = p.AmountTiyn,
            Source = p.Source ?? p.PriceList,
            Placeholder = p.Placeholder,
        })).OrderBy(r => r.Item, StringComparer.Ordinal).ThenBy(r => r.EffectiveFrom)];
    }

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

            if (SurchargeCode(r.Item) is not null && r.AmountTiyn is null)
            {
                // D-717: a surcharge is a tariff of the price list (a fixed amount), not a share of the MCI.
                throw Invalid(at + ".amountTiyn", "қосымша ақы — тиынмен сома (тариф, АЕК үлесі емес)", "доплата — сумма в тиынах (тариф, не доля МРП)",
                    "a surcharge is an amount in tiyn (a tariff, not a share of the MCI)");
            }

            parsed.Add(new DutyRate { Item = r.Item, EffectiveFrom = from, MciShare = r.MciShare, AmountTiyn = r.AmountTiyn, Source = r.Source.Trim(), Placeholder = r.Placeholder == true });
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var rate in parsed)
        {
            if (SurchargeCode(rate.Item) is { } code)
            {
                await db.FeePrices.Where(x => x.Code == code && x.EffectiveFrom == rate.EffectiveFrom && x.AreaAbove == null && x.AreaUpTo == null).ExecuteDeleteAsync(ct);
                db.FeePrices.Add(SurchargePrice(rate.Item, rate.EffectiveFrom, rate.AmountTiyn!.Value, rate.Placeholder, rate.Source, now, user.Id));
            }
            else
            {
                await db.Set<DutyRate>().Where(x => x.Item == rate.Item && x.EffectiveFrom == rate.EffectiveFrom).ExecuteDeleteAsync(ct);
                db.Add(rate);
            }
        }

        await audit.AppendAsync(new ProcessContext(user.Id, user.Role, "price list loaded", user.UnitId), "population.duty-rates.load", "duty-rates",
            JsonSerializer.Serialize(parsed.Select(p => new { p.Item, p.EffectiveFrom, p.MciShare, p.AmountTiyn, p.Source, p.Placeholder })), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        foreach (var code in parsed.Select(r => SurchargeCode(r.Item)).OfType<string>())
        {
            fees.Forget(code); // the surcharges are price-list rows, cached per instance (D-368)
        }

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
