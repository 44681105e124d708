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

    /// <summary>
    /// How numbers are written on documents in both languages (issue 10 item 5): a decimal comma ("0,1000 га") and a
    /// no-break space between thousands, as Kazakh and Russian write them. Fixed here rather than taken from the OS
    /// culture data, so a server's locale settings cannot change a document.
    /// </summary>
    public static readonly NumberFormatInfo NumberFormat = NumberFormatInfo.ReadOnly(new NumberFormatInfo
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = "\u00A0",
        PercentDecimalSeparator = ",",
        PercentGroupSeparator = "\u00A0",
        CurrencyDecimalSeparator = ",",
        CurrencyGroupSeparator = "\u00A0",
    });

    /// <summary>A number as documents print it (<see cref="NumberFormat"/>), with a .NET format such as "0.0000" or "0.##".</summary>
    public static string Number(decimal value, string format) => value.ToString(format, NumberFormat);

    /// <summary>
    /// A person's name the regulations' way: surname, name, patronymic («тегі, аты, әкесінің аты» / «Ф.И.О.», 001a.md §6.5,
    /// 001b.md §6.3), the parts that are missing left out. Every name the platform composes from its parts goes through here.
    /// </summary>
    public static string PersonName(string? surname, string? name, string? patronymic) =>
        string.Join(' ', new[] { surname, name, patronymic }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    /// <summary>Dates on Kazakh documents: dd.MM.yyyy, the same in both languages; "—" when unknown.</summary>
    public static BilingualText Date(DateOnly? date) =>
        BilingualText.Same(date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "—");
}
