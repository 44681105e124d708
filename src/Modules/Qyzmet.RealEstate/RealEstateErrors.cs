using Qyzmet.Kernel.Errors;

namespace Qyzmet.RealEstate;

/// <summary>Error codes of the real-estate module (prefix RE-). Never renumber.</summary>
public static class RealEstateErrors
{
    public static readonly ErrorCode ObjectNotFound = new("RE-0001", 404, new(
        "{0} кадастрлық нөмірі бар объект құқықтар тіркелімінде жоқ. Нөмірді тексеріңіз.",
        "Объекта с кадастровым номером {0} нет в регистре прав. Проверьте номер.",
        "No object with cadastral number {0} is in the rights register. Check the number."));

    public static readonly ErrorCode RightNotFound = new("RE-0002", 409, new(
        "{1} тұлғасының {0} объектісіне қолданыстағы құқығы жоқ: алдымен ағымдағы құқық иесін анықтамадан тексеріңіз.",
        "У лица {1} нет действующего права на объект {0}: проверьте текущего правообладателя по справке.",
        "{1} holds no current right to object {0}; check the current right holder in a rights reference first."));

    public static readonly ErrorCode HolderNotFound = new("RE-0003", 422, new(
        "{0} ЖСН/БСН «Жеке тұлғалар» немесе «Заңды тұлғалар» МДҚ-да жоқ. Жаңа құқық иесінің нөмірін тексеріңіз.",
        "ИИН/БИН {0} нет в ГБД ФЛ или ГБД ЮЛ. Проверьте номер нового правообладателя.",
        "IIN/BIN {0} is in neither the Individuals nor the Legal entities database. Check the new right holder's number."));

    public static readonly ErrorCode EncumbranceNotFound = new("RE-0004", 409, new(
        "{0} нөмірлі қолданыстағы ауыртпалық жоқ (ол жоқ немесе бұрын тоқтатылған).",
        "Действующего обременения № {0} нет (его нет или оно уже прекращено).",
        "There is no current encumbrance {0}: it does not exist or has already ended."));

    public static readonly ErrorCode TransactionInvalid = new("RE-0005", 400, new(
        "Мәміле дұрыс толтырылмаған: {0}",
        "Сделка заполнена неверно: {0}",
        "The transaction is not valid: {0}"));

    public static readonly ErrorCode RegistrarOnly = new("RE-0006", 403, new(
        "Құқықтар тіркелімінде мәмілелерді тек жылжымайтын мүлікке құқықтарды тіркеуші немесе әкімші тіркей алады.",
        "Сделки в регистре прав может регистрировать только регистратор прав на недвижимость или администратор.",
        "Only a real-estate rights registrar or an administrator can record transactions in the rights register."));
}
