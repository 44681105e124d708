using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Money;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Forms;
using Qyzmet.Platform.Identity;
using Qyzmet.PopulationDocuments.Common;
using Qyzmet.PopulationDocuments.Domain;
using static Qyzmet.PopulationDocuments.Common.StatementRows;

namespace Qyzmet.PopulationDocuments.Features.IssueTemporaryIdCard;

/// <summary>
/// S2 (004.md §3.2, §4.4): the temporary identity card, at the centre only, within 30 minutes, for 20% of the MCI with no
/// concessions. The centre employee checks the package (written application, photograph 3.5 × 4.5 cm); an incomplete one
/// is not accepted and the receipt of §6.2 lists what is missing (item 10). Then the duty through the payment gateway at
/// the desk, and the card certified with the provider's seal and signature (D-614).
/// </summary>
internal sealed class TemporaryIdCardService(QyzmetDbContext db, ResidenceBook book, NumberSequence numbers) : IStateServiceHandler
{
    public const string ServiceIdValue = "population-documents.temporary-id-card";
    public const string Submitted = "submitted";
    public const string AwaitingPayment = "awaiting-payment";
    public const string Paid = "paid";
    public const string Issued = "issued";
    public const string NotAccepted = "not-accepted";
    public const string Expired = "expired";

    /// <summary>004.md §3.2 item 7: 20% of the MCI set on the day of payment; item 9: no concessions.</summary>
    public static readonly FeeRule Fee = new FeeRule.MciShare(0.2m);

    /// <summary>D-614: the duty is paid within the visit: the 30 minutes of 004.md §3.2 item 4.</summary>
    public static readonly TimeSpan PaymentWindow = TimeSpan.FromMinutes(30);

    public string ServiceId => ServiceIdValue;

    public ProcedureDefinition Procedure => field ??= new ProcedureBuilder(ServiceIdValue, "Government Decree No. 132 of 24.02.2014, standard 2 (temporary identity card), items 4, 6, 7, 9, 10")
        .State(Submitted, new("Құжаттар топтамасы тексерілуде", "Пакет документов проверяется", "Package being checked"), StateKind.Active, DeadlineRule.Minutes(20))
        .State(AwaitingPayment, new("Мемлекеттік баж төленуін күтуде", "Ожидает оплаты госпошлины", "Awaiting payment of the state duty"), StateKind.Active, DeadlineRule.Minutes(30))
        .State(Paid, new("Төленді, куәлік ресімделуде", "Оплачено, удостоверение оформляется", "Paid; the card is being made"), StateKind.Active, DeadlineRule.Minutes(10))
        .State(Issued, new("Уақытша жеке куәлік берілді", "Временное удостоверение личности выдано", "Temporary ID card issued"), StateKind.Completed)
        .State(NotAccepted, new("Құжаттарды қабылдаудан бас тартылды", "Отказано в приёме документов", "Documents not accepted"), StateKind.Ended)
        .State(Expired, new("Баж төленбеді", "Пошлина не оплачена", "Duty not paid"), StateKind.Ended)
        .On(Submitted, "request-payment", AwaitingPayment, Roles.System)
        .On(Submitted, "reject-package", NotAccepted, Roles.System)
        .On(AwaitingPayment, "pay", Paid, Roles.PscOperator)
        .On(AwaitingPayment, "expire", Expired, Roles.System)
        .On(Paid, "issue", Issued, Roles.System)
        .Label("reject-package", new("Құжаттарды қабылдаудан бас тарту", "Отказать в приёме документов", "Refuse to accept the documents"), new("Топтама толық емес: қолхат берілді", "Пакет неполный: выдана расписка", "Package incomplete; receipt issued"))
        .Deadline(DeadlineRule.Minutes(30))
        .Build();

    private static LocalizedText Presented => new("Ұсынылды", "Представлено", "Presented");

    private static LocalizedText Missing => new("Ұсынылмады", "Не представлено", "Not presented");

    // 004.md §3.2 item 9: the package the centre employee checks (the duty is paid at the desk, D-614).
    public ServiceForm Form { get; } = new(
        new FormField("writtenApplication", new("Жазбаша өтініш", "Письменное заявление", "Written application"), FieldType.Choice)
        {
            Options = [new("yes", Presented), new("no", Missing)],
        },
        new FormField("photo", new("3,5 × 4,5 см фотосурет", "Фотография 3,5 × 4,5 см", "Photograph 3.5 × 4.5 cm"), FieldType.Choice)
        {
            Options = [new("yes", Presented), new("no", Missing)],
        },
        new FormField("reason", new("Уақытша куәлік не үшін керек (өтініштен)", "Причина выдачи временного удостоверения (из заявления)", "Why the temporary card is needed (from the application)"), FieldType.Text, Required: false));

    public bool AcceptsIndividuals => true;

    public bool AcceptsLegalEntities => false;

    public string UnitPrefix => MigrationPolice.Prefix;

    /// <summary>004.md §3.2 item 3: the unit at the place of permanent registration (D-602).</summary>
    public async Task<string> AssignUnitAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct)
    {
        var registration = await book.CurrentAsync(applicant.Id, RegistrationKinds.Permanent, DateOnly.MinValue, ct);
        var region = registration is not null && await book.FindAddressAsync(registration.AddressId, ct) is { } address ? address.RegionCode : applicant.RegionCode;
        return await MigrationPolice.ForRegionAsync(db, region, ct);
    }

    public async Task ReactAsync(CaseContext ctx, CancellationToken ct)
    {
        var app = ctx.Application;
        switch (ctx.Status)
        {
            case Submitted:
                // 004.md §3.2 item 3: through the centre only.
                if (app.Channel != Channels.ServiceCentre)
                {
                    throw new QyzmetException(PopulationErrors.CentreOnly);
                }

                var missing = new List<(string Kk, string Ru)>();
                if (ctx.Form["writtenApplication"] != "yes")
                {
                    missing.Add(("Жазбаша өтініш", "Письменное заявление"));
                }

                if (ctx.Form["photo"] != "yes")
                {
                    missing.Add(("3,5 х 4,5 см фотосурет", "Фотография размером 3,5 х 4,5 см"));
                }

                if (missing.Count > 0)
                {
                    // 004.md §3.2 item 10, §6.2: the receipt listing the missing documents, in 2 copies.
                    var staff = await db.Staff.AsNoTracking().Where(s => s.Iin == ctx.Process.ActorId).Select(s => s.FullName).FirstOrDefaultAsync(ct);
                    var (receipt, receiptStatement) = RefusalReceipt.Build(app, missing, staff ?? ctx.Process.ActorId,
                        "Қазақстан Республикасының азаматтарына уақытша жеке куәлік беру", "Выдача временных удостоверений личности гражданам Республики Казахстан");
                    await ctx.Documents.IssueAsync(app, ServiceIdValue + ".refusal-receipt", app.ApplicantId, receipt, receiptStatement, duplicate: false, ct);
                    await ctx.RefuseAsync("reject-package", new LocalizedText(
                        "Құжаттар топтамасы толық емес. Жоқ құжаттар: " + string.Join("; ", missing.Select(m => m.Kk)) + ".",
                        "Пакет документов неполный. Отсутствуют: " + string.Join("; ", missing.Select(m => m.Ru)) + ".",
                        "The package is incomplete. Missing: " + string.Join("; ", missing.Select(m => m.Ru)) + "."), ct);
                    return;
                }

                await ctx.FireAsync("request-payment", "package complete", ct);
                break;

            case AwaitingPayment:
                await ctx.Payments.RequestAsync(app, Fee, new(
                    "Уақытша жеке куәлік үшін мемлекеттік баж (АЕК-тің 20%)",
                    "Государственная пошлина за временное удостоверение личности (20% МРП)",
                    "State duty for a temporary identity card (20% of the MCI)"), PaymentWindow, "expire", ct);
                break;

            case Paid:
                await IssueAsync(ctx, ct);
                break;

            case Expired:
                app.OutcomeReasonJson = JsonSerializer.Serialize(new LocalizedText(
                    "Мемлекеттік баж қабылдау кезінде төленбеді. Жаңа өтініш беруге болады.",
                    "Госпошлина не оплачена во время приёма. Можно подать новое заявление.",
                    "The duty was not paid during the visit. You may apply again."));
                break;

            default:
                break;
        }
    }

    private async Task IssueAsync(CaseContext ctx, CancellationToken ct)
    {
        var app = ctx.Application;
        var person = await ctx.Gateway.FindPersonAsync(app.ApplicantId, ct) ?? throw new InvalidOperationException("Applicant vanished.");
        var now = ctx.Time.GetUtcNow();
        var today = AlmatyTime.LocalDate(now);
        var registration = await book.CurrentAsync(app.ApplicantId, RegistrationKinds.Permanent, today, ct);
        var address = registration is null ? null : await book.FindAddressAsync(registration.AddressId, ct);
        var seq = await numbers.NextAsync("temporary-id-card", ct);
        var cardNumber = $"ВУЛ-{today.Year}-{seq:D6}";
        var content = new DocumentContent
        {
            Issuer = [MigrationPolice.Ministry, new("Көші-қон полициясының аумақтық бөлімшесі", "Территориальное подразделение миграционной полиции")],
            Title = new("УАҚЫТША ЖЕКЕ КУӘЛІК", "ВРЕМЕННОЕ УДОСТОВЕРЕНИЕ ЛИЧНОСТИ"),
            DocumentNumber = "",
            IssuedAt = DateTimeOffset.UnixEpoch,
            Sections =
            [
                new DocumentSection(null,
                [
                    new DocumentField(new("Куәліктің нөмірі", "Номер удостоверения"), BilingualText.Same(cardNumber)),
                    new DocumentField(new("ЖСН", "ИИН"), BilingualText.Same(person.Iin)),
                    new DocumentField(new("Тегі, аты, әкесінің аты", "Фамилия, имя, отчество"), BilingualText.Same(person.FullName)),
                    new DocumentField(new("Туған күні", "Дата рождения"), DocumentTexts.Date(person.BirthDate)),
                    new DocumentField(new("Туған жері", "Место рождения"), new(person.BirthPlaceKk ?? "—", person.BirthPlaceRu ?? "—")),
                    new DocumentField(new("Тұрақты тіркелген мекенжайы", "Адрес постоянной регистрации"), address is null ? BilingualText.Same("—") : new(address.TextKk, address.TextRu)),
                    new DocumentField(new("Берілген күні", "Дата выдачи"), DocumentTexts.Date(today)),
                    new DocumentParagraph(new("Фотосурет: 3,5 × 4,5 см (өтінішке қоса берілген).", "Фотография: 3,5 × 4,5 см (приложена к заявлению).")),
                    new DocumentParagraph(new("Көрсетілетін қызметті берушінің паспорттық елтаңбалы мөрімен және қолымен куәландырылды.", "Заверено паспортной гербовой печатью и подписью услугодателя.")),
                ]),
            ],
            Footnotes = [DocumentTexts.LegalNote],
        };
        var statement = new List<StatementRow>
        {
            Row("Өтініш", "Заявление", app.Number),
            Row("Куәліктің нөмірі", "Номер удостоверения", cardNumber),
            Row("ЖСН", "ИИН", person.Iin),
            Row("Тегі, аты, әкесінің аты", "ФИО", person.FullName),
            Row("Берілген күні", "Дата выдачи", today.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)),
        };
        await ctx.Documents.IssueAsync(app, ServiceIdValue, app.ApplicantId, content, statement, duplicate: false, ct);
        await ctx.FireAsync("issue", "temporary ID card " + cardNumber, ct);
    }
}
