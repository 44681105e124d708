using System.Globalization;

namespace Qyzmet.Platform.Documents;

/// <summary>Wording and formats shared by every result document.</summary>
public static class DocumentTexts
{
    /// <summary>Law on electronic documents: an e-document equals a paper one; data is as of the moment of issue.</summary>
    public static readonly BilingualText LegalNote = new(
        "Электрондық құжат қағаз жеткізгіштегі құжатқа тең. Мәліметтер берілген сәттегі жағдай бойынша дұрыс.",
        "Электронный документ равнозначен документу на бумажном носителе. Сведения достоверны на момент выдачи.");

    /// <summary>The footer of the register references of 001b.md (§6.3–§6.5), verbatim in kk and ru.</summary>
    public static readonly BilingualText ValidAtIssue = new(
        "Ескертпе: Анықтамада қамтылған мәліметтер берілген сәтінде жарамды болып табылады.",
        "Примечание: Сведения, содержащиеся в справке, действительны на момент выдачи.");

    /// <summary>Para 1 of art. 7 of Law No. 370-II of 7 January 2003, as 001b.md §8.6.12 cites it.</summary>
    public static readonly BilingualText PaperEquivalence = new(
        "Осы құжат «Электрондық құжат және электрондық цифрлық қолтаңба туралы» 2003 жылғы 7 қаңтардағы № 370-II ҚРЗ 7-бабының 1-тармағына сәйкес қағаз жеткізгіштегі құжатқа тең.",
        "Данный документ согласно пункту 1 статьи 7 ЗРК от 7 января 2003 года № 370-II «Об электронном документе и электронной цифровой подписи» равнозначен документу на бумажном носителе.");

    /// <summary>Dates on Kazakh documents: dd.MM.yyyy, the same in both languages; "—" when unknown.</summary>
    public static BilingualText Date(DateOnly? date) =>
        BilingualText.Same(date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "—");
}
