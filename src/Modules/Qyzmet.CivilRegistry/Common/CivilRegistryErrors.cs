using Qyzmet.Kernel.Errors;

namespace Qyzmet.CivilRegistry.Common;

/// <summary>Error codes of the civil registry (prefix CR-). Never renumber.</summary>
public static class CivilRegistryErrors
{
    public static readonly ErrorCode OtherPersonNotFound = new("CR-0001", 422, new(
        "Болашақ жұбайдың ЖСН-і ({0}) «Жеке тұлғалар» мемлекеттік деректер қорында табылмады. ЖСН-ді тексеріп, қайта жіберіңіз.",
        "ИИН будущего супруга ({0}) не найден в государственной базе данных «Физические лица». Проверьте ИИН и отправьте снова.",
        "The future spouse's IIN ({0}) is not in the State Database \"Individuals\". Check the IIN and submit again."));

    public static readonly ErrorCode OtherPersonIsApplicant = new("CR-0002", 422, new(
        "Болашақ жұбайдың ЖСН-і сіздің ЖСН-іңізбен бірдей. Екінші адамның ЖСН-ін көрсетіңіз.",
        "ИИН будущего супруга совпадает с вашим. Укажите ИИН второго лица.",
        "The future spouse's IIN is your own. Enter the other person's IIN."));

    public static readonly ErrorCode DateNotAhead = new("CR-0003", 422, new(
        "Қалаған тіркеу күні ({0}) ертеңнен бастап 90 күн ішінде болуы тиіс. Басқа күнді таңдаңыз.",
        "Желаемая дата регистрации ({0}) должна быть в пределах 90 дней начиная с завтрашнего дня. Выберите другую дату.",
        "The desired registration date ({0}) must be between tomorrow and 90 days ahead. Choose another date."));

    // CR-0004 (no free slot) is not an error any more: it became a refusal before payment (decisions.md D-208).

    public static readonly ErrorCode NotYourConsent = new("CR-0005", 404, new(
        "Келісім беретін «{0}» өтініші табылмады.",
        "Заявление «{0}», ожидающее вашего согласия, не найдено.",
        "No application '{0}' is waiting for your consent."));

    public static readonly ErrorCode DeskOnly = new("CR-0006", 403, new(
        "АХАЖ бөлімінің жұмыс орны тек АХАЖ бөлімінің орындаушыларына арналған.",
        "Рабочее место отдела ЗАГС доступно только исполнителям отделов ЗАГС.",
        "The registry office desk is only for executors of a civil registry office."));

    public static readonly ErrorCode ActNotFound = new("CR-0007", 404, new(
        "«{0}» акт жазбасы табылмады.",
        "Актовая запись «{0}» не найдена.",
        "Act record '{0}' was not found."));

    public static readonly ErrorCode SearchTooBroad = new("CR-0008", 400, new(
        "Іздеу үшін ЖСН, тегі (кемінде 2 әріп), акт күні немесе акт нөмірін көрсетіңіз. Күн пішімі: ЖЖЖЖ-АА-КК.",
        "Для поиска укажите ИИН, фамилию (не менее 2 букв), дату акта или номер акта. Формат даты: ГГГГ-ММ-ДД.",
        "To search, give an IIN, a name (at least 2 letters), an act date or an act number. Date format: YYYY-MM-DD."));

    public static readonly ErrorCode ApplicantHasPendingMarriage = new("CR-0009", 409, new(
        "Сізде аяқталмаған некені тіркеу өтініші бар (№ {0}). Бір адамда бір уақытта тек бір өтініш болады: алдымен оны аяқтаңыз немесе оның мерзімі өтсін.",
        "У вас уже есть незавершённое заявление на регистрацию брака (№ {0}). У одного лица может быть только одно такое заявление: сначала завершите его или дождитесь окончания его срока.",
        "You already have a marriage application in progress ({0}). A person may hold only one at a time: finish it first or let it expire."));

    public static readonly ErrorCode OtherHasPendingMarriage = new("CR-0010", 409, new(
        "Болашақ жұбайдың (ЖСН {0}) аяқталмаған некені тіркеу өтініші бар. Бір адамда бір уақытта тек бір өтініш болады.",
        "У будущего супруга (ИИН {0}) уже есть незавершённое заявление на регистрацию брака. У одного лица может быть только одно такое заявление.",
        "The other future spouse (IIN {0}) already has a marriage application in progress. A person may hold only one at a time."));

    public static readonly ErrorCode RecordImpediment = new("CR-0011", 409, new(
        "Неке актісін жазуға болмайды: өтініш тексерілгеннен кейін некеге кедергі пайда болды. {0} Тіркеуден осы себеппен бас тартыңыз.",
        "Запись акта о браке невозможна: после проверки заявления появилось обстоятельство, препятствующее браку. {0} Откажите в регистрации по этой причине.",
        "The marriage act cannot be recorded: a fact preventing the marriage appeared after the application was checked. {0} Refuse the registration with this reason."));

    public static readonly ErrorCode RecordBeforeSlot = new("CR-0012", 409, new(
        "Неке {0} уақытына белгіленген; акт жазбасы осы уақыттан бастап қана жазылады.",
        "Регистрация брака назначена на {0}; актовая запись составляется только начиная с этого времени.",
        "The registration is booked for {0}; the act can only be recorded from that time on."));
}
