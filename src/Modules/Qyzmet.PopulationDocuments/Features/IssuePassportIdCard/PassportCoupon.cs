using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.PopulationDocuments.Common;

namespace Qyzmet.PopulationDocuments.Features.IssuePassportIdCard;

/// <summary>The application registration coupon (004.md §6.1, S1 Appendix): its nine fields in order (D-617).</summary>
internal static class PassportCoupon
{
    public static async Task<(DocumentContent Content, List<StatementRow> Statement)> BuildAsync(QyzmetDbContext db, CaseContext ctx, CancellationToken ct)
    {
        var app = ctx.Application;
        var form = ctx.Form;
        var person = await ctx.Gateway.FindPersonAsync(app.ApplicantId, ct) ?? throw new InvalidOperationException("Applicant vanished.");
        var unit = await db.ProviderUnits.AsNoTracking().SingleAsync(u => u.Id == app.UnitId, ct);
        // Field 1: where the registration point is: the operator's centre, or the portal for the portal route.
        var pointUnitId = app.Channel == Channels.ServiceCentre
            ? await db.Staff.AsNoTracking().Where(s => s.Iin == app.SubmittedBy).Select(s => s.UnitId).FirstOrDefaultAsync(ct)
            : null;
        var point = pointUnitId is null ? null : await db.ProviderUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == pointUnitId, ct);
        var location = point is null
            ? new BilingualText($"Электрондық үкімет порталы; {unit.NameKk} (код {unit.Id})", $"Портал электронного правительства; {unit.NameRu} (код {unit.Id})")
            : new BilingualText($"{point.NameKk}; {unit.NameKk} (код {point.Id})", $"{point.NameRu}; {unit.NameRu} (код {point.Id})");
        var baseCase = PassportIdCardService.Cases.Single(c => c.Id == form["case"]);
        var (baseKk, baseRu) = PassportIdCardService.BaseDocuments[baseCase.BaseDocument];
        var baseIssued = DateOnly.ParseExact(form["baseIssuedOn"], "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        var passport = form["document"] == PassportIdCardService.Passport;
        var term = form["term"];
        var ordered = new BilingualText(
            (passport ? "ҚР азаматының паспорты" : "ҚР азаматының жеке куәлігі") + (term == "standard" ? ", 30 күнтізбелік күн" : $", жеделдетілген тәртіп, {term} жұмыс күні"),
            (passport ? "Паспорт гражданина РК" : "Удостоверение личности гражданина РК") + (term == "standard" ? ", 30 календарных дней" : $", ускоренный порядок, {term} рабочих дней"));
        // Field 8 (§8.3 item 11, D-617): the old document handed in when it is replaced by one of the same kind.
        var surrender = baseCase.BaseDocument == form["document"] || baseCase.Id == "new-technology"
            ? new BilingualText($"{baseKk} № {form["baseNumber"]}", $"{baseRu} № {form["baseNumber"]}")
            : BilingualText.Same("—");
        var rows = new (BilingualText Label, BilingualText Value)[]
        {
            (new("1. ХҚТ ТП орналасқан жері, пункті және коды", "1. Местонахождение, пункт и код ИС ДУиРН"), location),
            (new("2. Анықтама телефонының нөмірі", "2. Номер справочного телефона"), BilingualText.Same("1414")),
            (new("3. Өтінімді тіркеу талонының нөмірі", "3. Номер талона регистрации заявки"), BilingualText.Same(app.Number)),
            (new("4. Мемлекеттік көрсетілген қызметтің түрі және тіркеу күні", "4. Вид государственной услуги и дата регистрации"),
                new($"Паспорттар, жеке куәліктер беру, {app.AcceptedOn:dd.MM.yyyy}", $"Выдача паспортов, удостоверений личности, {app.AcceptedOn:dd.MM.yyyy}")),
            (new("5. Көрсетілетін қызметті алушының Т.А.Ә. және туған күні", "5. Ф.И.О. и дата рождения услугополучателя"), BilingualText.Same($"{person.FullName}, {person.BirthDate:dd.MM.yyyy}")),
            (new("6. Құжат беруге негіз-құжат: түрі, нөмірі, берілген күні, берген орган", "6. Документ-основание: вид, номер, дата выдачи, выдавший орган"),
                new($"{baseKk}, № {form["baseNumber"]}, {baseIssued}, {form["baseIssuer"]}", $"{baseRu}, № {form["baseNumber"]}, {baseIssued}, {form["baseIssuer"]}")),
            (new("7. Тапсырыс берілген мемлекеттік көрсетілетін қызмет", "7. Заказанная государственная услуга"), ordered),
            (new("8. Тапсыруға жататын құжаттар", "8. Документы, подлежащие сдаче"), surrender),
            (new("9. Мемлекеттік көрсетілетін қызметті алу күні", "9. Дата получения государственной услуги"), DocumentTexts.Date(app.DueOn)),
        };
        var content = new DocumentContent
        {
            Issuer = [MigrationPolice.Ministry, new(unit.NameKk, unit.NameRu)],
            Title = new("ӨТІНІМДІ ТІРКЕУ ТАЛОНЫ", "ТАЛОН РЕГИСТРАЦИИ ЗАЯВКИ"),
            DocumentNumber = "",
            IssuedAt = DateTimeOffset.UnixEpoch,
            Sections = [new DocumentSection(null, [.. rows.Select(r => (DocumentBlock)new DocumentField(r.Label, r.Value))])],
            Footnotes = [DocumentTexts.LegalNote],
        };
        var statement = rows.Select(r => new StatementRow(r.Label, r.Value)).ToList();
        return (content, statement);
    }
}
