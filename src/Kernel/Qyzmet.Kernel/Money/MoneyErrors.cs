using Qyzmet.Kernel.Errors;

namespace Qyzmet.Kernel.Money;

/// <summary>Error codes of fees and payments (prefix PAY-). Published; never renumber.</summary>
public static class MoneyErrors
{
    /// <summary>503: the year's MCI is reference data the platform lacks, not a mistake of the applicant.</summary>
    public static readonly ErrorCode MciUnknown = new("PAY-0001", 503, new(
        "{0} жылғы АЕК мәні жүйеде жоқ, сондықтан алымды есептеу мүмкін емес. Әкімші сол жылға арналған республикалық бюджет туралы заңдағы АЕК мәнін енгізуі керек.",
        "Значение МРП на {0} год не загружено, поэтому сбор не рассчитать. Администратор должен внести МРП из закона о республиканском бюджете на этот год.",
        "The MCI for {0} is not loaded, so the fee cannot be computed. An administrator must add that year's MCI from the republican budget law."));

    public static readonly ErrorCode FeeFromPriceList = new("PAY-0002", 422, new(
        "Бұл қызметтің ақысы АЕК-тен емес, берушінің баға прейскурантынан ({0}) алынады. Соманы прейскуранттан алыңыз.",
        "Плата за эту услугу берётся не из МРП, а из прейскуранта услугодателя ({0}). Возьмите сумму из прейскуранта.",
        "This service's fee comes from the provider's price list ({0}), not from the MCI. Take the amount from the price list."));

    public static readonly ErrorCode FeeNotStated = new("PAY-0003", 422, new(
        "Қызмет регламенті алымның мөлшерін белгілемейді ({0}), сондықтан оны есептеу мүмкін емес. Мөлшерді көрсетілген актіден алып, каталогқа енгізіңіз.",
        "Регламент услуги не устанавливает размер платы ({0}), поэтому её нельзя рассчитать. Возьмите размер из указанного акта и внесите в каталог.",
        "The service regulation does not state the fee ({0}), so it cannot be computed. Take the amount from the act it refers to and enter it in the catalog."));

    public static readonly ErrorCode NegativeShare = new("PAY-0004", 400, new(
        "АЕК үлесі теріс болмауы керек, ал {0} берілген. Каталогтағы алым мөлшерін түзетіңіз.",
        "Доля МРП не может быть отрицательной, а указано {0}. Исправьте размер сбора в каталоге.",
        "An MCI share cannot be negative, but {0} was given. Correct the fee in the catalog."));

    public static readonly ErrorCode InvalidMci = new("PAY-0005", 503, new(
        "{0} жылғы АЕК мәні ({1}) оң сан болуы керек. Әкімші АЕК кестесін түзетуі керек.",
        "Значение МРП на {0} год ({1}) должно быть положительным. Администратор должен исправить таблицу МРП.",
        "The MCI for {0} ({1}) must be a positive amount. An administrator must correct the MCI table."));
}
