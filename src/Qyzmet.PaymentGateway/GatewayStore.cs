using System.Text.Json;
using System.Text.Json.Serialization;

namespace Qyzmet.PaymentGateway;

/// <summary>Payment statuses, as GOV.UK Pay names them (ADR 0020).</summary>
public static class GatewayStatus
{
    public const string Created = "created";
    public const string Started = "started";
    public const string Success = "success";
    public const string Failed = "failed";
    public const string Cancelled = "cancelled";
    public const string Expired = "expired";

    public static bool IsFinished(string status) => status is Success or Failed or Cancelled or Expired;
}

/// <summary>Failure codes carried with a finished, unsuccessful payment.</summary>
public static class GatewayFailure
{
    public const string Declined = "P0010";
    public const string Expired = "P0020";
    public const string CancelledByUser = "P0030";
    public const string CancelledByService = "P0040";
}

/// <summary>One signed event: the exact JSON bytes (as UTF-8 text) and the gateway's ES256 signature over them.</summary>
public sealed class GatewayEvent
{
    public required string EventId { get; init; }

    public int Sequence { get; init; }

    public required string Payload { get; init; }

    public required string Signature { get; init; }

    public bool Delivered { get; set; }

    public int Attempts { get; set; }

    public string? LastResult { get; set; }
}

public sealed class GatewayRefund
{
    public required string RefundId { get; init; }

    public long Amount { get; init; }

    public string? Reason { get; init; }

    /// <summary>The platform's idempotency key (its refund id): the same key is the same refund.</summary>
    public string? Key { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

public sealed class GatewayPayment
{
    public required string PaymentId { get; init; }

    public required string Reference { get; init; }

    public long Amount { get; init; }

    public required string Description { get; init; }

    public string? PayerId { get; init; }

    public required string ReturnUrl { get; init; }

    public required string CallbackUrl { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public string Status { get; set; } = GatewayStatus.Created;

    public string? FailureCode { get; set; }

    public string? FailureMessage { get; set; }

    public DateTimeOffset? CapturedAt { get; set; }

    public string? CardLast4 { get; set; }

    public List<GatewayEvent> Events { get; init; } = [];

    public List<GatewayRefund> Refunds { get; init; } = [];

    [JsonIgnore]
    public bool Finished => GatewayStatus.IsFinished(Status);
}

/// <summary>
/// The gateway's ledger: its payments, each with its signed events in order. Kept in memory and, for a running
/// gateway, in <c>payment-gateway/transactions.json</c> so that a restart keeps the ledger the reconciliation reads.
/// </summary>
public sealed class GatewayStore(TimeProvider time, GatewayKeys keys, string? persistPath)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    /// <summary>The status of a refund event: the payment stays "success"; the event says the money went back.</summary>
    public const string RefundEventStatus = "refund-success";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, GatewayPayment> _payments = Load(persistPath);

    public GatewayPayment Create(long amount, string reference, string description, string? payerId, string returnUrl, string callbackUrl, DateTimeOffset expiresAt)
    {
        lock (_gate)
        {
            var payment = new GatewayPayment
            {
                PaymentId = "gw_" + Guid.CreateVersion7().ToString("N"),
                Reference = reference,
                Amount = amount,
                Description = description,
                PayerId = payerId,
                ReturnUrl = returnUrl,
                CallbackUrl = callbackUrl,
                CreatedAt = time.GetUtcNow(),
                ExpiresAt = expiresAt,
            };
            _payments[payment.PaymentId] = payment;
            AppendEvent(payment);
            Save();
            return payment;
        }
    }

    public GatewayPayment? Find(string paymentId)
    {
        lock (_gate)
        {
            if (!_payments.TryGetValue(paymentId, out var payment))
            {
                return null;
            }

            ExpireIfDue(payment);
            return payment;
        }
    }

    public IReadOnlyList<GatewayPayment> All()
    {
        lock (_gate)
        {
            foreach (var payment in _payments.Values)
            {
                ExpireIfDue(payment);
            }

            return [.. _payments.Values.OrderBy(p => p.CreatedAt)];
        }
    }

    /// <summary>Moves a payment on; a finished payment never changes again (false). Each change is one signed event.</summary>
    public bool Transition(GatewayPayment payment, string status, string? failureCode = null, string? failureMessage = null, string? cardLast4 = null)
    {
        lock (_gate)
        {
            ExpireIfDue(payment);
            if (payment.Finished || payment.Status == status)
            {
                return false;
            }

            payment.Status = status;
            payment.FailureCode = failureCode;
            payment.FailureMessage = failureMessage;
            payment.CardLast4 = cardLast4 ?? payment.CardLast4;
            if (status == GatewayStatus.Success)
            {
                payment.CapturedAt = time.GetUtcNow();
            }

            AppendEvent(payment);
            Save();
            return true;
        }
    }

    public GatewayRefund Refund(GatewayPayment payment, long amount, string? reason, string? key = null)
    {
        lock (_gate)
        {
            if (key is { Length: > 0 } && payment.Refunds.FirstOrDefault(r => r.Key == key) is { } same)
            {
                return same;
            }

            var refund = new GatewayRefund { RefundId = "rf_" + Guid.CreateVersion7().ToString("N"), Amount = amount, Reason = reason, Key = key, CreatedAt = time.GetUtcNow() };
            payment.Refunds.Add(refund);
            AppendEvent(payment, refund);
            Save();
            return refund;
        }
    }

    public void MarkDelivery(GatewayEvent e, bool delivered, string result)
    {
        lock (_gate)
        {
            e.Attempts++;
            e.Delivered = delivered;
            e.LastResult = result;
            Save();
        }
    }

    private void ExpireIfDue(GatewayPayment payment)
    {
        // 001a.md para 6(11): the offer to pay lasts 24 hours; the platform passes the instant, the gateway honours it.
        if (!payment.Finished && time.GetUtcNow() >= payment.ExpiresAt)
        {
            payment.Status = GatewayStatus.Expired;
            payment.FailureCode = GatewayFailure.Expired;
            payment.FailureMessage = "The payment window closed.";
            AppendEvent(payment);
            Save();
        }
    }

    private void AppendEvent(GatewayPayment payment, GatewayRefund? refund = null)
    {
        var sequence = payment.Events.Count + 1;
        var body = new EventPayload(
            "ev_" + Guid.CreateVersion7().ToString("N"), payment.PaymentId, payment.Reference, sequence, payment.Amount,
            refund is null ? payment.Status : RefundEventStatus,
            payment.Finished, payment.FailureCode, payment.FailureMessage, payment.CardLast4, payment.CapturedAt, time.GetUtcNow())
        {
            RefundId = refund?.RefundId,
            RefundKey = refund?.Key,
            RefundAmount = refund?.Amount,
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(body, Json);
        payment.Events.Add(new GatewayEvent
        {
            EventId = body.EventId,
            Sequence = sequence,
            Payload = System.Text.Encoding.UTF8.GetString(bytes),
            Signature = keys.Sign(bytes),
        });
    }

    private void Save()
    {
        if (persistPath is null)
        {
            return;
        }

        var temp = persistPath + ".tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(_payments.Values, Json));
        File.Move(temp, persistPath, overwrite: true);
    }

    private static Dictionary<string, GatewayPayment> Load(string? path)
    {
        if (path is null || !File.Exists(path))
        {
            return [];
        }

        var list = JsonSerializer.Deserialize<List<GatewayPayment>>(File.ReadAllText(path), Json) ?? [];
        return list.ToDictionary(p => p.PaymentId);
    }
}

/// <summary>What every callback carries (the signed bytes are this object as JSON).</summary>
public sealed record EventPayload(
    string EventId, string PaymentId, string Reference, int Sequence, long Amount, string Status, bool Finished,
    string? FailureCode, string? FailureMessage, string? CardLast4, DateTimeOffset? CapturedAt, DateTimeOffset OccurredAt)
{
    /// <summary>A refund event (status "refund-success"): the gateway's refund id, the platform's key, the amount returned.</summary>
    public string? RefundId { get; init; }

    public string? RefundKey { get; init; }

    public long? RefundAmount { get; init; }
}
