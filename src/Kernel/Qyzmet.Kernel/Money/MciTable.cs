using Qyzmet.Kernel.Errors;

namespace Qyzmet.Kernel.Money;

/// <summary>
/// The monthly calculation index (АЕК/МРП) by year. The value is set each year by the law on the republican
/// budget, so it is data an administrator loads; <see cref="Default"/> holds the values known when this was
/// written. A year is keyed as a whole: a mid-year change (as in 2022) needs a finer table.
/// </summary>
public sealed class MciTable
{
    private readonly Dictionary<int, Tenge> _values;

    public MciTable(IReadOnlyDictionary<int, Tenge> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (year, value) in values)
        {
            if (value <= Tenge.Zero)
            {
                throw new QyzmetException(MoneyErrors.InvalidMci, year, value);
            }
        }

        _values = new Dictionary<int, Tenge>(values);
    }

    /// <summary>2023: 3 450 ₸, 2024: 3 692 ₸, 2025: 3 932 ₸, 2026: 4 325 ₸ (republican budget laws).</summary>
    public static MciTable Default { get; } = new(new Dictionary<int, Tenge>
    {
        [2023] = Tenge.FromTenge(3450),
        [2024] = Tenge.FromTenge(3692),
        [2025] = Tenge.FromTenge(3932),
        [2026] = Tenge.FromTenge(4325),
    });

    public IReadOnlyDictionary<int, Tenge> Values => _values;

    /// <summary>The MCI of a year, or PAY-0001 when the year is not loaded.</summary>
    public Tenge ValueFor(int year) =>
        _values.TryGetValue(year, out var value) ? value : throw new QyzmetException(MoneyErrors.MciUnknown, year);

    /// <summary>
    /// The fee a rule gives on a payment date: free is zero; an MCI share is share × the MCI of the payment date's
    /// year, rounded to whole tiyn half away from zero. Price-list and unstated fees cannot be computed here.
    /// </summary>
    public Tenge Compute(FeeRule rule, DateOnly paymentDate)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule switch
        {
            FeeRule.Free => Tenge.Zero,
            FeeRule.MciShare { Share: < 0 } share => throw new QyzmetException(MoneyErrors.NegativeShare, share.Share),
            FeeRule.MciShare share => new Tenge((long)decimal.Round(
                share.Share * ValueFor(paymentDate.Year).Tiyn, 0, MidpointRounding.AwayFromZero)),
            FeeRule.PriceList list => throw new QyzmetException(MoneyErrors.FeeFromPriceList, list.PriceListId),
            FeeRule.NotStated notStated => throw new QyzmetException(MoneyErrors.FeeNotStated, notStated.Note.En),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "Unknown fee rule."),
        };
    }
}
