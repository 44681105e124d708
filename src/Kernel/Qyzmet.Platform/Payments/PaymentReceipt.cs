using Qyzmet.Kernel.Money;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Documents;

namespace Qyzmet.Platform.Payments;

/// <summary>
/// The receipt (чек) the portal issues after a successful payment (001a.md para 6(11), §6 item 8: "receipt confirming
/// payment", no fields listed): a signed PDF with the invoice's data, verifiable by its QR code like any result (ADR 0020).
/// </summary>
public static class PaymentReceipt
{
    public const string Kind = "payment-receipt";

    public static DocumentContent Content(Application app, Payment invoice, PaymentAttempt attempt)
    {
        var paidAt = Kernel.Calendar.AlmatyTime.FormatDateTime(invoice.PaidAt ?? attempt.UpdatedAt);
        var fields = new List<DocumentBlock>
        {
            new DocumentField(new("Түбіртек нөмірі", "Номер квитанции"), BilingualText.Same(invoice.ReceiptNumber ?? "")),
            new DocumentField(new("Өтініш", "Заявление"), BilingualText.Same("№ " + app.Number)),
            new DocumentField(new("Төлем мақсаты", "Назначение платежа"), BilingualText.Same(invoice.Purpose)),
            new DocumentField(new("Сома", "Сумма"), BilingualText.Same(new Tenge(invoice.AmountTiyn).ToString())),
            new DocumentField(new("Төлеуші (ЖСН/БСН)", "Плательщик (ИИН/БИН)"), BilingualText.Same(invoice.PayerId ?? app.ApplicantId)),
            new DocumentField(new("Алушы", "Получатель"), BilingualText.Same(invoice.RecipientName ?? "—")),
            new DocumentField(new("Бюджеттік сыныптама коды", "Код бюджетной классификации"), BilingualText.Same(invoice.BudgetCode ?? "—")),
            new DocumentField(new("Төленген уақыты (Алматы)", "Время оплаты (Алматы)"), BilingualText.Same(paidAt)),
            new DocumentField(new("Төлем шлюзіндегі нөмірі", "Номер в платёжном шлюзе"), BilingualText.Same(attempt.GatewayPaymentId)),
        };
        return new DocumentContent
        {
            Issuer = [new("«Электрондық үкімет» веб-порталы", "Веб-портал «электронного правительства»")],
            Title = new("ТӨЛЕМ ТҮБІРТЕГІ", "КВИТАНЦИЯ ОБ ОПЛАТЕ"),
            DocumentNumber = "",
            IssuedAt = DateTimeOffset.MinValue,
            Sections = [new DocumentSection(null, fields)],
        };
    }

    /// <summary>What the verification page states of the receipt, in Kazakh and Russian (issue 11: no English rows).</summary>
    public static IReadOnlyList<StatementRow> Statement(Application app, Payment invoice, PaymentAttempt attempt) =>
    [
        new(new BilingualText("Түбіртек", "Квитанция"), invoice.ReceiptNumber ?? ""),
        new(new BilingualText("Өтініш", "Заявление"), app.Number),
        new(new BilingualText("Сомасы", "Сумма"), new Tenge(invoice.AmountTiyn).ToString()),
        new(new BilingualText("Төлеуші", "Плательщик"), invoice.PayerId ?? app.ApplicantId),
        new(new BilingualText("Бюджеттік сыныптама коды", "Код бюджетной классификации"), invoice.BudgetCode ?? "—"),
        new(new BilingualText("Шлюздегі төлем", "Платёж в шлюзе"), attempt.GatewayPaymentId),
    ];
}
