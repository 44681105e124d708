using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.CivilRegistry.Common;
using Qyzmet.CivilRegistry.Domain;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Money;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Calendar;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Forms;
using Qyzmet.Platform.Identity;
using static Qyzmet.CivilRegistry.Features.DuplicateCertificate.DuplicateTexts;

namespace Qyzmet.CivilRegistry.Features.DuplicateCertificate;

/// <summary>
/// Regulation 1 of Order No. 236 (001a.md §3.1): an application for a duplicate certificate of one of six act kinds.
/// The portal checks the registry and takes the duty of 1 MCI within 24 hours; the registry office (authorised body)
/// then finds the act at its desk, issues the paper duplicate and records that it was handed over.
/// </summary>
internal sealed class DuplicateCertificateService(QyzmetDbContext db, CalendarService calendars, UnitStaffing staffing) : IStateServiceHandler
{
    public const string ServiceIdValue = "civil-registry.duplicate-certificate";
    public const string Registered = "registered";
    public const string AwaitingPayment = "awaiting-payment";
    public const string Accepted = "accepted";
    public const string ReadyForCollection = "ready-for-collection";
    public const string HandedOver = "handed-over";
    public const string Refused = "refused";
    public const string Expired = "expired";

    /// <summary>001a.md §3.1 fee: 1 MCI at the MCI of the payment date.</summary>
    public static readonly FeeRule Fee = new FeeRule.MciShare(1m);

    public string ServiceId => ServiceIdValue;

    // Step limits: 001a.md §4.4 Regulation 1 (Appendix 3): 15 min for the portal, 15 min for the authorised body;
    // the 24-hour payment window of para 6(11). The paper duplicate has no stated deadline (§8.3.10).
    public ProcedureDefinition Procedure => field ??= new ProcedureBuilder(ServiceIdValue, "Order of the Minister of Justice No. 236 of 27.06.2011, Regulation 1, para 6 and Appendix 3")
        .State(Registered, new LocalizedText("Сұрау тіркелді", "Запрос зарегистрирован", "Request registered"), StateKind.Active, DeadlineRule.Minutes(15))
        .State(AwaitingPayment, new LocalizedText("Мемлекеттік баж төленуін күтуде", "Ожидает оплаты госпошлины", "Awaiting payment of the state duty"), StateKind.Active, DeadlineRule.Hours(24))
        .State(Accepted, new LocalizedText("Өңдеуге қабылданды", "Принят на обработку", "Accepted for processing"), StateKind.Active, DeadlineRule.Minutes(15))
        .State(ReadyForCollection, new LocalizedText("Қайталама куәлік дайын, алуға болады", "Повторное свидетельство готово к выдаче", "Duplicate ready for collection"), StateKind.Active)
        .State(HandedOver, new LocalizedText("Қайталама куәлік берілді", "Повторное свидетельство выдано", "Duplicate handed over"), StateKind.Completed)
        .State(Refused, new LocalizedText("Бас тартылды", "Отказано", "Refused"), StateKind.Ended)
        .State(Expired, new LocalizedText("Сұраудың мерзімі өтті", "Срок запроса истёк", "Request expired"), StateKind.Ended)
        .On(Registered, "request-payment", AwaitingPayment, Roles.System)
        .On(Registered, "refuse", Refused, Roles.System)
        .On(AwaitingPayment, "pay", Accepted, Roles.Applicant, Roles.PscOperator)
        .On(AwaitingPayment, "expire", Expired, Roles.System)
        .On(Accepted, "issue-duplicate", ReadyForCollection, Roles.ProviderExecutor)
        .On(Accepted, "refuse", Refused, Roles.ProviderExecutor)
        .On(ReadyForCollection, "record-issue", HandedOver, Roles.ProviderExecutor)
        .Label("issue-duplicate", new("Қайталама куәлікті беру", "Выдать повторное свидетельство", "Issue the duplicate"), new("Қайталама куәлік дайындалды", "Повторное свидетельство подготовлено", "Duplicate prepared"))
        .Label("record-issue", new("Қолына берілгенін тіркеу", "Отметить выдачу на руки", "Record the handover"), new("Қолына берілді", "Выдано на руки", "Handed over"))
        .Build();

    private static readonly FieldCondition BirthKind = new("kind", CivilActKind.Birth);
    private static readonly FieldCondition SpouseKinds = new("kind", CivilActKind.Marriage, CivilActKind.Divorce);
    private static readonly FieldCondition ChildKinds = new("kind", CivilActKind.Paternity, CivilActKind.Adoption);

    public ServiceForm Form { get; } = new(
        new FormField("kind", new("Куәлік түрі", "Вид свидетельства", "Certificate kind"), FieldType.Choice)
        {
            Options =
            [
                new(CivilActKind.Birth, new("Туу туралы", "О рождении", "Birth")),
                new(CivilActKind.Marriage, new("Некеге тұру туралы", "О заключении брака", "Marriage")),
                new(CivilActKind.Divorce, new("Некені бұзу туралы", "О расторжении брака", "Divorce")),
                new(CivilActKind.Paternity, new("Әке болуды анықтау туралы", "Об установлении отцовства", "Establishment of paternity")),
                new(CivilActKind.Adoption, new("Ұл/қыз асырап алу туралы", "Об усыновлении (удочерении)", "Adoption")),
                new(CivilActKind.NameChange, new("Тегін, атын, әкесінің атын ауыстыру туралы", "О перемене фамилии, имени, отчества", "Change of name")),
            ],
        },
        // 001a.md §3.1 process 7 / §6.1 fields 3–9; paternity and adoption per decisions.md D-201.
        new FormField("birthDate", new("Туған күні", "Дата рождения", "Date of birth"), FieldType.Date) { ShownWhen = BirthKind },
        new FormField("birthPlace", new("Туған жері", "Место рождения", "Place of birth"), FieldType.Text) { ShownWhen = BirthKind },
        new FormField("parents", new("Ата-анасы туралы мәлімет", "Сведения о родителях", "Information about the parents"), FieldType.Text) { ShownWhen = BirthKind },
        new FormField("spouse", new("Жұбайы (зайыбы) туралы мәлімет", "Сведения о супруге", "Information about the spouse"), FieldType.Text) { ShownWhen = SpouseKinds },
        new FormField("marriagePlace", new("Некеге тұрған жері", "Место заключения брака", "Place of marriage"), FieldType.Text) { ShownWhen = SpouseKinds },
        new FormField("marriageDate", new("Некеге тұрған күні", "Дата заключения брака", "Date of marriage"), FieldType.Date) { ShownWhen = SpouseKinds },
        new FormField("childBirthDate", new("Баланың туған күні", "Дата рождения ребёнка", "Child's date of birth"), FieldType.Date) { ShownWhen = ChildKinds },
        new FormField("childName", new("Баланың тегі, аты, әкесінің аты", "ФИО ребёнка", "Child's full name"), FieldType.Text) { ShownWhen = ChildKinds },
        new FormField("parentsInfo", new("Әкесі (асырап алушылар) туралы мәлімет", "Сведения об отце (усыновителях)", "Information about the father (adoptive parents)"), FieldType.Text) { ShownWhen = ChildKinds },
        new FormField("surnameBefore", new("Ауыстырғанға дейінгі тегі", "Фамилия до перемены", "Surname before the change"), FieldType.Text) { ShownWhen = new("kind", CivilActKind.NameChange) });

    // 001a.md §3.0: individuals only.
    public bool AcceptsIndividuals => true;

    public bool AcceptsLegalEntities => false;

    /// <summary>D-214: the units this service can be assigned to.</summary>
    public string UnitPrefix => CivilRegistryUnits.Prefix;

    /// <summary>The registry office of the applicant's region (the paper duplicate is collected there, §3.1 delivery; D-203, D-214).</summary>
    public Task<string> AssignUnitAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct) =>
        CivilRegistryUnits.ForRegionAsync(db, staffing, this, applicant.RegionCode, ct);

    public async Task ReactAsync(CaseContext ctx, CancellationToken ct)
    {
        var app = ctx.Application;
        switch (ctx.Status)
        {
            case Registered:
                // 001a.md §3.1 refusal ground 3 (process 9): the requested data are absent → refusal; else the duty (process 8).
                if (await ActFinder.FindAsync(db, app.ApplicantId, ctx.Form, ct) is null)
                {
                    await ctx.RefuseAsync("refuse", DataAbsent(ctx.Form["kind"]), ct);
                    return;
                }

                var payment = await ctx.Payments.RequestAsync(app, Fee, PaymentPurpose, TimeSpan.FromHours(24), "expire", ct);
                await ctx.FireAsync("request-payment", "duty " + new Tenge(payment.AmountTiyn) + " due within 24 hours", ct);
                break;

            case Expired:
                // 001a.md §8.2 rule 7: expired, and the applicant may submit a new request.
                app.OutcomeReasonJson = JsonSerializer.Serialize(ExpiredMessage);
                await ctx.Notifier.NotifyAsync(app.ApplicantId, app.Id,
                    new($"№ {app.Number} сұраудың мерзімі өтті", $"Срок запроса № {app.Number} истёк", $"Request {app.Number} expired"),
                    ExpiredMessage, sms: true, ct);
                break;

            case Accepted:
                // 001a.md §6.4 / §8.2 rule 8: the bilingual notice "request No. … accepted; the service will be provided in paper form".
                var office = await OfficeAsync(app.UnitId, ct);
                var kind = KindName(ctx.Form["kind"]);
                var (notice, noticeStatement) = DuplicateDocument.BuildNotice(app, ApplicantWithYear(app), kind, new(office.Kk, office.Ru), SubmittedOn(app));
                await ctx.Documents.IssueAsync(app, ServiceIdValue + ".notice", app.ApplicantId, notice, noticeStatement, duplicate: false, ct);
                await ctx.Notifier.NotifyAsync(app.ApplicantId, app.Id,
                    new($"№ {app.Number} сұрау өңдеуге қабылданды", $"Запрос № {app.Number} принят на обработку", $"Request {app.Number} accepted for processing"),
                    AcceptedNotice(app, kind, office, AlmatyTime.LocalDate(ctx.Time.GetUtcNow())), sms: false, ct);
                break;

            case ReadyForCollection:
                // The registry office found the act and issued the duplicate: the e-copy carries the «Телнұсқа / Дубликат» mark.
                var act = await ActFinder.FindAsync(db, app.ApplicantId, ctx.Form, ct)
                    ?? throw new InvalidOperationException("The act found at registration has disappeared.");
                var (content, statement) = DuplicateDocument.Build(act, app);
                await ctx.Documents.IssueAsync(app, ServiceIdValue + "." + act.Kind, app.ApplicantId, content, statement, duplicate: true, ct);
                var place = await OfficeAsync(app.UnitId, ct);
                // D-203: from the next working day of the working calendar (holidays and transfers skipped, not only weekends).
                var from = (await calendars.GetAsync(ct)).NextWorkingDay(AlmatyTime.LocalDate(ctx.Time.GetUtcNow()));
                await ctx.Notifier.NotifyAsync(app.ApplicantId, app.Id,
                    new($"№ {app.Number}: қайталама куәлікті алуға болады", $"№ {app.Number}: повторное свидетельство можно получить", $"{app.Number}: the duplicate is ready for collection"),
                    CollectionNotice(place, from, ctx.Process.Reason), sms: true, ct);
                break;

            case Refused when ctx.Process.ActorRole == Roles.ProviderExecutor:
                // The office could not find or confirm the act at its desk: the executor's reason is the refusal text.
                var reason = string.IsNullOrWhiteSpace(ctx.Process.Reason) ? DeskRefusal : new LocalizedText(
                    DeskRefusal.Kk + " " + ctx.Process.Reason, DeskRefusal.Ru + " " + ctx.Process.Reason, DeskRefusal.En + " " + ctx.Process.Reason);
                app.OutcomeReasonJson = JsonSerializer.Serialize(reason);
                break;

            default:
                break;
        }
    }

    /// <summary>
    /// Where and from when the paper duplicate is collected (001a.md §3.1 delivery, D-203): the registry office of the
    /// application, from the working day after the duplicate was issued, while it waits to be handed over.
    /// </summary>
    public async Task<Appointment?> AppointmentAsync(Application application, CancellationToken ct)
    {
        if (application.Status != ReadyForCollection)
        {
            return null;
        }

        var issued = await db.ApplicationEvents.AsNoTracking()
            .Where(e => e.ApplicationId == application.Id && e.ToStatus == ReadyForCollection).OrderByDescending(e => e.Id).Select(e => e.At).FirstOrDefaultAsync(ct);
        var from = (await calendars.GetAsync(ct)).NextWorkingDay(AlmatyTime.LocalDate(new DateTimeOffset(DateTime.SpecifyKind(issued, DateTimeKind.Utc))));
        var office = await OfficeAsync(application.UnitId, ct);
        return new Appointment(CollectionWhat, null, from, new LocalizedText(office.Kk, office.Ru, office.Ru));
    }

    private async Task<(string Kk, string Ru)> OfficeAsync(string unitId, CancellationToken ct)
    {
        var unit = await db.ProviderUnits.AsNoTracking().SingleAsync(u => u.Id == unitId, ct);
        return (unit.NameKk, unit.NameRu);
    }

    internal static string Date(DateOnly d) => d.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}
