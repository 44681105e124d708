using System.Text.Json;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Audit;

namespace Qyzmet.Platform.Cases;

/// <summary>All registered services' procedures, by service id.</summary>
public sealed class ProcedureRegistry(IEnumerable<IStateServiceHandler> handlers)
{
    private readonly Dictionary<string, IStateServiceHandler> _byId = handlers.ToDictionary(h => h.ServiceId);

    public IReadOnlyCollection<IStateServiceHandler> All => _byId.Values;

    public IStateServiceHandler? Find(string serviceId) => _byId.GetValueOrDefault(serviceId);

    public IStateServiceHandler Get(string serviceId) =>
        Find(serviceId) ?? throw new QyzmetException(CaseErrors.ServiceNotAvailable, serviceId);
}

/// <summary>
/// Moves an application along its declared procedure. A trigger that the declaration does not allow from the
/// current state, or that the actor's role may not fire, is refused with a coded error: never silently ignored.
/// The new status, the history line and the audit row are written in the caller's transaction.
/// </summary>
public sealed class ProcedureEngine(QyzmetDbContext db, AuditLog audit, TimeProvider time, ProcedureRegistry registry)
{
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
        return transition;
    }

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
