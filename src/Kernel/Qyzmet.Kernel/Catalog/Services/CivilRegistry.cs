using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Money;
using Qyzmet.Kernel.Text;
using static Qyzmet.Kernel.Catalog.Services.Common;

namespace Qyzmet.Kernel.Catalog.Services;

/// <summary>
/// 001a.md: Order of the Minister of Justice No. 236 of 27 June 2011, Regulations 1–3 (civil-registration
/// e-services on the portal, for individuals only).
/// </summary>
internal static class CivilRegistryServices
{
    internal static readonly LegalSource Order236 = new(
        T("«Электрондық мемлекеттік қызметтер регламенттерін бекіту туралы» Қазақстан Республикасы Әділет министрінің бұйрығы",
          "Приказ Министра юстиции Республики Казахстан «Об утверждении регламентов электронных государственных услуг»",
          "Order of the Minister of Justice of RK \"On approval of regulations of electronic state services\""),
        "236",
        new DateOnly(2011, 6, 27),
        LegalStatus.Repealed,
        T("Қазақстан Республикасы Әділет министрінің 2012 жылғы 29 қарашадағы № 389 бұйрығымен күші жойылған. Әділет министрлігінде 2011 жылғы 15 тамызда № 7128 тіркелген.",
          "Утратил силу приказом Министра юстиции РК от 29 ноября 2012 года № 389. Зарегистрирован в Министерстве юстиции 15 августа 2011 года № 7128.",
          "Repealed by Order of the Minister of Justice of RK No. 389 of 29 Nov 2012. Registered with the Ministry of Justice on 15 Aug 2011, No. 7128."),
        T("Қазақстан Республикасы Әділет министрінің 2012 жылғы 29 қарашадағы № 389 бұйрығымен", "приказом Министра юстиции РК от 29 ноября 2012 года № 389", "by Order of the Minister of Justice of RK No. 389 of 29 Nov 2012"));

    private static readonly LocalizedText PaymentWindowNote = T(
        "Қызмет көрсетудің жалпы мерзімі регламентте көрсетілмеген (Үкіметтің 2009 жылғы 15 желтоқсандағы № 2121 қаулысымен бекітілген стандартқа сілтеме). Мемлекеттік баж ЭҮП ұсынған сәттен бастап 24 сағат ішінде төленеді; төленбесе сұрау салу мерзімі өтеді және қайта жіберуге болады. 3-қосымшада әрекеттердің уақыты минутпен берілген.",
        "Общий срок оказания услуги в регламенте не указан (отсылка к стандарту, утвержденному постановлением Правительства от 15 декабря 2009 года № 2121). Госпошлина оплачивается в течение 24 часов с момента предложения ПЭП; иначе срок запроса истекает, и его можно подать заново. В приложении 3 указаны нормы времени действий в минутах.",
        "The overall service deadline is not stated (deferred to the standards approved by Government Decree No. 2121 of 15 Dec 2009). The state duty must be paid within 24 hours of the portal's offer; otherwise the request expires and may be submitted again. Appendix 3 gives per-action minutes only.");

    // 001a.md §3.0: the regulations state no hours (deferred to Standard No. 2121, docs/catalog-notes.md); the
    // application is made on the portal (the Portal channel's hours).
    private static readonly LocalizedText Schedule = PortalAroundTheClock;

    // What the applicant reads about the term and cost (D-325), from 001a.md §3.1–§3.3 (1 MCI / 30% MCI within 24 hours,
    // D-004) and what follows payment in each regulation.
    private static LocalizedText Duty(string kk, string ru, string en) => T(
        $"Мемлекеттік баж — {kk}, порталда өтінім бергеннен кейін 24 сағат ішінде төленеді.",
        $"Государственная пошлина — {ru}, оплачивается на портале в течение 24 часов после подачи заявки.",
        $"State duty of {en}, paid on the portal within 24 hours of applying.");

    private static readonly LocalizedText JusticeBodies = T(
        "Аумақтық әділет органдары (уәкілетті орган); өтініш «электрондық үкімет» порталы арқылы АХАЖ АЖ пайдаланып беріледі",
        "Территориальные органы юстиции (уполномоченный орган); заявление подается через портал «электронного правительства» с использованием ИС ЗАГС",
        "Territorial justice bodies (the authorised body); the application goes through the e-government portal using the civil-registry IS");

    private static readonly RefusalGround DataViolations = Ground("consumer-data-violations",
        "Тұтынушының деректерінде бұзушылықтардың болуы",
        "Наличие нарушений в данных потребителя",
        "Violations in the consumer's data at authentication");

    private static readonly RefusalGround EdsNotConfirmed = Ground("eds-not-confirmed",
        "Тұтынушының ЭЦҚ түпнұсқалылығының (тіркеу куәлігінің жарамдылығының) расталмауы",
        "Не подтверждена подлинность ЭЦП потребителя (срок действия регистрационного свидетельства)",
        "The authenticity of the consumer's EDS (validity of the registration certificate) is not confirmed");

    private static readonly RefusalGround DataAbsent = Ground("data-absent",
        "Сұралған деректердің «ЭҮП АЖ»-да болмауы",
        "Отсутствие запрашиваемых данных в «ИС ПЭП»",
        "The requested data are absent \"in the portal IS\"");

    private static readonly LocalizedText[] ActDataByKind =
    [
        T("Туу туралы: туған күні және жері, ата-анасы туралы мәлімет",
          "О рождении: дата и место рождения, сведения о родителях",
          "Birth: date and place of birth; information about the parents"),
        T("Некеге тұру туралы: жұбайы (зайыбы) туралы мәлімет, некеге тұрған жері мен күні",
          "О заключении брака: сведения о супруге, место и дата заключения брака",
          "Marriage: information about the spouse; place and date of the marriage"),
        T("Некені бұзу туралы: жұбайы (зайыбы) туралы мәлімет, некеге тұрған жері мен күні",
          "О расторжении брака: сведения о супруге, место и дата заключения брака",
          "Divorce: information about the spouse; place and date of the marriage (as written)"),
        T("Тегін, атын, әкесінің атын ауыстыру туралы: ауыстырғанға дейінгі тегі",
          "О перемене фамилии, имени, отчества: фамилия до перемены",
          "Change of surname/name/patronymic: the surname before the change"),
    ];

    public static IReadOnlyList<ServiceStandard> All { get; } =
    [
        new()
        {
            Id = "civil-registry.duplicate-certificate",
            Area = ServiceArea.CivilRegistry,
            Name = T("Туу туралы, некеге тұру туралы, некені бұзу туралы, әке болуды анықтау туралы, ұл/қыз асырап алу туралы, тегін, атын, әкесінің атын ауыстыру туралы қайталама куәлікке өтініш беру",
                     "Подача заявления на повторное свидетельство о рождении, о заключении брака, о расторжении брака, об установлении отцовства, об усыновлении (удочерении), о перемене фамилии, имени, отчества",
                     "Application for a duplicate certificate of birth, marriage, divorce, establishment of paternity, adoption, change of surname, first name, patronymic"),
            Provider = JusticeBodies,
            Channels = [Channel.Portal],
            Recipients = Recipients.Individuals,
            Deadlines = [],
            DeadlineNote = PaymentWindowNote,
            Term = T("Баж төленгеннен кейін АХАЖ бөлімі қайталама куәлікті дайындайды; дайын болғанда қай жерден алуға болатынын жеке кабинетке хабарлаймыз.",
                     "После оплаты пошлины отдел ЗАГС готовит повторное свидетельство; о готовности и месте получения сообщим в личном кабинете.",
                     "Once the duty is paid, the registry office prepares the duplicate; we tell you in your cabinet when and where to collect it."),
            Cost = Duty("1 АЕК", "1 МРП", "1 MCI"),
            Fee = new FeeRule.MciShare(1m),
            RequiredDocuments =
            [
                EdsSignedRequest,
                .. ActDataByKind,
                // D-201: the regulation defines no inputs for these two kinds.
                T("Әке болуды анықтау және асырап алу туралы куәліктер үшін: баланың туған күні, тегі, аты, әкесінің аты және ата-аналары (асырап алушылары) туралы мәліметтер",
                  "Для свидетельств об установлении отцовства и об усыновлении: дата рождения, Ф.И.О. ребёнка и сведения о родителях (усыновителях)",
                  "Paternity and adoption certificates: the child's date of birth and full name, and the parents' (adoptive parents') details"),
            ],
            Results =
            [
                T("Сұрау салуды өңдеуге қабылдағаны туралы хабарлама (5-қосымша)",
                  "Уведомление о принятии запроса в обработку (приложение 5)",
                  "Notification that the request was accepted for processing (Appendix 5)"),
                T("Қайталама куәлік қағаз түрінде өтініш берген жері бойынша беріледі",
                  "Повторное свидетельство выдается в бумажном виде по месту подачи заявления",
                  "The duplicate certificate, in paper form, at the place where the application was filed"),
                T("Бас тарту туралы хабарлама", "Сообщение об отказе", "Refusal message"),
            ],
            RefusalGrounds = [DataViolations, EdsNotConfirmed, DataAbsent],
            Hearing = HearingRule.None,
            HearingNote = T("Регламентте тыңдау көзделмеген", "Заслушивание регламентом не предусмотрено", "The regulation provides no hearing before refusal"),
            Schedule = Schedule,
            Source = Order236,
            SpecReference = "001a.md §3.1",
            Automation = Automation.Partial,
        },
        new()
        {
            Id = "civil-registry.marriage-application",
            Area = ServiceArea.CivilRegistry,
            Name = T("Некеге тұруды тіркеуге өтініш беру",
                     "Подача заявления на регистрацию заключения брака",
                     "Application for registration of marriage"),
            Provider = T("Қазақстан Республикасы Әділет министрлігі Тіркеу қызметі және құқықтық көмек көрсету комитетінің АХАЖ АЖ «электрондық үкімет» порталы арқылы; өтінішті уәкілетті орган (аумақтық әділет органы) тексереді",
                         "ИС ЗАГС Комитета регистрационной службы и оказания правовой помощи Министерства юстиции РК через портал «электронного правительства»; заявление проверяет уполномоченный орган (территориальный орган юстиции)",
                         "The civil-registry IS of the MoJ Committee of Registration Service and Legal Assistance, via the e-government portal; the authorised body (territorial justice body) checks the application"),
            Channels = [Channel.Portal],
            Recipients = Recipients.Individuals,
            Deadlines = [],
            DeadlineNote = PaymentWindowNote,
            Term = T("Болашақ жұбай өз кабинетінде келісім бергеннен кейін бажды 24 сағат ішінде төлеу керек; төлегеннен кейін бірден некені тіркеу уақыты, күні және орны туралы хабарлама беріледі.",
                     "После согласия будущего супруга (в его кабинете) пошлину нужно оплатить в течение 24 часов; сразу после оплаты вы получите уведомление о времени, дате и месте регистрации брака.",
                     "Once the other future spouse consents (in their cabinet), pay the duty within 24 hours; right after payment you receive the notice of the time, date and place of the marriage registration."),
            Cost = Duty("1 АЕК", "1 МРП", "1 MCI"),
            Fee = new FeeRule.MciShare(1m),
            RequiredDocuments =
            [
                EdsSignedRequest,
                // D-205: the regulation lists no input besides the IIN.
                T("Болашақ жұбайдың ЖСН-і, АХАЖ бөлімі (тіркеу орны) және тіркеудің қалаған күні",
                  "ИИН будущего супруга (супруги), отдел ЗАГС (место регистрации) и желаемая дата регистрации",
                  "The other future spouse's IIN, the registry office (place of registration) and the desired date"),
            ],
            Results =
            [
                T("Некеге тұруға өтініштің түскені туралы хабарлама",
                  "Уведомление о поступлении заявления о заключении брака",
                  "Notification of receipt of the marriage application (Appendix 3)"),
                T("Некеге тұруды тіркеу уақытын, күнін және орнын көрсете отырып, уәкілетті органның хабарламасы",
                  "Уведомление уполномоченного органа с указанием времени, даты и места регистрации заключения брака",
                  "Notification from the authorised body stating the time, date and place of the marriage registration"),
                T("Бас тарту туралы хабарлама", "Сообщение об отказе", "Refusal message"),
            ],
            RefusalGrounds =
            [
                DataViolations,
                EdsNotConfirmed,
                Ground("marriage-bar",
                    "Некеге тұруды тіркеуден бас тартуға байланысты фактілер анықталған жағдайда",
                    "Выявлены факты, являющиеся основанием для отказа в регистрации заключения брака",
                    "Facts are found that are grounds for refusing marriage registration"),
            ],
            Hearing = HearingRule.None,
            HearingNote = T("Регламентте тыңдау көзделмеген", "Заслушивание регламентом не предусмотрено", "The regulation provides no hearing before refusal"),
            Schedule = Schedule,
            Source = Order236,
            SpecReference = "001a.md §3.2",
            Automation = Automation.Partial,
        },
        new()
        {
            Id = "civil-registry.status-reference",
            Area = ServiceArea.CivilRegistry,
            Name = T("Туу туралы, некеге тұру туралы, некені бұзу туралы, тегін, атын, әкесінің атын ауыстыру туралы анықтама беру",
                     "Выдача справки о рождении, о заключении брака, о расторжении брака, о перемене фамилии, имени, отчества",
                     "Issuing a reference on birth, marriage, divorce, change of surname, first name, patronymic"),
            Provider = T("Тіркеуші орган (аудандық әділет басқармасының АХАЖ бөлімі); тұтынушы қызметті www.e.gov.kz порталында өз бетінше алады",
                         "Регистрирующий орган (отдел ЗАГС районного управления юстиции); потребитель получает услугу самостоятельно на портале www.e.gov.kz",
                         "The registering body (civil-registry department of the district justice administration); the consumer obtains the service independently on www.e.gov.kz"),
            Channels = [Channel.Portal],
            Recipients = Recipients.Individuals,
            Deadlines = [],
            DeadlineNote = PaymentWindowNote,
            Term = T("Бірден: анықтама баж төленген сәтте автоматты түрде беріледі.",
                     "Сразу: справка выдаётся автоматически в момент оплаты пошлины.",
                     "At once: the reference is issued automatically when the duty is paid."),
            Cost = Duty("АЕК-тің 30%-ы", "30% МРП", "30% of the MCI"),
            Fee = new FeeRule.MciShare(0.3m),
            RequiredDocuments = [EdsSignedRequest, .. ActDataByKind],
            Results =
            [
                T("Тіркеуші органның ЭЦҚ-сымен куәландырылған мұрағаттық е-анықтама (туу, некеге тұру, некені бұзу, тегін, атын, әкесінің атын ауыстыру туралы; 5-қосымша)",
                  "Архивная е-справка, удостоверенная ЭЦП регистрирующего органа (о рождении, о браке, о расторжении брака, о перемене ФИО; приложение 5)",
                  "Archival e-reference signed with the registering body's EDS (birth, marriage, divorce or name change; Appendix 5)"),
                T("Бас тарту туралы хабарлама", "Сообщение об отказе", "Refusal message"),
            ],
            RefusalGrounds = [DataViolations, EdsNotConfirmed, DataAbsent],
            Hearing = HearingRule.None,
            HearingNote = T("Регламентте тыңдау көзделмеген", "Заслушивание регламентом не предусмотрено", "The regulation provides no hearing before refusal"),
            Schedule = Schedule,
            Source = Order236,
            SpecReference = "001a.md §3.3",
            Automation = Automation.Full,
        },
    ];
}
