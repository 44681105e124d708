using Qyzmet.CivilRegistry.Common;
using Qyzmet.CivilRegistry.Domain;
using Qyzmet.Kernel.Money;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Forms;
using Qyzmet.Platform.Identity;
using static Qyzmet.CivilRegistry.Features.IssueStatusReference.StatusReferenceTexts;

namespace Qyzmet.CivilRegistry.Features.IssueStatusReference;

/// <summary>
/// Regulation 3 of Order No. 236 (001a.md §3.3): a reference on birth, marriage, divorce or change of name,
/// formed automatically from the civil registry once the state duty of 30% of the MCI is paid within 24 hours.
/// </summary>
internal sealed class StatusReferenceService(QyzmetDbContext db, UnitStaffing staffing) : IStateServiceHandler
{
    public const string ServiceIdValue = "civil-registry.status-reference";
    public const string Registered = "registered";
    public const string AwaitingPayment = "awaiting-payment";
    public const string Paid = "paid";
    public const string Issued = "issued";
    public const string Refused = "refused";
    public const string Expired = "expired";

    /// <summary>001a.md §8.1: "payment window: 24 hours from the portal's offer".</summary>
    public static readonly TimeSpan PaymentWindow = TimeSpan.FromHours(24);

    /// <summary>001a.md §8.1: state duty of 30% of 1 MCI, at the MCI of the payment date.</summary>
    public static readonly FeeRule Fee = new FeeRule.MciShare(0.3m);

    public string ServiceId => ServiceIdValue;

    public ProcedureDefinition Procedure => field ??= new ProcedureBuilder(ServiceIdValue, "Order of the Minister of Justice No. 236 of 27.06.2011, Regulation 3, para 6")
        .State(Registered, new LocalizedText("Сұрау тіркелді", "Запрос зарегистрирован", "Request registered"), StateKind.Active, Kernel.Calendar.DeadlineRule.Minutes(15))
        .State(AwaitingPayment, new LocalizedText("Мемлекеттік баж төленуін күтуде", "Ожидает оплаты госпошлины", "Awaiting payment of the state duty"), StateKind.Active, Kernel.Calendar.DeadlineRule.Hours(24))
        .State(Paid, new LocalizedText("Төленді", "Оплачено", "Paid"), StateKind.Active, Kernel.Calendar.DeadlineRule.Minutes(15))
        .State(Issued, new LocalizedText("Анықтама берілді", "Справка выдана", "Reference issued"), StateKind.Completed)
        .State(Refused, new LocalizedText("Бас тартылды", "Отказано", "Refused"), StateKind.Ended)
        .State(Expired, new LocalizedText("Сұраудың мерзімі өтті", "Срок запроса истёк", "Request expired"), StateKind.Ended)
        .On(Registered, "request-payment", AwaitingPayment, Roles.System)
        .On(Registered, "refuse", Refused, Roles.System)
        .On(AwaitingPayment, "pay", Paid, Roles.Applicant, Roles.PscOperator)
        .On(AwaitingPayment, "expire", Expired, Roles.System)
        .On(Paid, "issue", Issued, Roles.System)
        .Build();

    public ServiceForm Form { get; } = new(
        new FormField("kind", new("Анықтама түрі", "Вид справки", "Reference kind"), FieldType.Choice)
        {
            Options =
            [
                new(CivilActKind.Birth, new("Туу туралы", "О рождении", "Birth")),
                new(CivilActKind.Marriage, new("Некеге тұру туралы", "О заключении брака", "Marriage")),
                new(CivilActKind.Divorce, new("Некені бұзу туралы", "О расторжении брака", "Divorce")),
                new(CivilActKind.NameChange, new("Тегін, атын, әкесінің атын ауыстыру туралы", "О перемене фамилии, имени, отчества", "Change of name")),
            ],
        },
        // 001a.md §6.1 fields 3–9, asked per reference kind (§3.3 process 7).
        new FormField("birthDate", new("Туған күні", "Дата рождения", "Date of birth"), FieldType.Date) { ShownWhen = new("kind", CivilActKind.Birth) },
        new FormField("birthPlace", new("Туған жері", "Место рождения", "Place of birth"), FieldType.Text) { ShownWhen = new("kind", CivilActKind.Birth) },
        new FormField("parents", new("Ата-анасы туралы мәлімет", "Сведения о родителях", "Information about the parents"), FieldType.Text) { ShownWhen = new("kind", CivilActKind.Birth) },
        new FormField("spouse", new("Жұбайы (зайыбы) туралы мәлімет", "Сведения о супруге", "Information about the spouse"), FieldType.Text) { ShownWhen = new("kind", CivilActKind.Marriage, CivilActKind.Divorce) },
        new FormField("marriagePlace", new("Некеге тұрған жері", "Место заключения брака", "Place of marriage"), FieldType.Text) { ShownWhen = new("kind", CivilActKind.Marriage, CivilActKind.Divorce) },
        new FormField("marriageDate", new("Некеге тұрған күні", "Дата заключения брака", "Date of marriage"), FieldType.Date) { ShownWhen = new("kind", CivilActKind.Marriage, CivilActKind.Divorce) },
        new FormField("surnameBefore", new("Ауыстырғанға дейінгі тегі", "Фамилия до перемены", "Surname before the change"), FieldType.Text) { ShownWhen = new("kind", CivilActKind.NameChange) });

    // 001a.md §3.0: individuals only.
    public bool AcceptsIndividuals => true;

    public bool AcceptsLegalEntities => false;

    /// <summary>D-214: the units this service can be assigned to.</summary>
    public string UnitPrefix => CivilRegistryUnits.Prefix;

    public Task<string> AssignUnitAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct) =>
        CivilRegistryUnits.ForRegionAsync(db, staffing, this, applicant.RegionCode, ct);

    public async Task ReactAsync(CaseContext ctx, CancellationToken ct)
    {
        switch (ctx.Status)
        {
            case Registered:
                // 001a.md §3.3 process 9: the requested data are absent → refusal; else offer the duty (process 8).
                if (await FindActAsync(ctx.Application.ApplicantId, ctx.Form, ct) is null)
                {
                    await ctx.RefuseAsync("refuse", DataAbsent(ctx.Form["kind"]), ct);
                    return;
                }

                var payment = await ctx.Payments.RequestAsync(ctx.Application, Fee, PaymentPurpose, PaymentWindow, "expire", ct);
                ctx.Application.OutcomeReasonJson = null;
                await ctx.FireAsync("request-payment", "duty " + new Tenge(payment.AmountTiyn) + " due within 24 hours", ct);
                break;

            case Expired:
                // 001a.md §8.2 rule 7: on timeout the request expires and the applicant is told they may apply again.
                ctx.Application.OutcomeReasonJson = System.Text.Json.JsonSerializer.Serialize(ExpiredMessage);
                await ctx.Notifier.NotifyAsync(ctx.Application.ApplicantId, ctx.Application.Id,
                    new($"№ {ctx.Application.Number} сұраудың мерзімі өтті", $"Срок запроса № {ctx.Application.Number} истёк", $"Request {ctx.Application.Number} expired"),
                    ExpiredMessage, sms: true, ct);
                break;

            case Paid:
                var act = await FindActAsync(ctx.Application.ApplicantId, ctx.Form, ct)
                    ?? throw new InvalidOperationException("The act found at registration has disappeared.");
                var (content, statement) = StatusReferenceDocument.Build(act, ctx.Application);
                await ctx.Documents.IssueAsync(ctx.Application, ServiceIdValue + "." + act.Kind, ctx.Application.ApplicantId, content, statement, duplicate: false, ct);
                await ctx.FireAsync("issue", "reference issued", ct);
                break;

            default:
                break;
        }
    }

    internal Task<CivilAct?> FindActAsync(string iin, IReadOnlyDictionary<string, string> form, CancellationToken ct) =>
        ActFinder.FindAsync(db, iin, form, ct);
}
