using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Calendar;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Platform.Cases;

/// <summary>
/// The trigger names a procedure declares to use the refusal capability (000.md para 4, para 5-1). A service
/// declares only those it needs: <see cref="StopConsideration"/> for an incomplete or expired package,
/// <see cref="Refuse"/> for a direct refusal notice, and the three hearing triggers for longer terms.
/// </summary>
public static class RefusalTriggers
{
    public const string StopConsideration = "stop-consideration";
    public const string Refuse = "refuse";
    public const string PreliminaryRefusal = "preliminary-refusal";
    public const string HearingProvide = "hearing-provide";
    public const string HearingRefuse = "hearing-refuse";
}

/// <summary>A preliminary decision to refuse, its hearing, the applicant's objection and the final decision (para 5-1).</summary>
public sealed class Hearing
{
    public long Id { get; init; }
    public Guid ApplicationId { get; init; }
    public required string Ground { get; init; }

    /// <summary>Why the provider intends to refuse, kk/ru/en JSON; becomes the outcome reason if the refusal stands.</summary>
    public required string ReasonJson { get; init; }

    public required string ProposedBy { get; init; }
    public DateTime NoticeSentAt { get; init; }
    public DateTime HearingAt { get; init; }
    public required string Place { get; init; }

    /// <summary>Last day (Almaty) on which the applicant's objection is accepted: 2 working days after the notice.</summary>
    public DateOnly ObjectionDueOn { get; init; }

    public string? Objection { get; set; }
    public DateTime? ObjectionAt { get; set; }

    /// <summary>"provide" or "refuse"; null while the hearing is open.</summary>
    public string? Decision { get; set; }

    public DateTime? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
}

public static class RefusalErrors
{
    public static readonly ErrorCode GroundUnknown = new("CAD-0901", 400, new(
        "«{0}» бас тарту негізі бұл қызмет үшін жоқ. Негіздер: {1}.",
        "Основания отказа «{0}» для этой услуги нет. Основания: {1}.",
        "There is no refusal ground '{0}' for this service. Grounds: {1}."));

    public static readonly ErrorCode HearingNoticeTooLate = new("CAD-0902", 409, new(
        "Тыңдау туралы хабарлама мерзім аяқталғанға дейін кемінде 3 жұмыс күні бұрын жіберілуі керек (мерзімі {0}). Көрсетілетін қызметті алушымен мерзімді ұзартуды келісіңіз.",
        "Уведомление о заслушивании направляется не позднее чем за 3 рабочих дня до окончания срока (срок {0}). Согласуйте с услугополучателем продление срока.",
        "The hearing notice must be sent at least 3 working days before the term ends (due {0}). Agree an extension with the applicant first."));

    public static readonly ErrorCode HearingTimeInvalid = new("CAD-0903", 400, new(
        "Тыңдау уақыты мен орнын көрсетіңіз: уақыт қарсылық беру мерзімінен ({0}) кейін және қызмет мерзімінен ({1}) кешіктірілмей болуы керек.",
        "Укажите время и место заслушивания: время — после срока возражений ({0}) и не позднее срока услуги ({1}).",
        "Give the hearing time and place: after the objection period ({0}) and no later than the service's due date ({1})."));

    public static readonly ErrorCode NoOpenHearing = new("CAD-0904", 409, new(
        "Бұл өтініш бойынша бас тарту туралы алдын ала шешім жоқ.",
        "По этому заявлению нет предварительного решения об отказе.",
        "There is no preliminary refusal decision open on this application."));

    public static readonly ErrorCode ObjectionPeriodOver = new("CAD-0905", 409, new(
        "Қарсылық беру мерзімі {0} аяқталды.",
        "Срок подачи возражения истёк {0}.",
        "The period for objections ended on {0}."));

    public static readonly ErrorCode UseRefusalEndpoint = new("CAD-0907", 409, new(
        "«{0}» әрекеті бас тарту негізімен және себебімен орындалады: /refusal, /stop-consideration немесе /hearing-decision пайдаланыңыз.",
        "Действие «{0}» выполняется с основанием и причиной отказа: используйте /refusal, /stop-consideration или /hearing-decision.",
        "'{0}' is done with a refusal ground and reason: use /refusal, /stop-consideration or /hearing-decision."));

    public static readonly ErrorCode HearingNotHeldYet = new("CAD-0908", 409, new(
        "Шешім тыңдаудан ({0}) кейін және қарсылық беру мерзімі ({1}) аяқталғаннан кейін ғана қабылданады.",
        "Решение принимается только после заслушивания ({0}) и окончания срока подачи возражения ({1}).",
        "The decision can be taken only after the hearing ({0}) and after the objection period ({1}) has ended."));

    public static readonly ErrorCode ReasonRequired = new("CAD-0906", 400, new(
        "Себебін жазыңыз (reason өрісі).",
        "Укажите причину (поле reason).",
        "Write the reason (field 'reason')."));
}

public sealed record RefusalRequest(string Ground, string Reason, DateTimeOffset? HearingAt, string? Place);

/// <summary>
/// Refusals as a kernel capability any service can use (000.md para 4 and para 5-1, the Law on state services):
/// "refusal of further consideration" for an incomplete or expired package; for a refusal ground, a refusal
/// notice when the term is three working days or less (decisions.md D-402), otherwise a preliminary decision
/// with the hearing's time and place, the applicant's objection, and then the final decision.
/// </summary>
public sealed class RefusalService(QyzmetDbContext db, ApplicationService applications, ProcedureRegistry registry, CaseServices services,
    CalendarService calendars, AuditLog audit, TimeProvider time)
{
    /// <summary>Working days of the application's own term: after the acceptance day up to the due date (ADR 0004).</summary>
    public static int TermInWorkingDays(WorkingCalendar calendar, Application app)
    {
        if (app.DueOn is not { } due)
        {
            return 0;
        }

        var days = 0;
        for (var d = app.AcceptedOn.AddDays(1); d <= due; d = d.AddDays(1))
        {
            days += calendar.IsWorkingDay(d) ? 1 : 0;
        }

        return days;
    }

    /// <summary>
    /// A service that declares the hearing or the stop-consideration trigger uses this capability: its refusal
    /// triggers are fired only through <see cref="RefusalService"/>, never as plain desk actions.
    /// </summary>
    public static bool MustGoThroughRefusals(ProcedureDefinition procedure, string trigger) =>
        trigger is RefusalTriggers.Refuse or RefusalTriggers.PreliminaryRefusal or RefusalTriggers.HearingProvide or RefusalTriggers.HearingRefuse or RefusalTriggers.StopConsideration
        && procedure.Transitions.Any(t => t.Trigger is RefusalTriggers.PreliminaryRefusal or RefusalTriggers.StopConsideration);

    /// <summary>Para 5-1: a hearing only for terms of more than three days; D-402: exactly three → refusal notice.</summary>
    public static bool HearingRequired(int termInWorkingDays) => termInWorkingDays > 3;

    /// <summary>000.md para 4: an incomplete package or expired documents end the case with that notice, not a refusal.</summary>
    public Task<Application> StopConsiderationAsync(UserInfo user, string number, string reason, CancellationToken ct) =>
        InTransactionAsync(user, number, async (app, handler) =>
        {
            Require(reason);
            app.OutcomeReasonJson = JsonSerializer.Serialize(new LocalizedText(
                "Құжаттарды одан әрі қараудан бас тартылды (құжаттар топтамасы толық емес және (немесе) құжаттардың қолданылу мерзімі өткен): " + reason,
                "Отказ в дальнейшем рассмотрении документов (неполный пакет и (или) истёк срок действия документов): " + reason,
                "Further consideration of the documents refused (incomplete package and/or expired documents): " + reason));
            await FireAsync(app, handler, user, RefusalTriggers.StopConsideration, reason, ct);
        }, ct);

    /// <summary>Refuses on a statutory ground: directly, or by a preliminary decision and a hearing when the term is long enough.</summary>
    public Task<Application> RefuseAsync(UserInfo user, string number, RefusalRequest request, CancellationToken ct) =>
        InTransactionAsync(user, number, async (app, handler) =>
        {
            Require(request.Reason);
            var grounds = ServiceCatalog.Find(app.ServiceId)?.RefusalGrounds ?? [];
            var ground = grounds.FirstOrDefault(g => g.Code == request.Ground)
                ?? throw new QyzmetException(RefusalErrors.GroundUnknown, request.Ground, string.Join(", ", grounds.Select(g => g.Code)));
            var reason = new LocalizedText(
                $"{ground.Text.Kk}. {request.Reason}", $"{ground.Text.Ru}. {request.Reason}", $"{ground.Text.En}. {request.Reason}");
            var calendar = await calendars.GetAsync(ct);
            if (!HearingRequired(TermInWorkingDays(calendar, app)))
            {
                app.OutcomeReasonJson = JsonSerializer.Serialize(reason);
                await FireAsync(app, handler, user, RefusalTriggers.Refuse, "ground " + ground.Code + ": " + request.Reason, ct);
                return;
            }

            var now = time.GetUtcNow();
            var today = AlmatyTime.LocalDate(now);
            var due = app.DueOn!.Value;
            var left = 0;
            for (var d = today.AddDays(1); d <= due; d = d.AddDays(1))
            {
                left += calendar.IsWorkingDay(d) ? 1 : 0;
            }

            // Para 5-1: the notice goes out no later than 3 working days before the term ends.
            if (left < 3)
            {
                throw new QyzmetException(RefusalErrors.HearingNoticeTooLate, due.ToString("dd.MM.yyyy"));
            }

            var objectionDue = calendar.AddWorkingDays(today, 2);
            if (request.HearingAt is not { } at || string.IsNullOrWhiteSpace(request.Place)
                || AlmatyTime.LocalDate(at) <= objectionDue || AlmatyTime.LocalDate(at) > due)
            {
                throw new QyzmetException(RefusalErrors.HearingTimeInvalid, objectionDue.ToString("dd.MM.yyyy"), due.ToString("dd.MM.yyyy"));
            }

            db.Set<Hearing>().Add(new Hearing
            {
                ApplicationId = app.Id,
                Ground = ground.Code,
                ReasonJson = JsonSerializer.Serialize(reason),
                ProposedBy = user.Id,
                NoticeSentAt = now.UtcDateTime,
                HearingAt = at.UtcDateTime,
                Place = request.Place.Trim(),
                ObjectionDueOn = objectionDue,
            });
            await FireAsync(app, handler, user, RefusalTriggers.PreliminaryRefusal, "ground " + ground.Code + ": " + request.Reason, ct);
            var local = AlmatyTime.FormatDateTime(at);
            var place = request.Place.Trim();
            await services.Notifier.NotifyAsync(app.ApplicantId, app.Id,
                new($"№ {app.Number}: бас тарту туралы алдын ала шешім және тыңдау", $"№ {app.Number}: предварительное решение об отказе и заслушивание", $"{app.Number}: preliminary refusal decision and hearing"),
                new($"Бас тарту туралы алдын ала шешім: {reason.Kk}. Тыңдау: {local}, {place}. Қарсылығыңызды {objectionDue:dd.MM.yyyy} дейін беріңіз.",
                    $"Предварительное решение об отказе: {reason.Ru}. Заслушивание: {local}, {place}. Возражение подайте до {objectionDue:dd.MM.yyyy}.",
                    $"Preliminary refusal decision: {reason.En}. Hearing: {local}, {place}. Object by {objectionDue:yyyy-MM-dd}."),
                sms: true, ct);
        }, ct);

    /// <summary>The applicant's objection to the preliminary decision, accepted within 2 working days of the notice (D-403).</summary>
    public Task<Application> ObjectAsync(UserInfo user, string number, string text, CancellationToken ct) =>
        InTransactionAsync(user, number, async (app, _) =>
        {
            Require(text);
            var hearing = await OpenHearingAsync(app, ct);
            var now = time.GetUtcNow();
            if (AlmatyTime.LocalDate(now) > hearing.ObjectionDueOn)
            {
                throw new QyzmetException(RefusalErrors.ObjectionPeriodOver, hearing.ObjectionDueOn.ToString("dd.MM.yyyy"));
            }

            hearing.Objection = text.Trim()[..Math.Min(text.Trim().Length, 4000)];
            hearing.ObjectionAt = now.UtcDateTime;
            var ctx = new ProcessContext(user.Id, user.Role, "objection", user.UnitId);
            services.Engine.RecordHistory(app, ctx, "objection", app.Status, now.UtcDateTime);
            await audit.AppendAsync(ctx, "application.objection", "application:" + app.Number, hearing.Objection, ct);
        }, ct);

    /// <summary>After the hearing: provide the service (the procedure continues) or refuse with the preliminary decision's reason.</summary>
    public Task<Application> DecideAsync(UserInfo user, string number, bool provide, string reason, CancellationToken ct) =>
        InTransactionAsync(user, number, async (app, handler) =>
        {
            Require(reason);
            var hearing = await OpenHearingAsync(app, ct);
            var trigger = provide ? RefusalTriggers.HearingProvide : RefusalTriggers.HearingRefuse;
            // Who may decide is said before when: a role that may not decide is told so, not to wait.
            if (handler.Procedure.Find(app.Status, trigger) is { } transition && !transition.Roles.Contains(user.Role))
            {
                throw new QyzmetException(CaseErrors.RoleNotPermitted, trigger, string.Join(", ", transition.Roles));
            }

            var now = time.GetUtcNow();
            // Para 5-1: the applicant states a position at the hearing and may object until the window closes (D-403);
            // only "after the hearing" does the provider decide to provide the service or to refuse (D-411).
            if (now.UtcDateTime < hearing.HearingAt || AlmatyTime.LocalDate(now) <= hearing.ObjectionDueOn)
            {
                throw new QyzmetException(RefusalErrors.HearingNotHeldYet,
                    AlmatyTime.FromUtc(hearing.HearingAt).ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture),
                    hearing.ObjectionDueOn.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
            }

            hearing.Decision = provide ? "provide" : "refuse";
            hearing.DecidedAt = now.UtcDateTime;
            hearing.DecidedBy = user.Id;
            if (!provide)
            {
                app.OutcomeReasonJson = hearing.ReasonJson;
            }

            await FireAsync(app, handler, user, trigger, reason, ct);
        }, ct);

    public Task<Hearing?> LatestHearingAsync(Guid applicationId, CancellationToken ct) =>
        db.Set<Hearing>().AsNoTracking().Where(h => h.ApplicationId == applicationId).OrderByDescending(h => h.Id).FirstOrDefaultAsync(ct);

    private async Task<Hearing> OpenHearingAsync(Application app, CancellationToken ct) =>
        await db.Set<Hearing>().Where(h => h.ApplicationId == app.Id && h.Decision == null).OrderByDescending(h => h.Id).FirstOrDefaultAsync(ct)
        ?? throw new QyzmetException(RefusalErrors.NoOpenHearing);

    private static void Require(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new QyzmetException(RefusalErrors.ReasonRequired);
        }
    }

    private async Task FireAsync(Application app, IStateServiceHandler handler, UserInfo user, string trigger, string reason, CancellationToken ct)
    {
        var ctx = new ProcessContext(user.Id, user.Role, reason, user.UnitId);
        await services.Engine.FireAsync(app, trigger, ctx, ct);
        await services.NotifyStatusAsync(app, handler, ct);
        await handler.ReactAsync(new CaseContext(app, ctx, handler, services), ct);
    }

    private async Task<Application> InTransactionAsync(UserInfo user, string number, Func<Application, IStateServiceHandler, Task> work, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var app = await applications.FindVisibleAsync(user, number, tracking: true, ct);
        await work(app, registry.Get(app.ServiceId));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new QyzmetException(CaseErrors.ConcurrentChange);
        }

        await tx.CommitAsync(ct);
        return app;
    }
}
