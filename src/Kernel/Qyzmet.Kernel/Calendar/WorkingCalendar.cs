using System.Collections.Concurrent;
using Qyzmet.Kernel.Errors;

namespace Qyzmet.Kernel.Calendar;

/// <summary>
/// Working days in Kazakhstan: a five-day week, the statutory holidays (<see cref="PublicHolidays"/>), the day off
/// owed when a national or state holiday falls on a weekend (Law on holidays art. 5; not for religious holidays,
/// Labour Code art. 84 p. 5) and the Government's yearly transfers loaded as <see cref="DayOverride"/>s.
/// Counting follows ADR 0004 (see <see cref="AcceptanceDay"/> and <see cref="Compute"/>). Thread-safe.
/// </summary>
public sealed class WorkingCalendar
{
    /// <summary>Requests made after this local time are accepted on the next working day (ADR 0004).</summary>
    public static readonly TimeOnly AcceptanceCutOff = new(18, 30);

    /// <summary>The largest time limit we count (ten years); anything longer is a data error.</summary>
    public const int MaxAmount = 3650;

    private readonly Dictionary<DateOnly, DayOverride> _overrides;
    private readonly ConcurrentDictionary<int, StatutoryYear> _years = new();

    public WorkingCalendar(IEnumerable<DayOverride> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        _overrides = [];
        foreach (var o in overrides)
        {
            if (!_overrides.TryAdd(o.Date, o))
            {
                throw new QyzmetException(CalendarErrors.DuplicateOverride, o.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
        }
    }

    /// <summary>A calendar with the statutory rules only (no Government transfers).</summary>
    public static WorkingCalendar Statutory { get; } = new([]);

    public IReadOnlyCollection<DayOverride> Overrides => _overrides.Values;

    public bool IsWorkingDay(DateOnly date) => Describe(date).IsWorkingDay;

    /// <summary>
    /// What the date is. Precedence: a transfer to a working day wins; then a statutory holiday (a day-off transfer
    /// onto a holiday changes nothing); then a transfer to a day off; then a moved holiday day off; then the weekend.
    /// </summary>
    public DayInfo Describe(DateOnly date)
    {
        _overrides.TryGetValue(date, out var o);
        if (o is { Kind: DayOverrideKind.WorkingDay })
        {
            return new DayInfo(date, DayKind.TransferredWorkingDay, Reason: o.Reason);
        }

        var year = _years.GetOrAdd(date.Year, static y => new StatutoryYear(y));
        if (year.Holidays.TryGetValue(date, out var holiday))
        {
            return new DayInfo(date, DayKind.Holiday, holiday.Name, o?.Reason);
        }

        if (o is { Kind: DayOverrideKind.DayOff })
        {
            return new DayInfo(date, DayKind.TransferredDayOff, Reason: o.Reason);
        }

        if (year.MovedDaysOff.TryGetValue(date, out var moved))
        {
            return new DayInfo(date, DayKind.MovedHolidayDayOff, moved.Name, MovedFrom: moved.Date);
        }

        return IsWeekend(date) ? new DayInfo(date, DayKind.Weekend) : new DayInfo(date, DayKind.WorkingDay);
    }

    /// <summary>The first working day strictly after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date)
    {
        var d = date.AddDays(1);
        while (!IsWorkingDay(d))
        {
            d = d.AddDays(1);
        }

        return d;
    }

    /// <summary>The <paramref name="workingDays"/>-th working day after <paramref name="date"/> (the date itself not counted).</summary>
    public DateOnly AddWorkingDays(DateOnly date, int workingDays)
    {
        CheckAmount(workingDays);
        var d = date;
        for (var i = 0; i < workingDays; i++)
        {
            d = NextWorkingDay(d);
        }

        return d;
    }

    /// <summary>
    /// The day a request counts as received (ADR 0004): the same local day if it is a working day and the request
    /// came by 18:30 local time; otherwise the next working day.
    /// </summary>
    public DateOnly AcceptanceDay(DateTimeOffset submittedAt)
    {
        var date = AlmatyTime.LocalDate(submittedAt);
        return IsWorkingDay(date) && AlmatyTime.LocalTime(submittedAt) <= AcceptanceCutOff ? date : NextWorkingDay(date);
    }

    /// <summary>
    /// Counts a day-based time limit (ADR 0004). The acceptance day is not counted. "Within N working days" ends on
    /// the Nth working day after it; "N calendar days" ends N days after it, moved to the next working day when that
    /// is not one. Hours and minutes are counted to an instant: use <see cref="DueInstant"/>.
    /// </summary>
    public Deadline Compute(DateTimeOffset submittedAt, DeadlineRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        CheckAmount(rule.Amount);
        var accepted = AcceptanceDay(submittedAt);
        DateOnly due;
        switch (rule.Unit)
        {
            case DeadlineUnit.WorkingDays:
                due = AddWorkingDays(accepted, rule.Amount);
                break;
            case DeadlineUnit.CalendarDays:
                due = accepted.AddDays(rule.Amount);
                if (!IsWorkingDay(due))
                {
                    due = NextWorkingDay(due);
                }

                break;
            default:
                throw new QyzmetException(CalendarErrors.UnitNeedsInstant, rule.Unit);
        }

        var skipped = new List<DateOnly>();
        for (var d = AlmatyTime.LocalDate(submittedAt); d <= due; d = d.AddDays(1))
        {
            if (!IsWorkingDay(d))
            {
                skipped.Add(d);
            }
        }

        return new Deadline(accepted, due, skipped);
    }

    /// <summary>
    /// The instant an hour- or minute-based limit runs out (e.g. the 24-hour payment window), counted as elapsed
    /// time from <paramref name="from"/> and returned in Kazakhstan local time. Day-based units use <see cref="Compute"/>.
    /// </summary>
    public static DateTimeOffset DueInstant(DateTimeOffset from, DeadlineRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        CheckAmount(rule.Amount);
        return rule.Unit switch
        {
            DeadlineUnit.Hours => AlmatyTime.ToLocal(from.AddHours(rule.Amount)),
            DeadlineUnit.Minutes => AlmatyTime.ToLocal(from.AddMinutes(rule.Amount)),
            _ => throw new QyzmetException(CalendarErrors.UnitNeedsDate, rule.Unit),
        };
    }

    private static void CheckAmount(int amount)
    {
        if (amount is < 0 or > MaxAmount)
        {
            throw new QyzmetException(CalendarErrors.AmountOutOfRange, amount);
        }
    }

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    /// <summary>The statutory days off of one year, computed once.</summary>
    private sealed class StatutoryYear
    {
        public StatutoryYear(int year)
        {
            foreach (var h in PublicHolidays.For(year))
            {
                // On a coincidence (Kurban Ait 2032 on Nauryz) the first listed name is kept; it is one day off.
                Holidays.TryAdd(h.Date, h);
            }

            // Law on holidays art. 5: each national/state holiday on a Saturday or Sunday gives a day off on the next
            // working day after the holiday; several such holidays take successive days (1–2 Jan 2022 → 3 and 4 Jan).
            // The last holidays of the year are in mid-December, so the moved days never cross into January.
            foreach (var h in Holidays.Values.Where(h => h.MovesOffWeekend && IsWeekend(h.Date)).OrderBy(h => h.Date))
            {
                var d = h.Date.AddDays(1);
                while (IsWeekend(d) || Holidays.ContainsKey(d) || MovedDaysOff.ContainsKey(d))
                {
                    d = d.AddDays(1);
                }

                MovedDaysOff[d] = h;
            }
        }

        public Dictionary<DateOnly, PublicHoliday> Holidays { get; } = [];

        public Dictionary<DateOnly, PublicHoliday> MovedDaysOff { get; } = [];
    }
}
