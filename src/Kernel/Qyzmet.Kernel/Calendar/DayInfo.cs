using Qyzmet.Kernel.Text;

namespace Qyzmet.Kernel.Calendar;

public enum DayKind
{
    /// <summary>An ordinary Monday–Friday.</summary>
    WorkingDay,

    /// <summary>An ordinary Saturday or Sunday.</summary>
    Weekend,

    /// <summary>A statutory holiday (Law on holidays art. 5; Labour Code art. 84 p. 5).</summary>
    Holiday,

    /// <summary>A weekday made a day off by a Government transfer (<see cref="DayOverrideKind.DayOff"/>).</summary>
    TransferredDayOff,

    /// <summary>The day off owed for a national or state holiday that fell on a weekend (Law on holidays art. 5).</summary>
    MovedHolidayDayOff,

    /// <summary>A weekend day made working by a Government transfer (<see cref="DayOverrideKind.WorkingDay"/>).</summary>
    TransferredWorkingDay,
}

/// <summary>
/// What a date is in the working calendar. <see cref="Name"/> is the holiday's name (for a moved day off, the
/// holiday it replaces, which fell on <see cref="MovedFrom"/>); <see cref="Reason"/> is the administrator's note
/// for a transfer.
/// </summary>
public sealed record DayInfo(DateOnly Date, DayKind Kind, LocalizedText? Name = null, string? Reason = null, DateOnly? MovedFrom = null)
{
    public bool IsWorkingDay => Kind is DayKind.WorkingDay or DayKind.TransferredWorkingDay;
}

/// <summary>
/// The outcome of counting a time limit: the day the request counts as received, the last day of the limit and
/// every non-working date from the submission date to the due date that the count passed over.
/// </summary>
public sealed record Deadline(DateOnly AcceptedOn, DateOnly DueDate, IReadOnlyList<DateOnly> NonWorkingDaysSkipped);
