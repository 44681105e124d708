using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Money;
using Qyzmet.Kernel.Text;
using static Qyzmet.Kernel.Catalog.Services.Common;

namespace Qyzmet.Kernel.Catalog.Services;

/// <summary>
/// 002.md: Order No. 223-ОД of 4 Dec 2012 of the Land Resources Management Agency, four e-service regulations of
/// land-cadastre information (Appendices 1–4 to the order). The four texts are identical except for the name,
/// the output certificate, the refusal notice and the input (002.md, "Things to know").
/// </summary>
internal static class LandServices
{
    private static readonly LegalSource Order223 = new(
        T("«Электрондық мемлекеттік қызмет регламенттерін бекіту туралы» Қазақстан Республикасы Жер ресурстарын басқару агенттігі Төрағасының бұйрығы",
          "Приказ Председателя Агентства Республики Казахстан по управлению земельными ресурсами «Об утверждении регламентов электронных государственных услуг»",
          "Order of the Chairman of the Agency of RK for Land Resources Management \"On approval of regulations of electronic state services\""),
        "223-ОД",
        new DateOnly(2012, 12, 4),
        LegalStatus.Repealed,
        T("Қазақстан Республикасы Өңірлік даму министрінің 2014 жылғы 16 мамырдағы № 138/НҚ бұйрығымен күші жойылған. Әділет министрлігінде 2012 жылғы 24 желтоқсанда № 8215 тіркелген.",
          "Утратил силу приказом Министра регионального развития РК от 16 мая 2014 года № 138/НҚ. Зарегистрирован в Министерстве юстиции 24 декабря 2012 года № 8215.",
          "Repealed by Order of the Minister of Regional Development of RK No. 138/НҚ of 16 May 2014. Registered with the Ministry of Justice on 24 Dec 2012, No. 8215."),
        T("Қазақстан Республикасы Өңірлік даму министрінің 2014 жылғы 16 мамырдағы № 138/НҚ бұйрығымен", "приказом Министра регионального развития РК от 16 мая 2014 года № 138/НҚ", "by Order of the Minister of Regional Development of RK No. 138/НҚ of 16 May 2014"));

    private static readonly LocalizedText Provider = T(
        "Қазақстан Республикасы Жер ресурстарын басқару агенттігінің «Жер кадастры ғылыми-өндірістік орталығы» шаруашылық жүргізу құқығындағы республикалық мемлекеттік кәсіпорны",
        "Республиканское государственное предприятие на праве хозяйственного ведения «Научно-производственный центр земельного кадастра» Агентства Республики Казахстан по управлению земельными ресурсами",
        "RSE on the right of economic management \"Scientific-Production Centre of Land Cadastre\" of the Agency of RK for Land Resources Management");

    private static readonly LocalizedText NotStatedDeadline = T(
        "Қызмет көрсету мерзімі күнмен көрсетілмеген; тек 1-қосымшадағы қадамдардың уақыты (30 секундтан 1,5 минутқа дейін) берілген. Мерзім Үкіметтің 2012 жылғы 1 қарашадағы № 1392 қаулысымен бекітілген стандартта.",
        "Срок оказания услуги в днях не указан; приведены только нормы времени шагов приложения 1 (от 30 секунд до 1,5 минуты). Срок установлен стандартом, утвержденным постановлением Правительства от 1 ноября 2012 года № 1392.",
        "No overall deadline in days is stated; only the per-step times of Appendix 1 (30 s to 1.5 min). The deadline is in the standard approved by Government Decree No. 1392 of 1 Nov 2012, not part of this text.");

    private static readonly FeeRule NotStatedFee = new FeeRule.NotStated(T(
        "Регламентте көрсетілмеген; Үкіметтің 2012 жылғы 1 қарашадағы № 1392 қаулысымен бекітілген мемлекеттік қызмет стандартына сілтеме жасалады",
        "В регламенте не указана; регламент ссылается на стандарт государственной услуги, утвержденный постановлением Правительства от 1 ноября 2012 года № 1392",
        "Not stated in the regulation; it defers to the state service standard approved by Government Decree No. 1392 of 1 Nov 2012"));

    // 002.md §3.0: the regulation states no hours; the service is fully automated on the portal (the Portal channel's hours).
    private static readonly LocalizedText Schedule = Common.PortalAroundTheClock;

    // D-001 (002.md §3.0 "Fully automated"): issued in the same request, free of charge. What the applicant reads (D-325).
    private static readonly LocalizedText Term = T(
        "Бірден: анықтама сұрау салған сәтте автоматты түрде беріледі.",
        "Сразу: справка выдаётся автоматически в момент запроса.",
        "At once: the certificate is issued automatically when you apply.");

    private static readonly LocalizedText CadastralNumberRequest = T(
        "Жер учаскесінің кадастрлық нөмірі көрсетілген, тұтынушының ЭЦҚ-сымен куәландырылған электрондық сұрау салу (кадастрлық нөмірді «Жер учаскесінің тиесілігі туралы ақпараттарды беру» қызметі арқылы білуге болады)",
        "Электронный запрос с указанием кадастрового номера земельного участка, удостоверенный ЭЦП потребителя (кадастровый номер можно узнать через услугу о принадлежности земельного участка)",
        "Electronic request stating the land plot's cadastral number, signed with the consumer's EDS (the cadastral number can be found through the land-plot ownership service)");

    private static readonly LocalizedText PowerOfAttorney = T(
        "ХҚКО-да тұтынушы өкілі өтініш берген кезде: нотариат куәландырған сенімхаттың деректемелері (БНАЖ-да тексеріледі)",
        "В ЦОН при обращении представителя потребителя: реквизиты нотариально удостоверенной доверенности (проверяются в ЕНИС)",
        "At a PSC when a representative applies: details of the notarised power of attorney (checked in the unified notarial IS)");

    private static readonly RefusalGround[] Grounds =
    [
        Ground("authorisation", "Тұтынушының деректерінде қателіктердің болуына байланысты авторизациялаудан бас тарту",
            "Отказ в авторизации в связи с ошибками в данных потребителя",
            "Authorisation refused because of errors in the consumer's data"),
        Ground("eds-not-confirmed", "Тұтынушының ЭЦҚ түпнұсқалылығының расталмауы: тіркеу куәлігінің мерзімі өткен, қайтарылған (жойылған) куәліктер тізімінде тұр немесе сұрау салудағы ЖСН/БСН куәліктегі ЖСН/БСН-ге сәйкес келмейді",
            "Не подтверждена подлинность ЭЦП потребителя: срок регистрационного свидетельства истек, оно в списке отозванных, либо ИИН/БИН запроса не совпадает с ИИН/БИН свидетельства",
            "The authenticity of the consumer's EDS is not confirmed: certificate expired, revoked, or the IIN/BIN in the request differs from the one in the certificate"),
        Ground("consumer-data-absent", "ЖТ МДҚ / ЗТ МДҚ-да тұтынушының деректері, БНАЖ-да сенімхат деректері болмауы",
            "Отсутствие данных потребителя в ГБД ФЛ / ГБД ЮЛ или данных доверенности в ЕНИС",
            "The consumer's data are absent in the Individuals / Legal entities register, or the power-of-attorney data are absent in the notarial IS"),
        Ground("data-absent", "Сұралған деректердің МЖК ААЖ-да болмауы",
            "Отсутствие запрашиваемых данных в АИС ГЗК",
            "The requested data are absent in the state land cadastre AIS"),
    ];

    private static ServiceStandard Service(
        string id, LocalizedText name, LocalizedText certificate, LocalizedText refusalNotice, string specSection, bool cadastralNumberInput) => new()
        {
            Id = id,
            Area = ServiceArea.Land,
            Name = name,
            Provider = Provider,
            Channels = [Channel.Portal, Channel.ServiceCentre],
            Recipients = Recipients.IndividualsAndLegalEntities,
            Deadlines = [],
            DeadlineNote = NotStatedDeadline,
            Term = Term,
            Cost = FreeOfCharge,
            Fee = NotStatedFee,
            RequiredDocuments = cadastralNumberInput
            ? [CadastralNumberRequest, PowerOfAttorney]
            // 002.md §3.3: the text defines no input field for this service (docs/catalog-notes.md).
            : [T("Тұтынушының ЭЦҚ-сымен куәландырылған электрондық сұрау салу",
                 "Электронный запрос, удостоверенный ЭЦП потребителя",
                 "Electronic request signed with the consumer's EDS"),
               PowerOfAttorney],
            Results = [certificate, refusalNotice],
            RefusalGrounds = Grounds,
            Hearing = HearingRule.None,
            HearingNote = T("Бас тарту алдында тыңдау көзделмеген", "Заслушивание перед отказом не предусмотрено", "The text provides no hearing before refusal (002.md §3.5)"),
            Schedule = Schedule,
            Source = Order223,
            SpecReference = "002.md " + specSection,
            Automation = Automation.Full,
        };

    public static IReadOnlyList<ServiceStandard> All { get; } =
    [
        Service("land.identification-document-info",
            T("Жер учаскесіне сәйкестендіру құжатын дайындау туралы ақпарат беру",
              "Предоставление информации о подготовке идентификационного документа на земельный участок",
              "Provision of information on the preparation of the identification document for a land plot"),
            T("«Жер учаскесіне сәйкестендіру құжатын дайындау туралы ақпарат» анықтамасы (қызмет берушінің уәкілетті тұлғасының ЭЦҚ-сымен қол қойылған электрондық құжат)",
              "Справка «Информация о подготовке идентификационного документа на земельный участок» (электронный документ, подписанный ЭЦП уполномоченного лица услугодателя)",
              "Certificate \"Information on the preparation of the identification document for a land plot\" (e-document signed with the EDS of the provider's authorised person)"),
            T("Жер учаскесіне сәйкестендіру құжатын дайындау туралы ақпаратты беруден бас тарту туралы хабарлама",
              "Уведомление об отказе в предоставлении информации о подготовке идентификационного документа на земельный участок",
              "Notice of refusal to provide information on the preparation of the identification document for a land plot"),
            "§3.1", cadastralNumberInput: true),
        Service("land.cadastral-info",
            T("Жер учаскесіне кадастрлық ақпарат беру",
              "Предоставление кадастровой информации на земельный участок",
              "Provision of cadastral information on a land plot"),
            T("«Жер учаскесінің кадастрлық ақпараты» анықтамасы (қызмет берушінің уәкілетті тұлғасының ЭЦҚ-сымен қол қойылған электрондық құжат)",
              "Справка «Кадастровая информация земельного участка» (электронный документ, подписанный ЭЦП уполномоченного лица услугодателя)",
              "Certificate \"Cadastral information of a land plot\" (e-document signed with the EDS of the provider's authorised person)"),
            T("Жер учаскесіне кадастрлық ақпаратты беруден бас тарту туралы хабарлама",
              "Уведомление об отказе в предоставлении кадастровой информации на земельный участок",
              "Notice of refusal to provide cadastral information on a land plot"),
            "§3.2", cadastralNumberInput: true),
        Service("land.ownership-info",
            T("Жер учаскесінің тиесілілігі туралы ақпарат беру",
              "Предоставление информации о принадлежности земельного участка",
              "Provision of information on the ownership (belonging) of a land plot"),
            T("«Жер учаскесінің тиесілігі туралы ақпарат» анықтамасы (қызмет берушінің уәкілетті тұлғасының ЭЦҚ-сымен қол қойылған электрондық құжат)",
              "Справка «Информация о принадлежности земельного участка» (электронный документ, подписанный ЭЦП уполномоченного лица услугодателя)",
              "Certificate \"Information on the belonging of a land plot\" (e-document signed with the EDS of the provider's authorised person)"),
            T("Жер учаскесінің тиесілігі туралы ақпаратты беруден бас тарту туралы хабарлама",
              "Уведомление об отказе в предоставлении информации о принадлежности земельного участка",
              "Notice of refusal to provide information on the belonging of a land plot"),
            "§3.3", cadastralNumberInput: false),
        Service("land.title-document-info",
            T("Жер учаскесіне құқықтың алғаш берілуінің құқық белгілеуші құжаты туралы ақпарат беру",
              "Предоставление информации о правоустанавливающем документе первичного предоставления права на земельный участок",
              "Provision of information on the title document under which rights to a land plot were first granted"),
            T("«Жер учаскесіне құқық белгілейтін бастапқы құжаттың берілуі туралы ақпарат» анықтамасы (қызмет берушінің уәкілетті тұлғасының ЭЦҚ-сымен қол қойылған электрондық құжат)",
              "Справка «Информация о выдаче первичного правоустанавливающего документа на земельный участок» (электронный документ, подписанный ЭЦП уполномоченного лица услугодателя)",
              "Certificate \"Information on the issuance of the initial title document for a land plot\" (e-document signed with the EDS of the provider's authorised person)"),
            T("Жер учаскесіне құқықтың алғаш берілуінің құқық белгілеуші құжаты туралы ақпаратты беруден бас тарту туралы хабарлама",
              "Уведомление об отказе в предоставлении информации о правоустанавливающем документе первичного предоставления права на земельный участок",
              "Notice of refusal to provide information on the title document of the first granting of rights to a land plot"),
            "§3.4", cadastralNumberInput: true),
    ];
}
