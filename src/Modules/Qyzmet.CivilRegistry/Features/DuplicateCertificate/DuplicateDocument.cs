using Qyzmet.CivilRegistry.Domain;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Documents;

namespace Qyzmet.CivilRegistry.Features.DuplicateCertificate;

/// <summary>
/// The electronic copy of the paper duplicate certificate: the act's data per kind, marked «Телнұсқа / Дубликат».
/// The certificate forms themselves are not in 001a.md (§3.1 result (b)); the fields are the act's (decisions.md D-204).
/// </summary>
internal static class DuplicateDocument
{
    private static readonly BilingualText Issuer = new(
        "Қазақстан Республикасы Әділет министрлігінің Тіркеу қызметі және құқықтық көмек көрсету комитеті",
        "Комитет регистрационной службы и оказания правовой помощи Министерства юстиции Республики Казахстан");

    public static (DocumentContent Content, List<StatementRow> Statement) Build(CivilAct act, Application app)
    {
        var number = BilingualText.Same("№ " + act.ActNumber);
        List<(BilingualText Label, BilingualText Value)> rows;
        BilingualText heading;
        switch (act.Kind)
        {
            case CivilActKind.Birth:
                heading = new("Туу туралы куәлік", "Свидетельство о рождении");
                rows =
                [
                    (new("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"), Same(act.SubjectName)),
                    (new("Туған күні", "Дата рождения"), Date(act.SubjectBirthDate)),
                    (new("Туған жері", "Место рождения"), new(act.BirthPlaceKk ?? "—", act.BirthPlaceRu ?? "—")),
                    (new("Әкесі", "Отец"), Same(act.FatherName)),
                    (new("Шешесі", "Мать"), Same(act.MotherName)),
                ];
                break;
            case CivilActKind.Paternity:
                heading = new("Әке болуды анықтау туралы куәлік", "Свидетельство об установлении отцовства");
                rows =
                [
                    (new("Әкесі", "Отец"), Same(act.FatherName)),
                    (new("Бала", "Ребёнок"), Same(act.SubjectName)),
                    (new("Баланың туған күні", "Дата рождения ребёнка"), Date(act.SubjectBirthDate)),
                    (new("Шешесі", "Мать"), Same(act.MotherName)),
                    (new("Әке болу анықталғаннан кейін баланың тегі, аты, әкесінің аты", "ФИО ребёнка после установления отцовства"), Same(act.SubjectNameAfter ?? act.SubjectName)),
                ];
                break;
            case CivilActKind.Adoption:
                heading = new("Бала асырап алу туралы куәлік", "Свидетельство об усыновлении (удочерении)");
                rows =
                [
                    (new("Бала (асырап алғанға дейін)", "Ребёнок (до усыновления)"), Same(act.SubjectName)),
                    (new("Туған күні", "Дата рождения"), Date(act.SubjectBirthDate)),
                    (new("Асырап алғаннан кейінгі тегі, аты, әкесінің аты", "ФИО после усыновления"), Same(act.SubjectNameAfter)),
                    (new("Асырап алушы (әкесі)", "Усыновитель (отец)"), Same(act.AdoptiveFatherName)),
                    (new("Асырап алушы (шешесі)", "Усыновитель (мать)"), Same(act.AdoptiveMotherName)),
                ];
                break;
            case CivilActKind.NameChange:
                heading = new("Тегін, атын, әкесінің атын ауыстыру туралы куәлік", "Свидетельство о перемене фамилии, имени, отчества");
                rows =
                [
                    (new("Туған күні", "Дата рождения"), Date(act.SubjectBirthDate)),
                    (new("Тегі: дейін → кейін", "Фамилия: до → после"), BilingualText.Same($"{act.LastNameBefore} → {act.LastNameAfter}")),
                    (new("Аты: дейін → кейін", "Имя: до → после"), BilingualText.Same($"{act.FirstNameBefore} → {act.FirstNameAfter}")),
                    (new("Әкесінің аты: дейін → кейін", "Отчество: до → после"), BilingualText.Same($"{act.PatronymicBefore} → {act.PatronymicAfter}")),
                ];
                break;
            default:
                var divorce = act.Kind == CivilActKind.Divorce;
                heading = divorce ? new("Некені бұзу туралы куәлік", "Свидетельство о расторжении брака") : new("Неке қию туралы куәлік", "Свидетельство о заключении брака");
                rows =
                [
                    (new("Азамат", "Гражданин"), Same(act.HusbandName)),
                    (new("Туған күні", "Дата рождения"), Date(act.HusbandBirthDate)),
                    (new("Азаматша", "Гражданка"), Same(act.WifeName)),
                    (new("Туған күні", "Дата рождения"), Date(act.WifeBirthDate)),
                    (new("Тектері: еріне", "Фамилии: мужу"), Same(act.HusbandSurnameAfter)),
                    (new("Тектері: әйеліне", "Фамилии: жене"), Same(act.WifeSurnameAfter)),
                ];
                break;
        }

        rows.Add((new("Акт жазбасының күні", "Дата актовой записи"), Date(act.ActDate)));
        rows.Add((new("Акт жазбасының нөмірі", "Номер актовой записи"), number));
        rows.Add((new("Тіркеу органы", "Орган регистрации"), new(act.OfficeKk, act.OfficeRu)));
        var blocks = new List<DocumentBlock>();
        blocks.AddRange(rows.Select(r => new DocumentField(r.Label, r.Value)));
        blocks.Add(new DocumentField(new("Өтініш нөмірі", "Номер заявления"), BilingualText.Same(app.Number)));
        var content = new DocumentContent
        {
            Issuer = [Issuer, new(act.OfficeKk, act.OfficeRu)],
            Title = new("ҚАЙТАЛАМА КУӘЛІК", "ПОВТОРНОЕ СВИДЕТЕЛЬСТВО"),
            Mark = new("Телнұсқа", "Дубликат"),
            DocumentNumber = "",
            IssuedAt = DateTimeOffset.UnixEpoch,
            Sections = [new DocumentSection(heading, blocks)],
            Footnotes =
            [
                new("Қағаз түріндегі қайталама куәлік өтініш берген жер бойынша беріледі.", "Повторное свидетельство в бумажном виде выдаётся по месту подачи заявления."),
                DocumentTexts.LegalNote,
            ],
        };
        var statement = new List<StatementRow> { new(new("Түрі", "Вид"), heading), new(new("Белгі", "Отметка"), new BilingualText("Телнұсқа", "Дубликат")) };
        statement.AddRange(rows.Select(r => new StatementRow(r.Label, r.Value)));
        return (content, statement);
    }

    // 001a.md §6.4 #12: the barcode footnote; the QR code carries the verification link of the signed data (D-008).
    private static readonly BilingualText BarcodeNote = new(
        "*штрих-код «АХАЖ» АЖ-дан алынған және Департаменттің электрондық цифрлық қолтаңбасымен қол қойылған деректерді қамтиды",
        "*штрих-код содержит данные, полученные из ИС «ЗАГС» и подписанные электронно-цифровой подписью соответствующего Департамента");

    /// <summary>
    /// 001a.md §6.4 (Regulation 1, Appendix 5): the signed notice that the request was accepted for processing,
    /// bilingual, with the applicant (name, year of birth), the kind, the application date, the request number,
    /// "the service will be provided in paper form" and the territorial justice body.
    /// </summary>
    public static (DocumentContent Content, List<StatementRow> Statement) BuildNotice(
        Application app, string applicant, BilingualText kind, BilingualText office, string submitted)
    {
        var content = new DocumentContent
        {
            Issuer = [Issuer],
            Title = new("ХАБАРЛАМА", "УВЕДОМЛЕНИЕ"),
            DocumentNumber = "",
            IssuedAt = DateTimeOffset.UnixEpoch,
            Sections =
            [
                new DocumentSection(new("Сұрауды өңдеуге қабылдағаны туралы", "О принятии запроса на обработку"),
                [
                    new DocumentParagraph(new("Талап етілген орынға берілді", "Дана по месту требования")),
                    new DocumentParagraph(new(
                        $"{applicant} {kind.Kk} қайта беруге {submitted} ж. «электрондық үкімет» порталы арқылы арыз жолдағандығы туралы және біз Сіздің № {app.Number} сауалыңызды өңдеуге қабыл алғандығымыз туралы. Қызмет қағаз түрінде көрсетіледі.",
                        $"О том, что {applicant} отправил(а) заявку на повторную выдачу {kind.Ru} через Портал «электронного правительства» {submitted} г., и в том, что мы приняли Ваш запрос под № {app.Number} на обработку. Услуга будет оказана в бумажном виде.")),
                    new DocumentField(new("Өтініш беруші (тегі, аты, әкесінің аты, туған жылы)", "Заявитель (ф.и.о., год рождения)"), BilingualText.Same(applicant)),
                    new DocumentField(new("Сұрау нөмірі", "Номер запроса"), BilingualText.Same("№ " + app.Number)),
                    new DocumentField(new("Өтініш берілген күні", "Дата заявки"), BilingualText.Same(submitted)),
                    new DocumentField(new("Аумақтық әділет органы", "Территориальный орган юстиции"), office),
                ]),
            ],
            Footnotes = [BarcodeNote, DocumentTexts.LegalNote],
        };
        var statement = new List<StatementRow>
        {
            new(new("Түрі", "Вид"), new BilingualText("Сұрауды өңдеуге қабылдағаны туралы хабарлама", "Уведомление о принятии запроса на обработку")),
            new(new("Өтініш беруші", "Заявитель"), applicant), new(new("Сұрау нөмірі", "Номер запроса"), "№ " + app.Number),
            new(new("Қызмет", "Услуга"), new BilingualText(kind.Kk + " қайта беру", "Повторная выдача " + kind.Ru)), new(new("Өтініш берілген күні", "Дата заявки"), submitted),
            new(new("Аумақтық әділет органы", "Территориальный орган юстиции"), office),
        };
        return (content, statement);
    }

    private static BilingualText Same(string? value) => BilingualText.Same(value ?? "—");

    private static BilingualText Date(DateOnly? date) => DocumentTexts.Date(date);
}
