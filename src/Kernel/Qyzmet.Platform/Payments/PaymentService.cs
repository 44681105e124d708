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

    public static readonly ErrorCode CardInvalid = new("PAY-0103", 400, new(
        "Карта нөмірі 16 цифрдан тұруы керек.",
        "Номер карты должен состоять из 16 цифр.",
        "The card number must be 16 digits."));
}

/// <summary>
/// Fees through the payment gateway. The gateway here is a built-in simulation of a bank (no outside provider):
/// card 4000 0000 0000 0002 is always declined, any other 16-digit number is accepted.
/// </summary>
public sealed class PaymentService(QyzmetDbContext db, TimeProvider time)
{
    public const string DeclinedTestCard = "4000000000000002";

    public async Task<Tenge> ComputeAsync(FeeRule rule, DateOnly paymentDate, CancellationToken ct)
    {
        var rates = await db.MciRates.AsNoTracking().ToDictionaryAsync(r => r.Year, r => new Tenge(r.Tiyn), ct);
        return new MciTable(rates).Compute(rule, paymentDate);
    }

    /// <summary>Opens a payment with its window (e.g. 24 hours, 001a.md para 6(11)) and a durable expiry timer.</summary>
    public async Task<Payment> RequestAsync(Application app, FeeRule rule, LocalizedText purpose, TimeSpan window, string expiryTrigger, CancellationToken ct)
    {
        var amount = await ComputeAsync(rule, Kernel.Calendar.AlmatyTime.LocalDate(time.GetUtcNow()), ct);
        return RequestAmount(app, amount, purpose, window, expiryTrigger);
    }

    /// <summary>Opens a payment of an amount computed by the service itself (e.g. from a price list, 000.md App. 1 row 6).</summary>
    public Payment RequestAmount(Application app, Tenge amount, LocalizedText purpose, TimeSpan window, string expiryTrigger)
    {
        var now = time.GetUtcNow();
        var payment = new Payment
        {
            Id = Guid.CreateVersion7(),
            ApplicationId = app.Id,
            AmountTiyn = amount.Tiyn,
            Purpose = purpose.Ru,
            Status = PaymentStatus.Requested,
            RequestedAt = now.UtcDateTime,
            ExpiresAt = (now + window).UtcDateTime,
        };
        db.Payments.Add(payment);
        db.Timers.Add(new CaseTimer { ApplicationId = app.Id, Trigger = expiryTrigger, DueAt = payment.ExpiresAt });
        return payment;
    }

    public Task<Payment?> OpenPaymentAsync(Guid applicationId, CancellationToken ct) =>
        db.Payments.Where(p => p.ApplicationId == applicationId && p.Status == PaymentStatus.Requested)
            .OrderByDescending(p => p.RequestedAt).FirstOrDefaultAsync(ct);

    /// <summary>Charges the card through the simulated gateway. On success the payment is closed with a receipt number.</summary>
    public async Task<Payment> ChargeAsync(Application app, string payerId, string cardNumber, long receiptSequence, CancellationToken ct)
    {
        var digits = new string(cardNumber.Where(char.IsDigit).ToArray());
        if (digits.Length != 16)
        {
            throw new QyzmetException(PaymentErrors.CardInvalid);
        }

        var payment = await OpenPaymentAsync(app.Id, ct) ?? throw new QyzmetException(PaymentErrors.NoOpenPayment);
        var now = time.GetUtcNow();
        if (digits == DeclinedTestCard)
        {
            throw new QyzmetException(PaymentErrors.Declined,
                Kernel.Calendar.AlmatyTime.FormatDateTime(payment.ExpiresAt));
        }

        payment.Status = PaymentStatus.Paid;
        payment.PaidAt = now.UtcDateTime;
        payment.PayerId = payerId;
        payment.ReceiptNumber = $"R{now.Year}-{receiptSequence:D8}";
        return payment;
    }
}
