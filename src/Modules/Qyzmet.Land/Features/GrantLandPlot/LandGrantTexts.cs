using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;

namespace Qyzmet.Land.Features.GrantLandPlot;

/// <summary>Error codes of land granting (prefix LG-, 003.md). Published in docs/error-codes.md.</summary>
internal static class LandGrantErrors
{
    public static readonly ErrorCode AreaInvalid = new("LG-0001", 400, new(
        "Жер учаскесінің алаңын гектармен көрсетіңіз: 0-ден үлкен сан, ең көбі 4 ондық таңба (мысалы 0,1000).",
        "Укажите площадь участка в гектарах: число больше 0, не более 4 знаков после запятой (например 0,1000).",
        "Give the plot's area in hectares: a number above 0 with at most 4 decimals (e.g. 0.1000)."));

    public static readonly ErrorCode ExemptionNotApplicable = new("LG-0003", 422, new(
        "Тегін дайындау тек 18 жасқа толмаған жетім балаларға және ата-анасының қамқорлығынсыз қалған балаларға қолданылады (Стандарттың 6-тармағы); өтініш беруші {0} туған.",
        "Бесплатное изготовление применяется только к детям-сиротам и детям, оставшимся без попечения родителей, до 18 лет (пункт 6 Стандарта); заявитель родился {0}.",
        "Free preparation applies only to orphans and children left without parental care under 18 (Standard item 6); the applicant was born on {0}."));

    public static readonly ErrorCode ExemptionProofRequired = new("LG-0004", 400, new(
        "Жетім немесе ата-анасының қамқорлығынсыз қалған бала мәртебесін растайтын құжаттың деректемелерін жазыңыз (exemptionProof).",
        "Укажите реквизиты документа, подтверждающего статус ребенка-сироты или ребенка, оставшегося без попечения родителей (exemptionProof).",
        "Give the details of the document proving the orphan / without-parental-care status (exemptionProof)."));

    // LG-0002 (the basic register's "plot not accepted") is retired: the land cadastre's LAND-0902..0905 name the reason.
    public static readonly ErrorCode NotProvidedInSettlement = new("LG-0010", 422, new(
        "{0} шегіндегі жер учаскелері порталда әлі берілмейді: бұл елді мекен үшін көрсетілетін қызметті беруші мен келісуші органдар бапталмаған. Учаскені басқа елді мекенде сызыңыз немесе әкімдікке хабарласыңыз.",
        "Земельные участки в пределах {0} пока не предоставляются через портал: для этого населённого пункта не настроены услугодатель и согласующие органы. Нарисуйте участок в другом населённом пункте или обратитесь в акимат.",
        "Land plots within {0} are not granted through the portal yet: no provider and approving parties are set up for this settlement. Draw the plot in another settlement or contact the akimat."));
}

internal static class LandGrantTexts
{
    public static readonly LocalizedText ReturnedForCancellation = new(
        "Таңдау актісі 10 жұмыс күні ішінде келісілмеді: Мемлекеттік корпорация оны жою үшін сәулет және қала құрылысы бөліміне қайтарды (003.md 6-тармақ).",
        "Акт выбора не согласован в течение 10 рабочих дней: Госкорпорация вернула его в отдел архитектуры и градостроительства для аннулирования (п. 6 Правил).",
        "The choice act was not agreed within 10 working days: the State Corporation returned it to the architecture department for cancellation (003.md para 6).");
}
