using Qyzmet.Kernel.Calendar;
using static Qyzmet.Kernel.Catalog.Services.Common;

namespace Qyzmet.Kernel.Catalog.Services;

/// <summary>001b.md Service C: Order No. 236 of 27 June 2011, Appendix 6 (reference from the "Legal entities" state database).</summary>
internal static class LegalEntityServices
{
    public static IReadOnlyList<ServiceStandard> All { get; } =
    [
        new()
        {
            Id = "legal-entities.register-reference",
            Area = ServiceArea.LegalEntities,
            Name = T("«Заңды тұлғалар» мемлекеттік деректер қорынан анықтама беру",
                     "Выдача справки из государственной базы данных «Юридические лица»",
                     "Issuing a reference from the \"Legal entities\" state database"),
            Provider = T("Халыққа қызмет көрсету орталықтары «электрондық үкімет» порталы арқылы ЗТ МДҚ ақпараттық жүйесін пайдаланып; тұтынушы www.e.gov.kz порталында өз бетінше ала алады",
                         "Центры обслуживания населения через портал «электронного правительства» с использованием ГБД ЮЛ; потребитель может получить услугу самостоятельно на портале www.e.gov.kz",
                         "Public service centres via the e-government portal using the Legal entities database; the consumer can also obtain it independently on www.e.gov.kz"),
            Channels = [Channel.Portal, Channel.ServiceCentre],
            Recipients = Recipients.IndividualsAndLegalEntities,
            Deadlines = [],
            DeadlineNote = T("Қызмет көрсетудің жалпы мерзімі көрсетілмеген (№ 2121 стандартта). 3-қосымшадағы қадамдардың уақыты жиыны 8 минут.",
                             "Общий срок оказания услуги не указан (в стандарте № 2121). Нормы времени шагов приложения 3 в сумме 8 минут.",
                             "No overall deadline is stated (it is in Standard No. 2121). The per-step times of Appendix 3 total 8 minutes."),
            Term = RealEstateReferenceServices.AtOnce,
            Cost = FreeOfCharge,
            Fee = RealEstateReferenceServices.Standard2121Fee,
            RequiredDocuments =
            [
                T("ЭЦҚ-мен қол қойылған электрондық сұрау салу: анықтама түрі (тіркелген заңды тұлға, филиал немесе өкілдік туралы; филиалдар мен өкілдіктердің бар екендігі туралы; жеке тұлғаның заңды тұлғаларға қатысуы туралы; заңды тұлғаның басқа заңды тұлғаларға қатысуы туралы) және объектінің ЖСН/БСН",
                  "Электронный запрос, подписанный ЭЦП: вид справки (о зарегистрированном юридическом лице, филиале или представительстве; о наличии филиалов и представительств; об участии физического лица в юридических лицах; об участии юридического лица в других юридических лицах) и ИИН/БИН объекта",
                  "Electronic request signed with EDS: the kind of reference (registered legal entity, branch or representative office; existence of branches and representative offices; participation of an individual in legal entities; participation of a legal entity in other legal entities) and the subject's IIN/BIN"),
            ],
            Results =
            [
                T("«Заңды тұлғалар» МДҚ-нан төрт нысанның бірі бойынша е-анықтама (PDF, штрих-код, ЭЦҚ)",
                  "Е-справка из ГБД «Юридические лица» по одной из четырех форм (PDF, штрих-код, ЭЦП)",
                  "E-reference from the Legal entities database in one of four forms (PDF with barcode, EDS)"),
                T("Бас тарту туралы электрондық хабарлама", "Электронное сообщение об отказе", "Electronic refusal message"),
            ],
            RefusalGrounds = RealEstateReferenceServices.Grounds("ЗТ МДҚ", "ГБД ЮЛ", "the Legal entities database"),
            Hearing = HearingRule.None,
            HearingNote = RealEstateReferenceServices.NoHearing,
            Schedule = RealEstateReferenceServices.Standard2121Schedule,
            Source = CivilRegistryServices.Order236,
            SpecReference = "001b.md §3.3",
            Automation = Automation.Full,
        },
    ];
}
