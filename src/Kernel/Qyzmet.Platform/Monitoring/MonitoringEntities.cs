namespace Qyzmet.Platform.Monitoring;

/// <summary>
/// One stage of one application in the state services monitoring information system (issue 15 "Monitoring and quality";
/// ADR 0023): the step (procedure state) it entered, when, under which service and provider unit, the step's norm (its
/// declared limit) and whether it was left within it. Written by the procedure engine in the transaction of the status change
/// that enters the step; the application's own previous stage row is closed in the same transaction (no shared row).
/// </summary>
public sealed class MonitoringStage
{
    public long Id { get; init; }
    public Guid ApplicationId { get; init; }
    public required string ServiceId { get; init; }

    /// <summary>The provider unit responsible when the step was entered.</summary>
    public required string UnitId { get; init; }

    /// <summary>The procedure state's name.</summary>
    public required string Step { get; init; }

    /// <summary>A final state (result issued, refused, expired): the stage is never left; it says how the application ended.</summary>
    public bool Final { get; init; }

    /// <summary>A final state in which the service was provided.</summary>
    public bool Completed { get; init; }

    /// <summary>The Almaty calendar day the application was submitted: the period the dashboard's filters select on (D-741).</summary>
    public DateOnly SubmittedOn { get; init; }

    public DateTime EnteredAt { get; init; }
    public DateTime? LeftAt { get; set; }

    /// <summary>Seconds from entering to leaving the step (null while in it, and for a final stage).</summary>
    public long? DurationSeconds { get; set; }

    /// <summary>The step's declared limit (the norm of the regulation's process table): amount and unit, null without one.</summary>
    public int? NormAmount { get; init; }

    public string? NormUnit { get; init; }

    /// <summary>The instant the step's limit runs out, counted through the working calendar from <see cref="EnteredAt"/>.</summary>
    public DateTime? DueAt { get; init; }

    /// <summary>
    /// Decided when the stage closes: a step left after <see cref="DueAt"/>; for a final stage, the application ended after its
    /// overall due date. Null: no norm applies.
    /// </summary>
    public bool? Overdue { get; set; }

    /// <summary>When the step-limits job escalated the overdue step to the unit's head (once per stage).</summary>
    public DateTime? EscalatedAt { get; set; }
}

/// <summary>The applicant was told that the overall deadline of their application was missed (once per application).</summary>
public sealed class DeadlineNotice
{
    public Guid ApplicationId { get; init; }
    public DateOnly DueOn { get; init; }
    public DateTime NotifiedAt { get; init; }
}

/// <summary>
/// One applicant's answers to the quality and accessibility questionnaire (001a.md §6.8, 001b.md §6.6, 002.md §6.4: two
/// questions, three answers each), one per application.
/// </summary>
public sealed class QualityAnswer
{
    public Guid ApplicationId { get; init; }
    public required string ServiceId { get; init; }
    public required string UnitId { get; init; }
    public DateOnly SubmittedOn { get; init; }

    /// <summary>Question 1 (quality of the process and the result): 1 not satisfied, 2 partially, 3 satisfied.</summary>
    public int Process { get; init; }

    /// <summary>Question 2 (quality of the information about the procedure): 1 not satisfied, 2 partially, 3 satisfied.</summary>
    public int Information { get; init; }

    public DateTime AnsweredAt { get; init; }
    public required string AnsweredBy { get; init; }
}
