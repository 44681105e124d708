using Qyzmet.Kernel.Errors;

namespace Qyzmet.Kernel.Identifiers;

/// <summary>
/// Error codes for IIN/BIN (ЖСН/БСН, ИИН/БИН) and cadastral numbers (prefix ID-). Published; never renumber.
/// The IIN/BIN structure follows the Law "On national registers of identification numbers" (12 Jan 2007 № 223-III)
/// and the registry rules made under it.
/// </summary>
public static class IdentifierErrors
{
    public static readonly ErrorCode WrongLength = new("ID-0001", 400, new(
        "ЖСН/БСН дәл 12 цифрдан тұруы керек, ал {0} таңба енгізілген. Нөмірді құжаттан толық көшіріп, қайта енгізіңіз.",
        "ИИН/БИН должен состоять ровно из 12 цифр, а введено символов: {0}. Перепишите номер из документа полностью и введите снова.",
        "An IIN/BIN must be exactly 12 digits, but {0} characters were given. Copy the whole number from the document and enter it again."));

    public static readonly ErrorCode NonDigit = new("ID-0002", 400, new(
        "ЖСН/БСН тек 0–9 цифрларынан тұрады, ал {1}-орында «{0}» таңбасы тұр. Бос орындарды, сызықшаларды және әріптерді алып тастаңыз.",
        "ИИН/БИН состоит только из цифр 0–9, а на позиции {1} стоит символ «{0}». Уберите пробелы, дефисы и буквы.",
        "An IIN/BIN contains only the digits 0–9, but position {1} holds '{0}'. Remove spaces, dashes and letters."));

    public static readonly ErrorCode InvalidBirthDate = new("ID-0003", 400, new(
        "ЖСН-ның алғашқы алты цифры ({0}) 7-цифрмен ({1}) бірге {2} күнін береді, ал мұндай күн жоқ. ЖСН-ды жеке куәліктен тексеріңіз.",
        "Первые шесть цифр ИИН ({0}) вместе с 7-й цифрой ({1}) дают дату {2}, а такой даты не существует. Сверьте ИИН с удостоверением личности.",
        "The first six digits of the IIN ({0}) with the 7th digit ({1}) give the date {2}, which does not exist. Check the IIN against the identity document."));

    public static readonly ErrorCode InvalidCenturySex = new("ID-0004", 400, new(
        "ЖСН-ның 7-цифры ғасыр мен жынысты білдіреді және 1–6 болуы керек, ал мұнда {0}. ЖСН-ды жеке куәліктен тексеріңіз.",
        "7-я цифра ИИН обозначает век и пол и должна быть от 1 до 6, а здесь {0}. Сверьте ИИН с удостоверением личности.",
        "The 7th digit of an IIN encodes century and sex and must be 1–6, but it is {0}. Check the IIN against the identity document."));

    public static readonly ErrorCode InvalidBinMonth = new("ID-0005", 400, new(
        "БСН-ның 3–4 цифрлары тіркеу айын білдіреді және 01–12 болуы керек, ал мұнда {0}. БСН-ды тіркеу куәлігінен тексеріңіз.",
        "3–4-я цифры БИН обозначают месяц регистрации и должны быть от 01 до 12, а здесь {0}. Сверьте БИН со справкой о регистрации.",
        "Digits 3–4 of a BIN are the registration month and must be 01–12, but they are {0}. Check the BIN against the registration certificate."));

    public static readonly ErrorCode InvalidBinEntityType = new("ID-0006", 400, new(
        "БСН-ның 5-цифры ұйым түрін білдіреді: 4 — резидент заңды тұлға, 5 — бейрезидент заңды тұлға, 6 — бірлескен кәсіпкерлік түріндегі ЖК(Ш). Мұнда {0}. Бұл жеке тұлғаның ЖСН-ы болса, оны ЖСН өрісіне енгізіңіз.",
        "5-я цифра БИН обозначает тип организации: 4 — юридическое лицо-резидент, 5 — юридическое лицо-нерезидент, 6 — ИП(С) в форме совместного предпринимательства. Здесь {0}. Если это ИИН физического лица, введите его в поле ИИН.",
        "The 5th digit of a BIN is the entity type: 4 resident legal entity, 5 non-resident legal entity, 6 individual entrepreneurs in joint entrepreneurship. It is {0}. If this is a person's IIN, enter it in the IIN field."));

    public static readonly ErrorCode InvalidBinAttribute = new("ID-0007", 400, new(
        "БСН-ның 6-цифры белгіні білдіреді: 0 — бас ұйым, 1 — филиал, 2 — өкілдік, 3 — бірлескен кәсіпкерлік түріндегі шаруа (фермер) қожалығы. Мұнда {0}. БСН-ды тіркеу куәлігінен тексеріңіз.",
        "6-я цифра БИН обозначает признак: 0 — головная организация, 1 — филиал, 2 — представительство, 3 — крестьянское (фермерское) хозяйство в форме совместного предпринимательства. Здесь {0}. Сверьте БИН со справкой о регистрации.",
        "The 6th digit of a BIN is the attribute: 0 head organisation, 1 branch, 2 representative office, 3 peasant (farm) household in joint entrepreneurship. It is {0}. Check the BIN against the registration certificate."));

    public static readonly ErrorCode ChecksumMismatch = new("ID-0008", 400, new(
        "12-ші (бақылау) цифр {1} емес, {0} болуы керек: нөмірде қате бар. Цифрларды құжаттан қайта тексеріңіз.",
        "12-я (контрольная) цифра должна быть {0}, а не {1}: в номере опечатка. Сверьте цифры с документом.",
        "The 12th (check) digit should be {0}, not {1}, so the number has a typo. Check the digits against the document."));

    public static readonly ErrorCode ChecksumUndefined = new("ID-0009", 400, new(
        "Алғашқы 11 цифр ({0}) үшін бақылау цифры анықталмайды (екі есептеуде де 10 шығады), мұндай нөмір берілмейді. Цифрларды құжаттан қайта тексеріңіз.",
        "Для первых 11 цифр ({0}) контрольная цифра не определена (оба расчёта дают 10), такие номера не выдаются. Сверьте цифры с документом.",
        "The first 11 digits ({0}) have no valid check digit (both passes give 10), so no such number is ever issued. Check the digits against the document."));

    public static readonly ErrorCode MalformedCadastralNumber = new("ID-0010", 400, new(
        "«{0}» кадастрлық нөмір емес. Пішімі: ОО-ААА-ККК-УУУ (жер учаскесі, мысалы 20-311-015-123), ғимарат үшін :Г (20-311-015-123:1), үй-жай үшін :Г:П (20-311-015-123:1:45).",
        "«{0}» не является кадастровым номером. Формат: ОО-РРР-ККК-УУУ (земельный участок, например 20-311-015-123), для здания :З (20-311-015-123:1), для помещения :З:П (20-311-015-123:1:45).",
        "'{0}' is not a cadastral number. The format is OO-RRR-QQQ-PPP for a land plot (e.g. 20-311-015-123), with :B for a building (20-311-015-123:1) and :B:N for premises (20-311-015-123:1:45)."));

    /// <summary>The error with its placeholders already filled, for TryParse callers that only get an <see cref="ErrorCode"/>.</summary>
    internal static ErrorCode Filled(ErrorCode error, object?[] args) => error with
    {
        Message = new(error.Message.Format("kk", args), error.Message.Format("ru", args), error.Message.Format("en", args)),
    };
}
