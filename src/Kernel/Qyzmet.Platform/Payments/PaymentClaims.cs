using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;

namespace Qyzmet.Platform.Payments;

/// <summary>What an applicant may put to staff instead of paying through the gateway.</summary>
public static class PaymentClaimKinds
{
    /// <summary>An exemption from the fee with its proof (003.md Standard item 6: orphans and children without parental care until 18; D-709).</summary>
    public const string Exemption = "exemption";

    /// <summary>An e-copy of a payment made outside the gateway (000.md App. 1 rows 6 and 8, App. 2 row 8; D-711).</summary>
    public const string ECopy = "e-copy";
}

public static class PaymentClaimStatus
{
    public const string Pending = "pending";
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
}

/// <summary>The reasons staff may give for rejecting a claim, each told to the applicant in their language (D-712).</summary>
public static class PaymentClaims
{
    public static readonly IReadOnlyDictionary<string, LocalizedText> RejectionReasons = new Dictionary<string, LocalizedText>(StringComparer.Ordinal)
    {
        ["unreadable"] = new(
            "Жүктелген электрондық көшірме оқылмайды. Анық көшірмені қайта жүктеңіз немесе төлем шлюзі арқылы төлеңіз.",
            "Загруженная электронная копия нечитаема. Загрузите чёткую копию ещё раз или оплатите через платёжный шлюз.",
            "The uploaded e-copy cannot be read. Upload a clear copy again or pay through the payment gateway."),
        ["amount-differs"] = new(
            "Төлем құжатындағы сома шоттағы сомаға сәйкес келмейді. Шот бойынша толық соманы төлеңіз.",
            "Сумма в платёжном документе не совпадает с суммой счёта. Оплатите полную сумму по счёту.",
            "The amount in the payment document differs from the invoice. Pay the full amount of the invoice."),
        ["wrong-payment"] = new(
            "Төлем құжаты осы шотқа (алушыға, мақсатқа немесе төлеушіге) жатпайды.",
            "Платёжный документ не относится к этому счёту (получатель, назначение или плательщик другие).",
            "The payment document is not for this invoice (another recipient, purpose or payer)."),
        ["not-received"] = new(
            "Төлем алушының шотына түспеген. Банкпен тексеріп, қайта жүктеңіз немесе төлем шлюзі арқылы төлеңіз.",
            "Платёж не поступил на счёт получателя. Уточните в банке и загрузите снова или оплатите через платёжный шлюз.",
            "The payment has not reached the recipient's account. Check with your bank and upload again, or pay through the payment gateway."),
        ["proof-invalid"] = new(
            "Ұсынылған құжат жеңілдік құқығын растамайды. Ақы төлеуге шот берілді.",
            "Представленный документ не подтверждает право на освобождение от платы. Выставлен счёт на оплату.",
            "The document given does not prove the right to the exemption. An invoice to pay has been issued."),
        ["not-eligible"] = new(
            "Өтініш беруші жеңілдік санатына жатпайды (мысалы, 18 жасқа толды). Ақы төлеуге шот берілді.",
            "Заявитель не относится к льготной категории (например, достиг 18 лет). Выставлен счёт на оплату.",
            "The applicant is not in the exempt category (e.g. has turned 18). An invoice to pay has been issued."),
    };

    public static readonly ErrorCode ECopyNotAllowed = new("PAY-0118", 409, new(
        "Бұл қызмет ақысы тек төлем шлюзі арқылы төленеді: төлем құжатының электрондық көшірмесі қабылданбайды.",
        "Плата за эту услугу вносится только через платёжный шлюз: электронная копия платёжного документа не принимается.",
        "This service is paid through the payment gateway only: an e-copy of a payment document is not accepted."));

    public static readonly ErrorCode AttachmentUnknown = new("PAY-0119", 400, new(
        "attachmentId: осы өтінішке жүктелген файлды көрсетіңіз (алдымен төлем құжатының көшірмесін жүктеңіз).",
        "attachmentId: укажите файл, загруженный к этому заявлению (сначала загрузите копию платёжного документа).",
        "attachmentId: name a file uploaded to this application (upload the payment document's copy first)."));

    public static readonly ErrorCode NoPendingClaim = new("PAY-0120", 409, new(
        "Бұл шот бойынша тексерілетін өтініш (жеңілдік немесе төлем көшірмесі) жоқ.",
        "По этому счёту нет ожидающего проверки заявления (об освобождении или копии платежа).",
        "There is no claim (exemption or payment e-copy) waiting to be checked for this invoice."));

    public static readonly ErrorCode BadRejectionReason = new("PAY-0121", 400, new(
        "reason: бас тарту себебін тізімнен таңдаңыз: {0}.",
        "reason: выберите причину отклонения из списка: {0}.",
        "reason: choose the rejection reason from the list: {0}."));

    public static readonly ErrorCode NotUnitStaff = new("PAY-0122", 403, new(
        "Өтінішті тексеруді тек өтініш тұрған бөлімшенің қызметкері шеше алады.",
        "Решение по заявлению принимает только сотрудник подразделения, в котором находится заявление.",
        "Only staff of the unit that holds the application decide on the claim."));
}
