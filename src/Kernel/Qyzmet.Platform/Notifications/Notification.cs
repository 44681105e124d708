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

/// <summary>
/// An SMS or e-mail waiting in the outbox; the delivery job sends it and logs the attempt. A one-time code never sits
/// in <see cref="Text"/>: the text holds <see cref="SecretPlaceholder"/> and the code waits in <see cref="Secret"/> only
/// until the message is handed to the gateway, which clears it (issue 10 item 6). Nothing kept or shown carries the code.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>Where the delivery job puts <see cref="Secret"/> in the text it hands to the gateway.</summary>
    public const string SecretPlaceholder = "{secret}";

    /// <summary>What stands for the secret in everything shown (the administrators' outbox).</summary>
    public const string Redaction = "••••••";

    public long Id { get; init; }
    public required string Channel { get; init; }
    public required string Address { get; init; }

    /// <summary>The text, with <see cref="SecretPlaceholder"/> where a one-time code goes.</summary>
    public required string Text { get; init; }

    /// <summary>The one-time code, only until delivery (then null).</summary>
    public string? Secret { get; set; }

    public DateTime CreatedAt { get; init; }
    public DateTime? DeliveredAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>The text as it may be shown: the secret's place redacted.</summary>
    public static string Redacted(string text) => text.Replace(SecretPlaceholder, Redaction, StringComparison.Ordinal);

    /// <summary>The text as the gateway sends it.</summary>
    public static string ForDelivery(string text, string? secret) =>
        secret is null ? text : text.Replace(SecretPlaceholder, secret, StringComparison.Ordinal);
}

/// <summary>What the (simulated) SMS/e-mail provider answered for one delivery attempt.</summary>
public sealed class DeliveryLogEntry
{
    public long Id { get; init; }
    public long OutboxMessageId { get; init; }
    public DateTime At { get; init; }
    public required string Result { get; init; }
}
