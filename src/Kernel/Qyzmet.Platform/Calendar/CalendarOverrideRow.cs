namespace Qyzmet.Platform.Calendar;

/// <summary>A government transfer of a day off, loaded by an administrator without a release.</summary>
public sealed class CalendarOverrideRow
{
    public DateOnly Date { get; init; }
    public required string Kind { get; set; }
    public required string Reason { get; set; }
    public required string LoadedBy { get; set; }
    public DateTime LoadedAt { get; set; }
}
