namespace Qyzmet.Platform.Cases;

/// <summary>Error codes of applications and procedures (prefix CASE-). Published in docs/error-codes.md.</summary>
public static class CaseErrors
{
    public static readonly Kernel.Errors.ErrorCode TransitionNotPermitted = new("CASE-0001", 409, new(
        "«{1}» мәртебесіндегі өтінішке «{0}» әрекеті қолданылмайды.",
        "Действие «{0}» недоступно для заявления в статусе «{1}».",
        "'{0}' is not possible for an application in status '{1}'. Refresh the page to see what can be done now."));

    public static readonly Kernel.Errors.ErrorCode RoleNotPermitted = new("CASE-0002", 403, new(
        "«{0}» әрекетін тек мына рөлдер орындай алады: {1}.",
        "Действие «{0}» могут выполнить только роли: {1}.",
        "Only these roles may do '{0}': {1}."));

    public static readonly Kernel.Errors.ErrorCode ServiceUnknown = new("CASE-0003", 404, new(
        "«{0}» қызметі жоқ. Қызметтер тізімінен таңдаңыз.",
        "Услуги «{0}» нет. Выберите услугу из списка услуг.",
        "There is no service '{0}'. Choose one from the list of services."));

    public static readonly Kernel.Errors.ErrorCode ServiceNotAvailable = new("CASE-0004", 409, new(
        "«{0}» қызметіне онлайн өтініш беру әзірге қолжетімсіз: қызмет стандартында аталған арналар арқылы (мысалы, ХҚКО) жүгініңіз.",
        "Онлайн-подача заявления на услугу «{0}» пока недоступна: обратитесь через каналы, указанные в стандарте услуги (например, ЦОН).",
        "You cannot apply for '{0}' online yet: use the channels its standard names (for example, a public service centre)."));

    /// <summary>D-348: the ministry suspended the service for now (Qyzmet:SuspendedServices); applications already made go on.</summary>
    public static readonly Kernel.Errors.ErrorCode ServiceSuspended = new("CASE-0040", 503, new(
        "«{0}» қызметі уақытша қолжетімсіз: жаңа өтініштер қабылданбайды. Кейінірек қайталап көріңіз; берілген өтініштер қаралуын жалғастырады.",
        "Услуга «{0}» временно недоступна: новые заявления не принимаются. Повторите попытку позже; поданные заявления рассматриваются дальше.",
        "The service '{0}' is temporarily unavailable: no new applications are taken. Try again later; applications already made go on."));

    public static readonly Kernel.Errors.ErrorCode ApplicantNotFound = new("CASE-0005", 422, new(
        "Көрсетілетін қызметті алушының деректері мемлекеттік деректер қорында табылмады ({0}). ЖСН/БСН-ді тексеріңіз.",
        "Данные услугополучателя не найдены в государственной базе данных ({0}). Проверьте ИИН/БИН.",
        "The applicant's data was not found in the state database ({0}). Check the IIN/BIN."));

    public static readonly Kernel.Errors.ErrorCode RecipientNotEligible = new("CASE-0006", 422, new(
        "Бұл қызмет {0} үшін көрсетілмейді.",
        "Эта услуга не оказывается для: {0}.",
        "This service is not provided to {0}."));

    public static readonly Kernel.Errors.ErrorCode ApplicantRequired = new("CASE-0007", 400, new(
        "Қызмет кімге көрсетілетінін көрсетіңіз: applicantId өрісіне ЖСН немесе БСН жазыңыз.",
        "Укажите, кому оказывается услуга: ИИН или БИН в поле applicantId.",
        "Say who the service is for: put the applicant's IIN or BIN in applicantId."));

    public static readonly Kernel.Errors.ErrorCode ApplicationNotFound = new("CASE-0008", 404, new(
        "«{0}» өтініші табылмады.",
        "Заявление «{0}» не найдено.",
        "Application '{0}' was not found."));

    public static readonly Kernel.Errors.ErrorCode ConcurrentChange = new("CASE-0009", 409, new(
        "Өтінішті басқа біреу өзгертті. Бетті жаңартып, қайталаңыз.",
        "Заявление изменил кто-то другой. Обновите страницу и повторите.",
        "Someone else changed this application meanwhile. Reload it and try again."));

    public static readonly Kernel.Errors.ErrorCode DocumentNotFound = new("CASE-0010", 404, new(
        "«{0}» құжаты табылмады.",
        "Документ «{0}» не найден.",
        "Document '{0}' was not found."));

    public static readonly Kernel.Errors.ErrorCode UnitUnstaffed = new("CASE-0015", 503, new(
        "Өтініш қабылданбады: жауапты бөлімшеде ({0}) оны өңдейтін қызметкер жоқ (рөлдер: {1}). Кейінірек қайталаңыз немесе басқа бөлімшені таңдаңыз; әкімшіге хабарланды.",
        "Заявление не принято: в ответственном подразделении ({0}) нет сотрудника, который мог бы его обработать (роли: {1}). Повторите позже или выберите другое подразделение; администратор уведомлён.",
        "The application was not accepted: the responsible unit ({0}) has no staff to process it (roles: {1}). Try again later or choose another unit; the administrators have been alerted."));
}
