namespace Qyzmet.Platform.Cases;

/// <summary>One request for one state service (өтініш / заявление), from submission to result.</summary>
public sealed class Application
{
    public Guid Id { get; init; }

    /// <summary>Human-readable number shown to the applicant and printed on documents, e.g. "2026-0000154".</summary>
    public required string Number { get; init; }

    public required string ServiceId { get; init; }

    /// <summary>IIN or BIN of the individual or legal entity receiving the service.</summary>
    public required string ApplicantId { get; init; }

    public required string ApplicantName { get; init; }

    /// <summary>Who pressed "submit": the applicant, or the PSC operator acting on their behalf.</summary>
    public required string SubmittedBy { get; init; }

    public required string Channel { get; init; }

    public required string Status { get; set; }

    /// <summary>The form data as the applicant entered it (JSON object of field → value).</summary>
    public required string FormJson { get; init; }

    public required string UnitId { get; set; }

    public DateTime SubmittedAt { get; init; }

    public DateOnly AcceptedOn { get; init; }

    public DateOnly? DueOn { get; set; }

    public DateTime UpdatedAt { get; set; }

    public string? IdempotencyKey { get; init; }

    public string? RequestHash { get; init; }

    public Guid? ResultDocumentId { get; set; }

    /// <summary>Why the application ended without a result (refusal or expiry), in kk/ru/en, JSON.</summary>
    public string? OutcomeReasonJson { get; set; }

    /// <summary>Optimistic concurrency: two desks cannot move the same application at once.</summary>
    public int Version { get; set; }
}

/// <summary>One line of an application's history: who did what, when, and why.</summary>
public sealed class ApplicationEvent
{
    public long Id { get; init; }
    public Guid ApplicationId { get; init; }
    public DateTime At { get; init; }
    public required string ActorId { get; init; }
    public required string ActorRole { get; init; }
    public required string Trigger { get; init; }
    public required string FromStatus { get; init; }
    public required string ToStatus { get; init; }
    public string? Reason { get; init; }
}

public sealed class Attachment
{
    public Guid Id { get; init; }
    public Guid ApplicationId { get; init; }
    public required string FileName { get; init; }
    public required string ContentType { get; init; }
    public required string Sha256 { get; init; }
    public required byte[] Content { get; init; }
    public DateTime UploadedAt { get; init; }
    public required string UploadedBy { get; init; }
}

/// <summary>A durable timer (payment expiry, validity window, escalation): a row, so it survives restarts.</summary>
public sealed class CaseTimer
{
    public long Id { get; init; }
    public Guid ApplicationId { get; init; }
    public required string Trigger { get; init; }
    public DateTime DueAt { get; init; }
    public DateTime? FiredAt { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTime? CanceledAt { get; set; }
}

/// <summary>Named counters for human-readable numbers (applications, documents, receipts).</summary>
public sealed class Counter
{
    public required string Name { get; init; }
    public long Value { get; set; }
}
