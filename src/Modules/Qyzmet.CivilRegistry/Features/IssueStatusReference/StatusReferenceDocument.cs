using Qyzmet.CivilRegistry.Domain;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Documents;

namespace Qyzmet.CivilRegistry.Features.IssueStatusReference;

/// <summary>The four reference templates of Regulation 3, Appendix 5 (001a.md §6.5.1–6.5.4), bilingual.</summary>
internal static class StatusReferenceDocument
{
    private static readonly BilingualText Issuer = new(
        "Қазақстан Республикасы Әділет министрлігінің Тіркеу қызметі және құқықтық көмек көрсету комитеті",
        "Комитет регистрационной службы и оказания правовой помощи Министерства юстиции Республики Казахстан");

    private static readonly BilingualText ForPresentation = new(
        "Осы анықтама талап етілген орынға беріледі",
        "Дана по месту требования");

    // 001a.md §6.4 #12: the barcode footnote (here the QR code carries the verification link of the signed document).
    private static readonly BilingualText BarcodeNote = new(
        "*штрих-код «АХАЖ» АЖ-дан алынған және Департаменттің электрондық цифрлық қолтаңбасымен қол қойылған деректерді қамтиды",
        "*штрих-код содержит данные, полученные из ИС «ЗАГС» и подписанные электронно-цифровой подписью соответствующего Департамента");

    public static (DocumentContent Content, List<StatementRow> Statement) Build(CivilAct act, Application app)
    {
        var office = new BilingualText(act.OfficeKk, act.OfficeRu);
        var number = BilingualText.Same("№ " + act.ActNumber);
        var actDate = DocumentTexts.Date(act.ActDate);
        List<(BilingualText Label, BilingualText Value)> rows;
        BilingualText sentence;
        BilingualText heading;
        switch (act.Kind)
        {
            case CivilActKind.Birth:
                heading = new("Туу туралы анықтама", "Справка о рождении");
                sentence = new($"{act.OfficeKk} азамат {act.SubjectName} туу туралы тіркеуді растайды.",
                    $"{act.OfficeRu} подтверждает факт регистрации рождения в отношении гр. {act.SubjectName}.");
                rows =
                [
                    (new("Азамат", "Гражданин(ка)"), BilingualText.Same(act.SubjectName ?? "—")),
                    (new("Туған күні", "Дата рождения"), DocumentTexts.Date(act.SubjectBirthDate)),
                    (new("Туу туралы актілерді тіркеу кітабындағы жазба күні", "Дата записи в книге регистрации актов о рождении"), actDate),
                    (new("Акт жазбасының нөмірі", "Номер актовой записи"), number),
                    (new("Әкесі (тегі, аты, әкесінің аты)", "Отец (Ф.И.О.)"), BilingualText.Same(act.FatherName ?? "—")),
                    (new("Шешесі (тегі, аты, әкесінің аты)", "Мать (Ф.И.О.)"), BilingualText.Same(act.MotherName ?? "—")),
                    (new("Туған жері (қала, ауданы, облысы)", "Место рождения (город, район, область)"), new(act.BirthPlaceKk ?? "—", act.BirthPlaceRu ?? "—")),
                ];
                break;
            case CivilActKind.NameChange:
                heading = new("Тегін, атын, әкесінің атын ауыстырғаны туралы анықтама", "Справка о перемене фамилии, имени, отчества");
                var before = DocumentTexts.PersonName(act.LastNameBefore, act.FirstNameBefore, act.PatronymicBefore);
                sentence = new($"{act.OfficeKk} азамат {before} тегін, атын, әкесінің атын ауыстыруды тіркеуді растайды.",
                    $"{act.OfficeRu} подтверждает факт регистрации перемены фамилии, имени, отчества гр. {before}.");
                rows =
                [
                    (new("Туған күні", "Дата рождения"), DocumentTexts.Date(act.SubjectBirthDate)),
                    (new("Азамат (ауыстырғанға дейін)", "Гражданин(ка) (до перемены)"), BilingualText.Same(before)),
                    (new("Акт жазбасының күні", "Дата актовой записи"), actDate),
                    (new("Акт жазбасының нөмірі", "Номер актовой записи"), number),
                    (new("Тегі: дейін → кейін", "Фамилия: до → после"), BilingualText.Same($"{act.LastNameBefore} → {act.LastNameAfter}")),
                    (new("Аты: дейін → кейін", "Имя: до → после"), BilingualText.Same($"{act.FirstNameBefore} → {act.FirstNameAfter}")),
                    (new("Әкесінің аты: дейін → кейін", "Отчество: до → после"), BilingualText.Same($"{act.PatronymicBefore} → {act.PatronymicAfter}")),
                ];
                break;
            default:
                var divorce = act.Kind == CivilActKind.Divorce;
                heading = divorce ? new("Некені бұзу туралы анықтама", "Справка о расторжении брака") : new("Некеге тұрғаны туралы анықтама", "Справка о заключении брака");
                sentence = divorce
                    ? new($"{act.OfficeKk} азамат {act.HusbandName} пен азаматша {act.WifeName} арасындағы некені бұзуды тіркеуді растайды.",
                        $"{act.OfficeRu} подтверждает факт регистрации расторжения брака между гр. {act.HusbandName} и гр. {act.WifeName}.")
                    : new($"{act.OfficeKk} азамат {act.HusbandName} пен азаматша {act.WifeName} некеге тұруын тіркеуді растайды.",
                        $"{act.OfficeRu} подтверждает факт регистрации заключения брака между гр. {act.HusbandName} и гр. {act.WifeName}.");
                var after = divorce
                    ? new BilingualText("Неке бұзудан кейін мына тектер берілді", "После расторжения брака присвоены фамилии")
                    : new BilingualText("Неке қиюдан кейін мына тектер берілді", "После заключения брака присвоены фамилии");
                rows =
                [
                    (new("Азамат", "Гражданин"), BilingualText.Same(act.HusbandName ?? "—")),
                    (new("Туған күні", "Дата рождения"), DocumentTexts.Date(act.HusbandBirthDate)),
                    (new("Азаматша", "Гражданка"), BilingualText.Same(act.WifeName ?? "—")),
                    (new("Туған күні", "Дата рождения"), DocumentTexts.Date(act.WifeBirthDate)),
                    (divorce ? new("Некені бұзу туралы актілерді тіркеу кітабындағы жазба күні", "Дата записи в книге регистрации актов о расторжении брака")
                             : new("Неке қию туралы актілерді тіркеу кітабындағы жазба күні", "Дата записи в книге регистрации актов о заключении брака"), actDate),
                    (new("Акт жазбасының нөмірі", "Номер актовой записи"), number),
                    (new($"{after.Kk}: еріне", $"{after.Ru}: мужу"), BilingualText.Same(act.HusbandSurnameAfter ?? "—")),
                    (new($"{after.Kk}: әйеліне", $"{after.Ru}: жене"), BilingualText.Same(act.WifeSurnameAfter ?? "—")),
                ];
                break;
        }

        var blocks = new List<DocumentBlock> { new DocumentParagraph(ForPresentation), new DocumentParagraph(sentence) };
        blocks.AddRange(rows.Select(r => new DocumentField(r.Label, r.Value)));
        blocks.Add(new DocumentField(new("Өтініш нөмірі", "Номер заявления"), BilingualText.Same(app.Number)));
        var content = new DocumentContent
        {
            Issuer = [Issuer, office],
            Title = new("АНЫҚТАМА", "СПРАВКА"),
            DocumentNumber = "",
            IssuedAt = DateTimeOffset.UnixEpoch,
            Sections = [new DocumentSection(heading, blocks)],
            Footnotes = [BarcodeNote, DocumentTexts.LegalNote],
        };
        var statement = new List<StatementRow> { new(new("Анықтама түрі", "Вид справки"), heading), new(new("Тіркеген орган", "Орган регистрации"), new BilingualText(act.OfficeKk, act.OfficeRu)) };
        statement.AddRange(rows.Select(r => new StatementRow(r.Label, r.Value)));
        return (content, statement);
    }
}
