using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Calendar;
using Qyzmet.Platform.Notifications;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Audit;

namespace Qyzmet.Platform.Cases;

/// <summary>All registered services' procedures, by service id.</summary>
public sealed class ProcedureRegistry(IEnumerable<IStateServiceHandler> handlers, Microsoft.Extensions.Options.IOptionsMonitor<Documents.PlatformOptions> options)
{
    private readonly Dictionary<string, IStateServiceHandler> _byId = handlers.ToDictionary(h => h.ServiceId);

    public IReadOnlyCollection<IStateServiceHandler> All => _byId.Values;

    public IStateServiceHandler? Find(string serviceId) => _byId.GetValueOrDefault(serviceId);

    /// <summary>Whether the ministry has suspended new applications for the service for now (D-348).</summary>
    public bool IsSuspended(string serviceId) => options.CurrentValue.SuspendedServices.Contains(serviceId, StringComparer.Ordinal);

    /// <summary>Whether a new application can be made now: the service is delivered and not suspended.</summary>
    public bool IsOffered(string serviceId) => Find(serviceId) is not null && !IsSuspended(serviceId);

    /// <summary>
    /// The handler for a new application: CASE-0003 for no such service, CASE-0004 for one not delivered online yet,
    /// CASE-0040 (503) for one suspended for now (D-348). The messages name a catalog service by its name, in the reader's language.
    /// </summary>
    public IStateServiceHandler ForNewApplication(string serviceId)
    {
        var standard = Kernel.Catalog.ServiceCatalog.Find(serviceId);
        object name = standard?.Name ?? (object)serviceId;
        var handler = Find(serviceId) ?? throw new QyzmetException(standard is null ? CaseErrors.ServiceUnknown : CaseErrors.ServiceNotAvailable, name);
        return IsSuspended(serviceId) ? throw new QyzmetException(CaseErrors.ServiceSuspended, name) : handler;
    }

    public IStateServiceHandler Get(string serviceId) =>
        Find(serviceId) ?? throw new QyzmetException(CaseErrors.ServiceNotAvailable, serviceId);
}

/// <summary>
/// Moves an application along its declared procedure. A trigger that the declaration does not allow from the
/// current state, or that the actor's role may not fire, is refused with a coded error: never silently ignored.
/// The new status, the history line and the audit row are written in the caller's transaction.
/// </summary>
public sealed class ProcedureEngine(QyzmetDbContext db, AuditLog audit, TimeProvider time, ProcedureRegistry registry, CalendarService calendars, Notifier notifier,
    Monitoring.StageRecorder stages)
{
    /// <summary>The durable timer that escalates an overdue task: "task-overdue:" and the task's id (ADR 0015).</summary>
    public const string TaskOverduePrefix = "task-overdue:";

    public async Task<ProcedureTransition> FireAsync(Application app, string trigger, ProcessContext ctx, CancellationToken ct)
    {
        var procedure = registry.Get(app.ServiceId).Procedure;
        var transition = procedure.Find(app.Status, trigger)
            ?? throw new QyzmetException(CaseErrors.TransitionNotPermitted, trigger, app.Status);
        if (!transition.Roles.Contains(ctx.ActorRole))
        {
            throw new QyzmetException(CaseErrors.RoleNotPermitted, trigger, string.Join(", ", transition.Roles));
        }

        var now = time.GetUtcNow().UtcDateTime;
        var from = app.Status;
        app.Status = transition.To;
        app.UpdatedAt = now;
        app.Version++;
        RecordHistory(app, ctx, trigger, from, now);
        await audit.AppendAsync(ctx, "application." + trigger, "application:" + app.Number,
            JsonSerializer.Serialize(new { from, to = transition.To, reason = ctx.Reason }), ct);
        if (from != transition.To)
        {
            // Issue 15, ADR 0023: every stage of every application in the monitoring store, in this transaction.
            await stages.EnterAsync(app, now, ct);

            // ADR 0015: leaving a fork's state any other way than its join cancels what is still open; entering one opens its tasks.
            if (procedure.ForkAt(from) is not null)
            {
                await CancelOpenTasksAsync(app, from, ctx, now, ct);
            }

            if (procedure.ForkAt(transition.To) is { } fork)
            {
                await OpenTasksAsync(app, fork, ctx, now, ct);
            }
        }

        return transition;
    }

    /// <summary>
    /// Opens every task of the fork at once (003.md para 6 "бір мезгілде"), each with its own term counted through the working
    /// calendar from now, and a durable timer that escalates it when it runs out.
    /// </summary>
    private async Task OpenTasksAsync(Application app, ParallelTasks fork, ProcessContext ctx, DateTime now, CancellationToken ct)
    {
        var calendar = await calendars.GetAsync(ct);
        var round = await db.CaseTasks.Where(t => t.ApplicationId == app.Id && t.State == fork.State).MaxAsync(t => (int?)t.Round, ct) ?? 0;
        // The service may choose which of the declared tasks this application needs (its parties are data); none would never join.
        var kinds = await registry.Get(app.ServiceId).TaskKindsAsync(app, fork, ct);
        var specs = kinds is null ? fork.Tasks : [.. fork.Tasks.Where(t => kinds.Contains(t.Kind))];
        if (specs.Count == 0 || (kinds is not null && kinds.Count != specs.Count))
        {
            throw new InvalidOperationException($"{app.ServiceId}: the fork at {fork.State} has no declared task for [{string.Join(", ", kinds ?? [])}].");
        }

        foreach (var spec in specs)
        {
            var dueOn = calendar.Compute(new DateTimeOffset(now, TimeSpan.Zero), spec.Deadline).DueDate;
            var task = new CaseTask
            {
                Id = Guid.CreateVersion7(),
                ApplicationId = app.Id,
                State = fork.State,
                Round = round + 1,
                Kind = spec.Kind,
                UnitId = spec.Unit,
                Channel = spec.Channel == TaskChannel.Paper ? "paper" : "electronic",
                OpenedAt = now,
                DueOn = dueOn,
                DueAt = AlmatyTime.FromLocal(dueOn.AddDays(1), TimeOnly.MinValue).UtcDateTime,
                Status = CaseTaskStatus.Open,
            };
            db.CaseTasks.Add(task);
            db.CaseTaskEvents.Add(new CaseTaskEvent { TaskId = task.Id, At = now, ActorId = ctx.ActorId, ActorRole = ctx.ActorRole, Event = "opened" });
            db.Timers.Add(new CaseTimer { ApplicationId = app.Id, Trigger = TaskOverduePrefix + task.Id.ToString("N"), DueAt = task.DueAt });
            await audit.AppendAsync(ctx, "task.opened", "application:" + app.Number,
                JsonSerializer.Serialize(new { task = task.Id, spec.Kind, spec.Unit, task.Channel, dueOn = dueOn.ToString("yyyy-MM-dd") }), ct);
        }
    }

    private async Task CancelOpenTasksAsync(Application app, string state, ProcessContext ctx, DateTime now, CancellationToken ct)
    {
        var open = await db.CaseTasks.Where(t => t.ApplicationId == app.Id && t.State == state && t.Status == CaseTaskStatus.Open).ToListAsync(ct);
        foreach (var task in open)
        {
            task.Status = CaseTaskStatus.Cancelled;
            task.CompletedAt = now;
            db.CaseTaskEvents.Add(new CaseTaskEvent { TaskId = task.Id, At = now, ActorId = ctx.ActorId, ActorRole = ctx.ActorRole, Event = "cancelled", Comment = ctx.Reason });
            await audit.AppendAsync(ctx, "task.cancelled", "application:" + app.Number, JsonSerializer.Serialize(new { task = task.Id, task.Kind }), ct);
        }

        var triggers = open.Select(t => TaskOverduePrefix + t.Id.ToString("N")).ToList();
        foreach (var timer in await db.Timers.Where(t => t.ApplicationId == app.Id && t.FiredAt == null && t.CanceledAt == null && triggers.Contains(t.Trigger)).ToListAsync(ct))
        {
            timer.CanceledAt = now;
        }
    }

    /// <summary>
    /// A task's term ran out while it is open (ADR 0015): it is marked escalated once, the history and the audit say so, and the
    /// heads of the answering unit and of the unit holding the application are told. Returns false when it no longer applies.
    /// </summary>
    public async Task<bool> EscalateTaskAsync(Guid taskId, CancellationToken ct)
    {
        var task = await db.CaseTasks.SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null || task.Status != CaseTaskStatus.Open || task.EscalatedAt is not null)
        {
            return false;
        }

        var app = await db.Applications.SingleAsync(a => a.Id == task.ApplicationId, ct);
        var now = time.GetUtcNow().UtcDateTime;
        task.EscalatedAt = now;
        task.Version++;
        var ctx = ProcessContext.System("task term ran out on " + task.DueOn.ToString("yyyy-MM-dd"));
        db.CaseTaskEvents.Add(new CaseTaskEvent { TaskId = task.Id, At = now, ActorId = ctx.ActorId, ActorRole = ctx.ActorRole, Event = "escalated", Comment = ctx.Reason });
        await audit.AppendAsync(ctx, "task.escalated", "application:" + app.Number, JsonSerializer.Serialize(new { task = task.Id, task.Kind, task.UnitId }), ct);
        var label = registry.Find(app.ServiceId)?.Procedure.ForkAt(task.State)?.Tasks.FirstOrDefault(t => t.Kind == task.Kind)?.Label
            ?? new LocalizedText(task.Kind, task.Kind, task.Kind);
        var due = task.DueOn.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var heads = await db.Staff.AsNoTracking()
            .Where(s => s.Role == Identity.Roles.ProviderHead && (s.UnitId == task.UnitId || s.UnitId == app.UnitId)).Select(s => s.Iin).ToListAsync(ct);
        foreach (var head in heads.Distinct())
        {
            await notifier.NotifyAsync(head, app.Id,
                new($"№ {app.Number}: тапсырма мерзімі өтті", $"№ {app.Number}: срок задачи истёк", $"{app.Number}: a task is overdue"),
                new($"«{label.Kk}» ({task.UnitId}) {due} дейін орындалмады.", $"«{label.Ru}» ({task.UnitId}) не выполнена до {due}.", $"'{label.En}' ({task.UnitId}) was not done by {due}."),
                sms: false, ct);
        }

        return true;
    }

    /// <summary>The submitted application entered its first step (issue 15, ADR 0023): its first stage in the monitoring store.</summary>
    public Task EnterFirstStageAsync(Application app, DateTime at, CancellationToken ct) => stages.EnterAsync(app, at, ct);

    /// <summary>One line of the application's history, from <paramref name="from"/> to the application's current status.</summary>
    public void RecordHistory(Application app, ProcessContext ctx, string trigger, string from, DateTime at) =>
        db.ApplicationEvents.Add(new ApplicationEvent
        {
            ApplicationId = app.Id,
            At = at,
            ActorId = ctx.ActorId,
            ActorRole = ctx.ActorRole,
            Trigger = trigger,
            FromStatus = from,
            ToStatus = app.Status,
            Reason = ctx.Reason,
        });
}
