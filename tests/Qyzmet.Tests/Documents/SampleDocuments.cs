using Qyzmet.Platform.Documents;

namespace Qyzmet.Tests.Documents;

/// <summary>Document content shaped like a real Kazakh e-reference, shared by the rendering tests.</summary>
internal static class SampleDocuments
{
    public const string VerificationUrl = "https://qyzmet.example.kz/verify/2026-000123?h=5f2c9a0d41b7e3c8";

    public static readonly DateTimeOffset IssuedAt = new(2026, 3, 15, 14, 5, 0, TimeSpan.FromHours(5));

    public static DocumentContent Reference(bool duplicate = false, int extraRows = 0) => new()
    {
        Issuer =
        [
            new("Қазақстан Республикасы Әділет министрлігі", "Министерство юстиции Республики Казахстан"),
            new("«Азаматтарға арналған үкімет» мемлекеттік корпорациясы", "Государственная корпорация «Правительство для граждан»"),
        ],
        Title = new("АНЫҚТАМА", "СПРАВКА"),
        Mark = duplicate ? new("Телнұсқа", "Дубликат") : null,
        DocumentNumber = "2026-000123",
        IssuedAt = IssuedAt,
        Sections =
        [
            new(null,
            [
                new DocumentParagraph(new(
                    "Осы анықтама азаматқа оның тіркелген жері туралы мәліметтерді растау үшін берілді.",
                    "Настоящая справка выдана гражданину в подтверждение сведений о его месте регистрации.")),
            ]),
            new(new("Жеке басы туралы мәліметтер", "Сведения о личности"),
            [
                new DocumentField(new("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"), BilingualText.Same("Әбдіғаппарова Гүлнұр Қайратқызы")),
                new DocumentField(new("ЖСН", "ИИН"), BilingualText.Same("900101400123")),
                new DocumentField(new("Туған күні", "Дата рождения"), BilingualText.Same("01.01.1990")),
                new DocumentField(
                    new("Тіркелген мекенжайы", "Адрес регистрации"),
                    new("Алматы қаласы, Медеу ауданы, Үлкен Алматы шағын ауданы, Өтеген батыр көшесі, 12-үй, 34-пәтер",
                        "город Алматы, Медеуский район, микрорайон Улкен Алматы, улица Отеген батыра, дом 12, квартира 34")),
            ]),
            new(new("Тіркеу тарихы", "История регистрации"),
            [
                new DocumentTable(
                    [new("Күні", "Дата"), new("Мекенжайы", "Адрес"), new("Негіздеме", "Основание")],
                    [
                        .. Enumerable.Range(0, 3 + extraRows).Select(i => (IReadOnlyList<BilingualText>)
                        [
                            BilingualText.Same($"{(i % 28) + 1:00}.0{(i % 9) + 1}.20{10 + (i % 15)}"),
                            new($"Қарағанды облысы, Теміртау қаласы, Республика даңғылы, {i + 1}-үй",
                                $"Карагандинская область, город Темиртау, проспект Республики, дом {i + 1}"),
                            new("Өтініш бойынша", "По заявлению"),
                        ]),
                    ],
                    [1f, 3f, 1.4f]),
            ]),
        ],
        Footnotes =
        [
            new("* «Электрондық құжат және электрондық цифрлық қолтаңба туралы» ҚР Заңына сәйкес электрондық құжат қағаз жеткізгіштегі құжатпен тең.",
                "* В соответствии с Законом РК «Об электронном документе и электронной цифровой подписи» электронный документ равнозначен документу на бумажном носителе."),
            new("Мәліметтер анықтама берілген сәтте жарамды.", "Сведения действительны на момент выдачи справки."),
        ],
    };
}
