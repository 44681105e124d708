using System.Globalization;
using Qyzmet.Kernel.Text;

namespace Qyzmet.CivilRegistry.Features.MarriageApplication;

internal static class MarriageTexts
{
    public static readonly LocalizedText PaymentPurpose = new(
        "Некені тіркеу үшін мемлекеттік баж (1 АЕК)",
        "Государственная пошлина за регистрацию брака (1 МРП)",
        "State duty for marriage registration (1 MCI)");

    /// <summary>What the appointment is (001a.md §3.2: the notice of the time, date and place of registration).</summary>
    public static readonly LocalizedText AppointmentWhat = new(
        "Некеге тұруды тіркеу (екі болашақ жұбай да жеке басын куәландыратын құжаттарымен келеді)",
        "Регистрация брака (оба будущих супруга являются с документами, удостоверяющими личность)",
        "Marriage registration (both future spouses come with their identity documents)");

    public static readonly LocalizedText ExpiredMessage = new(
        "Өтініштің мерзімі өтті: болашақ жұбайдың келісімі немесе мемлекеттік баж 24 сағат ішінде түспеді. Сіз жаңа өтініш бере аласыз.",
        "Срок заявления истёк: согласие будущего супруга или оплата госпошлины не поступили в течение 24 часов. Вы можете подать новое заявление.",
        "The application expired: the other spouse's consent or the state duty did not arrive within 24 hours. You may submit a new application.");

    public static readonly LocalizedText DeclinedMessage = new(
        "Болашақ жұбай некеге тұруға келісім бермеді; өтініш тоқтатылды. Неке тек екі жақтың ерікті келісімімен қиылады.",
        "Будущий супруг(а) не дал(а) согласия на брак; заявление прекращено. Брак заключается только при взаимном добровольном согласии.",
        "The other future spouse declined; the application is closed. A marriage needs the free consent of both.");

    public static readonly LocalizedText PendingElsewhere = new(
        "Бас тарту: болашақ жұбайлардың біреуінде некені тіркеуге басқа аяқталмаған өтініш бар. Бір адамда бір уақытта тек бір өтініш болады. Баж алынған жоқ.",
        "Отказ: у одного из будущих супругов есть другое незавершённое заявление на регистрацию брака. У одного лица может быть только одно такое заявление. Пошлина не взималась.",
        "Refused: one of the future spouses holds another marriage application in progress. A person may hold only one at a time. No duty was charged.");

    public static readonly LocalizedText OfficeRefusal = new(
        "АХАЖ бөлімі деректерді тексеріп, некені тіркеуден бас тартты:",
        "Отдел ЗАГС проверил данные и отказал в регистрации брака:",
        "The registry office checked the data and refused to register the marriage:");

    public static LocalizedText ConsentRequest(string number, string applicant) => new(
        $"{applicant} сізбен некеге тұруға № {number} өтініш берді. Келісім беру немесе бас тарту үшін порталда «Некеге тұруға келісім» бетін ашыңыз (/civil-registry/consents) немесе API: POST /api/civil-registry/marriage-applications/{number}/consent немесе /decline (24 сағат ішінде).",
        $"{applicant} подал(а) заявление № {number} на регистрацию брака с вами. Чтобы дать согласие или отказаться, откройте на портале страницу «Согласие на брак» (/civil-registry/consents) или API: POST /api/civil-registry/marriage-applications/{number}/consent или /decline (в течение 24 часов).",
        $"{applicant} applied ({number}) to register a marriage with you. To consent or decline, open «Consent to marry» on the portal (/civil-registry/consents) or the API: POST /api/civil-registry/marriage-applications/{number}/consent or /decline (within 24 hours).");

    public static LocalizedText ScheduledNotice(string number, string when, string officeKk, string officeRu) => new(
        $"№ {number} өтініш бойынша некеге тұруды тіркеу {when} уақытына белгіленді. Орны: {officeKk}. Екеуіңіз де жеке куәліктеріңізбен келіңіздер.",
        $"Регистрация брака по заявлению № {number} назначена на {when}. Место: {officeRu}. Оба будущих супруга должны явиться с удостоверениями личности.",
        $"The marriage registration for application {number} is set for {when} at {officeRu}. Both of you must come with identity documents.");

    public static LocalizedText Registered(string actNumber, string date) => new(
        $"Неке {date} ж. тіркелді, акт жазбасы № {actNumber}. Енді неке туралы анықтама алуға болады.",
        $"Брак зарегистрирован {date} г., актовая запись № {actNumber}. Теперь можно получить справку о браке.",
        $"The marriage was registered on {date}, act record {actNumber}. You can now request a marriage reference.");

    public static LocalizedText SlotHeld(string number, string when) => new(
        $"№ {number} өтініш бойынша некені тіркеу уақыты {when} сіздер үшін сақталды. Мемлекеттік бажды (1 АЕК) 24 сағат ішінде төлеңіз, әйтпесе уақыт босатылады.",
        $"По заявлению № {number} за вами удержано время регистрации брака {when}. Оплатите госпошлину (1 МРП) в течение 24 часов, иначе время освободится.",
        $"For application {number} the registration time {when} is held for you. Pay the state duty (1 MCI) within 24 hours or the time is released.");

    public static LocalizedText NoFreeSlot(string desired) => new(
        $"Бас тарту: таңдалған АХАЖ бөлімінде {desired} бастап 30 күн ішінде бос тіркеу уақыты жоқ. Басқа бөлімді немесе күнді таңдап, жаңа өтініш беріңіз. Баж алынған жоқ.",
        $"Отказ: в выбранном отделе ЗАГС нет свободного времени регистрации в течение 30 дней начиная с {desired}. Выберите другой отдел или дату и подайте новое заявление. Пошлина не взималась.",
        $"Refused: the chosen registry office has no free registration time in the 30 days from {desired}. Choose another office or date and apply again. No duty was charged.");

    // The impediments, each with its own refusal (decisions.md D-207).
    public static LocalizedText ExistingMarriage(string name) => new(
        $"Бас тарту: {name} бұзылмаған некеде тұр (АХАЖ АЖ-да неке актісі бар, оны бұзу туралы акт жоқ). Алдымен некені бұзуды тіркеу қажет.",
        $"Отказ: {name} состоит в нерасторгнутом браке (в ИС ЗАГС есть запись о браке без записи о его расторжении). Сначала необходимо зарегистрировать расторжение брака.",
        $"Refused: {name} is in a marriage that has not been dissolved (the registry has a marriage act and no divorce act). The divorce must be registered first.");

    public static LocalizedText UnderAge(string name, DateOnly date) => new(
        $"Бас тарту: {name} {date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} күні 18 жасқа толмайды. Неке жасын төмендету туралы шешім болса, АХАЖ бөліміне жеке жүгініңіз.",
        $"Отказ: {name} на {date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} не достигнет 18 лет. При наличии решения о снижении брачного возраста обратитесь в отдел ЗАГС лично.",
        $"Refused: {name} will be under 18 on {date:yyyy-MM-dd}. If the marriageable age was lowered for you by the competent body, apply to a registry office in person.");

    public static readonly LocalizedText ParentAndChild = new(
        "Бас тарту: туу туралы акт жазбалары бойынша сіздер ата-ана мен бала болып табыласыздар (тікелей туыстық). Мұндай неке тіркелмейді.",
        "Отказ: по записям актов о рождении вы являетесь родителем и ребёнком (близкое родство по прямой линии). Такой брак не регистрируется.",
        "Refused: by the birth records you are parent and child (close kinship in the direct line). Such a marriage cannot be registered.");

    public static readonly LocalizedText Siblings = new(
        "Бас тарту: туу туралы акт жазбалары бойынша сіздердің ортақ ата-анаңыз бар (ағайынды, апалы-сіңлілі). Мұндай неке тіркелмейді.",
        "Отказ: по записям актов о рождении у вас общий родитель (полнородные или неполнородные брат и сестра). Такой брак не регистрируется.",
        "Refused: by the birth records you share a parent (full or half siblings). Such a marriage cannot be registered.");

    public static readonly LocalizedText Adoption = new(
        "Бас тарту: бала асырап алу туралы акт жазбасы бойынша сіздер асырап алушы мен асырап алынған бала болып табыласыздар. Мұндай неке тіркелмейді.",
        "Отказ: по записи акта об усыновлении вы являетесь усыновителем и усыновлённым. Такой брак не регистрируется.",
        "Refused: by the adoption record one of you adopted the other. Such a marriage cannot be registered.");

    public static readonly LocalizedText SameSex = new(
        "Бас тарту: Қазақстан Республикасында неке тек ер адам мен әйел адам арасында тіркеледі.",
        "Отказ: в Республике Казахстан брак регистрируется только между мужчиной и женщиной.",
        "Refused: in the Republic of Kazakhstan a marriage is registered only between a man and a woman.");
}
