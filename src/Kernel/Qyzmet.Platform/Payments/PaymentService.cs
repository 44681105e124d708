using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Money;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Payments;

public static class PaymentErrors
{
    public static readonly ErrorCode NoOpenPayment = new("PAY-0101", 409, new(
        "Бұл өтініш бойынша төленетін төлем жоқ.",
        "По этому заявлению нет ожидающего оплаты платежа.",
        "There is no payment waiting for this application."));

    /// <summary>001a.md para 6(11): a failed payment is reported "with a full description" and may be retried.</summary>
    public static readonly ErrorCode Declined = new("PAY-0102", 402, new(
        "Төлем өтпеді: банк картаны қабылдамады (қаражат жеткіліксіз немесе карта бұғатталған). Ақша есептен шешілген жоқ. Басқа картамен қайталаңыз; төлем мерзімі: {0}.",
        "Платёж не прошёл: банк отклонил карту (недостаточно средств или карта заблокирована). Деньги не списаны. Повторите с другой картой; оплатить нужно до {0}.",
        "The payment did not go through: the bank declined the card (insufficient funds or the card is blocked). No money was taken. Try another card before {0}."));

    /// <summary>No longer raised by the platform (cards are entered at the gateway, ADR 0020); kept: codes are never reused.</summary>
    public static readonly ErrorCode CardInvalid = new("PAY-0103", 400, new(
        "Карта нөмірі 16 цифрдан тұруы керек.",
        "Номер карты должен состоять из 16 цифр.",
        "The card number must be 16 digits."));
}

/// <summary>How a signed gateway event was taken.</summary>
public enum GatewayEventOutcome
{
    /// <summary>Recorded and moved the attempt on.</summary>
    Applied,

    /// <summary>The same event was received before: nothing changed.</summary>
    Duplicate,

    /// <summary>Older than what the attempt already knows (reordered), or after its final status: recorded only.</summary>
    Stale,
}

/// <summary>The result of taking one event: the attempt and whether it has just succeeded.</summary>
public sealed record GatewayEventResult(GatewayEventOutcome Outcome, PaymentAttempt Attempt, Payment Invoice, bool JustSucceeded);

/// <summary>
/// Fees: invoices (<see cref="Payment"/>) with their window and expiry timer, paid through the payment gateway (ADR 0020).
/// The platform never sees a card: it creates a gateway payment, sends the payer's browser there, and takes the result
/// only from events signed by the gateway's key, each at most once and never backwards.
/// </summary>
public sealed class PaymentService(QyzmetDbContext db, TimeProvider time, IPaymentGateway gateway, GatewaySignature signature,
    Microsoft.Extensions.Options.IOptions<PaymentGatewayOptions> options, Microsoft.Extensions.Options.IOptions<Documents.PlatformOptions> platform)
{
    private static readonly System.Text.Json.JsonSerializerOptions Json = new(System.Text.Json.JsonSerializerDefaults.Web);

    public async Task<Tenge> ComputeAsync(FeeRule rule, DateOnly paymentDate, CancellationToken ct)
    {
        var rates = await db.MciRates.AsNoTracking().ToDictionaryAsync(r => r.Year, r => new Tenge(r.Tiyn), ct);
        return new MciTable(rates).Compute(rule, paymentDate);
    }

    /// <summary>Opens a payment with its window (e.g. 24 hours, 001a.md para 6(11)) and a durable expiry timer.</summary>
    public async Task<Payment> RequestAsync(Application app, FeeRule rule, LocalizedText purpose, TimeSpan window, string expiryTrigger, CancellationToken ct)
    {
        var amount = await ComputeAsync(rule, Kernel.Calendar.AlmatyTime.LocalDate(time.GetUtcNow()), ct);
        var payment = RequestAmount(app, amount, purpose, window, expiryTrigger);
        // A state duty is a budget payment: it carries its budget classification code (D-703).
        payment.BudgetCode = StateDutyBudgetCode;
        payment.RecipientName = StateDutyRecipient;
        return payment;
    }

    /// <summary>КБК 108117: state duty for civil-status registration and for certificates and references (D-703).</summary>
    public const string StateDutyBudgetCode = "108117";

    public const string StateDutyRecipient = "Мемлекеттік кірістер органы / Орган государственных доходов";

    /// <summary>The State Corporation, which collects the price-list payments of 000.md App. 1 row 6 (D-703).</summary>
    public const string StateCorporation = "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» КЕАҚ / НАО «Государственная корпорация «Правительство для граждан»";

    /// <summary>Opens a payment of an amount computed by the service itself (e.g. from a price list, 000.md App. 1 row 6).</summary>
    public Payment RequestAmount(Application app, Tenge amount, LocalizedText purpose, TimeSpan window, string expiryTrigger)
    {
        var payment = NewStateCorporationInvoice(app, amount, purpose, window, PaymentStatus.Requested);
        db.Payments.Add(payment);
        db.Timers.Add(new CaseTimer { ApplicationId = app.Id, Trigger = expiryTrigger, DueAt = payment.ExpiresAt });
        return payment;
    }

    /// <summary>An invoice of the State Corporation for an amount it lists (000.md App. 1; 003.md Standard item 6).</summary>
    private Payment NewStateCorporationInvoice(Application app, Tenge amount, LocalizedText purpose, TimeSpan window, string status)
    {
        var now = time.GetUtcNow();
        return new Payment
        {
            Id = Guid.CreateVersion7(),
            ApplicationId = app.Id,
            AmountTiyn = amount.Tiyn,
            Purpose = purpose.Ru,
            Status = status,
            RequestedAt = now.UtcDateTime,
            ExpiresAt = (now + window).UtcDateTime,
            PayerId = app.ApplicantId,
            RecipientName = StateCorporation,
        };
    }

    /// <summary>
    /// An exemption claimed with its proof (003.md Standard item 6; D-709): the invoice of the listed amount is recorded as
    /// claimed, not payable and without an expiry timer of its own, until staff of the unit accept it (then
    /// <paramref name="waiveTrigger"/> fires) or reject it (then the invoice is open to pay until <paramref name="window"/> ends).
    /// </summary>
    public Payment ClaimExemption(Application app, Tenge amount, LocalizedText purpose, TimeSpan window, string waiveTrigger, string ground, string proof)
    {
        var payment = NewStateCorporationInvoice(app, amount, purpose, window, PaymentStatus.Claimed);
        payment.ClaimKind = PaymentClaimKinds.Exemption;
        payment.ClaimStatus = PaymentClaimStatus.Pending;
        payment.ClaimGround = ground;
        payment.ClaimProof = proof;
        payment.ClaimWaiveTrigger = waiveTrigger;
        db.Payments.Add(payment);
        return payment;
    }

    public Task<Payment?> OpenPaymentAsync(Guid applicationId, CancellationToken ct) =>
        db.Payments.Where(p => p.ApplicationId == applicationId && p.Status == PaymentStatus.Requested)
            .OrderByDescending(p => p.RequestedAt).FirstOrDefaultAsync(ct);

    /// <summary>
    /// Starts (or resumes) paying the open invoice through the gateway: an unfinished attempt is reused, otherwise the
    /// gateway is asked for a new payment that lapses with the invoice. Returns the attempt; its NextUrl is where the payer goes.
    /// </summary>
    public async Task<PaymentAttempt> StartAsync(Application app, Identity.UserInfo user, CancellationToken ct)
    {
        var invoice = await OpenPaymentAsync(app.Id, ct) ?? throw new QyzmetException(PaymentErrors.NoOpenPayment);
        var now = time.GetUtcNow();
        if (now.UtcDateTime >= invoice.ExpiresAt)
        {
            throw new QyzmetException(PaymentErrors.NoOpenPayment);
        }

        var open = await db.PaymentAttempts.Where(a => a.PaymentId == invoice.Id && !a.Finished).OrderByDescending(a => a.CreatedAt).FirstOrDefaultAsync(ct);
        if (open is not null)
        {
            return open;
        }

        var id = Guid.CreateVersion7();
        var o = options.Value;
        var publicBase = platform.Value.PublicBase;
        var created = await gateway.CreateAsync(new GatewayPaymentRequest(
            invoice.AmountTiyn, invoice.Id.ToString("N"), invoice.Purpose, invoice.PayerId ?? app.ApplicantId,
            $"{publicBase}/applications/{Uri.EscapeDataString(app.Number)}/payment-return?attempt={id:N}",
            $"{(o.CallbackBaseUrl ?? publicBase).TrimEnd('/')}/api/payments/callbacks",
            new DateTimeOffset(DateTime.SpecifyKind(invoice.ExpiresAt, DateTimeKind.Utc))), ct);
        var attempt = new PaymentAttempt
        {
            Id = id,
            PaymentId = invoice.Id,
            ApplicationId = app.Id,
            GatewayPaymentId = created.PaymentId,
            Status = AttemptStatus.Created,
            NextUrl = created.NextUrl,
            StartedBy = user.Id,
            StartedByRole = user.Role,
            CreatedAt = now.UtcDateTime,
            UpdatedAt = now.UtcDateTime,
        };
        db.PaymentAttempts.Add(attempt);
        return attempt;
    }

    /// <summary>
    /// Takes one gateway event: refused unless signed by the gateway's key (PAY-0111), unknown payments are 404 (PAY-0112);
    /// a replay changes nothing; an event older than the attempt's last one, or after its final status, is recorded only.
    /// </summary>
    public async Task<GatewayEventResult> ApplyEventAsync(byte[] payload, string? signed, CancellationToken ct)
    {
        if (!signature.Verify(payload, signed))
        {
            throw new QyzmetException(GatewayErrors.SignatureInvalid);
        }

        GatewayEventBody body;
        try
        {
            body = System.Text.Json.JsonSerializer.Deserialize<GatewayEventBody>(payload, Json)
                ?? throw new QyzmetException(GatewayErrors.PayloadInvalid, "empty");
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new QyzmetException(GatewayErrors.PayloadInvalid, e.Message);
        }

        if (string.IsNullOrEmpty(body.EventId) || string.IsNullOrEmpty(body.PaymentId) || string.IsNullOrEmpty(body.Status))
        {
            throw new QyzmetException(GatewayErrors.PayloadInvalid, "eventId, paymentId and status are required");
        }

        var attempt = await db.PaymentAttempts.SingleOrDefaultAsync(a => a.GatewayPaymentId == body.PaymentId, ct)
            ?? throw new QyzmetException(GatewayErrors.UnknownPayment, body.PaymentId);
        var invoice = await db.Payments.SingleAsync(p => p.Id == attempt.PaymentId, ct);
        if (body.Reference != invoice.Id.ToString("N") || body.Amount != invoice.AmountTiyn)
        {
            throw new QyzmetException(GatewayErrors.PayloadMismatch, $"reference {body.Reference}, amount {body.Amount}");
        }

        if (await db.PaymentEvents.AnyAsync(e => e.GatewayEventId == body.EventId, ct))
        {
            return new GatewayEventResult(GatewayEventOutcome.Duplicate, attempt, invoice, false);
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (body.Status == RefundEventStatus)
        {
            return await ApplyRefundEventAsync(body, payload, signed!, attempt, invoice, now, ct);
        }

        var stale = attempt.Finished || body.Sequence <= attempt.LastSequence || !IsForward(attempt.Status, body.Status);
        db.PaymentEvents.Add(new PaymentEvent
        {
            AttemptId = attempt.Id,
            GatewayEventId = body.EventId,
            Sequence = body.Sequence,
            Status = body.Status,
            OccurredAt = body.OccurredAt.UtcDateTime,
            ReceivedAt = now,
            Outcome = stale ? "stale" : "applied",
            Payload = System.Text.Encoding.UTF8.GetString(payload),
            Signature = signed!,
        });
        if (stale)
        {
            return new GatewayEventResult(GatewayEventOutcome.Stale, attempt, invoice, false);
        }

        attempt.Status = body.Status;
        attempt.Finished = AttemptStatus.IsFinished(body.Status);
        attempt.FailureCode = body.FailureCode;
        attempt.FailureMessage = body.FailureMessage;
        attempt.LastSequence = body.Sequence;
        attempt.UpdatedAt = now;
        return new GatewayEventResult(GatewayEventOutcome.Applied, attempt, invoice, body.Status == AttemptStatus.Success);
    }

    /// <summary>Closes the invoice as paid through the gateway, with its receipt number.</summary>
    public void MarkPaid(Payment invoice, PaymentAttempt attempt, long receiptSequence, string via)
    {
        var now = time.GetUtcNow();
        invoice.Status = PaymentStatus.Paid;
        invoice.PaidAt = now.UtcDateTime;
        invoice.PayerId ??= attempt.StartedBy;
        invoice.PaidVia = via;
        invoice.ReceiptNumber = $"R{now.Year}-{receiptSequence:D8}";
    }

    /// <summary>
    /// Money taken for an invoice that can no longer be paid (the application expired or was paid already) goes back in
    /// full. Recorded here; <see cref="SendRefundsAsync"/> asks the gateway.
    /// </summary>
    public void RequestRefund(Payment invoice, PaymentAttempt attempt, string reason) =>
        db.PaymentRefunds.Add(new PaymentRefund
        {
            Id = Guid.CreateVersion7(),
            PaymentId = invoice.Id,
            AttemptId = attempt.Id,
            AmountTiyn = invoice.AmountTiyn,
            Reason = reason,
            Status = "requested",
            CreatedAt = time.GetUtcNow().UtcDateTime,
        });

    /// <summary>Sends every requested refund to the gateway; one that fails stays requested for the next run.</summary>
    public async Task<int> SendRefundsAsync(CancellationToken ct)
    {
        var pending = await db.PaymentRefunds.Where(r => r.Status == "requested").ToListAsync(ct);
        var sent = 0;
        foreach (var refund in pending)
        {
            var attempt = await db.PaymentAttempts.AsNoTracking().SingleAsync(a => a.Id == refund.AttemptId, ct);
            try
            {
                // D-713: keyed by the refund's id, so a resend after a lost answer is the same refund; "success" comes
                // only with the gateway's signed refund event (which may arrive before this answer).
                var gatewayId = await gateway.RefundAsync(attempt.GatewayPaymentId, refund.AmountTiyn, refund.Reason, refund.Id.ToString("N"), ct);
                await db.PaymentRefunds.Where(r => r.Id == refund.Id && r.Status == "requested")
                    .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, "submitted").SetProperty(r => r.GatewayRefundId, gatewayId), ct);
                sent++;
            }
            catch (QyzmetException)
            {
                // The gateway is unavailable: the refund stays requested.
            }
        }

        return sent;
    }

    /// <summary>Marks open invoices of an application that can no longer be paid as expired (001a.md para 6(11)).</summary>
    public async Task ExpireOpenAsync(Application app, CancellationToken ct)
    {
        foreach (var invoice in await db.Payments.Where(p => p.ApplicationId == app.Id && p.Status == PaymentStatus.Requested).ToListAsync(ct))
        {
            invoice.Status = PaymentStatus.Expired;
        }
    }

    /// <summary>The status of the gateway's refund event (the payment stays "success"; D-713).</summary>
    public const string RefundEventStatus = "refund-success";

    /// <summary>
    /// D-713: the gateway's signed refund event completes the refund it names (by the platform's key, else the gateway's id),
    /// once: a second event for a completed refund is recorded as stale; a refund the platform never asked for is
    /// PAY-0123 (the reconciliation reports it too).
    /// </summary>
    private async Task<GatewayEventResult> ApplyRefundEventAsync(GatewayEventBody body, byte[] payload, string signed, PaymentAttempt attempt, Payment invoice,
        DateTime now, CancellationToken ct)
    {
        var key = Guid.TryParseExact(body.RefundKey, "N", out var k) ? k : (Guid?)null;
        var refund = await db.PaymentRefunds.SingleOrDefaultAsync(r => r.AttemptId == attempt.Id && ((key != null && r.Id == key) || r.GatewayRefundId == body.RefundId), ct)
            ?? throw new QyzmetException(GatewayErrors.UnknownRefund, body.RefundId ?? "");
        if (body.RefundAmount != refund.AmountTiyn)
        {
            throw new QyzmetException(GatewayErrors.PayloadMismatch, $"refund {body.RefundId}, amount {body.RefundAmount}");
        }

        var stale = refund.Status == "success";
        db.PaymentEvents.Add(new PaymentEvent
        {
            AttemptId = attempt.Id,
            GatewayEventId = body.EventId,
            Sequence = body.Sequence,
            Status = body.Status!,
            OccurredAt = body.OccurredAt.UtcDateTime,
            ReceivedAt = now,
            Outcome = stale ? "stale" : "applied",
            Payload = System.Text.Encoding.UTF8.GetString(payload),
            Signature = signed,
        });
        if (!stale)
        {
            refund.Status = "success";
            refund.GatewayRefundId ??= body.RefundId;
            refund.CompletedAt = now;
        }

        return new GatewayEventResult(stale ? GatewayEventOutcome.Stale : GatewayEventOutcome.Applied, attempt, invoice, false);
    }

    /// <summary>The GOV.UK order: a status may only move forward (created → started → a final status).</summary>
    private static bool IsForward(string from, string to) => Rank(to) > Rank(from);

    private static int Rank(string status) => status switch
    {
        AttemptStatus.Created => 0,
        AttemptStatus.Started => 1,
        _ when AttemptStatus.IsFinished(status) => 2,
        _ => -1,
    };

    private sealed record GatewayEventBody(string? EventId, string? PaymentId, string? Reference, int Sequence, long Amount, string? Status,
        bool Finished, string? FailureCode, string? FailureMessage, DateTimeOffset OccurredAt, string? RefundId = null, string? RefundKey = null, long? RefundAmount = null);
}
