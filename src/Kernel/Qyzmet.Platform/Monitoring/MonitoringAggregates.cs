namespace Qyzmet.Platform.Monitoring;

/// <summary>
/// The per-day rollup of the monitoring store (issue 15 "Monitoring and quality", issue 16 "national size"; ADR 0030, D-749):
/// for the applications submitted on one Almaty day, of one service, at one provider unit, what their stages of one step
/// add up to. The dashboard sums these rows over its period instead of reading the stage rows. Kept current by
/// <see cref="MonitoringAggregator"/> (the clustered job and the backfill command), which rewrites a whole slice (day,
/// service[, unit]) from the stage rows; so a stage that ends weeks later updates the row of its application's submission day.
/// </summary>
public sealed class MonitoringDailyStep : IMonitoringDailySlice
{
    /// <summary>The Almaty calendar day the applications were submitted (D-741: the period the dashboard selects on).</summary>
    public DateOnly Day { get; init; }

    public required string ServiceId { get; init; }
    public required string UnitId { get; init; }
    public required string Step { get; init; }

    /// <summary>The step is a final state (the stage is never left).</summary>
    public bool Final { get; init; }

    public bool Completed { get; init; }

    /// <summary>Stage rows of this step (entered).</summary>
    public int Stages { get; init; }

    /// <summary>Stages not left: applications in this step now (for a final step: ended here).</summary>
    public int Current { get; init; }

    /// <summary>Current stages marked overdue: for a final step, applications that ended after their overall due date.</summary>
    public int CurrentOverdue { get; init; }

    /// <summary>Stages left.</summary>
    public int Passed { get; init; }

    public int PassedOnTime { get; init; }
    public int PassedOverdue { get; init; }

    /// <summary>Stages escalated to the unit's head by the step-limits job.</summary>
    public int Escalated { get; init; }

    /// <summary>Sum of the durations of the stages left, in seconds (the average is this over <see cref="Passed"/>).</summary>
    public long DurationSeconds { get; init; }

    public int? NormAmount { get; init; }
    public string? NormUnit { get; init; }
}

/// <summary>
/// One bucket of the duration histogram of a <see cref="MonitoringDailyStep"/> (D-750): how many stages left were in the
/// step for a time in the bucket, and the shortest and longest of them. Summed over a period it gives the 95th percentile
/// without reading a stage row (<see cref="DurationHistogram"/>).
/// </summary>
public sealed class MonitoringDailyDuration : IMonitoringDailySlice
{
    public DateOnly Day { get; init; }
    public required string ServiceId { get; init; }
    public required string UnitId { get; init; }
    public required string Step { get; init; }
    public int Bucket { get; init; }
    public int Count { get; init; }
    public long MinSeconds { get; init; }
    public long MaxSeconds { get; init; }
}

/// <summary>What a <see cref="MonitoringDailyDue"/> counts the open stages by.</summary>
public enum MonitoringDueKind
{
    /// <summary>The Almaty day of the instant the step's limit runs out (<see cref="MonitoringStage.DueAt"/>).</summary>
    StepLimit = 1,

    /// <summary>The application's overall due date (<c>Application.DueOn</c>).</summary>
    ApplicationTerm = 2,
}

/// <summary>
/// Open (not final, not left) stages of a <see cref="MonitoringDailyStep"/> counted by the day they fall due (D-751): the
/// dashboard's "overdue now" figures are the counts whose due day is before today, so they move with the clock without the
/// rollup being rewritten.
/// </summary>
public sealed class MonitoringDailyDue : IMonitoringDailySlice
{
    public DateOnly Day { get; init; }
    public required string ServiceId { get; init; }
    public required string UnitId { get; init; }
    public required string Step { get; init; }
    public MonitoringDueKind Kind { get; init; }
    public DateOnly DueOn { get; init; }
    public int Count { get; init; }
}

/// <summary>The questionnaire's answers (001a.md §6.8) of the applications submitted on one day, of one service at one unit.</summary>
public sealed class MonitoringDailyQuality : IMonitoringDailySlice
{
    public DateOnly Day { get; init; }
    public required string ServiceId { get; init; }
    public required string UnitId { get; init; }
    public int Answers { get; init; }
    public int Process1 { get; init; }
    public int Process2 { get; init; }
    public int Process3 { get; init; }
    public int Information1 { get; init; }
    public int Information2 { get; init; }
    public int Information3 { get; init; }
}

/// <summary>
/// Where the aggregation job stands (D-752): the application events up to <see cref="EventId"/> are in the rollup, and the
/// escalations and questionnaire answers from <see cref="EscalationsFrom"/> / <see cref="AnswersFrom"/> on are read again.
/// </summary>
public sealed class MonitoringWatermark
{
    public required string Name { get; init; }
    public long EventId { get; set; }
    public DateTime EscalationsFrom { get; set; }
    public DateTime AnswersFrom { get; set; }
    public DateTime? RunAt { get; set; }
}

/// <summary>What every per-day rollup row is keyed by, so the dashboard's filter is written once (ADR 0030).</summary>
public interface IMonitoringDailySlice
{
    DateOnly Day { get; }

    string ServiceId { get; }

    string UnitId { get; }
}
