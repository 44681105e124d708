using Qyzmet.Kernel.Errors;

namespace Qyzmet.RealEstateCadastre;

/// <summary>Error codes of the real-estate cadastre (000.md); prefix CAD- (ADR 0005).</summary>
public static class CadastreErrors
{
    public static readonly ErrorCode ObjectNotFound = new("CAD-0001", 422, new(
        "{0} кадастрлық нөмірі бар объект жылжымайтын мүліктің бірыңғай мемлекеттік кадастрында жоқ. Жаңа объект үшін алдымен оның мәліметтерін енгізуге өтініш беріңіз.",
        "Объекта с кадастровым номером {0} нет в едином государственном кадастре недвижимости. Для нового объекта сначала подайте заявление на внесение его сведений.",
        "There is no object with cadastral number {0} in the unified state real-estate cadastre. For a new object, first apply to enter its data."));

    public static readonly ErrorCode AttachmentsMissing = new("CAD-0002", 409, new(
        "Құжаттар топтамасы толық емес: {0} электрондық көшірме қажет, {1} тіркелген. Топтаманы толықтыруды күтіңіз немесе одан әрі қараудан бас тартыңыз.",
        "Пакет документов неполный: нужно электронных копий — {0}, приложено — {1}. Дождитесь дополнения или откажите в дальнейшем рассмотрении.",
        "The document package is incomplete: {0} electronic copies are needed, {1} attached. Wait for them or refuse further consideration."));

    public static readonly ErrorCode InspectionMissing = new("CAD-0003", 409, new(
        "Паспортты бекітуге жіберу үшін алдымен зерттеп-қарау нәтижелерін (өлшемдерді) және абристі тіркеңіз.",
        "Перед отправкой паспорта на утверждение внесите результаты обследования (обмеры) и абрис.",
        "Record the inspection (measurements) and the abris before sending the passport for approval."));

    public static readonly ErrorCode NotInInspection = new("CAD-0004", 409, new(
        "Өтініш техникалық зерттеп-қарау кезеңінде емес.",
        "Заявление не находится на этапе технического обследования.",
        "The application is not at the technical-inspection step."));

    public static readonly ErrorCode ExtensionBeyondTwoMonths = new("CAD-0005", 422, new(
        "Мерзімді {0} дейін ғана ұзартуға болады: өтініш берген күннен бастап екі айдан аспайды.",
        "Срок можно продлить не далее {0}: не более двух месяцев со дня подачи заявления.",
        "The term can be extended to {0} at most: two months from the day of application."));

    public static readonly ErrorCode ExtensionNotLater = new("CAD-0006", 400, new(
        "Жаңа мерзім қазіргі мерзімнен ({0}) кейін болуы керек.",
        "Новый срок должен быть позже текущего ({0}).",
        "The new due date must be later than the current one ({0})."));

    public static readonly ErrorCode NoExtensionProposed = new("CAD-0007", 409, new(
        "Келісетін мерзімді ұзарту ұсынысы жоқ.",
        "Нет предложения о продлении срока для согласия.",
        "There is no extension proposal to agree to."));

    public static readonly ErrorCode NoPassportOnFile = new("CAD-0008", 409, new(
        "{0} объектісінің түгендеу ісінде кадастрлық паспорт жоқ.",
        "В инвентарном деле объекта {0} нет кадастрового паспорта.",
        "The inventory file of object {0} holds no cadastral passport."));

    public static readonly ErrorCode BadMeasurement = new("CAD-0009", 400, new(
        "Өлшемдер дұрыс емес: {0}.",
        "Неверные обмеры: {0}.",
        "The measurements are not valid: {0}."));

    public static readonly ErrorCode BadDrawing = new("CAD-0010", 400, new(
        "Абрис SVG немесе PNG сызбасы ретінде берілуі керек (base64, 5 МБ-қа дейін).",
        "Абрис передаётся чертежом SVG или PNG (base64, до 5 МБ).",
        "Send the abris as an SVG or PNG drawing (base64, at most 5 MB)."));

    public static readonly ErrorCode BadDecision = new("CAD-0011", 400, new(
        "Шешім дұрыс толтырылмаған: {0}.",
        "Решение заполнено неверно: {0}.",
        "The decision is not filled in correctly: {0}."));

    public static readonly ErrorCode DecisionNotFound = new("CAD-0012", 404, new(
        "«{0}» шешімі табылмады.",
        "Решение «{0}» не найдено.",
        "Decision '{0}' was not found."));

    /// <summary>No longer raised: prices are set through the platform's fee-rule endpoint (PAY-0117, D-707); codes are never reused.</summary>
    public static readonly ErrorCode BadPrice = new("CAD-0013", 400, new(
        "Бағаны теңгемен оң сан ретінде беріңіз.",
        "Укажите цену в тенге положительным числом.",
        "Give the price in tenge as a positive amount."));

    public static readonly ErrorCode ObjectNumberTaken = new("CAD-0014", 409, new(
        "{0} кадастрлық нөмірі бос емес.",
        "Кадастровый номер {0} уже занят.",
        "Cadastral number {0} is already taken."));

    public static readonly ErrorCode Forbidden = new("CAD-0015", 403, new(
        "Бұл әрекетті тек мына рөлдер орындай алады: {0}.",
        "Это действие могут выполнить только роли: {0}.",
        "Only these roles may do this: {0}."));

    public static readonly ErrorCode ActOfWorksMissing = new("CAD-0016", 409, new(
        "Қызмет көрсету шарты бойынша қол қойылған орындалған жұмыстар актісін төлемнен бұрын тіркеңіз. Ақша есептен шешілген жоқ.",
        "Приложите подписанный акт выполненных работ по договору на оказание услуг до оплаты. Деньги не списаны.",
        "Attach the signed act of completed works under the service contract before paying. No money was taken."));
}
