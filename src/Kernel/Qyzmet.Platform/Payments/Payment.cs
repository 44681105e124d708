namespace Qyzmet.Platform.Payments;

public static class PaymentStatus
{
    public const string Requested = "requested";
    public const string Paid = "paid";
    public const string Failed = "failed";
    public const string Expired = "expired";

    /// <summary>A claim (an exemption with its proof, or an e-copy of a payment made outside the gateway) waits for staff: not payable (D-709, D-711).</summary>
    public const string Claimed = "claimed";

    /// <summary>The exemption was accepted: nothing is due (D-709).</summary>
    public const string Waived = "waived";
}

/// <summary>The statuses of a gateway payment attempt (GOV.UK Pay's).</summary>
public static class AttemptStatus
{
    public const string Created = "created";
    public const string Started = "started";
    public const string Success = "success";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
    public const string Expired = "expired";

    public static bool IsFinished(string status) => status is Success or Failed or Cancelled or Expired;
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

    /// <summary>Budget classification code (КБК) of a state duty; none for a State Corporation price-list payment.</summary>
    public string? BudgetCode { get; set; }

    /// <summary>Who receives the money, as printed on the invoice (e.g. the State Corporation, or the state revenue body).</summary>
    public string? RecipientName { get; set; }

    public string? RecipientBin { get; set; }

    /// <summary>How the fee was paid: "gateway" or "e-copy" (paid outside the gateway, e-copy checked by staff).</summary>
    public string? PaidVia { get; set; }

    /// <summary>The signed PDF receipt (<see cref="PaymentReceipt"/>), when the unit has an authorised signatory.</summary>
    public Guid? ReceiptDocumentId { get; set; }

    /// <summary>What staff check instead of a gateway payment (<see cref="PaymentClaimKinds"/>); null: none was made.</summary>
    public string? ClaimKind { get; set; }

    /// <summary>"pending", "accepted" or "rejected" (<see cref="PaymentClaimStatus"/>).</summary>
    public string? ClaimStatus { get; set; }

    /// <summary>The exemption's ground (e.g. "orphan"), as claimed.</summary>
    public string? ClaimGround { get; set; }

    /// <summary>The proof document the applicant names (type, number, date, issuer).</summary>
    public string? ClaimProof { get; set; }

    /// <summary>The uploaded e-copy (of the payment document or of the proof), one of the application's attachments.</summary>
    public Guid? ClaimAttachmentId { get; set; }

    /// <summary>The procedure step fired when an exemption is accepted (e.g. "waive-fee").</summary>
    public string? ClaimWaiveTrigger { get; set; }

    /// <summary>Why staff rejected the claim: a code of <see cref="PaymentClaims.RejectionReasons"/>.</summary>
    public string? ClaimRejection { get; set; }

    public string? ClaimDecidedBy { get; set; }

    public DateTime? ClaimDecidedAt { get; set; }
}

/// <summary>
/// One attempt to pay an invoice through the gateway, with GOV.UK Pay's statuses (created → started → success / failed /
/// cancelled / expired) and <see cref="Finished"/>; a failed or cancelled attempt leaves the invoice open for another (ADR 0020).
/// </summary>
public sealed class PaymentAttempt
{
    public Guid Id { get; init; }

    /// <summary>The invoice (<see cref="Payment"/>).</summary>
    public Guid PaymentId { get; init; }

    public Guid ApplicationId { get; init; }

    /// <summary>The gateway's id of this payment (unique).</summary>
    public required string GatewayPaymentId { get; init; }

    public required string Status { get; set; }

    public bool Finished { get; set; }

    public string? FailureCode { get; set; }

    public string? FailureMessage { get; set; }

    /// <summary>Where the payer's browser is sent to pay.</summary>
    public required string NextUrl { get; init; }

    /// <summary>Who started paying (the applicant or the PSC operator): the "pay" step is theirs when the gateway confirms.</summary>
    public required string StartedBy { get; init; }

    public required string StartedByRole { get; init; }

    public DateTime CreatedAt { get; init; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>The highest gateway event sequence applied: an older event arriving late changes nothing.</summary>
    public int LastSequence { get; set; }
}

/// <summary>The events history of an attempt: every signed callback received (and how it was taken), in arrival order.</summary>
public sealed class PaymentEvent
{
    public long Id { get; init; }

    public Guid AttemptId { get; init; }

    /// <summary>The gateway's event id (unique): a replayed callback is recognised by it.</summary>
    public string? GatewayEventId { get; init; }

    public int Sequence { get; init; }

    public required string Status { get; init; }

    public DateTime OccurredAt { get; init; }

    public DateTime ReceivedAt { get; init; }

    /// <summary>"applied", or "stale" (arrived after a later or final status, kept for the record only).</summary>
    public required string Outcome { get; init; }

    public required string Payload { get; init; }

    public required string Signature { get; init; }
}

/// <summary>Money returned to the payer (a late or double payment, a refused or expired application where the law requires).</summary>
public sealed class PaymentRefund
{
    public Guid Id { get; init; }

    public Guid PaymentId { get; init; }

    public Guid AttemptId { get; init; }

    public long AmountTiyn { get; init; }

    public required string Reason { get; init; }

    /// <summary>"requested" until the gateway confirms, then "success".</summary>
    public required string Status { get; set; }

    public string? GatewayRefundId { get; set; }

    public DateTime CreatedAt { get; init; }

    public DateTime? CompletedAt { get; set; }
}

/// <summary>One day's reconciliation of the gateway's ledger against the invoices, with its mismatches.</summary>
public sealed class ReconciliationReport
{
    public long Id { get; init; }

    /// <summary>The Almaty calendar day reconciled.</summary>
    public DateOnly Day { get; init; }

    public DateTime RunAt { get; init; }

    public int Matched { get; init; }

    public int Mismatches { get; init; }

    /// <summary>JSON array of mismatches: kind, gateway payment id, invoice, amounts.</summary>
    public required string DetailsJson { get; init; }
}

/// <summary>Monthly calculation index (АЕК / МРП) for a year, as set by the annual budget law: data, not code.</summary>
public sealed class MciRate
{
    public int Year { get; init; }
    public long Tiyn { get; set; }
}
