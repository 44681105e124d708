namespace Qyzmet.Kernel.Calendar;

public enum DeadlineUnit
{
    /// <summary>"Within N working days" and "issued on the Nth working day" (ADR 0004).</summary>
    WorkingDays,

    /// <summary>N calendar days, moved to the next working day when the last one is not a working day.</summary>
    CalendarDays,

    /// <summary>Elapsed hours from the moment of the event (e.g. the 24-hour payment window of 001a.md §8.1).</summary>
    Hours,

    /// <summary>Minutes of work (the per-step norms of the regulations' process tables).</summary>
    Minutes,
}

/// <summary>A legal time limit as the regulation states it: an amount and its unit.</summary>
public sealed record DeadlineRule(int Amount, DeadlineUnit Unit)
{
    public static DeadlineRule WorkingDays(int n) => new(n, DeadlineUnit.WorkingDays);

    public static DeadlineRule CalendarDays(int n) => new(n, DeadlineUnit.CalendarDays);

    public static DeadlineRule Hours(int n) => new(n, DeadlineUnit.Hours);

    public static DeadlineRule Minutes(int n) => new(n, DeadlineUnit.Minutes);

    public override string ToString() => $"{Amount} {Unit}";
}
