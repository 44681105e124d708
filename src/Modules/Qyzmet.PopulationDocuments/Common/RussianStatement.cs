using Qyzmet.Platform.Documents;

namespace Qyzmet.PopulationDocuments.Common;

/// <summary>
/// The verification rows of this module's documents (issue 11: the Kazakh verification page shows Kazakh rows). The
/// documents build their rows with Russian labels; the labels are given their Kazakh form here, as the documents' own
/// fields name them. Values (addresses, reasons) are still the Russian text: making them bilingual at the source is
/// open work (issue 14 note). The coupon builds bilingual rows itself.
/// </summary>
internal static class RussianStatement
{
    private static readonly Dictionary<string, string> KazakhLabels = new(StringComparer.Ordinal)
    {
        ["Заявление"] = "Өтініш",
        ["ИИН"] = "ЖСН",
        ["ФИО"] = "Тегі, аты, әкесінің аты",
        ["Кому"] = "Кімге",
        ["Адрес"] = "Мекенжай",
        ["Вид регистрации"] = "Тіркеу түрі",
        ["Дата регистрации"] = "Тіркелген күні",
        ["Зарегистрирован по адресу"] = "Мына мекенжай бойынша тіркелген",
        ["Временно зарегистрирован по адресу"] = "Мына мекенжай бойынша уақытша тіркелген",
        ["Дата временной регистрации"] = "Уақытша тіркелген күні",
        ["Снят с регистрации по адресу"] = "Мына мекенжай бойынша тіркеуден шығарылды",
        ["Снят с регистрации с адреса"] = "Тіркеуден шығарылған мекенжайы",
        ["Дата снятия с регистрации"] = "Тіркеуден шығарылған күні",
        ["Причина снятия с регистрации"] = "Тіркеуден шығару себебі",
        ["Номер удостоверения"] = "Куәліктің нөмірі",
        ["Дата выдачи"] = "Берілген күні",
        ["Отсутствующие документы"] = "Ұсынылмаған құжаттар",
        ["Экземпляров"] = "Дана саны",
        ["Работник ЦОН"] = "ХҚКО қызметкері",
    };

    public static IReadOnlyList<StatementRow> AsRows(this IEnumerable<KeyValuePair<string, string>> rows) =>
        [.. rows.Select(r => new StatementRow(new BilingualText(KazakhLabels.GetValueOrDefault(r.Key, r.Key), r.Key), r.Value))];
}
