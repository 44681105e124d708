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

    /// <summary>The receipt of a gateway payment, or (<paramref name="attempt"/> null) of an accepted e-copy (D-715).</summary>
    public static DocumentContent Content(Application app, Payment invoice, PaymentAttempt? attempt, Identity.ProviderUnit? checkedBy = null)
    {
        var paidAt = Kernel.Calendar.AlmatyTime.FormatDateTime(invoice.PaidAt ?? attempt?.UpdatedAt ?? invoice.RequestedAt);
        var fields = new List<DocumentBlock>
        {
            new DocumentField(new("Түбіртек нөмірі", "Номер квитанции"), BilingualText.Same(invoice.ReceiptNumber ?? "")),
            new DocumentField(new("Өтініш", "Заявление"), BilingualText.Same("№ " + app.Number)),
            new DocumentField(new("Төлем мақсаты", "Назначение платежа"), BilingualText.Same(invoice.Purpose)),
            new DocumentField(new("Сома", "Сумма"), BilingualText.Same(new Tenge(invoice.AmountTiyn).ToString())),
            new DocumentField(new("Төлеуші (ЖСН/БСН)", "Плательщик (ИИН/БИН)"), BilingualText.Same(invoice.PayerId ?? app.ApplicantId)),
            new DocumentField(new("Алушы", "Получатель"), BilingualText.Same(invoice.RecipientName ?? "—")),
            new DocumentField(new("Бюджеттік сыныптама коды", "Код бюджетной классификации"), BilingualText.Same(invoice.BudgetCode ?? "—")),
        };
        if (attempt is not null)
        {
            fields.Add(new DocumentField(new("Төленген уақыты (Алматы)", "Время оплаты (Алматы)"), BilingualText.Same(paidAt)));
            fields.Add(new DocumentField(new("Төлем шлюзіндегі нөмірі", "Номер в платёжном шлюзе"), BilingualText.Same(attempt.GatewayPaymentId)));
        }
        else
        {
            // D-715 (000.md App. 1 rows 6 and 8): paid outside the gateway; the e-copy of the payment document was checked by the unit.
            fields.Add(new DocumentField(new("Төлем тәсілі", "Способ оплаты"), ECopyMethod));
            fields.Add(new DocumentField(new("Көшірмені тексерген бөлімше", "Копию проверило подразделение"),
                checkedBy is null ? BilingualText.Same(app.UnitId) : new BilingualText(checkedBy.NameKk, checkedBy.NameRu)));
            fields.Add(new DocumentField(new("Көшірме қабылданған уақыт (Алматы)", "Копия принята (Алматы)"), BilingualText.Same(paidAt)));
        }

        return new DocumentContent
        {
            Issuer = [new("«Электрондық үкімет» веб-порталы", "Веб-портал «электронного правительства»")],
            Title = new("ТӨЛЕМ ТҮБІРТЕГІ", "КВИТАНЦИЯ ОБ ОПЛАТЕ"),
            DocumentNumber = "",
            IssuedAt = DateTimeOffset.MinValue,
            Sections = [new DocumentSection(null, fields)],
        };
    }

    /// <summary>How an e-copy receipt says the fee was paid (D-715).</summary>
    public static readonly BilingualText ECopyMethod = new(
        "Шлюзден тыс: төлем құжатының электрондық көшірмесі тексеріліп, қабылданды",
        "Вне шлюза: электронная копия платёжного документа проверена и принята");

    /// <summary>What the verification page states of the receipt, in Kazakh and Russian (issue 11: no English rows).</summary>
    public static IReadOnlyList<StatementRow> Statement(Application app, Payment invoice, PaymentAttempt? attempt) =>
    [
        new(new BilingualText("Түбіртек", "Квитанция"), invoice.ReceiptNumber ?? ""),
        new(new BilingualText("Өтініш", "Заявление"), app.Number),
        new(new BilingualText("Төлем мақсаты", "Назначение платежа"), invoice.Purpose),
        new(new BilingualText("Сомасы", "Сумма"), new Tenge(invoice.AmountTiyn).ToString()),
        new(new BilingualText("Төлеуші", "Плательщик"), invoice.PayerId ?? app.ApplicantId),
        new(new BilingualText("Бюджеттік сыныптама коды", "Код бюджетной классификации"), invoice.BudgetCode ?? "—"),
        attempt is null
            ? new(new BilingualText("Төлем тәсілі", "Способ оплаты"), ECopyMethod)
            : new(new BilingualText("Шлюздегі төлем", "Платёж в шлюзе"), attempt.GatewayPaymentId),
    ];
}
