namespace Qyzmet.Kernel.Calendar;

public enum DayOverrideKind
{
    /// <summary>A normally working day made a day off (e.g. a Monday bridging a holiday).</summary>
    DayOff,

    /// <summary>A normally non-working day made a working day (e.g. the Saturday that pays for that Monday).</summary>
    WorkingDay,
}

/// <summary>
/// A Government transfer of a day off (Labour Code art. 85 p. 3: the Government may move days off to make
/// holidays continuous). Transfers are announced each year by decree, so an administrator loads them as data;
/// <paramref name="Reason"/> should cite the decree.
/// </summary>
public sealed record DayOverride(DateOnly Date, DayOverrideKind Kind, string Reason);
