using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.CivilRegistry.Common;
using Qyzmet.CivilRegistry.Domain;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Money;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Calendar;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Forms;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Seeding;

namespace Qyzmet.CivilRegistry.Features.MarriageApplication;

/// <summary>
/// Regulation 2 of Order No. 236 (001a.md §3.2): an application for marriage registration. The inputs, the refusal
/// grounds and the notice template are missing from the regulation; decisions.md D-205…D-210 record what we chose.
/// Flow: impediment checks against the registry → the other future spouse consents from their own cabinet →
/// duty of 1 MCI within 24 hours → a slot of the chosen office is booked → notice of time, date and place →
/// the office records the marriage act.
/// </summary>
internal sealed class MarriageApplicationService(QyzmetDbContext db, NumberSequence numbers, CalendarService calendars) : IStateServiceHandler
{
    public const string ServiceIdValue = "civil-registry.marriage-application";
    public const string Registered = "registered";
    public const string AwaitingConsent = "awaiting-consent";
    public const string AwaitingPayment = "awaiting-payment";
    public const string Paid = "paid";
    public const string Scheduled = "scheduled";
    public const string Married = "married";
    public const string Refused = "refused";
    public const string Declined = "declined";
    public const string Expired = "expired";

    public static readonly FeeRule Fee = new FeeRule.MciShare(1m);

    /// <summary>Registration slots of every office: working days of the working calendar, 10:00–17:30 Almaty time, every 30 minutes (D-208).</summary>
    public static readonly IReadOnlyList<TimeOnly> SlotTimes = [.. Enumerable.Range(0, 16).Select(i => new TimeOnly(10, 0).AddMinutes(30 * i))];

    public string ServiceId => ServiceIdValue;

    // Step limits: 001a.md §4.4 Regulation 2 (Appendix 3): 5 min portal, 15 + 15 min authorised body; 24 h payment.
    public ProcedureDefinition Procedure => field ??= new ProcedureBuilder(ServiceIdValue, "Order of the Minister of Justice No. 236 of 27.06.2011, Regulation 2, para 6 and Appendix 3")
        .State(Registered, new LocalizedText("Өтініш тіркелді", "Заявление зарегистрировано", "Application registered"), StateKind.Active, DeadlineRule.Minutes(5))
        .State(AwaitingConsent, new LocalizedText("Болашақ жұбайдың келісімін күтуде", "Ожидает согласия будущего супруга", "Awaiting the other future spouse's consent"), StateKind.Active, DeadlineRule.Hours(24))
        .State(AwaitingPayment, new LocalizedText("Мемлекеттік баж төленуін күтуде", "Ожидает оплаты госпошлины", "Awaiting payment of the state duty"), StateKind.Active, DeadlineRule.Hours(24))
        .State(Paid, new LocalizedText("Төленді, деректер тексерілуде", "Оплачено, данные проверяются", "Paid; data being checked"), StateKind.Active, DeadlineRule.Minutes(15))
        .State(Scheduled, new LocalizedText("Некені тіркеу уақыты белгіленді", "Назначено время регистрации брака", "Registration time set"), StateKind.Active, DeadlineRule.Minutes(15))
        .State(Married, new LocalizedText("Неке тіркелді", "Брак зарегистрирован", "Marriage registered"), StateKind.Completed)
        .State(Refused, new LocalizedText("Некені тіркеуден бас тартылды", "Отказано в регистрации брака", "Marriage registration refused"), StateKind.Ended)
        .State(Declined, new LocalizedText("Болашақ жұбай келісім бермеді", "Будущий супруг не дал согласия", "The other future spouse declined"), StateKind.Ended)
        .State(Expired, new LocalizedText("Өтініштің мерзімі өтті", "Срок заявления истёк", "Application expired"), StateKind.Ended)
        .On(Registered, "request-consent", AwaitingConsent, Roles.System)
        .On(Registered, "refuse", Refused, Roles.System)
        // Fired by the platform for the other future spouse, from their own cabinet (D-206); the applicant cannot.
        .On(AwaitingConsent, "consent", AwaitingPayment, Roles.System)
        .On(AwaitingConsent, "decline", Declined, Roles.System)
        .On(AwaitingConsent, "expire", Expired, Roles.System)
        // D-211: at the PSC desk the operator may take the duty, as for S1.
        .On(AwaitingPayment, "pay", Paid, Roles.Applicant, Roles.PscOperator)
        .On(AwaitingPayment, "expire", Expired, Roles.System)
        .On(AwaitingPayment, "refuse", Refused, Roles.System)
        .On(Paid, "schedule", Scheduled, Roles.System)
        .On(Scheduled, "record-marriage", Married, Roles.ProviderExecutor)
        .Label("request-consent", new("Болашақ жұбайдың келісімін сұрау", "Запросить согласие будущего супруга", "Request the other spouse's consent"), new("Болашақ жұбайдың келісімі сұралды", "Запрошено согласие будущего супруга", "Other spouse's consent requested"))
        .Label("consent", new("Келісім беру", "Дать согласие", "Consent"), new("Болашақ жұбай келісім берді", "Будущий супруг дал согласие", "Other spouse consented"))
        .Label("decline", new("Келісім беруден бас тарту", "Отказаться дать согласие", "Decline"), new("Болашақ жұбай келісім бермеді", "Будущий супруг отказался", "Other spouse declined"))
        .Label("schedule", new("Тіркеу уақытын белгілеу", "Назначить время регистрации", "Book the registration time"), new("Тіркеу уақыты белгіленді", "Назначено время регистрации", "Registration time booked"))
        .Label("record-marriage", new("Неке актісін тіркеу", "Зарегистрировать акт о браке", "Record the marriage act"), new("Неке тіркелді", "Брак зарегистрирован", "Marriage recorded"))
        .On(Scheduled, "refuse", Refused, Roles.ProviderExecutor)
        .Build();

    public ServiceForm Form { get; } = new(
        new FormField("otherIin", new("Болашақ жұбайдың ЖСН-і", "ИИН будущего супруга (супруги)", "The other future spouse's IIN"), FieldType.Iin)
        {
            Hint = new("Ол өз кабинетінен келісім береді.", "Он(а) подтвердит согласие в своём кабинете.", "They confirm their consent from their own cabinet."),
        },
        new FormField("office", new("АХАЖ бөлімі (тіркеу орны)", "Отдел ЗАГС (место регистрации)", "Registry office (place of registration)"), FieldType.Choice)
        {
            Options = [.. DemoData.Units.Where(u => u.Provider == "civil-registry").Select(u => new FieldOption(u.Id, new(u.NameKk, u.NameRu, u.NameRu)))],
        },
        new FormField("desiredDate", new("Тіркеудің қалаған күні", "Желаемая дата регистрации", "Desired registration date"), FieldType.Date));

    public bool AcceptsIndividuals => true;

    public bool AcceptsLegalEntities => false;

    public string UnitPrefix => CivilRegistryUnits.Prefix;

    /// <summary>
    /// The office the couple chose: its staff check the application and register the marriage. It is the place of
    /// registration, so there is no other office to route to: an office with nobody to record the act is refused by the
    /// platform's staffing check at submission (D-214).
    /// </summary>
    public async Task<string> AssignUnitAsync(ApplicantInfo applicant, IReadOnlyDictionary<string, string> form, CancellationToken ct)
    {
        var office = form["office"];
        if (!office.StartsWith(CivilRegistryUnits.Prefix, StringComparison.Ordinal) || !await db.ProviderUnits.AnyAsync(u => u.Id == office, ct))
        {
            throw new QyzmetException(KernelErrors.Forbidden);
        }

        return office;
    }

    public async Task ReactAsync(CaseContext ctx, CancellationToken ct)
    {
        var app = ctx.Application;
        if (Procedure.State(ctx.Status).Kind != StateKind.Active && ctx.Status != Married)
        {
            // D-212: an ended application no longer holds its two persons; they may apply again.
            await ReleasePersonsAsync(app.Id, ct);
        }

        switch (ctx.Status)
        {
            case Registered:
                await CheckAsync(ctx, ct);
                break;

            case AwaitingPayment:
                // 001a.md §3.2 refusal ground 3, D-212: the impediments are checked again when the other spouse consents
                // (a marriage may have been registered meanwhile), and both persons must still hold only this application.
                if (await FindImpedimentAsync(ctx, ActFinder.ParseDate(ctx.Form["desiredDate"]), ct) is { } impediment)
                {
                    await ctx.RefuseAsync("refuse", impediment, ct);
                    return;
                }

                if (await ClaimPersonsAsync(app, ctx.Form["otherIin"], ct) is not null)
                {
                    await ctx.RefuseAsync("refuse", MarriageTexts.PendingElsewhere, ct);
                    return;
                }

                // D-208: the slot is held before the duty is asked, so that nobody pays for a registration that cannot
                // be booked; with no free slot the application is refused before any payment.
                if (await BookAsync(ctx, ct) is not { } slot)
                {
                    await ctx.RefuseAsync("refuse", MarriageTexts.NoFreeSlot(ctx.Form["desiredDate"]), ct);
                    return;
                }

                await ctx.Payments.RequestAsync(app, Fee, MarriageTexts.PaymentPurpose, TimeSpan.FromHours(24), "expire", ct);
                await ctx.Notifier.NotifyAsync(app.ApplicantId, app.Id,
                    new($"№ {app.Number}: баж төлеңіз", $"№ {app.Number}: оплатите пошлину", $"{app.Number}: pay the duty"),
                    MarriageTexts.SlotHeld(app.Number, When(slot.Day, slot.Time)), sms: true, ct);
                break;

            case Paid:
                var booking = await db.Set<MarriageBooking>().AsNoTracking().SingleAsync(b => b.ApplicationId == app.Id, ct);
                var local = AlmatyTime.FromUtc(booking.SlotStart);
                await IssueNoticeAsync(ctx, DateOnly.FromDateTime(local.DateTime), TimeOnly.FromDateTime(local.DateTime), ct);
                await ctx.FireAsync("schedule", $"slot {local:yyyy-MM-dd HH:mm} at {app.UnitId}", ct);
                break;

            case Married:
                await RecordActAsync(ctx, ct);
                await ReleasePersonsAsync(app.Id, ct);
                break;

            case Expired:
                // The held slot is released for other couples.
                await db.Set<MarriageBooking>().Where(b => b.ApplicationId == app.Id).ExecuteDeleteAsync(ct);
                app.OutcomeReasonJson = JsonSerializer.Serialize(MarriageTexts.ExpiredMessage);
                await ctx.Notifier.NotifyAsync(app.ApplicantId, app.Id,
                    new($"№ {app.Number} өтініштің мерзімі өтті", $"Срок заявления № {app.Number} истёк", $"Application {app.Number} expired"),
                    MarriageTexts.ExpiredMessage, sms: true, ct);
                break;

            case Declined:
                app.OutcomeReasonJson = JsonSerializer.Serialize(MarriageTexts.DeclinedMessage);
                await ctx.Notifier.NotifyAsync(app.ApplicantId, app.Id,
                    new($"№ {app.Number}: келісім берілмеді", $"№ {app.Number}: согласие не дано", $"{app.Number}: consent declined"),
                    MarriageTexts.DeclinedMessage, sms: true, ct);
                break;

            case Refused when ctx.Process.ActorRole == Roles.ProviderExecutor:
                var why = ctx.Process.Reason ?? "";
                app.OutcomeReasonJson = JsonSerializer.Serialize(new LocalizedText(
                    MarriageTexts.OfficeRefusal.Kk + " " + why, MarriageTexts.OfficeRefusal.Ru + " " + why, MarriageTexts.OfficeRefusal.En + " " + why));
                await db.Set<MarriageBooking>().Where(b => b.ApplicationId == app.Id).ExecuteDeleteAsync(ct);
                break;

            default:
                break;
        }
    }

    /// <summary>
    /// The booked registration slot and office (001a.md §3.2 result: the notice of time, date and place), while the
    /// application holds one (D-208: held from the consent, released on expiry or refusal).
    /// </summary>
    public async Task<Appointment?> AppointmentAsync(Application application, CancellationToken ct)
    {
        var booking = await db.Set<MarriageBooking>().AsNoTracking().SingleOrDefaultAsync(b => b.ApplicationId == application.Id, ct);
        if (booking is null)
        {
            return null;
        }

        var unit = await db.ProviderUnits.AsNoTracking().SingleAsync(u => u.Id == booking.OfficeUnitId, ct);
        return new Appointment(MarriageTexts.AppointmentWhat, booking.SlotStart, null, new LocalizedText(unit.NameKk, unit.NameRu, unit.NameRu));
    }

    /// <summary>Input checks (coded errors: nothing is registered) and impediments (a refusal each, 001a.md §3.2 ground 3).</summary>
    private async Task CheckAsync(CaseContext ctx, CancellationToken ct)
    {
        var app = ctx.Application;
        var otherIin = ctx.Form["otherIin"];
        if (otherIin == app.ApplicantId)
        {
            throw new QyzmetException(CivilRegistryErrors.OtherPersonIsApplicant);
        }

        var applicant = await ctx.Gateway.FindPersonAsync(app.ApplicantId, ct) ?? throw new QyzmetException(CivilRegistryErrors.OtherPersonNotFound, app.ApplicantId);
        var other = await ctx.Gateway.FindPersonAsync(otherIin, ct) ?? throw new QyzmetException(CivilRegistryErrors.OtherPersonNotFound, otherIin);
        var desired = ActFinder.ParseDate(ctx.Form["desiredDate"]);
        var today = AlmatyTime.LocalDate(ctx.Time.GetUtcNow());
        if (desired <= today || desired > today.AddDays(90))
        {
            throw new QyzmetException(CivilRegistryErrors.DateNotAhead, ctx.Form["desiredDate"]);
        }

        // D-212: one pending marriage application per person, checked before anything is registered (coded error).
        var held = await db.Set<MarriagePendingPerson>().AsNoTracking()
            .Where(p => p.Iin == app.ApplicantId || p.Iin == otherIin).ToListAsync(ct);
        await EnsureFreeAsync(held, app.ApplicantId, otherIin, ct);

        var impediment = await MarriageImpediments.FindAsync(db, applicant, other, desired, ct);
        if (impediment is not null)
        {
            await ctx.RefuseAsync("refuse", impediment, ct);
            return;
        }

        if (await ClaimPersonsAsync(app, otherIin, ct) is { } taken)
        {
            // A concurrent submission for one of the two won the unique key between the check above and now.
            await EnsureFreeAsync(taken, app.ApplicantId, otherIin, ct);
            throw new QyzmetException(CivilRegistryErrors.OtherHasPendingMarriage, otherIin);
        }

        await ctx.FireAsync("request-consent", "impediment checks passed; waiting for " + otherIin, ct);
        db.Set<MarriageConsentRequest>().Add(new MarriageConsentRequest { ApplicationId = app.Id, OtherIin = otherIin, RequestedAt = ctx.Time.GetUtcNow().UtcDateTime });
        // D-206: without the other spouse's answer within 24 hours the application expires.
        db.Timers.Add(new CaseTimer { ApplicationId = app.Id, Trigger = "expire", DueAt = ctx.Time.GetUtcNow().UtcDateTime.AddHours(24) });
        await ctx.Notifier.NotifyAsync(otherIin, app.Id,
            new($"№ {app.Number}: некеге тұруға келісім сұралады", $"№ {app.Number}: запрошено согласие на брак", $"{app.Number}: your consent to marry is asked"),
            MarriageTexts.ConsentRequest(app.Number, applicant.FullName), sms: true, ct);
    }

    /// <summary>
    /// Books the first free slot of the chosen office from the desired date, within 30 days (D-208); the unique index
    /// on office + slot start forbids double booking even for two consents at the same instant. Null if none is free.
    /// </summary>
    private async Task<(DateOnly Day, TimeOnly Time)?> BookAsync(CaseContext ctx, CancellationToken ct)
    {
        var app = ctx.Application;
        var desired = ActFinder.ParseDate(ctx.Form["desiredDate"]);
        var last = desired.AddDays(30);
        var fromUtc = Utc(desired, TimeOnly.MinValue);
        var toUtc = Utc(last, TimeOnly.MinValue);
        // D-208: registrations take place on working days of the working calendar (holidays, moved days off and the
        // Government's transfers included), never on a weekend or a public holiday.
        var calendar = await calendars.GetAsync(ct);
        var taken = (await db.Set<MarriageBooking>().AsNoTracking()
            .Where(b => b.OfficeUnitId == app.UnitId && b.SlotStart >= fromUtc && b.SlotStart < toUtc)
            .Select(b => b.SlotStart).ToListAsync(ct)).ToHashSet();
        for (var day = desired; day < last; day = day.AddDays(1))
        {
            if (!calendar.IsWorkingDay(day))
            {
                continue;
            }

            foreach (var time in SlotTimes)
            {
                var start = Utc(day, time);
                if (taken.Contains(start))
                {
                    continue;
                }

                var booking = new MarriageBooking { OfficeUnitId = app.UnitId, SlotStart = start, ApplicationId = app.Id, BookedAt = ctx.Time.GetUtcNow().UtcDateTime };
                db.Add(booking);
                try
                {
                    // Saved now, inside the caller's transaction (EF rolls back to its savepoint on failure), so that a
                    // concurrent booking of the same slot fails here on the unique index and we take the next slot.
                    await db.SaveChangesAsync(ct);
                }
                catch (DbUpdateException)
                {
                    db.Entry(booking).State = EntityState.Detached;
                    continue;
                }

                return (day, time);
            }
        }

        return null;
    }

    private static string When(DateOnly day, TimeOnly time) =>
        $"{day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} {time.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    private async Task IssueNoticeAsync(CaseContext ctx, DateOnly day, TimeOnly time, CancellationToken ct)
    {
        var app = ctx.Application;
        var unit = await db.ProviderUnits.AsNoTracking().SingleAsync(u => u.Id == app.UnitId, ct);
        var other = await ctx.Gateway.FindPersonAsync(ctx.Form["otherIin"], ct);
        var when = $"{day.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)} {time.ToString("HH:mm", CultureInfo.InvariantCulture)}";
        var content = new DocumentContent
        {
            Issuer = [new("Қазақстан Республикасы Әділет министрлігінің Тіркеу қызметі және құқықтық көмек көрсету комитеті", "Комитет регистрационной службы и оказания правовой помощи Министерства юстиции Республики Казахстан"), new(unit.NameKk, unit.NameRu)],
            Title = new("ХАБАРЛАМА", "УВЕДОМЛЕНИЕ"),
            DocumentNumber = "",
            IssuedAt = DateTimeOffset.UnixEpoch,
            Sections =
            [
                new DocumentSection(new("Некеге тұруды тіркеу уақыты, күні және орны", "Время, дата и место регистрации брака"),
                [
                    new DocumentField(new("Өтініш нөмірі", "Номер заявления"), BilingualText.Same(app.Number)),
                    new DocumentField(new("Өтініш беруші", "Заявитель"), BilingualText.Same(app.ApplicantName)),
                    new DocumentField(new("Болашақ жұбайы", "Будущий супруг(а)"), BilingualText.Same(other?.FullName ?? ctx.Form["otherIin"])),
                    new DocumentField(new("Күні", "Дата"), DocumentTexts.Date(day)),
                    new DocumentField(new("Уақыты", "Время"), BilingualText.Same(time.ToString("HH:mm", CultureInfo.InvariantCulture))),
                    new DocumentField(new("Орны", "Место"), new(unit.NameKk, unit.NameRu)),
                    new DocumentParagraph(new("Екі болашақ жұбай да жеке басын куәландыратын құжаттарымен келуі тиіс.", "Оба будущих супруга должны явиться с документами, удостоверяющими личность.")),
                ]),
            ],
            Footnotes = [DocumentTexts.LegalNote],
        };
        var statement = new List<StatementRow>
        {
            new(new("Өтініш", "Заявление"), app.Number), new(new("Күні мен уақыты", "Дата и время"), when), new(new("Орны", "Место"), new BilingualText(unit.NameKk, unit.NameRu)),
        };
        await ctx.Documents.IssueAsync(app, ServiceIdValue + ".notice", app.ApplicantId, content, statement, duplicate: false, ct);
        var notice = MarriageTexts.ScheduledNotice(app.Number, when, unit.NameKk, unit.NameRu);
        await ctx.Notifier.NotifyAsync(app.ApplicantId, app.Id, new($"№ {app.Number}: некені тіркеу {when}", $"№ {app.Number}: регистрация брака {when}", $"{app.Number}: marriage registration {when}"), notice, sms: true, ct);
        await ctx.Notifier.NotifyAsync(ctx.Form["otherIin"], app.Id, new($"№ {app.Number}: некені тіркеу {when}", $"№ {app.Number}: регистрация брака {when}", $"{app.Number}: marriage registration {when}"), notice, sms: true, ct);
    }

    /// <summary>The office registers the marriage: the act both spouses can later get references about (S3).</summary>
    private async Task RecordActAsync(CaseContext ctx, CancellationToken ct)
    {
        var app = ctx.Application;
        var a = await ctx.Gateway.FindPersonAsync(app.ApplicantId, ct) ?? throw new InvalidOperationException("Applicant vanished.");
        var b = await ctx.Gateway.FindPersonAsync(ctx.Form["otherIin"], ct) ?? throw new InvalidOperationException("Spouse vanished.");
        var (husband, wife) = a.Sex == "male" ? (a, b) : (b, a);
        var booking = await db.Set<MarriageBooking>().AsNoTracking().SingleAsync(x => x.ApplicationId == app.Id, ct);
        var now = ctx.Time.GetUtcNow();
        var slot = new DateTimeOffset(DateTime.SpecifyKind(booking.SlotStart, DateTimeKind.Utc));
        if (now < slot)
        {
            // D-213: the marriage is registered in the couple's presence at the booked time (001a.md §3.2 result (a));
            // the act is never recorded earlier, so never dated on a day that has not come.
            throw new QyzmetException(CivilRegistryErrors.RecordBeforeSlot, AlmatyTime.FromUtc(booking.SlotStart).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture));
        }

        // D-213: the act's date is the day it is entered in the register, Almaty time (on or after the booked day).
        var date = AlmatyTime.LocalDate(now);

        // 001a.md §3.2 refusal ground 3, D-212: checked again at the record step; a marriage (or any other fact) registered
        // since the application was checked stops the record, and the office refuses with that reason.
        if (await MarriageImpediments.FindAsync(db, a, b, date, ct) is { } impediment)
        {
            throw new QyzmetException(CivilRegistryErrors.RecordImpediment, impediment);
        }

        var unit = await db.ProviderUnits.AsNoTracking().SingleAsync(u => u.Id == app.UnitId, ct);
        var seq = await numbers.NextAsync("civil-act.marriage", ct);
        var act = new CivilAct
        {
            Kind = CivilActKind.Marriage,
            ActNumber = $"50-{unit.RegionCode}-{date.Year % 100:D2}-{seq:D7}",
            ActDate = date,
            OfficeKk = unit.NameKk,
            OfficeRu = unit.NameRu,
            RegionCode = unit.RegionCode,
            HusbandIin = husband.Iin,
            HusbandName = husband.FullName,
            HusbandBirthDate = husband.BirthDate,
            WifeIin = wife.Iin,
            WifeName = wife.FullName,
            WifeBirthDate = wife.BirthDate,
            // D-209: the surnames after marriage are the current ones (choosing a common surname is not implemented).
            HusbandSurnameAfter = husband.LastName,
            WifeSurnameAfter = wife.LastName,
        };
        db.Add(act);
        var text = MarriageTexts.Registered(act.ActNumber, date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
        await ctx.Notifier.NotifyAsync(husband.Iin, app.Id, new($"Неке тіркелді: № {act.ActNumber}", $"Брак зарегистрирован: № {act.ActNumber}", $"Marriage registered: {act.ActNumber}"), text, sms: false, ct);
        await ctx.Notifier.NotifyAsync(wife.Iin, app.Id, new($"Неке тіркелді: № {act.ActNumber}", $"Брак зарегистрирован: № {act.ActNumber}", $"Marriage registered: {act.ActNumber}"), text, sms: false, ct);
    }

    private async Task<LocalizedText?> FindImpedimentAsync(CaseContext ctx, DateOnly date, CancellationToken ct)
    {
        var a = await ctx.Gateway.FindPersonAsync(ctx.Application.ApplicantId, ct) ?? throw new InvalidOperationException("Applicant vanished.");
        var b = await ctx.Gateway.FindPersonAsync(ctx.Form["otherIin"], ct) ?? throw new InvalidOperationException("Spouse vanished.");
        return await MarriageImpediments.FindAsync(db, a, b, date, ct);
    }

    /// <summary>The coded error for a person already held by another pending application (D-212).</summary>
    private async Task EnsureFreeAsync(IReadOnlyList<MarriagePendingPerson> held, string applicantIin, string otherIin, CancellationToken ct)
    {
        if (held.FirstOrDefault(p => p.Iin == applicantIin) is { } mine)
        {
            var number = await db.Applications.AsNoTracking().Where(a => a.Id == mine.ApplicationId).Select(a => a.Number).SingleOrDefaultAsync(ct);
            throw new QyzmetException(CivilRegistryErrors.ApplicantHasPendingMarriage, number ?? "");
        }

        if (held.Any(p => p.Iin == otherIin))
        {
            throw new QyzmetException(CivilRegistryErrors.OtherHasPendingMarriage, otherIin);
        }
    }

    /// <summary>
    /// Makes this application the one pending marriage application of both persons (D-212). Saved at once, inside the
    /// caller's transaction, so that the unique key decides a race; on failure the rows are dropped and the rows of the
    /// other application(s) holding a person are returned. Null when both persons are now held by this application.
    /// </summary>
    private async Task<IReadOnlyList<MarriagePendingPerson>?> ClaimPersonsAsync(Application app, string otherIin, CancellationToken ct)
    {
        var set = db.Set<MarriagePendingPerson>();
        var held = await set.AsNoTracking().Where(p => p.Iin == app.ApplicantId || p.Iin == otherIin).ToListAsync(ct);
        if (held.Any(p => p.ApplicationId != app.Id))
        {
            return [.. held.Where(p => p.ApplicationId != app.Id)];
        }

        var rows = new[] { app.ApplicantId, otherIin }.Where(iin => held.All(p => p.Iin != iin))
            .Select(iin => new MarriagePendingPerson { Iin = iin, ApplicationId = app.Id }).ToList();
        if (rows.Count == 0)
        {
            return null;
        }

        set.AddRange(rows);
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException)
        {
            foreach (var row in rows)
            {
                db.Entry(row).State = EntityState.Detached;
            }

            var winners = await set.AsNoTracking().Where(p => (p.Iin == app.ApplicantId || p.Iin == otherIin) && p.ApplicationId != app.Id).ToListAsync(ct);
            if (winners.Count == 0)
            {
                throw; // not the pending-person key: let the caller's handling decide
            }

            return winners;
        }
    }

    private Task ReleasePersonsAsync(Guid applicationId, CancellationToken ct) =>
        db.Set<MarriagePendingPerson>().Where(p => p.ApplicationId == applicationId).ExecuteDeleteAsync(ct);

    private static DateTime Utc(DateOnly day, TimeOnly time) =>
        DateTime.SpecifyKind(day.ToDateTime(time).AddHours(-5), DateTimeKind.Utc);
}
