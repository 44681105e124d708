using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Money;
using Qyzmet.Kernel.Text;
using static Qyzmet.Kernel.Catalog.Services.Common;

namespace Qyzmet.Kernel.Catalog.Services;

/// <summary>
/// 000.md: Rules approved by Order of the Minister of Justice No. 156 of 6 May 2013, as amended by Order No. 65
/// of 22 Jan 2026. Service S1 has three results (data entry, cadastral passport, discrepancy conclusion), kept
/// here as three catalog entries under the one official name; S2 is the cadastral passport duplicate.
/// </summary>
internal static class RealEstateServices
{
    private static readonly LegalSource Order156 = new(
        T("«Жаңадан құрылған жылжымайтын мүлікке жылжымайтын мүліктің сәйкестендіру және техникалық мәліметтерін құқықтық кадастрдың ақпараттық жүйесіне енгізу, жылжымайтын мүлікке мемлекеттік техникалық зерттеп-қарауды жүргізу қағидалары мен мерзімдерін, \"Жылжымайтын мүлік объектісінің кадастрлық паспортының телнұсқасын беру\" мемлекеттік қызмет көрсету қағидаларын және Бастапқы және кейінгі жылжымайтын мүлік объектілеріне кадастрлық нөмір беру қағидаларын бекіту туралы» Қазақстан Республикасы Әділет министрінің бұйрығы",
          "Приказ Министра юстиции Республики Казахстан «Об утверждении Правил и сроков внесения идентификационных и технических сведений недвижимого имущества на вновь созданное недвижимое имущество в информационную систему правового кадастра и проведения государственного технического обследования недвижимого имущества, Правил оказания государственной услуги \"Выдача дубликата кадастрового паспорта объекта недвижимости\" и Правил присвоения кадастровых номеров первичным и вторичным объектам недвижимости»",
          "Order of the Minister of Justice of RK \"On approval of the Rules and deadlines for entering identification and technical data of newly created real estate into the legal cadastre information system and conducting state technical inspection, the Rules for providing the state service 'Issuance of a duplicate of the cadastral passport of a real estate object', and the Rules for assigning cadastral numbers to primary and secondary real estate objects\""),
        "156",
        new DateOnly(2013, 5, 6),
        LegalStatus.InForce,
        T("2026 жылғы 22 қаңтардағы № 65 бұйрықпен (2026 жылғы 26 қаңтарда № 37879 тіркелген) өзгерістер енгізілген; ол алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі. Мәтінде күші туралы белгі жоқ; түзетілетін бұйрық қолданыстағы деп есептеледі.",
          "С изменениями, внесенными приказом от 22 января 2026 года № 65 (зарегистрирован 26 января 2026 года № 37879), который вводится в действие по истечении десяти календарных дней после дня первого официального опубликования. Отметки о статусе в тексте нет; изменяемый приказ считается действующим.",
          "As amended by Order No. 65 of 22 Jan 2026 (registered 26 Jan 2026, No. 37879), in force ten calendar days after its first official publication. The text carries no status annotation; the amended base order is treated as in force."));

    private static readonly LocalizedText Provider = T(
        "«Азаматтарға арналған үкімет» мемлекеттік корпорациясы» коммерциялық емес акционерлік қоғамы, жылжымайтын мүлік объектісінің орналасқан жері бойынша",
        "Некоммерческое акционерное общество «Государственная корпорация «Правительство для граждан» по месту нахождения объекта недвижимости",
        "NJSC State Corporation \"Government for Citizens\", at the location of the real estate object");

    private static readonly LocalizedText S1Name = T(
        "Жаңадан құрылған жылжымайтын мүлікке ғимараттардың, құрылыстардың және (немесе) олардың құрамдас бөліктерінің сәйкестендіру және техникалық мәліметтерін, жылжымайтын мүлік объектісінің кадастрлық паспортын және жаңадан құрылған жылжымайтын мүлік объектісіне жүргізілген мемлекеттік техникалық зерттеп-қарау қорытындылары бойынша сәйкестендіру және техникалық мәліметтердің алшақтықтарын белгілеу туралы қорытынды беру",
        "Внесение идентификационных и технических сведений зданий, сооружений и (или) их составляющих на вновь созданное недвижимое имущество в информационную систему единого государственного кадастра недвижимости, выдача кадастрового паспорта объекта недвижимости и заключения об установлении расхождений идентификационных и технических сведений по итогам государственного технического обследования вновь созданного объекта недвижимости",
        "Entering identification and technical data of buildings, structures and/or their components for newly created real estate into the USREC IS; issuing the cadastral passport of the real estate object and the conclusion on establishing discrepancies of identification and technical data based on the results of state technical inspection");

    private static readonly FeeRule S1Fee = new FeeRule.PriceList("sc-monopoly-prices-21-nk-2024", T(
        "Ақылы: Қазақстан Республикасы Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрінің 2024 жылғы 16 қаңтардағы № 21/НҚ бұйрығымен бекітілген Мемлекеттік корпорацияның мемлекеттік монополия бағалары бойынша; ЭҮТШ арқылы немесе төлем құжатының электрондық көшірмесімен",
        "Платно: по ценам государственной монополии Государственной корпорации, утвержденным приказом Министра цифрового развития, инноваций и аэрокосмической промышленности РК от 16 января 2024 года № 21/НҚ; через ПШЭП или электронной копией платежного документа",
        "Paid: State Corporation state-monopoly prices approved by Order of the Minister of Digital Development, Innovations and Aerospace Industry No. 21/НҚ of 16 Jan 2024; via the e-government payment gateway or an uploaded payment document"));

    private static readonly FeeRule TwoStageFee = new FeeRule.PriceList("sc-monopoly-prices-21-nk-2024", T(
        "Ақылы, екі кезеңмен (2024 жылғы 16 қаңтардағы № 21/НҚ бұйрықпен бекітілген бағалар бойынша): өтініш беру кезінде мемлекеттік техникалық зерттеп-қарау көрсетілетін қызметтерінің базалық құны; нәтижені алу кезінде нақты орындалған жұмыстар үшін толық төлем (қосымша ақы). Нәтиже қосымша ақы төленгеннен кейін ғана жіберіледі.",
        "Платно, в два этапа (по ценам, утвержденным приказом от 16 января 2024 года № 21/НҚ): при подаче — базовая стоимость услуг государственного технического обследования; при получении результата — полная оплата (доплата) за фактически выполненные работы. Результат направляется только после доплаты.",
        "Paid in two stages (prices of Order No. 21/НҚ of 16 Jan 2024): the base cost of state technical inspection at application, and full payment (additional payment) for the work actually performed on receiving the result. The result is sent only after the additional payment."));

    private static readonly LocalizedText S1Schedule = T(
        "Жылжымайтын мүлікке құқықтарды мемлекеттік тіркеуді жүзеге асыратын Мемлекеттік корпорация филиалдары: дүйсенбі–жұма 09:00–18:30, түскі үзіліс 13:00–14:00, демалыс және мереке күндерін қоспағанда. Портал: тәулік бойы, техникалық үзілістерді қоспағанда; жұмыс уақыты аяқталғаннан кейін, жексенбі және мереке күндері берілген өтініштер келесі жұмыс күні қабылданады.",
        "Филиалы Государственной корпорации, осуществляющие государственную регистрацию прав на недвижимое имущество: понедельник–пятница 09:00–18:30, перерыв 13:00–14:00, кроме выходных и праздничных дней. Портал: круглосуточно, кроме технических перерывов; заявления после окончания рабочего времени, в воскресенье и праздничные дни принимаются следующим рабочим днем.",
        "State Corporation branches that register rights to real estate: Mon–Fri 09:00–18:30, lunch 13:00–14:00, except weekends and holidays. Portal: 24/7 except maintenance breaks; applications after hours, on Sundays and holidays are accepted on the next working day.");

    private static readonly LocalizedText S2Schedule = T(
        "Мемлекеттік корпорация филиалдары: дүйсенбі–жұма 09:00–18:30, түскі үзіліс 13:00–14:30, демалыс және мереке күндерін қоспағанда. Портал: тәулік бойы, техникалық үзілістерді қоспағанда; жұмыс уақыты аяқталғаннан кейін, жексенбі және мереке күндері берілген өтініштер келесі жұмыс күні қабылданады.",
        "Филиалы Государственной корпорации: понедельник–пятница 09:00–18:30, перерыв 13:00–14:30, кроме выходных и праздничных дней. Портал: круглосуточно, кроме технических перерывов; заявления после окончания рабочего времени, в воскресенье и праздничные дни принимаются следующим рабочим днем.",
        "State Corporation branches: Mon–Fri 09:00–18:30, lunch 13:00–14:30 (List No. 2; List No. 1 says 14:00), except weekends and holidays. Portal: 24/7 except maintenance breaks; after-hours, Sunday and holiday applications are accepted on the next working day.");

    private static readonly RefusalGround[] StatutoryGrounds =
    [
        Ground("1", "Көрсетілетін қызметті алушы ұсынған құжаттардың және (немесе) олардағы деректердің (мәліметтердің) дәйексіздігін анықтау",
            "Установление недостоверности документов, представленных услугополучателем, и (или) данных (сведений), содержащихся в них",
            "The documents submitted by the recipient and/or the data (information) in them are established to be unreliable"),
        Ground("2", "Көрсетілетін қызметті алушының және (немесе) мемлекеттік қызмет көрсету үшін қажетті ұсынылған материалдардың, объектілердің, деректер мен мәліметтердің Қазақстан Республикасының нормативтік құқықтық актілерінің талаптарына сәйкес келмеуі",
            "Несоответствие услугополучателя и (или) представленных материалов, объектов, данных и сведений, необходимых для оказания государственной услуги, требованиям нормативных правовых актов Республики Казахстан",
            "The recipient and/or the submitted materials, objects, data and information do not meet the requirements of the normative legal acts of RK"),
        Ground("3", "Көрсетілетін қызметті алушыға қатысты оның қызметіне немесе мемлекеттік көрсетілетін қызметті алуды талап ететін жекелеген қызмет түрлеріне тыйым салу туралы заңды күшіне енген сот шешімінің (үкімінің) болуы",
            "В отношении услугополучателя имеется вступившее в законную силу решение (приговор) суда о запрещении деятельности или отдельных видов деятельности, требующих получения государственной услуги",
            "A court decision (sentence) in force prohibits the recipient's activity, or the types of activity that require this service"),
        Ground("4", "Көрсетілетін қызметті алушыға қатысты заңды күшіне енген сот шешімінің болуы, оның негізінде көрсетілетін қызметті алушы мемлекеттік көрсетілетін қызметті алумен байланысты арнаулы құқығынан айырылған",
            "В отношении услугополучателя имеется вступившее в законную силу решение суда, на основании которого услугополучатель лишен специального права, связанного с получением государственной услуги",
            "A court decision in force deprives the recipient of a special right connected with receiving the service"),
        Ground("5", "«Дербес деректер және оларды қорғау туралы» Қазақстан Республикасы Заңының 8-бабына сәйкес көрсетілетін қызметті алушының мемлекеттік қызмет көрсету үшін талап етілетін, қолжетімділігі шектеулі дербес деректерге қол жеткізуге келісім бермеуі",
            "Отсутствие согласия услугополучателя, предоставляемого в соответствии со статьей 8 Закона Республики Казахстан «О персональных данных и их защите», на доступ к персональным данным ограниченного доступа, требуемым для оказания государственной услуги",
            "No consent of the recipient, under Article 8 of the Law \"On personal data and their protection\", to access restricted personal data needed for the service"),
    ];

    private static readonly RefusalGround[] IncompletePackage =
    [
        Ground("incomplete-or-expired",
            "Құжаттар топтамасы толық ұсынылмаған және (немесе) құжаттардың қолданылу мерзімі өткен: құжаттарды одан әрі қараудан бас тарту туралы хабарлама",
            "Неполный пакет документов и (или) документы с истекшим сроком действия: уведомление об отказе в дальнейшем рассмотрении документов",
            "Incomplete document package and/or expired documents: notice of refusal of further consideration of the documents"),
    ];

    private static readonly LocalizedText PaymentCopy = T(
        "Төлемді растайтын құжаттың электрондық көшірмесі (ЭҮТШ арқылы төлеген жағдайды қоспағанда)",
        "Электронная копия документа, подтверждающего оплату (кроме случая оплаты через ПШЭП)",
        "Electronic copy of the payment confirmation (unless paid via the e-government payment gateway)");

    private static readonly LocalizedText TwoStagePaymentCopy = T(
        "Кадастрлық паспортты беру үшін төлемді растайтын құжаттың электрондық көшірмесі (ЭҮТШ арқылы төлеген жағдайды қоспағанда), екі кезеңмен: өтініш беру кезінде базалық құны, нәтижені алу кезінде қосымша ақы",
        "Электронная копия документа, подтверждающего оплату за выдачу кадастрового паспорта (кроме оплаты через ПШЭП), в два этапа: при подаче — базовая стоимость, при получении результата — доплата",
        "Electronic copy of the payment confirmation for issuing the cadastral passport (unless paid via the payment gateway), in two stages: base cost at application, additional payment on receiving the result");

    private static readonly LocalizedText TitleDocumentCopy = T(
        "Жылжымайтын мүлік объектісіне құқық белгілейтін құжаттың электрондық көшірмесі, бар болған жағдайда жер учаскесіне сәйкестендіру құжатының электрондық көшірмесі қоса беріледі",
        "Электронная копия правоустанавливающего документа на объект недвижимости с приложением электронной копии идентификационного документа на земельный участок (при наличии)",
        "Electronic copy of the title document for the real estate object, with an electronic copy of the land plot identification document attached if available");

    private static readonly LocalizedText LegalEntityActOfWorks = T(
        "Заңды тұлғамен қызмет көрсету шарты жасалған кезде қосымша қол қойылған орындалған жұмыстар актісі ұсынылады",
        "При заключении договора на оказание услуг с юридическим лицом дополнительно представляется подписанный акт выполненных работ",
        "Where a service contract with a legal entity has been concluded, a signed act of completed works is also provided");

    private static readonly LocalizedText RefusalNotice = T(
        "Мемлекеттік қызмет көрсетуден бас тарту туралы хабарлама",
        "Уведомление об отказе в оказании государственной услуги",
        "Notification of refusal to provide the state service");

    // What the applicant reads about the passport's and the conclusion's term (D-325; 000.md App. 1 row 3, para 5).
    private static readonly LocalizedText PassportTerm = T(
        "Құжаттар топтамасын тапсырған сәттен бастап объектінің түрі мен ауданына қарай төмендегі жұмыс күндері ішінде. Күрделі объект үшін мерзім сізбен келісу бойынша ұзартылуы мүмкін, бірақ өтініш берген күннен бастап екі айдан аспайды.",
        "В течение указанных ниже рабочих дней с момента сдачи документов — в зависимости от вида и площади объекта. Для сложного объекта срок по согласованию с вами может быть продлён, но не более чем до двух месяцев со дня обращения.",
        "Within the working days below from handing in the documents, depending on the kind and area of the object. For a complex object the term may be extended with your agreement, to at most two months from the application.");

    private static readonly LocalizedText PassportExtensionNote = T(
        "Мерзім құжаттар топтамасын тапсырған сәттен бастап жұмыс күндерімен есептеледі. Объектінің күрделілік санатына қарай көрсетілетін қызметті алушымен келісім бойынша ұзартылуы мүмкін, жалпы мерзімі өтініш берген күннен бастап екі айдан аспайды. Бірінші күрделілік санаты (төрт үй-жайдан аспайтын тік бұрышты нысандағы құрылыстар) тек аудан бойынша ережелерді ауыстырады.",
        "Срок исчисляется в рабочих днях с момента сдачи пакета документов. По согласованию с услугополучателем может продлеваться в зависимости от категории сложности объекта; общий срок — не более двух месяцев со дня обращения. Первая категория сложности (строения прямоугольной формы не более четырех помещений) заменяет только правила по площади.",
        "Counted in working days from submission of the document package. Extendable by agreement with the recipient depending on the object's complexity category, to at most two months in total from the application date. The first complexity category (rectangular structures with at most four premises) overrides only the area rules.");

    private static readonly DeadlineCase[] PassportDeadlines =
    [
        new(T("Пәтерлер, жатақханалардағы бөлмелер", "Квартиры, комнаты в общежитиях", "Apartments, rooms in dormitories"), DeadlineRule.WorkingDays(3)),
        new(T("Жеке тұрғын үйлер, жеке гараждар, саяжай құрылыстары", "Индивидуальные жилые дома, индивидуальные гаражи, дачные строения", "Individual residential houses, individual garages, dacha structures"), DeadlineRule.WorkingDays(5)),
        new(T("Бірінші күрделілік санатындағы объектілер (пәтерлерді, бөлмелерді, жеке үйлерді, гараждарды және саяжай құрылыстарын қоспағанда)", "Объекты первой категории сложности (кроме квартир, комнат, индивидуальных домов, гаражей и дачных строений)", "Objects of the first complexity category (except apartments, dorm rooms, individual houses, garages and dacha structures)"), DeadlineRule.WorkingDays(5)),
        new(T("Жалпы ауданы 1000 шаршы метрге дейінгі өзге объектілер", "Иные объекты общей площадью до 1000 квадратных метров", "Other objects with total area up to 1000 m²"), DeadlineRule.WorkingDays(7)),
        new(T("Жалпы ауданы 1000 шаршы метрден асатын объектілер", "Объекты общей площадью свыше 1000 квадратных метров", "Objects with total area over 1000 m²"), DeadlineRule.WorkingDays(10)),
    ];

    private static readonly LocalizedText HearingForPassport = T(
        "Қағидалардың 5-1-тармағы: мерзімі үш күннен асатын жағдайда алдын ала шешім және тыңдау (хабарлама мерзім аяқталғанға дейін кемінде 3 жұмыс күні бұрын жіберіледі; қарсылық алынған күннен бастап 2 жұмыс күні ішінде қабылданады). Пәтерлер мен бөлмелер үшін мерзім (3-жұмыс күні) дәл үш күн, ол ережеде қамтылмаған.",
        "Пункт 5-1 Правил: при сроке свыше трех дней — предварительное решение и заслушивание (уведомление не позднее чем за 3 рабочих дня до окончания срока; возражение принимается в течение 2 рабочих дней со дня получения). Срок для квартир и комнат (3-й рабочий день) ровно три дня и правилом не охвачен.",
        "Rules para 5-1: terms over three days get a preliminary decision and hearing (notice at least 3 working days before the term ends; objection accepted within 2 working days of receipt). The apartment/dorm-room term (3rd working day) is exactly three days and is covered by neither branch.");

    public static IReadOnlyList<ServiceStandard> All { get; } =
    [
        new()
        {
            Id = "real-estate.new-object-data",
            Area = ServiceArea.RealEstate,
            Name = S1Name,
            Variant = T("Сәйкестендіру және техникалық мәліметтерді БМЖМК АЖ-ға енгізу", "Внесение идентификационных и технических сведений в ИС ЕГКН", "Entering the identification and technical data into the USREC IS (S1-A)"),
            Provider = Provider,
            Channels = [Channel.Portal],
            Recipients = Recipients.IndividualsAndLegalEntities,
            Deadlines = [new(T("Мәліметтерді енгізу", "Внесение сведений", "Data entry"), DeadlineRule.WorkingDays(1))],
            DeadlineNote = T("Құжаттар топтамасын тапсырған сәттен бастап бір жұмыс күні; ұзарту ережесі паспорт пен қорытындыға жатады деп түсіндіріледі.",
                             "Один рабочий день с момента сдачи пакета документов; правило продления, по прочтению, относится к паспорту и заключению.",
                             "One working day from submission of the document package; the extension rule is read as applying to the passport and conclusion only."),
            Term = T("Құжаттар топтамасын тапсырған сәттен бастап бір жұмыс күні.", "Один рабочий день с момента сдачи документов.", "One working day from handing in the documents."),
            Fee = S1Fee,
            RequiredDocuments =
            [
                EdsOrOtpRequest,
                T("Жылжымайтын мүлік объектісін пайдалануға қабылдау актісінің және жер учаскесіне сәйкестендіру құжатының электрондық көшірмелері",
                  "Электронные копии акта приемки объекта недвижимости в эксплуатацию и идентификационного документа на земельный участок",
                  "Electronic copies of the act of acceptance of the real estate object into operation and of the land plot identification document"),
                PaymentCopy,
            ],
            Results =
            [
                T("Жаңадан құрылған жылжымайтын мүлікке ғимараттардың, құрылыстардың және (немесе) олардың құрамдас бөліктерінің сәйкестендіру және техникалық мәліметтерін БМЖМК АЖ-ға енгізу туралы хабарлама",
                  "Уведомление о внесении идентификационных и технических сведений зданий, сооружений и (или) их составляющих на вновь созданное недвижимое имущество в ИС ЕГКН",
                  "Notification that the identification and technical data of the buildings, structures and/or components of newly created real estate were entered into the USREC IS"),
                RefusalNotice,
            ],
            RefusalGrounds = StatutoryGrounds,
            ConsiderationStoppedGrounds = IncompletePackage,
            Hearing = HearingRule.RefusalNoticeOnly,
            HearingNote = T("Мерзімі үш күннен аз: бас тарту туралы хабарлама тікелей қалыптастырылады (5-1-тармақ)", "Срок менее трех дней: уведомление об отказе формируется сразу (пункт 5-1)", "Term under three days: the refusal notice is formed directly (para 5-1)"),
            Schedule = S1Schedule,
            Source = Order156,
            SpecReference = "000.md §3.1 (S1-A), §4.1",
            Automation = Automation.Partial,
        },
        new()
        {
            Id = "real-estate.cadastral-passport",
            Area = ServiceArea.RealEstate,
            Name = S1Name,
            Variant = T("Жылжымайтын мүлік объектісінің кадастрлық паспортын беру", "Выдача кадастрового паспорта объекта недвижимости", "Issuing the cadastral passport of the real estate object (S1-B)"),
            Provider = Provider,
            Channels = [Channel.Portal],
            Recipients = Recipients.IndividualsAndLegalEntities,
            Deadlines = PassportDeadlines,
            DeadlineNote = PassportExtensionNote,
            Term = PassportTerm,
            Fee = TwoStageFee,
            RequiredDocuments = [EdsOrOtpRequest, TitleDocumentCopy, TwoStagePaymentCopy, LegalEntityActOfWorks],
            Results =
            [
                T("Жылжымайтын мүлік объектісінің кадастрлық паспорты (негізгі объектінің техникалық сипаттамалары 9-қосымша, қызметтік (шаруашылық) құрылыстар 10-қосымша нысаны бойынша); қосымша ақы төленгеннен кейін жеке кабинетке жіберіледі",
                  "Кадастровый паспорт объекта недвижимости (технические характеристики основного объекта по форме приложения 9, служебных (хозяйственных) строений — приложения 10); направляется в личный кабинет после доплаты",
                  "Cadastral passport of the real estate object (main object per the Appendix 9 form, service (household) buildings per Appendix 10), sent to the personal cabinet after the additional payment"),
                RefusalNotice,
            ],
            RefusalGrounds = StatutoryGrounds,
            ConsiderationStoppedGrounds = IncompletePackage,
            Hearing = HearingRule.PreliminaryDecisionAndHearing,
            HearingNote = HearingForPassport,
            Schedule = S1Schedule,
            Source = Order156,
            SpecReference = "000.md §3.1 (S1-B), §4.2",
            Automation = Automation.Partial,
        },
        new()
        {
            Id = "real-estate.discrepancy-conclusion",
            Area = ServiceArea.RealEstate,
            Name = S1Name,
            Variant = T("Сәйкестендіру және техникалық мәліметтердің алшақтықтарын белгілеу туралы қорытынды беру (кадастрлық паспорт қоса беріледі)", "Выдача заключения об установлении расхождений идентификационных и технических сведений (с приложением кадастрового паспорта)", "Issuing the conclusion on discrepancies of identification and technical data, with the cadastral passport attached (S1-C)"),
            Provider = Provider,
            Channels = [Channel.Portal],
            Recipients = Recipients.IndividualsAndLegalEntities,
            Deadlines = PassportDeadlines,
            DeadlineNote = PassportExtensionNote,
            Term = PassportTerm,
            Fee = TwoStageFee,
            RequiredDocuments = [EdsOrOtpRequest, TitleDocumentCopy, TwoStagePaymentCopy, LegalEntityActOfWorks],
            Results =
            [
                T("Кадастрлық паспорт қоса берілген, жаңадан құрылған жылжымайтын мүліктің сәйкестендіру және техникалық мәліметтерінің алшақтықтарын белгілеу туралы қорытынды (3-қосымша); өзгерістер фактілерін көрсетеді; қосымша ақы төленгеннен кейін жіберіледі",
                  "Заключение об установлении расхождений идентификационных и технических сведений вновь созданного недвижимого имущества с приложением кадастрового паспорта (приложение 3), с указанием фактов изменений; направляется после доплаты",
                  "Conclusion on discrepancies of the identification and technical data of newly created real estate, with the cadastral passport attached (Appendix 3), stating the facts of change; sent after the additional payment"),
                RefusalNotice,
            ],
            RefusalGrounds = StatutoryGrounds,
            ConsiderationStoppedGrounds = IncompletePackage,
            Hearing = HearingRule.PreliminaryDecisionAndHearing,
            HearingNote = HearingForPassport,
            Schedule = S1Schedule,
            Source = Order156,
            SpecReference = "000.md §3.1 (S1-C), §3.3 (P3), §4.2",
            Automation = Automation.Partial,
        },
        new()
        {
            Id = "real-estate.cadastral-passport-duplicate",
            Area = ServiceArea.RealEstate,
            Name = T("Жылжымайтын мүлік объектісінің кадастрлық паспортының телнұсқасын беру",
                     "Выдача дубликата кадастрового паспорта объекта недвижимости",
                     "Issuance of a duplicate of the cadastral passport of a real estate object"),
            Provider = Provider,
            Channels = [Channel.Portal],
            Recipients = Recipients.IndividualsAndLegalEntities,
            Deadlines =
            [
                new(T("Пәтерлер, жатақханалардағы бөлмелер, жеке тұрғын үйлер, жеке гараждар, саяжай құрылыстары", "Квартиры, комнаты в общежитиях, индивидуальные жилые дома, индивидуальные гаражи, дачные строения", "Apartments, dorm rooms, individual residential houses, individual garages, dacha structures"), DeadlineRule.WorkingDays(1)),
                new(T("Жалпы ауданы 1000 шаршы метрге дейінгі өзге объектілер", "Иные объекты общей площадью до 1000 квадратных метров", "Other objects with total area up to 1000 m²"), DeadlineRule.WorkingDays(2)),
                new(T("Жалпы ауданы 1000 шаршы метрден асатын объектілер", "Объекты общей площадью свыше 1000 квадратных метров", "Objects with total area over 1000 m²"), DeadlineRule.WorkingDays(3)),
            ],
            DeadlineNote = T("Құжаттар топтамасын тапсырған сәттен бастап; күрделілік санаты мен ұзарту ережесі жоқ.",
                             "С момента сдачи пакета документов; правил о категории сложности и продлении нет.",
                             "From submission of the document package; no complexity-category rule and no extension."),
            Term = T("Құжаттар топтамасын тапсырған сәттен бастап объектінің түрі мен ауданына қарай төмендегі жұмыс күндері ішінде.",
                     "В течение указанных ниже рабочих дней с момента сдачи документов — в зависимости от вида и площади объекта.",
                     "Within the working days below from handing in the documents, depending on the kind and area of the object."),
            Fee = S1Fee,
            RequiredDocuments = [EdsOrOtpRequest, PaymentCopy],
            Results =
            [
                T("«Телнұсқа» электрондық белгісі бар кадастрлық паспорттың телнұсқасы, жеке кабинетке жіберіледі",
                  "Дубликат кадастрового паспорта с электронной отметкой «Дубликат», направляется в личный кабинет",
                  "Duplicate of the cadastral passport bearing the electronic mark «Телнұсқа» (Duplicate), sent to the personal cabinet"),
                RefusalNotice,
            ],
            RefusalGrounds = StatutoryGrounds,
            ConsiderationStoppedGrounds = IncompletePackage,
            Hearing = HearingRule.RefusalNoticeOnly,
            HearingNote = T("Мерзімдер 1–3 жұмыс күні; 5-1-тармақтың осы қызметке қолданылуы мәтінде айтылмаған. 3-жұмыс күні шекаралық жағдай.",
                            "Сроки 1–3 рабочих дня; применимость пункта 5-1 к этой услуге в тексте не указана. 3-й рабочий день — пограничный случай.",
                            "Terms are 1–3 working days, so refusal is direct; whether para 5-1 governs this service is not stated, and the 3rd-working-day case is at the boundary."),
            Schedule = S2Schedule,
            Source = Order156,
            SpecReference = "000.md §3.2, §4.4",
            Automation = Automation.Partial,
        },
    ];
}
