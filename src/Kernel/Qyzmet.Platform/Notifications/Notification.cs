namespace Qyzmet.Platform.Notifications;

/// <summary>A message in the applicant's personal-cabinet inbox.</summary>
public sealed class InboxMessage
{
    public long Id { get; init; }
    public required string RecipientId { get; init; }
    public Guid? ApplicationId { get; init; }
    public required string SubjectKk { get; init; }
    public required string SubjectRu { get; init; }
    public required string BodyKk { get; init; }
    public required string BodyRu { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? ReadAt { get; set; }
}

/// <summary>An SMS or e-mail waiting in the outbox; the delivery job sends it and logs the attempt.</summary>
public sealed class OutboxMessage
{
    public long Id { get; init; }
    public required string Channel { get; init; }
    public required string Address { get; init; }
    public required string Text { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime? DeliveredAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
}

/// <summary>What the (simulated) SMS/e-mail provider answered for one delivery attempt.</summary>
public sealed class DeliveryLogEntry
{
    public long Id { get; init; }
    public long OutboxMessageId { get; init; }
    public DateTime At { get; init; }
    public required string Result { get; init; }
}
