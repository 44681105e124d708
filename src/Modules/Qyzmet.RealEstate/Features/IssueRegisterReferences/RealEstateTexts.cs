using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Forms;

namespace Qyzmet.RealEstate.Features.IssueRegisterReferences;

internal static class RealEstateTexts
{
    public static readonly BilingualText BarcodeNote = new(
        "*штрих-код ЖМТ МДҚ ақпараттық жүйесінен алынған және әділет департаментінің электрондық-цифрлық қолтаңбасымен қол қойылған деректерді қамтиды",
        "*штрих-код содержит данные, полученные из ГБД РН и подписанные электронно-цифровой подписью соответствующего Департамента юстиции");

    public static readonly BilingualText TerritorialBody = new(
        "Қазақстан Республикасы Әділет министрлігінің аумақтық органы", "Территориальный орган Министерства юстиции Республики Казахстан");

    public static readonly BilingualText None = new("ЖОҚ", "НЕТ");

    // 001b.md §6.1 field 2: type of the identity document of the person the e-reference is issued for.
    public static readonly FormField DocumentType = new("documentType",
        new LocalizedText("Жеке басын куәландыратын құжат түрі", "Вид документа, удостоверяющего личность", "Type of identity document"),
        FieldType.Choice, Required: false)
    {
        Options =
        [
            new("id-card", new("ҚР жеке куәлігі", "Удостоверение личности РК", "Kazakh ID card")),
            new("passport", new("ҚР паспорты", "Паспорт РК", "Kazakh passport")),
            new("residence-permit", new("Шетелдіктің тұруға ықтиярхаты", "Вид на жительство иностранца", "Foreigner's residence permit")),
            new("stateless-certificate", new("Азаматтығы жоқ адамның куәлігі", "Удостоверение лица без гражданства", "Stateless person's certificate")),
        ],
        Hint = new LocalizedText("Заңды тұлға үшін толтырылмайды.", "Для юридического лица не заполняется.", "Leave empty for a legal entity."),
    };

    // 001b.md §6.1 field 3: oblast, Astana city or Almaty city (mandatory). Codes are the KATO region codes.
    public static readonly FormField Region = new("region",
        new LocalizedText("Қызмет алынатын өңір", "Регион получения услуги", "Region where the service is obtained"), FieldType.Choice)
    {
        Options =
        [
            new("71", new("Астана қаласы", "город Астана", "Astana city")),
            new("75", new("Алматы қаласы", "город Алматы", "Almaty city")),
            new("79", new("Шымкент қаласы", "город Шымкент", "Shymkent city")),
            new("10", new("Абай облысы", "Абайская область", "Abai region")),
            new("11", new("Ақмола облысы", "Акмолинская область", "Akmola region")),
            new("15", new("Ақтөбе облысы", "Актюбинская область", "Aktobe region")),
            new("19", new("Алматы облысы", "Алматинская область", "Almaty region")),
            new("23", new("Атырау облысы", "Атырауская область", "Atyrau region")),
            new("27", new("Батыс Қазақстан облысы", "Западно-Казахстанская область", "West Kazakhstan region")),
            new("31", new("Жамбыл облысы", "Жамбылская область", "Zhambyl region")),
            new("33", new("Жетісу облысы", "Жетысуская область", "Zhetysu region")),
            new("35", new("Қарағанды облысы", "Карагандинская область", "Karaganda region")),
            new("39", new("Қостанай облысы", "Костанайская область", "Kostanay region")),
            new("43", new("Қызылорда облысы", "Кызылординская область", "Kyzylorda region")),
            new("47", new("Маңғыстау облысы", "Мангистауская область", "Mangystau region")),
            new("55", new("Павлодар облысы", "Павлодарская область", "Pavlodar region")),
            new("59", new("Солтүстік Қазақстан облысы", "Северо-Казахстанская область", "North Kazakhstan region")),
            new("61", new("Түркістан облысы", "Туркестанская область", "Turkestan region")),
            new("62", new("Ұлытау облысы", "Улытауская область", "Ulytau region")),
            new("63", new("Шығыс Қазақстан облысы", "Восточно-Казахстанская область", "East Kazakhstan region")),
        ],
        Hint = new LocalizedText(
            "Анықтаманы беретін аумақтық органды таңдайды; анықтама бүкіл ел бойынша тіркелген құқықтарды қамтиды.",
            "Определяет территориальный орган, выдающий справку; справка охватывает права, зарегистрированные по всей стране.",
            "Chooses the territorial body that issues the reference; the reference covers rights registered anywhere in the country."),
    };

    // 001b.md §8.3 R3 (process 8): the requested data are absent in the real estate register.
    public static LocalizedText NoCurrentRights(string id) => new(
        $"{id} ЖСН/БСН бойынша «Жылжымайтын мүлік тіркелімі» МДҚ-да жылжымайтын мүлікке тіркелген құқықтар жоқ. Жылжымайтын мүліктің жоқ екендігі туралы анықтаманы «Жылжымайтын мүліктің жоқ (бар) екендігі туралы анықтамалар беру» қызметі арқылы алуға болады. Деректер қате болса, құқық белгілейтін құжаттармен ХҚКО-ға немесе тіркеуші органға жүгініңіз.",
        $"По ИИН/БИН {id} в ГБД «Регистр недвижимости» зарегистрированных прав на недвижимое имущество нет. Справку об отсутствии недвижимости можно получить услугой «Выдача справок об отсутствии (наличии) недвижимого имущества». Если данные неверны, обратитесь в ЦОН или регистрирующий орган с правоустанавливающими документами.",
        $"The real estate register holds no registered rights to real estate for IIN/BIN {id}. A reference on the absence of real estate is available through the absence (presence) reference service. If the data are wrong, apply to a PSC or the registering body with your title documents.");
}
