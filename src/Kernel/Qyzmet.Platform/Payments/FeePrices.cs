using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Money;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Payments;

public static class FeeErrors
{
    /// <summary>503: the price is reference data the platform lacks on that date, not a mistake of the applicant.</summary>
    public static readonly ErrorCode NoPrice = new("PAY-0116", 503, new(
        "«{0}» бағасы {1} күнге (ауданы {2}) баға прейскурантында жоқ. Әкімші осы күннен бастап қолданылатын бағаны енгізуі керек.",
        "Цены «{0}» на {1} (площадь {2}) нет в прейскуранте. Администратор должен внести цену, действующую с этой даты.",
        "The price list has no price \"{0}\" in force on {1} (area {2}). An administrator must enter the price in force from that date."));

    public static readonly ErrorCode BadPrice = new("PAY-0117", 400, new(
        "{0}: бағаны теңгемен оң сан ретінде (тиынға дейін), ал қолданылу күнін yyyy-MM-dd түрінде беріңіз; аудан шектері теріс емес және төменгісі жоғарғысынан кіші болуы керек.",
        "{0}: укажите цену в тенге положительным числом (до тиына), дату начала действия в виде yyyy-MM-dd; границы площади неотрицательные, нижняя меньше верхней.",
        "{0}: give the price in tenge as a positive amount (to the tiyn), the effective date as yyyy-MM-dd; area bounds non-negative, the lower below the upper."));
}

/// <summary>
/// One price of a State Corporation price list (000.md §1 and App. 1 row 6: Order No. 21/НҚ of 16.01.2024; 003.md
/// Standard item 6: Order No. 87 of 26.01.2016 para 28), in force from <see cref="EffectiveFrom"/> until a later row of the
/// same code and area band replaces it. An area band is (<see cref="AreaAbove"/>, <see cref="AreaUpTo"/>]: 000.md §8.1
/// "up to 1000 m²" includes 1000, "over 1000 m²" does not. Prices are data an administrator loads (D-707).
/// </summary>
public sealed class FeePrice
{
    public long Id { get; init; }

    /// <summary>Which price list (e.g. "sc-21nk-2024"), as the catalog's <see cref="FeeRule.PriceList"/> names it.</summary>
    public required string PriceList { get; init; }

    /// <summary>The position in the list (e.g. "s1.base.apartment"); the services name it.</summary>
    public required string Code { get; init; }

    public required string NameKk { get; init; }

    public required string NameRu { get; init; }

    /// <summary>The band's lower bound, exclusive (m² of total area); null: no lower bound.</summary>
    public decimal? AreaAbove { get; init; }

    /// <summary>The band's upper bound, inclusive; null: no upper bound.</summary>
    public decimal? AreaUpTo { get; init; }

    /// <summary>The first Almaty calendar day the price applies.</summary>
    public DateOnly EffectiveFrom { get; init; }

    public long AmountTiyn { get; init; }

    /// <summary>The spec gives no figure: the amount is a named placeholder until an administrator loads the real one (D-708).</summary>
    public bool Placeholder { get; init; }

    public DateTime CreatedAt { get; init; }

    public string? CreatedBy { get; init; }

    /// <summary>Where the figure comes from (the order and its date), as loaded; null for the rows seeded before it was kept (D-717).</summary>
    public string? Source { get; init; }
}

/// <summary>
/// The one fee-rule service every service that charges a price-list fee uses: the price of a code on the payment date
/// (the day the invoice is issued, Almaty; D-707), for the object's area where the list has area bands.
/// </summary>
public sealed class FeeRuleService(QyzmetDbContext db, TimeProvider time, IMemoryCache cache)
{
    /// <summary>
    /// D-368: a code's price rows are kept for a minute, as the working calendar is: every invoice of a service read them
    /// (one statement per submission). A price set here applies at once in this instance and within the minute in the
    /// others; prices are set ahead of the day they apply from (D-707), so the minute changes no invoice in practice.
    /// </summary>
    public static readonly TimeSpan CacheFor = TimeSpan.FromMinutes(1);

    /// <summary>Today in Almaty: the payment date of an invoice issued now.</summary>
    public DateOnly Today => Kernel.Calendar.AlmatyTime.LocalDate(time.GetUtcNow());

    /// <summary>The price of <paramref name="code"/> on <paramref name="on"/> (PAY-0116 when none is in force).</summary>
    public async Task<Tenge> PriceAsync(string code, DateOnly on, decimal? area, CancellationToken ct) =>
        new((await RowAsync(code, on, area, ct)).AmountTiyn);

    /// <summary>The price row in force (with whether its figure is a placeholder, D-708, D-630); PAY-0116 when none.</summary>
    public async Task<FeePrice> RowAsync(string code, DateOnly on, decimal? area, CancellationToken ct)
    {
        var key = CacheKey(code);
        if (!cache.TryGetValue(key, out List<FeePrice>? rows) || rows is null)
        {
            rows = await db.FeePrices.AsNoTracking().Where(p => p.Code == code).ToListAsync(ct);
            cache.Set(key, rows, CacheFor);
        }

        return Select(rows, code, on, area);
    }

    /// <summary>The price in force today.</summary>
    public Task<Tenge> PriceTodayAsync(string code, decimal? area, CancellationToken ct) => PriceAsync(code, Today, area, ct);

    /// <summary>
    /// The rule, apart from the database: of the rows of the code whose band holds the area, the one with the latest
    /// effective date not after <paramref name="on"/>. A row without bounds holds any area (and an unknown one).
    /// </summary>
    public static FeePrice Select(IEnumerable<FeePrice> rows, string code, DateOnly on, decimal? area)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var found = rows
            .Where(p => p.Code == code && p.EffectiveFrom <= on && InBand(p, area))
            .OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Id)
            .FirstOrDefault();
        return found ?? throw new QyzmetException(FeeErrors.NoPrice, code, on.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture),
            area?.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) ?? "—");
    }

    private static bool InBand(FeePrice p, decimal? area)
    {
        if (p.AreaAbove is null && p.AreaUpTo is null)
        {
            return true;
        }

        return area is { } a && (p.AreaAbove is not { } above || a > above) && (p.AreaUpTo is not { } upTo || a <= upTo);
    }

    /// <summary>Adds a price in force from a date (an earlier row stays for invoices of earlier days).</summary>
    public async Task<FeePrice> SetAsync(string actor, string code, decimal? tenge, DateOnly? effectiveFrom, decimal? areaAbove, decimal? areaUpTo, CancellationToken ct)
    {
        var existing = await db.FeePrices.AsNoTracking().Where(p => p.Code == code).OrderByDescending(p => p.EffectiveFrom).ThenByDescending(p => p.Id).FirstOrDefaultAsync(ct)
            ?? throw new QyzmetException(MoneyErrors.FeeFromPriceList, code);
        if (tenge is not { } t || t <= 0 || decimal.Round(t, 2) != t)
        {
            throw new QyzmetException(FeeErrors.BadPrice, "tenge") { Fields = { ["tenge"] = FeeErrors.BadPrice.Message } };
        }

        if (areaAbove < 0 || areaUpTo < 0 || (areaAbove is { } lo && areaUpTo is { } hi && lo >= hi))
        {
            throw new QyzmetException(FeeErrors.BadPrice, "areaAbove") { Fields = { ["areaAbove"] = FeeErrors.BadPrice.Message } };
        }

        var row = new FeePrice
        {
            PriceList = existing.PriceList,
            Code = code,
            NameKk = existing.NameKk,
            NameRu = existing.NameRu,
            AreaAbove = areaAbove,
            AreaUpTo = areaUpTo,
            EffectiveFrom = effectiveFrom ?? Today,
            AmountTiyn = Tenge.FromTenge(t).Tiyn,
            Placeholder = false,
            CreatedAt = time.GetUtcNow().UtcDateTime,
            CreatedBy = actor,
        };
        db.FeePrices.Add(row);
        await db.SaveChangesAsync(ct);
        cache.Remove(CacheKey(code));
        return row;
    }

    /// <summary>Drops this instance's cached rows of <paramref name="code"/> after another writer changed them (D-368, D-717).</summary>
    public void Forget(string code) => cache.Remove(CacheKey(code));

    private static string CacheKey(string code) => "fee-prices:" + code;
}
