using System.Globalization;

namespace Qyzmet.Platform.Documents;

/// <summary>Wording and formats shared by every result document.</summary>
public static class DocumentTexts
{
    /// <summary>Law on electronic documents: an e-document equals a paper one; data is as of the moment of issue.</summary>
    public static readonly BilingualText LegalNote = new(
        "Электрондық құжат қағаз жеткізгіштегі құжатқа тең. Мәліметтер берілген сәттегі жағдай бойынша дұрыс.",
        "Электронный документ равнозначен документу на бумажном носителе. Сведения достоверны на момент выдачи.");

    /// <summary>Dates on Kazakh documents: dd.MM.yyyy, the same in both languages; "—" when unknown.</summary>
    public static BilingualText Date(DateOnly? date) =>
        BilingualText.Same(date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "—");
}
