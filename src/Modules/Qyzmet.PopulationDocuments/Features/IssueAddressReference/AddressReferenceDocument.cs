using System.Globalization;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Registries;
using Qyzmet.PopulationDocuments.Domain;
using static Qyzmet.PopulationDocuments.Common.StatementRows;

namespace Qyzmet.PopulationDocuments.Features.IssueAddressReference;

/// <summary>
/// The two bilingual address-reference templates of S5 Appendix 1: §6.4 (registered, with the optional temporary block)
/// and §6.5 (deregistered, with date and reason). The unique number is the document number; the QR code stands for the
/// barcode and links to the signed data (D-612).
/// </summary>
internal static class AddressReferenceDocument
{
    // §6.4 field 1.
    private static readonly BilingualText Header = new("Құжатты электрондық үкімет порталы қалыптастырған", "Документ сформирован порталом электронного правительства");

    // §6.4 field 12 (the Russian reading "Art. 7 para 1" is used for both, §8.3 item 27; D-612).
    private static readonly BilingualText LegalNote = new(
        "«Электрондық құжат және электрондық цифрлық қолтаңба туралы» 2003 жылғы 7 қаңтардағы № 370-II ҚРЗ 7-бабының 1-тармағына сәйкес қағаз жеткізгіштегі құжатпен бірдей",
        "Данный документ согласно пункту 1 статьи 7 ЗРК от 7 января 2003 года № 370-II «Об электронном документе и электронной цифровой подписи» равнозначен документу на бумажном носителе");

    // §6.4 field 13.
    private static readonly BilingualText BarcodeNote = new(
        "*штрих-код «ЖТ» МДБ-дан алынған және ҚР Әділет министрлігінің және ҚР Ішкі істер министрлігінің ЭЦҚ-сымен қол қойылған деректерді қамтиды",
        "*штрих-код содержит данные, полученные из ГБД ФЛ и подписанные ЭЦП Министерства юстиции РК и Министерства внутренних дел РК");

    private static BilingualText Address(RegisteredAddress? a) => a is null ? BilingualText.Same("—") : new(a.TextKk, a.TextRu);

    private static string D(DateOnly? d) => d?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "—";

    private static List<DocumentBlock> Head(Application app, Person subject, DateTimeOffset now) =>
    [
        new DocumentParagraph(Header),
        new DocumentField(new("Алу күні", "Дата получения"), DocumentTexts.Date(AlmatyTime.LocalDate(now))),
        new DocumentField(new("ЖСН", "ИИН"), BilingualText.Same(subject.Iin)),
        // §6.4 field 6: surname, first name, patronymic, year and place of birth.
        new DocumentField(new("Мемлекеттік деректер базасының мәліметтері бойынша (тегі, аты, әкесінің аты, туған жылы және жері)", "По сведениям из государственной базы данных (фамилия, имя, отчество, год и место рождения)"),
            new($"{subject.FullName}, {subject.BirthDate.Year}, {subject.BirthPlaceKk}", $"{subject.FullName}, {subject.BirthDate.Year}, {subject.BirthPlaceRu}")),
    ];

    private static BilingualText IssuedAt(DateTimeOffset now) =>
        BilingualText.Same(AlmatyTime.ToLocal(now).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture));

    private static DocumentContent Content(List<DocumentBlock> blocks) => new()
    {
        Issuer = [new("Қазақстан Республикасы Ішкі істер министрлігі", "Министерство внутренних дел Республики Казахстан")],
        Title = new("МЕКЕНЖАЙ АНЫҚТАМАСЫ", "АДРЕСНАЯ СПРАВКА"),
        DocumentNumber = "",
        IssuedAt = DateTimeOffset.UnixEpoch,
        Sections = [new DocumentSection(null, blocks)],
        Footnotes = [LegalNote, BarcodeNote],
    };

    /// <summary>§6.4: registered, with the temporary-registration block when one is in force.</summary>
    public static (DocumentContent Content, List<StatementRow> Statement) Registered(Application app, Person subject, ResidenceRegistration permanent,
        RegisteredAddress? address, ResidenceRegistration? temporary, RegisteredAddress? temporaryAddress, DateTimeOffset now)
    {
        var blocks = Head(app, subject, now);
        blocks.Add(new DocumentField(new("Мына мекенжай бойынша тіркелген", "Зарегистрирован по адресу"), Address(address)));
        blocks.Add(new DocumentField(new("Тіркелген күні", "Дата регистрации"), DocumentTexts.Date(permanent.RegisteredOn)));
        var statement = new List<StatementRow>
        {
            Row("ЖСН", "ИИН", subject.Iin), Row("Тегі, аты, әкесінің аты", "ФИО", subject.FullName),
            Row("Мына мекенжай бойынша тіркелген", "Зарегистрирован по адресу", Address(address)), Row("Тіркелген күні", "Дата регистрации", D(permanent.RegisteredOn)),
        };
        if (temporary is not null)
        {
            blocks.Add(new DocumentField(new("Мына мекенжай бойынша уақытша тіркелген", "Временно зарегистрирован по адресу"), Address(temporaryAddress)));
            blocks.Add(new DocumentField(new("Уақытша тіркелген күні", "Дата временной регистрации"),
                new($"{D(temporary.RegisteredOn)} бастап {D(temporary.Until)} дейін", $"с {D(temporary.RegisteredOn)} по {D(temporary.Until)}")));
            statement.Add(Row("Мына мекенжай бойынша уақытша тіркелген", "Временно зарегистрирован по адресу", Address(temporaryAddress)));
            statement.Add(Row("Уақытша тіркелген күні", "Дата временной регистрации",
                new BilingualText($"{D(temporary.RegisteredOn)} бастап {D(temporary.Until)} дейін", $"с {D(temporary.RegisteredOn)} по {D(temporary.Until)}")));
        }

        blocks.Add(new DocumentField(new("Берілген күні мен уақыты", "Дата и время выдачи"), IssuedAt(now)));
        return (Content(blocks), statement);
    }

    /// <summary>§6.5: deregistered, with the date and reason of deregistration.</summary>
    public static (DocumentContent Content, List<StatementRow> Statement) Deregistered(Application app, Person subject, ResidenceRegistration ended,
        RegisteredAddress? address, DateTimeOffset now)
    {
        var (reasonKk, reasonRu) = EndReasons.Text(ended.EndReason ?? "");
        var blocks = Head(app, subject, now);
        blocks.Add(new DocumentField(new("Мына мекенжай бойынша тіркеуден шығарылды", "Снят с регистрации с адреса"), Address(address)));
        blocks.Add(new DocumentField(new("Тіркеуден шығарылған күні", "Дата снятия с регистрации"), DocumentTexts.Date(ended.EndedOn)));
        blocks.Add(new DocumentField(new("Тіркеуден шығарылған себебі", "Причина снятия с регистрации"), new(reasonKk, reasonRu)));
        blocks.Add(new DocumentField(new("Берілген күні мен уақыты", "Дата и время выдачи"), IssuedAt(now)));
        var statement = new List<StatementRow>
        {
            Row("ЖСН", "ИИН", subject.Iin), Row("Тегі, аты, әкесінің аты", "ФИО", subject.FullName),
            Row("Тіркеуден шығарылған мекенжайы", "Снят с регистрации с адреса", Address(address)),
            Row("Тіркеуден шығарылған күні", "Дата снятия с регистрации", D(ended.EndedOn)),
            Row("Тіркеуден шығару себебі", "Причина снятия с регистрации", new BilingualText(reasonKk, reasonRu)),
        };
        return (Content(blocks), statement);
    }
}
