using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Money;
using Qyzmet.Kernel.Text;
using static Qyzmet.Kernel.Catalog.Services.Common;

namespace Qyzmet.Kernel.Catalog.Services;

/// <summary>
/// 001b.md Services A and B: Order of the Minister of Justice No. 236 of 27 June 2011, Appendices 4 and 5
/// (real-estate references from the real estate register).
/// </summary>
internal static class RealEstateReferenceServices
{
    internal static readonly FeeRule Standard2121Fee = new FeeRule.NotStated(T(
        "Регламентте көрсетілмеген; Үкіметтің 2009 жылғы 15 желтоқсандағы № 2121 қаулысымен бекітілген стандартқа сілтеме жасалады. Процесте төлем қадамы жоқ.",
        "В регламенте не указана; отсылка к стандарту, утвержденному постановлением Правительства от 15 декабря 2009 года № 2121. Шага оплаты в процессе нет.",
        "Not stated in the regulation; it defers to the standard approved by Government Decree No. 2121 of 15 Dec 2009. The process has no payment step."));

    // 001b.md §3.0: the regulation states no hours (deferred to Standard No. 2121, docs/catalog-notes.md); the
    // reference is formed on the portal (the Portal channel's hours).
    internal static readonly LocalizedText Standard2121Schedule = PortalAroundTheClock;

    // D-101, D-107 (001b.md §3.0, §4.3–§4.5): no payment step, answered in the same request. What the applicant reads (D-325).
    internal static readonly LocalizedText AtOnce = T(
        "Бірден: анықтама сұрау салған сәтте автоматты түрде беріледі.",
        "Сразу: справка выдаётся автоматически в момент запроса.",
        "At once: the reference is issued automatically when you apply.");

    internal static readonly LocalizedText NoHearing = T(
        "Регламентте тыңдау көзделмеген", "Заслушивание регламентом не предусмотрено", "The regulation provides no hearing before refusal");

    internal static RefusalGround[] Grounds(string registerKk, string registerRu, string registerEn) =>
    [
        Ground("R1", "Тұтынушының деректерінде бұзушылықтардың болуы",
            "Наличие нарушений в данных потребителя",
            "Violations in the consumer's data"),
        Ground("R2", "Тұтынушының ЭЦҚ түпнұсқалылығының немесе тіркеу куәлігінің жарамдылығының расталмауы",
            "Не подтверждена подлинность ЭЦП потребителя или срок действия регистрационного свидетельства",
            "The consumer's EDS authenticity or certificate validity is not confirmed"),
        Ground("R3", $"Сұралған деректердің {registerKk}-да болмауы",
            $"Отсутствие запрашиваемых данных в {registerRu}",
            $"The requested data are absent in {registerEn}"),
    ];

    private static readonly LocalizedText DeadlineNote = T(
        "Қызмет көрсетудің жалпы мерзімі көрсетілмеген (№ 2121 стандартта). Қадамдардың уақыты: ХҚКО арқылы 22 минут, Интернет арқылы 5 минут.",
        "Общий срок оказания услуги не указан (в стандарте № 2121). Нормы времени шагов: через ЦОН 22 минуты, через Интернет 5 минут.",
        "No overall deadline is stated (it is in Standard No. 2121). Per-step times total 22 minutes via a PSC and 5 minutes via the Internet.");

    private static readonly LocalizedText Provider = T(
        "Халыққа қызмет көрсету орталықтары «электрондық үкімет» порталы арқылы; е-анықтаманы ЖМТ МДҚ қалыптастырады, тіркеуші органның ЭЦҚ-сымен куәландырылады",
        "Центры обслуживания населения через портал «электронного правительства»; е-справку формирует ГБД РН, удостоверяется ЭЦП регистрирующего органа",
        "Public service centres via the e-government portal; the real estate register forms the e-reference, certified with the registering body's EDS");

    private static readonly LocalizedText[] RequestData =
    [
        T("ЭЦҚ-мен қол қойылған электрондық сұрау салу: ЖСН/БСН (тіркеуден автоматты түрде), е-анықтама берілетін тұлғаның жеке басын куәландыратын құжатының түрі, қызметті алу өңірі (облыс, Астана, Алматы)",
          "Электронный запрос, подписанный ЭЦП: ИИН/БИН (автоматически из регистрации), вид документа, удостоверяющего личность лица, на которое выдается е-справка, регион получения услуги (область, Астана, Алматы)",
          "Electronic request signed with EDS: IIN/BIN (auto-filled from the portal registration), type of identity document of the person the e-reference is for, region (oblast, Astana, Almaty)"),
        // 001b.md §3.1: the list of paper documents is in Standard No. 2121, not in the text (docs/catalog-notes.md).
        T("ХҚКО арқылы: жеке басын куәландыратын құжат бойынша құжаттарды қабылдау және тексеру",
          "Через ЦОН: прием и проверка документов по документу, удостоверяющему личность",
          "Via a PSC: documents are received and checked against the identity document"),
    ];

    private static readonly LocalizedText Refusal = T(
        "Бас тарту туралы электрондық хабарлама", "Электронное сообщение об отказе", "Electronic refusal message");

    public static IReadOnlyList<ServiceStandard> All { get; } =
    [
        new()
        {
            Id = "real-estate.rights-reference",
            Area = ServiceArea.RealEstate,
            Name = T("Жылжымайтын мүлікке тіркелген құқықтар (ауыртпалықтар) және оның техникалық сипаттамалары туралы анықтама беру",
                     "Выдача справки о зарегистрированных правах (обременениях) на недвижимое имущество и его технических характеристиках",
                     "Issuing a reference on registered rights (encumbrances) to real estate and its technical characteristics"),
            Provider = Provider,
            Channels = [Channel.Portal, Channel.ServiceCentre],
            Recipients = Recipients.IndividualsAndLegalEntities,
            Deadlines = [],
            DeadlineNote = DeadlineNote,
            Term = AtOnce,
            Cost = FreeOfCharge,
            Fee = Standard2121Fee,
            RequiredDocuments = RequestData,
            Results =
            [
                T("Тіркелген құқықтар (ауыртпалықтар) және техникалық сипаттамалар туралы е-анықтама (PDF, 2D штрих-код, ЭЦҚ; 5-қосымша)",
                  "Е-справка о зарегистрированных правах (обременениях) и технических характеристиках (PDF, 2D штрих-код, ЭЦП; приложение 5)",
                  "E-reference on registered rights (encumbrances) and technical characteristics (PDF with 2D barcode, EDS; Appendix 5)"),
                Refusal,
            ],
            RefusalGrounds = Grounds("ЖМТ МДҚ", "ГБД РН", "the real estate register"),
            Hearing = HearingRule.None,
            HearingNote = NoHearing,
            Schedule = Standard2121Schedule,
            Source = CivilRegistryServices.Order236,
            SpecReference = "001b.md §3.1",
            Automation = Automation.Full,
        },
        new()
        {
            Id = "real-estate.absence-presence-reference",
            Area = ServiceArea.RealEstate,
            Name = T("Жылжымайтын мүліктің жоқ (бар) екендігі туралы анықтамалар беру",
                     "Выдача справок об отсутствии (наличии) недвижимого имущества",
                     "Issuing references on the absence (presence) of real estate"),
            Provider = Provider,
            Channels = [Channel.Portal, Channel.ServiceCentre],
            Recipients = Recipients.IndividualsAndLegalEntities,
            Deadlines = [],
            DeadlineNote = DeadlineNote,
            Term = AtOnce,
            Cost = FreeOfCharge,
            Fee = Standard2121Fee,
            RequiredDocuments = RequestData,
            Results =
            [
                T("Жылжымайтын мүліктің жоқ (бар) екендігі туралы е-анықтама: қазіргі және бұрын тіркелген құқықтар (PDF, 2D штрих-код, ЭЦҚ; 5-қосымша)",
                  "Е-справка об отсутствии (наличии) недвижимого имущества: зарегистрированные в настоящее время и ранее права (PDF, 2D штрих-код, ЭЦП; приложение 5)",
                  "E-reference on the absence (presence) of real estate: rights currently and previously registered (PDF with 2D barcode, EDS; Appendix 5)"),
                Refusal,
            ],
            RefusalGrounds = Grounds("ЖМТ МДҚ", "ГБД РН", "the real estate register"),
            Hearing = HearingRule.None,
            HearingNote = NoHearing,
            Schedule = Standard2121Schedule,
            Source = CivilRegistryServices.Order236,
            SpecReference = "001b.md §3.2",
            Automation = Automation.Full,
        },
    ];
}
