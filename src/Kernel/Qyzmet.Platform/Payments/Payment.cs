namespace Qyzmet.Platform.Payments;

public static class PaymentStatus
{
    public const string Requested = "requested";
    public const string Paid = "paid";
    public const string Failed = "failed";
    public const string Expired = "expired";
}

/// <summary>A fee requested through the e-government payment gateway (ЭҮТШ / ПШЭП).</summary>
public sealed class Payment
{
    public Guid Id { get; init; }
    public Guid ApplicationId { get; init; }
    public long AmountTiyn { get; init; }
    public required string Purpose { get; init; }
    public required string Status { get; set; }
    public DateTime RequestedAt { get; init; }
    public DateTime ExpiresAt { get; init; }
    public DateTime? PaidAt { get; set; }
    public string? ReceiptNumber { get; set; }
    public string? PayerId { get; set; }
    public string? FailureReason { get; set; }
}

/// <summary>Monthly calculation index (АЕК / МРП) for a year, as set by the annual budget law: data, not code.</summary>
public sealed class MciRate
{
    public int Year { get; init; }
    public long Tiyn { get; set; }
}
