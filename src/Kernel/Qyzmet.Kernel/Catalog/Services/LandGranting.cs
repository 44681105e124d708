using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Money;
using static Qyzmet.Kernel.Catalog.Services.Common;

namespace Qyzmet.Kernel.Catalog.Services;

/// <summary>003.md: Rules of the state service "Granting land plots for construction of objects within settlements" with its Standard (Appendix 2).</summary>
internal static class LandGrantingServices
{
    public static IReadOnlyList<ServiceStandard> All { get; } =
    [
        new()
        {
            Id = "land.plot-for-construction",
            Area = ServiceArea.Land,
            Name = T("Елді мекендер шегінде объектілер салу үшін жер учаскелерін беру",
                     "Предоставление земельных участков для строительства объектов в черте населенного пункта",
                     "Granting land plots for construction of objects within settlements"),
            Provider = T("Облыстардың, Нұр-Сұлтан, Алматы және Шымкент қалаларының, аудандардың, облыстық маңызы бар қалалардың жергілікті атқарушы органдары, аудандық маңызы бар қалалардың, кенттердің, ауылдардың, ауылдық округтердің әкімдері",
                         "Местные исполнительные органы областей, городов Нур-Султана, Алматы и Шымкента, районов, городов областного значения, акимы городов районного значения, поселков, сел, сельских округов",
                         "Local executive bodies of oblasts, of the cities of Nur-Sultan, Almaty and Shymkent, of districts and cities of oblast significance; akims of cities of district significance, settlements, villages and rural districts"),
            Channels = [Channel.Portal],
            Recipients = Recipients.IndividualsAndLegalEntities,
            Deadlines =
            [
                new(T("1-кезең: таңдау актісі, ахуалдық схема және сәулет-жоспарлау тапсырмасы (келісуші органдардың оң қорытындыларымен)",
                      "1-й этап: акт выбора, ситуационная схема и архитектурно-планировочное задание (с положительными заключениями согласующих органов)",
                      "Stage 1: choice act with situational scheme and architectural-planning assignment (with the approving bodies' positive conclusions)"),
                    DeadlineRule.WorkingDays(28)),
                new(T("2-кезең: кадастрлық жоспар қоса берілген жер пайдалану құқығын беру туралы шешім (алушы түпкілікті актіні келісіп, жер-кадастрлық жұмыстарға ақы төлегеннен кейін)",
                      "2-й этап: решение о предоставлении права землепользования с приложением кадастрового плана (после согласования окончательного акта и оплаты землекадастровых работ)",
                      "Stage 2: decision granting the land-use right with the cadastral plan attached (after the recipient agrees the final act and pays for the land cadastral works)"),
                    DeadlineRule.WorkingDays(18)),
            ],
            DeadlineNote = T("Алушы түпкілікті таңдау актісін келісуі және жер-кадастрлық жұмыстарға 3 жұмыс күні ішінде ақы төлеуі тиіс; келісілмеген акт 10 жұмыс күні жарамды, содан кейін Мемлекеттік корпорация оны жоюға қайтарады. Жұмыс уақытынан кейін, демалыс және мереке күндері берілген өтініш келесі жұмыс күні қабылданады.",
                             "Получатель согласовывает окончательный акт выбора и оплачивает землекадастровые работы в течение 3 рабочих дней; несогласованный акт действителен 10 рабочих дней, затем Госкорпорация возвращает его на аннулирование. Запрос после рабочего времени, в выходные и праздничные дни принимается следующим рабочим днем.",
                             "The recipient agrees the final choice act and pays for the land cadastral works within 3 working days; an unagreed act stays valid for 10 working days, then the State Corporation returns it for cancellation. Requests after hours, on weekends or holidays are accepted on the next working day."),
            Fee = new FeeRule.PriceList("order-87-2016-para-28", T(
                "Қазақстан Республикасы Инвестициялар және даму министрінің міндетін атқарушының 2016 жылғы 26 қаңтардағы № 87 бұйрығымен бекітілген бағалардың 28-тармағына сәйкес (№ 13353 тіркелген); жер-кадастрлық жоспарды дайындауға арналған шот (смета); қолма-қол немесе қолма-қол ақшасыз, ЭҮТШ арқылы",
                "В соответствии с пунктом 28 цен, утвержденных приказом исполняющего обязанности Министра по инвестициям и развитию РК от 26 января 2016 года № 87 (рег. № 13353); счет (смета) на изготовление земельно-кадастрового плана; наличными или безналично, через ПШЭП",
                "Per para 28 of the prices approved by Order of the Acting Minister for Investment and Development No. 87 of 26 Jan 2016 (reg. No. 13353): the invoice (estimate) for the land cadastral plan; cash or non-cash through banks, non-cash through the payment gateway")),
            FeeCases =
            [
                new(T("Жетім балалар және ата-анасының қамқорлығынсыз қалған балалар, 18 жасқа толғанға дейін: жер-кадастрлық жоспар тегін дайындалады",
                      "Дети-сироты и дети, оставшиеся без попечения родителей, до 18 лет: земельно-кадастровый план изготавливается бесплатно",
                      "Orphans and children left without parental care, until they turn 18: the land cadastral plan is prepared free of charge"),
                    new FeeRule.Free()),
            ],
            RequiredDocuments =
            [
                T("1-кезең: көрсетілетін қызметті алушының ЭЦҚ-сымен куәландырылған, 1-қосымшаға сәйкес нысандағы электрондық құжат түріндегі өтініш",
                  "1-й этап: заявление в форме электронного документа, удостоверенное ЭЦП услугополучателя, по форме приложения 1",
                  "Stage 1: application as an electronic document certified with the recipient's EDS, in the form of Appendix 1"),
                T("1-кезең: жер учаскесінің орналасқан жері схемасының электрондық көшірмесі",
                  "1-й этап: электронная копия схемы месторасположения земельного участка",
                  "Stage 1: electronic copy of the scheme of the land plot's location"),
                T("2-кезең: түпкілікті келісілген таңдау актісі",
                  "2-й этап: окончательно согласованный акт выбора",
                  "Stage 2: the finally agreed choice act"),
            ],
            Results =
            [
                T("Кадастрлық жоспар қоса берілген, көрсетілетін қызметті берушінің жер учаскесіне жер пайдалану құқығын беру туралы шешімі",
                  "Решение услугодателя о предоставлении права землепользования на земельный участок с приложением кадастрового плана",
                  "The provider's decision granting the right of land use to the land plot, with the cadastral plan attached"),
                T("Мемлекеттік қызмет көрсетуден бас тарту туралы уәжді жауап",
                  "Мотивированный ответ об отказе в оказании государственной услуги",
                  "Reasoned refusal to provide the state service"),
                T("Аралық: сәулет-жоспарлау тапсырмасы мен техникалық шарттар қоса берілген түпкілікті таңдау актісі және жер-кадастрлық жоспарды дайындауға арналған шот (смета), келісу үшін жеке кабинетке",
                  "Промежуточно: окончательный акт выбора с архитектурно-планировочным заданием и техническими условиями и счет (смета) на изготовление земельно-кадастрового плана, в личный кабинет для согласования",
                  "Intermediate: the final choice act with the architectural-planning assignment and technical conditions, and the invoice (estimate) for the land cadastral plan, sent to the personal cabinet for agreement"),
            ],
            RefusalGrounds =
            [
                Ground("1", "Көрсетілетін қызметті алушы ұсынған құжаттардың және (немесе) олардағы деректердің (мәліметтердің) дұрыс еместігінің анықталуы",
                    "Установление недостоверности документов, представленных услугополучателем, и (или) данных (сведений), содержащихся в них",
                    "The documents submitted by the recipient and/or the data (information) in them are established to be unreliable"),
                Ground("2", "Көрсетілетін қызметті алушының және (немесе) ұсынылған материалдардың, деректер мен мәліметтердің Жер кодексінің 43-бабы 3-тармағының алтыншы бөлігінің, 43-бабы 6-1-тармағының, 49-2-бабы 6-тармағының екінші бөлігінің, 50-бабы 2 және 2-1-тармақтарының талаптарына сәйкес келмеуі",
                    "Несоответствие услугополучателя и (или) представленных материалов, данных и сведений требованиям части шестой пункта 3 статьи 43, пункта 6-1 статьи 43, части второй пункта 6 статьи 49-2, пунктов 2 и 2-1 статьи 50 Земельного кодекса",
                    "The recipient and/or the submitted materials, data and information do not meet Land Code Art. 43(3) part six, Art. 43(6-1), Art. 49-2(6) part two, Art. 50(2) and (2-1)"),
                Ground("3", "Жер кодексінің 44-1-бабы 4-тармағына сәйкес келісуге жіберілген сұрауға келісуші органдардың теріс жауабы",
                    "Отрицательный ответ согласующих органов на запрос о согласовании, требуемый пунктом 4 статьи 44-1 Земельного кодекса",
                    "A negative response from the approving bodies to the approval request required by Land Code Art. 44-1(4)"),
            ],
            // D-503: the Rules name no hearing, but the Law's preliminary decision and hearing (para 5-1, ADR 0013) applies to a 28-WD term.
            Hearing = HearingRule.PreliminaryDecisionAndHearing,
            HearingNote = T("Қағидаларда тыңдау аталмайды; «Мемлекеттік көрсетілетін қызметтер туралы» Заң бойынша мерзімі 3 жұмыс күнінен асатын қызметте бас тарту алдында алдын ала шешім және тыңдау өткізіледі",
                            "В Правилах заслушивание не упоминается; по Закону «О государственных услугах» при сроке более 3 рабочих дней перед отказом выносится предварительное решение и проводится заслушивание",
                            "The Rules name no hearing (003.md §3.9); under the Law on state services a term over 3 working days means a preliminary decision and a hearing before refusal (D-503)"),
            Schedule = T("Портал: тәулік бойы, жөндеу жұмыстарына байланысты техникалық үзілістерді қоспағанда; жұмыс уақыты аяқталғаннан кейін, демалыс және мереке күндері берілген өтініш келесі жұмыс күні қабылданады.",
                         "Портал: круглосуточно, за исключением технических перерывов на ремонтные работы; запрос после окончания рабочего времени, в выходные и праздничные дни принимается следующим рабочим днем.",
                         "Portal: 24/7 except technical breaks for repair work; requests after hours, on weekends or public holidays are accepted, and results issued, on the next working day."),
            Source = new LegalSource(
                T("«Елді мекендер шегінде объектілер салу үшін жер учаскелерін беру» мемлекеттік қызметін көрсету қағидалары",
                  "Правила оказания государственной услуги «Предоставление земельных участков для строительства объектов в черте населенного пункта»",
                  "Rules for providing the state service \"Granting land plots for construction of objects within settlements\""),
                Number: null,
                Date: null,
                LegalStatus.NotStated,
                T("Бекіткен бұйрық, оның нөмірі, күні және күші мәтінде жоқ. Заң негізі: «Мемлекеттік көрсетілетін қызметтер туралы» 2013 жылғы 15 сәуірдегі Заңның 10-бабының 1) тармақшасы. Мәтінде «Нұр-Сұлтан» аталады (2019–2022 жылдардағы редакция).",
                  "Утверждающий приказ, его номер, дата и статус в тексте отсутствуют. Правовое основание: подпункт 1) статьи 10 Закона «О государственных услугах» от 15 апреля 2013 года. В тексте упоминается «Нур-Султан» (редакция 2019–2022 годов).",
                  "The approving order, its number, date and status are not in the text. Legal basis: Law \"On state services\" of 15 April 2013, Art. 10 subpara 1). The text names \"Nur-Sultan\", so it is a 2019–2022 version. An unverified lead (Ministry of Agriculture Order No. 301 of 1 Oct 2020) is deliberately not used.")),
            SpecReference = "003.md §3, §6.2",
            Automation = Automation.NotStated,
            // 003.md para 10 (Chapter 3): the head of the provider within 5 working days, the quality authority within 15.
            ComplaintTerms = new(5, 15, "003.md para 10"),
        },
    ];
}
