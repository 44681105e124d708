using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Notifications;
using Quartz;

namespace Qyzmet.Platform.Monitoring;

/// <summary>
/// Enforces the step limits every procedure declares (issue 15 "Monitoring and quality"; ADR 0023). A step still open past its
/// limit is escalated to the head of its unit once: the stage is claimed by a conditional UPDATE (EscalatedAt still null) in the
/// transaction that writes the head's inbox message and the audit row, so a second run, or a second instance, escalates nothing
/// twice. An application still under way after its overall due date is told to the applicant once (001a.md §8.2 rule 7 and the
/// standards' "срок оказания"): the notice row's key (the application) makes a second notice impossible.
/// Quartz runs it on one instance of the cluster at a time (ADR 0007); correctness does not rely on that.
/// </summary>
[DisallowConcurrentExecution]
public sealed class StepLimitsJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<StepLimitsJob> log) : IJob
{
    public const int BatchSize = 200;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await RunOnceAsync(cancellationToken);

    /// <summary>One pass: returns how many steps were escalated and how many applicants were told of a missed deadline.</summary>
    public async Task<(int Escalated, int Notified)> RunOnceAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var today = AlmatyTime.LocalDate(time.GetUtcNow());
        List<long> overdueStages;
        List<Guid> lateApplications;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            var officeSteps = OfficeSteps(scope.ServiceProvider.GetRequiredService<ProcedureRegistry>());
            overdueStages = await db.MonitoringStages.AsNoTracking()
                .Where(s => s.LeftAt == null && s.EscalatedAt == null && s.DueAt != null && s.DueAt < now && !s.Final)
                .Where(InSteps(officeSteps))
                .OrderBy(s => s.DueAt).Select(s => s.Id).Take(BatchSize).ToListAsync(ct);
            // D-383: read from the open, non-final stages (the applications in progress) to their applications: every finished
            // application keeps its past due date, so reading the applications by due date walks all of history.
            lateApplications = await db.MonitoringStages.AsNoTracking()
                .Where(s => s.LeftAt == null && !s.Final)
                .Join(db.Applications.Where(a => a.DueOn != null && a.DueOn < today && !db.DeadlineNotices.Any(n => n.ApplicationId == a.Id)),
                    s => s.ApplicationId, a => a.Id, (s, a) => new { a.Id, a.DueOn })
                .Distinct().OrderBy(a => a.DueOn).ThenBy(a => a.Id).Select(a => a.Id).Take(BatchSize).ToListAsync(ct);
        }

        var escalated = 0;
        foreach (var id in overdueStages)
        {
            escalated += await OnceAsync(id, EscalateAsync, "step escalation", ct) ? 1 : 0;
        }

        var notified = 0;
        foreach (var id in lateApplications)
        {
            notified += await OnceAsync(id, NotifyApplicantAsync, "deadline notice", ct) ? 1 : 0;
        }

        return (escalated, notified);
    }

    private async Task<bool> OnceAsync<T>(T id, Func<IServiceProvider, QyzmetDbContext, T, CancellationToken, Task<bool>> work, string what, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        try
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (!await work(scope.ServiceProvider, db, id, ct))
            {
                await tx.RollbackAsync(ct);
                return false;
            }

            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            scope.ServiceProvider.GetRequiredService<AuditChainWriter>().Nudge();
            return true;
        }
        catch (DbUpdateException ex)
        {
            // Another instance did it first (the notice's key): nothing of ours was written.
            log.LogInformation(ex, "Skipped the {What} of {Id}: done elsewhere", what, id);
            return false;
        }
    }

    /// <summary>Claims the stage (EscalatedAt still null, still open) and tells the unit's heads; false when it no longer applies.</summary>
    private async Task<bool> EscalateAsync(IServiceProvider services, QyzmetDbContext db, long id, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var claimed = await db.MonitoringStages.Where(s => s.Id == id && s.EscalatedAt == null && s.LeftAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EscalatedAt, now), ct);
        if (claimed == 0)
        {
            return false;
        }

        var stage = await db.MonitoringStages.AsNoTracking().SingleAsync(s => s.Id == id, ct);
        var app = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == stage.ApplicationId, ct);
        var registry = services.GetRequiredService<ProcedureRegistry>();
        var label = registry.Find(stage.ServiceId)?.Procedure.States.FirstOrDefault(s => s.Name == stage.Step)?.Label
            ?? new LocalizedText(stage.Step, stage.Step, stage.Step);
        var due = AlmatyTime.FormatDateTime(stage.DueAt!.Value);
        var heads = await HeadsAsync(db, stage.UnitId, ct);
        var notifier = services.GetRequiredService<Notifier>();
        foreach (var head in heads.Distinct())
        {
            await notifier.NotifyAsync(head, app.Id,
                new($"№ {app.Number}: қадам мерзімі өтті", $"№ {app.Number}: срок шага истёк", $"{app.Number}: a step is overdue"),
                new($"«{label.Kk}» қадамы {due} дейін аяқталмады (мерзімі: {Norm(stage).Kk}). Өтініш басшыға жіберілді.",
                    $"Шаг «{label.Ru}» не завершён до {due} (норма: {Norm(stage).Ru}). Заявление передано руководителю.",
                    $"The step '{label.En}' was not finished by {due} (norm: {Norm(stage).En}). The application is escalated to the head."),
                sms: false, ct);
        }

        var ctx = ProcessContext.System("step limit ran out at " + stage.DueAt.Value.ToString("O", CultureInfo.InvariantCulture));
        await services.GetRequiredService<AuditLog>().AppendAsync(ctx, "application.step-escalated", "application:" + app.Number,
            JsonSerializer.Serialize(new { step = stage.Step, unit = stage.UnitId, dueAt = stage.DueAt, heads = heads.Count }), ct);
        return true;
    }

    /// <summary>Writes the notice row (its key is the application: once) and tells the applicant in kk and ru, by SMS too.</summary>
    private async Task<bool> NotifyApplicantAsync(IServiceProvider services, QyzmetDbContext db, Guid id, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var app = await db.Applications.AsNoTracking().SingleAsync(a => a.Id == id, ct);
        if (app.DueOn is not { } dueOn || await db.DeadlineNotices.AnyAsync(n => n.ApplicationId == id, ct))
        {
            return false;
        }

        db.DeadlineNotices.Add(new DeadlineNotice { ApplicationId = id, DueOn = dueOn, NotifiedAt = now });
        var due = dueOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        await services.GetRequiredService<Notifier>().NotifyAsync(app.ApplicantId, app.Id,
            new($"№ {app.Number} өтініш мерзімінде орындалмады", $"Заявление № {app.Number} не исполнено в срок", $"Application {app.Number} is past its deadline"),
            new($"№ {app.Number} өтініш бойынша қызмет көрсету мерзімі {due} өтті, нәтиже әлі дайын емес. Қызмет берушінің басшысына хабарланды; шағым беруге құқығыңыз бар.",
                $"Срок оказания услуги по заявлению № {app.Number} истёк {due}, результат ещё не готов. Руководитель услугодателя уведомлён; вы вправе подать жалобу.",
                $"The service term of application {app.Number} ran out on {due} and the result is not ready yet. The provider's head has been told; you may file a complaint."),
            sms: true, ct);
        await services.GetRequiredService<AuditLog>().AppendAsync(ProcessContext.System("overall deadline missed"), "application.deadline-missed",
            "application:" + app.Number, JsonSerializer.Serialize(new { dueOn = dueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }), ct);
        return true;
    }

    /// <summary>
    /// The head a step is escalated to (D-746): the heads of the unit holding the application; a unit without a head of its own
    /// (a registering office such as an akimat's office, "…/office") answers to the heads of its parent organisation, i.e. the
    /// unit named by its id before the last '/', or failing that the heads of that organisation's other units.
    /// </summary>
    public static async Task<List<string>> HeadsAsync(QyzmetDbContext db, string unitId, CancellationToken ct)
    {
        var heads = db.Staff.AsNoTracking().Where(s => s.Role == Roles.ProviderHead);
        var own = await heads.Where(s => s.UnitId == unitId).Select(s => s.Iin).ToListAsync(ct);
        var slash = unitId.LastIndexOf('/');
        if (own.Count > 0 || slash <= 0)
        {
            return own;
        }

        var parent = unitId[..slash];
        var parents = await heads.Where(s => s.UnitId == parent).Select(s => s.Iin).ToListAsync(ct);
        return parents.Count > 0 ? parents : await heads.Where(s => s.UnitId.StartsWith(parent + "/")).Select(s => s.Iin).Distinct().ToListAsync(ct);
    }

    /// <summary>
    /// The steps whose work is the provider's (D-745): the office or the inspector moves the application on. A step waiting for
    /// the applicant (payment, consent) or for the platform is counted overdue in monitoring but not escalated to a head.
    /// </summary>
    public static Dictionary<string, List<string>> OfficeSteps(ProcedureRegistry registry) =>
        registry.All.ToDictionary(h => h.ServiceId, h => h.Procedure.States
            .Where(s => s.Kind == StateKind.Active && s.StepLimit is not null
                && h.Procedure.ActingParties(s.Name).Any(p => p is ProcedureParty.Office or ProcedureParty.Inspector))
            .Select(s => s.Name).ToList());

    /// <summary>(ServiceId = s1 AND Step IN (...)) OR ..., translated to SQL.</summary>
    private static Expression<Func<MonitoringStage, bool>> InSteps(Dictionary<string, List<string>> steps)
    {
        var s = Expression.Parameter(typeof(MonitoringStage), "s");
        Expression body = Expression.Constant(false);
        foreach (var (service, names) in steps.Where(kv => kv.Value.Count > 0))
        {
            var sameService = Expression.Equal(Expression.Property(s, nameof(MonitoringStage.ServiceId)),
                Expression.Constant(service));
            var inSteps = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)],
                Expression.Constant(names), Expression.Property(s, nameof(MonitoringStage.Step)));
            body = Expression.OrElse(body, Expression.AndAlso(sameService, inSteps));
        }

        return Expression.Lambda<Func<MonitoringStage, bool>>(body, s);
    }

    /// <summary>A step's norm as a person reads it.</summary>
    public static LocalizedText Norm(MonitoringStage stage) => Norm(stage.NormAmount, stage.NormUnit);

    public static LocalizedText Norm(int? amount, string? unit) => (amount, unit) switch
    {
        (null, _) or (_, null) => new("—", "—", "—"),
        ({ } n, nameof(DeadlineUnit.WorkingDays)) => new($"{n} жұмыс күні", $"{n} раб. дн.", $"{n} working days"),
        ({ } n, nameof(DeadlineUnit.CalendarDays)) => new($"{n} күнтізбелік күн", $"{n} кал. дн.", $"{n} calendar days"),
        ({ } n, nameof(DeadlineUnit.Hours)) => new($"{n} сағат", $"{n} ч", $"{n} hours"),
        ({ } n, _) => new($"{n} минут", $"{n} мин", $"{n} minutes"),
    };
}
