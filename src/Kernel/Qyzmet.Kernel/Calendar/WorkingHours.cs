namespace Qyzmet.Kernel.Calendar;

/// <summary>A period a channel is open on a day of the week, local time, half-open [Opens, Closes).</summary>
public sealed record OpeningPeriod(DayOfWeek Day, TimeOnly Opens, TimeOnly Closes);

/// <summary>
/// When a channel receives applicants, as the service regulations state (see <see cref="Channel"/>).
/// Rules we apply on top of the weekly table (our convention; the regulations only say "except weekends and
/// holidays"): nothing but the portal is open on a holiday, a moved holiday day off or a Government day-off
/// transfer; an ordinary Saturday keeps its Saturday hours (service centre, migration police); a weekend day
/// transferred to a working day is worked on Monday's hours.
/// </summary>
public sealed record WorkingHours(Channel Channel, bool RoundTheClock, IReadOnlyList<OpeningPeriod> Periods)
{
    private static readonly TimeOnly Nine = new(9, 0);
    private static readonly TimeOnly LunchStart = new(13, 0);
    private static readonly TimeOnly LunchEnd = new(14, 0);
    private static readonly TimeOnly OfficeClose = new(18, 30);

    private static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    // Mon–Fri 9:00–18:30 with lunch 13:00–14:00.
    private static readonly OpeningPeriod[] OfficeWeek =
    [
        .. Weekdays.Select(d => new OpeningPeriod(d, Nine, LunchStart)),
        .. Weekdays.Select(d => new OpeningPeriod(d, LunchEnd, OfficeClose)),
    ];

    public static WorkingHours Portal { get; } = new(Channel.Portal, true, []);

    public static WorkingHours ProviderOffice { get; } = new(Channel.ProviderOffice, false, OfficeWeek);

    /// <summary>Mon–Sat 9:00–20:00 without a lunch break.</summary>
    public static WorkingHours ServiceCentre { get; } = new(
        Channel.ServiceCentre,
        false,
        [.. Weekdays.Append(DayOfWeek.Saturday).Select(d => new OpeningPeriod(d, Nine, new TimeOnly(20, 0)))]);

    /// <summary>Office hours (as <see cref="ProviderOffice"/>) plus Saturday 9:00–13:00.</summary>
    public static WorkingHours MigrationPolice { get; } = new(
        Channel.MigrationPolice,
        false,
        [.. OfficeWeek, new OpeningPeriod(DayOfWeek.Saturday, Nine, LunchStart)]);

    /// <summary>
    /// A public service centre's own weekly hours: Monday to Friday, and Saturday when it opens then (004.md item 8 sets
    /// the standard; a centre may keep shorter hours). Which dates are working days stays with the calendar (<see cref="PeriodsOn"/>).
    /// </summary>
    public static WorkingHours CentreWeek(TimeOnly opens, TimeOnly closes, (TimeOnly Opens, TimeOnly Closes)? saturday) => new(
        Channel.ServiceCentre,
        false,
        [
            .. Weekdays.Select(d => new OpeningPeriod(d, opens, closes)),
            .. saturday is { } sat ? [new OpeningPeriod(DayOfWeek.Saturday, sat.Opens, sat.Closes)] : Array.Empty<OpeningPeriod>(),
        ]);

    public static WorkingHours For(Channel channel) => channel switch
    {
        Channel.Portal => Portal,
        Channel.ProviderOffice => ProviderOffice,
        Channel.ServiceCentre => ServiceCentre,
        Channel.MigrationPolice => MigrationPolice,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, "Unknown channel."),
    };

    /// <summary>Whether the channel receives applicants at an instant (read in Kazakhstan local time).</summary>
    public bool IsOpen(DateTimeOffset at, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (RoundTheClock)
        {
            return true;
        }

        var time = AlmatyTime.LocalTime(at);
        return PeriodsOn(AlmatyTime.LocalDate(at), calendar).Any(p => p.Opens <= time && time < p.Closes);
    }

    /// <summary>
    /// The periods the channel is open on a local date, by the rules above (none on a holiday or day-off transfer; a
    /// weekend day transferred to a working day keeps Monday's hours). Round-the-clock channels have no periods.
    /// </summary>
    public IReadOnlyList<OpeningPeriod> PeriodsOn(DateOnly date, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var info = calendar.Describe(date);
        DayOfWeek schedule;
        switch (info.Kind)
        {
            case DayKind.WorkingDay:
            case DayKind.Weekend:
                schedule = date.DayOfWeek;
                break;
            case DayKind.TransferredWorkingDay:
                schedule = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? DayOfWeek.Monday : date.DayOfWeek;
                break;
            default:
                return [];
        }

        return [.. Periods.Where(p => p.Day == schedule).OrderBy(p => p.Opens)];
    }
}
