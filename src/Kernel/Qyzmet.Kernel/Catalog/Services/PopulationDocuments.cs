using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Money;
using Qyzmet.Kernel.Text;
using static Qyzmet.Kernel.Catalog.Services.Common;

namespace Qyzmet.Kernel.Catalog.Services;

/// <summary>
/// 004.md: Government Decree No. 132 of 24 Feb 2014, five standards on documenting and registering the
/// population (S1–S5). Repealed.
/// </summary>
internal static class PopulationDocumentServices
{
    private static readonly LegalSource Decree132 = new(
        T("«Қазақстан Республикасының халқын құжаттандыру және тіркеу мәселелері бойынша мемлекеттік көрсетілетін қызметтер стандарттарын бекіту туралы» Қазақстан Республикасы Үкіметінің қаулысы",
          "Постановление Правительства Республики Казахстан «Об утверждении стандартов государственных услуг по вопросам документирования и регистрации населения Республики Казахстан»",
          "Decree of the Government of RK \"On approval of the standards of state services on documenting and registering the population of the Republic of Kazakhstan\""),
        "132",
        new DateOnly(2014, 2, 24),
        LegalStatus.Repealed,
        T("Қазақстан Республикасы Үкіметінің 2015 жылғы 12 қазандағы № 821 қаулысымен күші жойылған. Стандарттарды әзірлеуші — Ішкі істер министрлігі.",
          "Утратило силу постановлением Правительства РК от 12 октября 2015 года № 821. Разработчик стандартов — Министерство внутренних дел.",
          "Repealed by Government Decree No. 821 of 12 Oct 2015. Developer of the standards: Ministry of Internal Affairs."),
        T("Қазақстан Республикасы Үкіметінің 2015 жылғы 12 қазандағы № 821 қаулысымен", "постановлением Правительства РК от 12 октября 2015 года № 821", "by Government Decree No. 821 of 12 Oct 2015"));

    private static readonly LocalizedText Schedule = T(
        "Көрсетілетін қызметті беруші: дүйсенбі–жұма 9:00–18:30, сенбі 9:00–13:00 (түскі үзіліссіз), жексенбі мен мереке күндерінен басқа. Орталық: дүйсенбі–сенбі 9:00–20:00, түскі үзіліссіз. Қабылдау жеделдетілген қызмет көрсетусіз электрондық кезек тәртібімен, кезекті портал арқылы брондауға болады.",
        "Услугодатель: понедельник–пятница 9:00–18:30, суббота 9:00–13:00 (без перерыва), кроме воскресенья и праздничных дней. Центр: понедельник–суббота 9:00–20:00 без перерыва. Прием в порядке электронной очереди без ускоренного обслуживания; бронирование очереди через портал.",
        "Provider: Mon–Fri 9:00–18:30, Sat 9:00–13:00 (no lunch break), closed Sundays and holidays. Centre: Mon–Sat 9:00–20:00, no lunch break. Electronic queue without expedited service, bookable on the portal.");

    private static readonly LocalizedText ScheduleWithPortal = T(
        Schedule.Kk + " " + PortalAroundTheClock.Kk + ".",
        Schedule.Ru + " " + PortalAroundTheClock.Ru + ".",
        Schedule.En + " " + PortalAroundTheClock.En + ".");

    private static readonly LocalizedText MigrationPoliceUnits = T(
        "Қазақстан Республикасы Ішкі істер министрлігінің көші-қон полициясының аумақтық бөлімшелері",
        "Территориальные подразделения миграционной полиции Министерства внутренних дел Республики Казахстан",
        "Territorial migration-police units of the Ministry of Internal Affairs of RK");

    private static LocalizedText MigrationPolice(string whereKk, string whereRu, string whereEn) => T(
        $"{whereKk} {MigrationPoliceUnits.Kk}",
        $"{MigrationPoliceUnits.Ru} {whereRu}",
        $"{MigrationPoliceUnits.En}, {whereEn}");

    private static LocalizedText QueueNote(int serviceMinutes) => T(
        $"Құжаттарды тапсыру үшін күтудің ең ұзақ уақыты 15 минут; қызмет көрсетудің ең ұзақ уақыты {serviceMinutes} минут.",
        $"Максимально допустимое время ожидания для сдачи документов 15 минут; обслуживания {serviceMinutes} минут.",
        $"Maximum wait to hand in documents: 15 minutes; maximum service time: {serviceMinutes} minutes.");

    private static readonly LocalizedText NoRefusalGrounds = T(
        "Стандартта бас тарту негіздері және тыңдау көзделмеген",
        "Основания для отказа и заслушивание стандартом не предусмотрены",
        "The standard states no refusal grounds and no hearing");

    private static RefusalGround IncompletePackage(string appendixKk, string appendixRu, string appendixEn) => Ground("incomplete-package",
        $"Көрсетілетін қызметті алушы құжаттардың толық топтамасын ұсынбаған жағдайда орталық қызметкері өтінішті қабылдаудан бас тартады және құжаттарды қабылдаудан бас тарту туралы қолхат береді ({appendixKk})",
        $"При непредставлении полного пакета документов работник центра отказывает в приеме заявления и выдает расписку об отказе в приеме документов ({appendixRu})",
        $"If the complete package is not submitted, the centre employee refuses to accept the application and issues a receipt on refusal to accept documents ({appendixEn})");

    private static readonly LocalizedText StateDutyReceipt = T(
        "Мемлекеттік баждың төленгенін растайтын түбіртек (баж төлеуден босатылған тұлғалар босатуды растайтын құжаттарды ұсынады)",
        "Квитанция об оплате государственной пошлины (лица, освобожденные от уплаты, представляют подтверждающие документы)",
        "Receipt of payment of the state duty (persons exempt from the duty present documents confirming the exemption)");

    /// <summary>
    /// 004.md §4.10 and §7 "Complaints" (Chapter 3 of each standard): about the provider or the Ministry, to the head of the
    /// provider or to the head of the Ministry (010000, Astana, Tauelsizdik Avenue 1); about a centre employee, to the head of
    /// the centre; each 15 working days from registration; then the quality authority, 15 working days (D-728).
    /// </summary>
    private static readonly ComplaintTerms PopulationComplaintTerms = new(15, 15, "004.md §4.10")
    {
        OtherHeads =
        [
            new(ComplaintAddressee.MinistryHead, 15)
            {
                UnitId = Ministries.InternalAffairsUnitId,
                Address = T("010000, Астана қ., Тәуелсіздік даңғылы, 1; тел. 8 (7172) 71-40-33, 71-40-03",
                            "010000, г. Астана, проспект Тәуелсіздік, 1; тел. 8 (7172) 71-40-33, 71-40-03",
                            "010000, Astana, Tauelsizdik Avenue 1; tel. 8 (7172) 71-40-33, 71-40-03"),
            },
            new(ComplaintAddressee.CentreHead, 15),
        ],
    };

    /// <summary>S5 item 11 (004.md §6.9): a legal entity's complaint gives its name, postal address and outgoing number (D-729).</summary>
    private static readonly ComplaintTerms AddressReferenceComplaintTerms = PopulationComplaintTerms with { LegalEntityOutgoingNumber = true };

    public static IReadOnlyList<ServiceStandard> All { get; } =
    [
        new()
        {
            Id = "population-documents.passport-id-card",
            Area = ServiceArea.PopulationDocuments,
            Name = T("Қазақстан Республикасының азаматтарына паспорттар, жеке куәліктер беру",
                     "Выдача паспортов, удостоверений личности гражданам Республики Казахстан",
                     "Issuing passports and identity cards to citizens of the RK"),
            Provider = MigrationPolice("Көрсетілетін қызметті алушының тұрақты тіркелген орны бойынша", "по месту постоянной регистрации услугополучателя", "at the recipient's place of permanent registration"),
            Channels = [Channel.ServiceCentre, Channel.MigrationPolice, Channel.Portal],
            Recipients = Recipients.Individuals,
            Deadlines =
            [
                new(T("Құжаттарды орталықта тапсырған кезде, сондай-ақ портал арқылы", "При сдаче документов в центре, а также при обращении через портал", "Documents handed in at the centre, and applications through the portal"), DeadlineRule.CalendarDays(30)),
                new(T("Жеделдетілген тәртіп (тек орталықта): 7 жұмыс күні", "Ускоренный порядок (только в центре): 7 рабочих дней", "Accelerated procedure (centre only): 7 working days"), DeadlineRule.WorkingDays(7)),
                new(T("Жеделдетілген тәртіп (тек орталықта): 10 жұмыс күні", "Ускоренный порядок (только в центре): 10 рабочих дней", "Accelerated procedure (centre only): 10 working days"), DeadlineRule.WorkingDays(10)),
                new(T("Жеделдетілген тәртіп (тек орталықта): 15 жұмыс күні", "Ускоренный порядок (только в центре): 15 рабочих дней", "Accelerated procedure (centre only): 15 working days"), DeadlineRule.WorkingDays(15)),
            ],
            DeadlineNote = T(
                "Стандартты мерзім — 30 күнтізбелік күннен кешіктірмей. Жеделдетілген тәртіпте құжаттарды қабылдау күні мерзімге кірмейді. " + QueueNote(30).Kk,
                "Стандартный срок — не позднее 30 календарных дней. В ускоренном порядке день приема документов в срок не входит. " + QueueNote(30).Ru,
                "Standard term: no later than 30 calendar days. In the accelerated procedure the day of acceptance does not count. " + QueueNote(30).En),
            Fee = new FeeRule.MciShare(0.2m),
            FeeCases =
            [
                new(T("Жеке куәлік: төлеу күнгі АЕК-тің 20 пайызы", "Удостоверение личности: 20 процентов МРП на день оплаты", "Identity card: 20% of the MCI on the day of payment"), new FeeRule.MciShare(0.2m)),
                new(T("Паспорт: АЕК-тің 400 пайызы", "Паспорт: 400 процентов МРП", "Passport: 400% of the MCI"), new FeeRule.MciShare(4m)),
                new(T("Жеделдетілген тәртіп: қосымша ақы", "Ускоренный порядок: доплата", "Accelerated issue: additional payment"),
                    new FeeRule.PriceList("mvd-accelerated-issue-tariffs", T(
                        "Мемлекеттік монополия туралы заңнамаға сәйкес белгіленген қосымша ақы; тарифтер Министрліктің интернет-ресурсында жарияланады",
                        "Дополнительная оплата, установленная в соответствии с законодательством о государственной монополии; тарифы размещаются на интернет-ресурсе Министерства",
                        "Additional payment set under the legislation on state monopoly; tariffs are published on the Ministry's web resource"))),
            ],
            RequiredDocuments =
            [
                StateDutyReceipt,
                T("Қағаз жеткізгіште ресімдеген кезде 3,5 х 4,5 см екі фотосурет; ХҚТ ТП АЖ арқылы ресімдегенде фотосурет тегін түсіріледі, қолтаңба сканермен алынады",
                  "Две фотографии 3,5 х 4,5 см при оформлении на бумажном носителе; при оформлении через ИС ДУиРН фотографирование бесплатно, подпись снимается сканером",
                  "Two photographs 3.5 × 4.5 cm when processed on paper; through the population documenting IS the photo is taken free of charge and the signature is captured with a scanner"),
                T("Мыналардың бірі: туу туралы куәлік (ата-анасы әр түрлі азаматтықта болса — шетелдік ата-ананың нотариат куәландырған келісім-өтініші), ҚР азаматының паспорты, ҚР азаматының жеке куәлігі, ҚР азаматтығына қабылдау туралы куәлік, қайтып оралу куәлігі",
                  "Один из документов: свидетельство о рождении (при разном гражданстве родителей — нотариально удостоверенное согласие-заявление родителя-иностранца), паспорт гражданина РК, удостоверение личности гражданина РК, свидетельство о приеме в гражданство РК, свидетельство на возвращение",
                  "One of: birth certificate (plus the foreign parent's notarised consent if the parents' citizenships differ), RK passport, RK identity card, certificate of admission to RK citizenship, certificate of return"),
                T("Заңмен қорғалатын құпияны құрайтын мәліметтерді пайдалануға орталық нысаны бойынша жазбаша келісім",
                  "Письменное согласие по форме центра на использование сведений, составляющих охраняемую законом тайну",
                  "Written consent, on the centre's form, to the use of legally protected secret information held in IS"),
                T("Портал арқылы (жаңа дайындау технологиясына байланысты құжатты ауыстырғанда ғана): ЭЦҚ-мен куәландырылған электрондық сұрау салу, 3,4 х 4,5 см цифрлық фотосурет, 7 х 2 см сканерленген қолтаңба",
                  "Через портал (только при замене документа в связи с новой технологией изготовления): электронный запрос, удостоверенный ЭЦП, цифровая фотография 3,4 х 4,5 см, сканированная подпись 7 х 2 см",
                  "Through the portal (only when replacing a document because of the new production technology): EDS-signed electronic request, digital photograph 3.4 × 4.5 cm, scanned signature 7 × 2 cm"),
            ],
            Results =
            [
                T("Қазақстан Республикасы азаматының паспорты және (немесе) жеке куәлігі (қағаз түрінде)",
                  "Паспорт гражданина Республики Казахстан и (или) удостоверение личности гражданина Республики Казахстан (на бумажном носителе)",
                  "Passport and/or identity card of an RK citizen (paper)"),
                T("Өтінімді тіркеу талоны (берілу күні көрсетіледі)",
                  "Талон регистрации заявки (с датой выдачи)",
                  "Application registration coupon showing the issue date (centre route)"),
            ],
            RefusalGrounds = [],
            Hearing = HearingRule.None,
            HearingNote = NoRefusalGrounds,
            Schedule = ScheduleWithPortal,
            Source = Decree132,
            SpecReference = "004.md §3.1",
            Automation = Automation.Partial,
            // 004.md §4.10 (each standard's Chapter 3): 15 working days at the provider, 15 at the quality authority.
            ComplaintTerms = PopulationComplaintTerms,
        },
        new()
        {
            Id = "population-documents.temporary-id-card",
            Area = ServiceArea.PopulationDocuments,
            Name = T("Қазақстан Республикасының азаматтарына уақытша жеке куәлік беру",
                     "Выдача временных удостоверений личности гражданам Республики Казахстан",
                     "Issuing temporary identity cards to citizens of the RK"),
            Provider = MigrationPolice("Көрсетілетін қызметті алушының тұрақты тіркелген орны бойынша", "по месту постоянной регистрации услугополучателя", "at the recipient's place of permanent registration"),
            Channels = [Channel.ServiceCentre],
            Recipients = Recipients.Individuals,
            Deadlines = [new(T("Құжаттар топтамасын тапсырған сәттен бастап", "С момента сдачи пакета документов", "From handing in the document package"), DeadlineRule.Minutes(30))],
            DeadlineNote = QueueNote(20),
            Fee = new FeeRule.MciShare(0.2m),
            RequiredDocuments =
            [
                T("Жазбаша өтініш (нысаны берілмеген)", "Письменное заявление (форма не приведена)", "Written application (no form given)"),
                T("Мемлекеттік баждың төленгенін растайтын түбіртек (жеңілдіктер көзделмеген)", "Квитанция об оплате государственной пошлины (льготы не предусмотрены)", "Receipt of payment of the state duty (no concessions provided)"),
                T("3,5 х 4,5 см фотосурет", "Фотография 3,5 х 4,5 см", "Photograph 3.5 × 4.5 cm"),
            ],
            Results =
            [
                T("Көрсетілетін қызметті берушінің паспорттық елтаңбалы мөрімен және қолымен куәландырылған уақытша жеке куәлік (қағаз түрінде)",
                  "Временное удостоверение личности, заверенное паспортной гербовой печатью и подписью услугодателя (на бумажном носителе)",
                  "Temporary identity card certified with the provider's passport emblem seal and signature (paper)"),
            ],
            RefusalGrounds = [],
            ConsiderationStoppedGrounds = [IncompletePackage("қосымша", "приложение", "Appendix")],
            Hearing = HearingRule.None,
            HearingNote = NoRefusalGrounds,
            Schedule = Schedule,
            Source = Decree132,
            SpecReference = "004.md §3.2",
            Automation = Automation.Manual,
            // 004.md §4.10 (each standard's Chapter 3): 15 working days at the provider, 15 at the quality authority.
            ComplaintTerms = PopulationComplaintTerms,
        },
        new()
        {
            Id = "population-documents.residence-registration",
            Area = ServiceArea.PopulationDocuments,
            Name = T("Қазақстан Республикасының азаматтарын тұрғылықты жері бойынша тіркеу",
                     "Регистрация граждан Республики Казахстан по месту жительства",
                     "Registering citizens of the RK at their place of residence"),
            Provider = MigrationPolice("Көрсетілетін қызметті алушының тұрақты немесе уақытша тұратын жері бойынша", "по месту постоянного или временного проживания услугополучателя", "at the recipient's place of permanent or temporary residence"),
            Channels = [Channel.ServiceCentre, Channel.MigrationPolice, Channel.Portal],
            Recipients = Recipients.Individuals,
            Deadlines =
            [
                new(T("Орталықта", "В центре", "At the centre"), DeadlineRule.Minutes(30)),
                new(T("Портал арқылы", "Через портал", "Through the portal"), DeadlineRule.Minutes(15)),
            ],
            DeadlineNote = QueueNote(20),
            Fee = new FeeRule.MciShare(0.1m),
            RequiredDocuments =
            [
                T("Тұрғын үй иесінің жеке куәлігі; үй иесінің өзінің қатысуы және қосымшадағы нысан бойынша тіркеуге келісімі міндетті",
                  "Удостоверение личности собственника жилища; личное присутствие собственника и его согласие на регистрацию по форме приложения обязательны",
                  "The dwelling owner's ID card; the owner must be present in person and give consent to registration on the Appendix form"),
                T("Тұрғын үйде тұруға құқық беретін құжат (меншікке сатып алу, пайдалануға алу, оның ішінде жалдау (қосалқы жалдау) шарты бойынша, заңнамада көзделген өзге негіздер, банк мөрімен куәландырылған жылжымайтын мүлік кепілі шарты); құжаттар мемлекеттік АЖ-да болса, мәліметтер электрондық түрде алынады",
                  "Документ, дающий право на проживание в жилище (приобретение в собственность, получение в пользование, в том числе по договору найма (поднайма), иные основания по законодательству, договор залога недвижимости, заверенный печатью банка); при наличии в государственных ИС сведения получаются в электронном виде",
                  "A document giving the right to live in the dwelling (purchase, use including lease or sublease, other legal grounds, a bank-sealed real-estate pledge agreement); obtained electronically when held in state IS"),
                T("Жеке басын куәландыратын құжат (16 жасқа дейінгі балалар — туу туралы куәлік; шетелден келгендер — консулдық есептен шығару белгісі немесе есептен шығару туралы құжат)",
                  "Документ, удостоверяющий личность (дети до 16 лет — свидетельство о рождении; прибывшие из-за рубежа — отметка о снятии с консульского учета или документ о снятии с учета)",
                  "Identity document (children under 16: birth certificate; arrivals from abroad: consular deregistration mark or a deregistration document)"),
                StateDutyReceipt,
                T("Әкімшілік қадағалаудағы бас бостандығынан айыру орындарынан босатылған тұлғалар үшін: профилактикалық есепке қою белгісі бар босату туралы анықтама",
                  "Для освобожденных из мест лишения свободы, находящихся под административным надзором: справка об освобождении с отметкой о постановке на профилактический учет",
                  "For persons released from prison under administrative supervision: the release certificate bearing the preventive-register mark"),
                T("Портал арқылы: көрсетілетін қызметті алушының және тіркеуге келісім беретін тұрғын үй иесінің ЭЦҚ-ларымен куәландырылған электрондық сұрау салу",
                  "Через портал: электронный запрос, удостоверенный ЭЦП услугополучателя и ЭЦП собственника жилища, дающего согласие на регистрацию",
                  "Through the portal: an electronic request certified with the EDS of the recipient and the EDS of the consenting dwelling owner"),
            ],
            Results =
            [
                T("ХҚТ ТП АЖ-ға тұрғылықты жерінің (уақытша тіркеуде — уақытша тұратын жерінің) мекенжайын енгізу және заңды мекенжайды электрондық жеткізгіші бар жеке куәлікке қайта жазу; жаңа жерде тіркелгенде бұрынғы жерден автоматты түрде есептен шығарылады",
                  "Внесение в ИС ДУиРН адреса места жительства (при временной регистрации — места временного пребывания) и перезапись юридического адреса на удостоверение личности с электронным носителем; при регистрации по новому месту снятие с прежнего происходит автоматически",
                  "The residence address (or temporary stay address) is entered into the population IS and the legal address is rewritten onto the e-ID chip; registering at a new address automatically deregisters the old one"),
                T("Портал арқылы: тұрғылықты жері бойынша тіркелгені туралы жеке кабинетке хабарлама (мекенжайды жеке куәлікке қайта жазу үшін орталыққа келу қажет)",
                  "Через портал: уведомление в личный кабинет о регистрации по месту жительства (для перезаписи адреса на удостоверение необходимо явиться в центр)",
                  "Through the portal: a personal-cabinet notification of registration, telling the recipient to come to the centre to rewrite the address on the e-ID card"),
            ],
            RefusalGrounds = [],
            Hearing = HearingRule.None,
            HearingNote = NoRefusalGrounds,
            Schedule = ScheduleWithPortal,
            Source = Decree132,
            SpecReference = "004.md §3.3",
            Automation = Automation.Partial,
            // 004.md §4.10 (each standard's Chapter 3): 15 working days at the provider, 15 at the quality authority.
            ComplaintTerms = PopulationComplaintTerms,
        },
        new()
        {
            Id = "population-documents.residence-deregistration",
            Area = ServiceArea.PopulationDocuments,
            Name = T("Қазақстан Республикасының азаматтарын тұрғылықты жері бойынша тіркеу есебінен шығару",
                     "Снятие с регистрационного учета граждан Республики Казахстан по месту жительства",
                     "Deregistering citizens of the RK from their place of residence"),
            Provider = MigrationPolice("Көрсетілетін қызметті алушының тұрақты тұратын жері бойынша", "по месту постоянного проживания услугополучателя", "at the recipient's place of permanent residence"),
            Channels = [Channel.ServiceCentre, Channel.MigrationPolice],
            Recipients = Recipients.Individuals,
            Deadlines = [new(T("Құжаттар топтамасын тапсырған сәттен бастап", "С момента сдачи пакета документов", "From handing in the document package"), DeadlineRule.Minutes(30))],
            DeadlineNote = QueueNote(30),
            Fee = new FeeRule.Free(),
            RequiredDocuments =
            [
                T("Тіркеу есебінен шығару туралы өтініш (нысаны берілмеген)", "Заявление о снятии с регистрационного учета (форма не приведена)", "Application for deregistration (no form given)"),
                T("Үй иесінің өтініші бойынша шығарғанда — тұрғын үй иесінің жеке куәлігі", "При снятии по заявлению собственника — удостоверение личности собственника жилища", "When deregistered at the owner's application: the dwelling owner's ID card"),
                T("Республикадан тыс жерге тұрақты тұруға кететіндер үшін — паспорт және ішкі істер органдарының кетуге рұқсат беру туралы анықтамасы", "Для выезжающих на ПМЖ за пределы Республики — паспорт и справка органов внутренних дел о разрешении на выезд", "For persons leaving for permanent residence abroad: passport and the internal-affairs certificate permitting departure"),
                T("Бас бостандығынан айыруға сотталғандар үшін — сот үкімі", "Для осужденных к лишению свободы — приговор суда", "For persons sentenced to deprivation of liberty: the court verdict"),
                T("Сот шешімімен шығарғанда — тұрғын үй-жайды пайдалану құқығынан айыру туралы сот шешімі", "При снятии по решению суда — решение суда о лишении права пользования жилищем", "For deregistration by court decision: the court decision depriving the person of the right to use the dwelling"),
            ],
            Results =
            [
                T("ХҚТ ТП АЖ-ға тіркеу есебінен шығару туралы мәліметтерді енгізу және көрсетілетін қызметті берушінің паспорттық елтаңбалы мөрімен және қолымен куәландырылған мекенжайдан кету парағы (қағаз түрінде)",
                  "Внесение в ИС ДУиРН сведений о снятии с регистрационного учета и адресный листок убытия, заверенный паспортной гербовой печатью и подписью услугодателя (на бумажном носителе)",
                  "Deregistration recorded in the population IS and a paper address departure sheet, stamped and certified with the provider's passport emblem seal and signature"),
            ],
            RefusalGrounds = [],
            Hearing = HearingRule.None,
            HearingNote = NoRefusalGrounds,
            Schedule = Schedule,
            Source = Decree132,
            SpecReference = "004.md §3.4",
            Automation = Automation.NotStated,
            // 004.md §4.10 (each standard's Chapter 3): 15 working days at the provider, 15 at the quality authority.
            ComplaintTerms = PopulationComplaintTerms,
        },
        new()
        {
            Id = "population-documents.address-reference",
            Area = ServiceArea.PopulationDocuments,
            Name = T("Тұрғылықты жерінен мекенжай анықтамаларын беру",
                     "Выдача адресных справок с места жительства",
                     "Issuing address references from the place of residence"),
            Provider = MigrationPoliceUnits,
            Channels = [Channel.ServiceCentre, Channel.Portal],
            Recipients = Recipients.IndividualsAndLegalEntities,
            Deadlines = [new(T("Орталықта құжаттар топтамасын тапсырған сәттен бастап, сондай-ақ портал арқылы", "С момента сдачи пакета документов в центр, а также через портал", "From handing the package to the centre, and also on the portal"), DeadlineRule.Minutes(15))],
            DeadlineNote = QueueNote(15),
            Fee = new FeeRule.Free(),
            RequiredDocuments =
            [
                T("Жеке тұлғалар: жеке басын куәландыратын құжат", "Физические лица: документ, удостоверяющий личность", "Individuals: identity document"),
                T("Жеке тұлғалар: жақын туыстарына анықтама алу үшін 2-қосымша нысанындағы өтініш және туыстықты растайтын неке немесе туу туралы куәлік", "Физические лица: заявление по форме приложения 2 для справки на близких родственников и свидетельство о браке или о рождении для подтверждения родства", "Individuals: Appendix 2 application for a reference on close relatives, with a marriage or birth certificate confirming kinship"),
                T("Жеке тұлғалар: өзі туралы анықтама беруге жеке тұлғаның нотариат куәландырған келісімі (жақын туыстарына — ата-анасына, балаларына, жұбайына — қажет емес)", "Физические лица: нотариально удостоверенное согласие лица на выдачу справки о нем (не требуется для родителей, детей, супруга)", "Individuals: the notarised consent of the person the reference is about (not needed for parents, children, spouse)"),
                T("Заңды тұлғалар: 2-қосымша нысанындағы өтініш, өкілдің сенімхаты, жеке тұлғалардың тізімі және олардың жазбаша келісімі (мемлекеттік мекемелер мен кәсіпорындардан басқа)", "Юридические лица: заявление по форме приложения 2, доверенность представителя, список физических лиц с их письменным согласием (кроме государственных учреждений и предприятий)", "Legal entities: Appendix 2 application, the representative's power of attorney, the list of individuals with their written consents (except state institutions and enterprises)"),
                T("Портал арқылы: ЭЦҚ-мен куәландырылған электрондық сұрау салу", "Через портал: электронный запрос, удостоверенный ЭЦП", "Through the portal: an EDS-signed electronic request"),
            ],
            Results =
            [
                T("Ішкі істер және Әділет министрліктерінің ЭЦҚ-ларымен куәландырылған, 1-қосымша нысанындағы электрондық мекенжай анықтамасы (тіркелген немесе есептен шығарылған нұсқасы)",
                  "Электронная адресная справка по форме приложения 1 (зарегистрирован или снят с учета), удостоверенная ЭЦП МВД и Министерства юстиции",
                  "Electronic address reference in the Appendix 1 form (registered or deregistered variant), bearing the EDS of the Ministries of Internal Affairs and Justice"),
            ],
            RefusalGrounds = [],
            ConsiderationStoppedGrounds = [IncompletePackage("3-қосымша", "приложение 3", "Appendix 3")],
            Hearing = HearingRule.None,
            HearingNote = NoRefusalGrounds,
            Schedule = ScheduleWithPortal,
            Source = Decree132,
            SpecReference = "004.md §3.5",
            Automation = Automation.Full,
            // 004.md §4.10 (each standard's Chapter 3): 15 working days at the provider, 15 at the quality authority.
            ComplaintTerms = AddressReferenceComplaintTerms,
        },
    ];
}
