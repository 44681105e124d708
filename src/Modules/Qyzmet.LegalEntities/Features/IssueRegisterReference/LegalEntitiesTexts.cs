using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Registries;

namespace Qyzmet.LegalEntities.Features.IssueRegisterReference;

internal static class LegalEntitiesTexts
{
    public static readonly BilingualText None = new("ЖОҚ", "НЕТ");

    public static readonly BilingualText BarcodeNote = new(
        "*штрих-код ЗТ МДҚ алынған және Департаменттің электрондық-цифрлық қолтаңбасымен қол қойылған деректерді ұстайды",
        "*штрих-код содержит данные, полученные из ГБД ЮЛ и подписанные электронно-цифровой подписью соответствующего Департамента");

    public static BilingualText RegistrationType(LegalEntity e) => (e.Kind, e.Reregistered) switch
    {
        (LegalEntityKinds.Branch, _) => new("Филиалды есептік тіркеу", "Учётная регистрация филиала"),
        (LegalEntityKinds.RepresentativeOffice, _) => new("Өкілдікті есептік тіркеу", "Учётная регистрация представительства"),
        (_, true) => new("Қайта тіркеу", "Перерегистрация"),
        _ => new("Мемлекеттік тіркеу", "Государственная регистрация"),
    };

    public static BilingualText DocumentKind(string kind) => kind switch
    {
        "id-card" => new("ҚР жеке куәлігі", "Удостоверение личности РК"),
        "passport" => new("ҚР паспорты", "Паспорт РК"),
        _ => BilingualText.Same(kind),
    };

    // 001b.md §8.3 R3 (process 8): the requested data are absent in the Legal entities database.
    public static LocalizedText EntityNotFound(string bin) => new(
        $"{bin} БСН бойынша «Заңды тұлғалар» МДҚ-да заңды тұлға, филиал немесе өкілдік тіркелмеген. БСН-ді тексеріп, қайта сұраңыз.",
        $"По БИН {bin} в ГБД «Юридические лица» не зарегистрировано юридическое лицо, филиал или представительство. Проверьте БИН и запросите снова.",
        $"No legal entity, branch or representative office with BIN {bin} is registered in the Legal entities database. Check the BIN and ask again.");
}
