using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Platform.Cases;

/// <summary>A unit that can receive a service's applications but lacks staff for some role its procedure needs.</summary>
public sealed record StaffingGap(string UnitId, string ServiceId, IReadOnlyList<string> MissingRoles, int OpenApplications);

/// <summary>
/// Whether a unit has someone for every step of a service (decision D-214): the roles a procedure's transitions name
/// that are held by the staff of the assigned unit. A unit without them never receives work (the submission is refused
/// and logged), and the units that could receive work but lack staff are listed for monitoring.
/// </summary>
public sealed class UnitStaffing(QyzmetDbContext db, ILogger<UnitStaffing> logger)
{
    /// <summary>Roles held by staff of the unit an application is assigned to (PSC operators and administrators are not).</summary>
    private static readonly HashSet<string> UnitRoles = [Roles.ProviderExecutor, Roles.ProviderHead, Roles.ArchiveClerk, Roles.Inspector, Roles.ApprovingOfficer];

    /// <summary>The unit roles some transition of the procedure needs; empty for a fully automated service.</summary>
    public static IReadOnlyList<string> RolesNeeded(ProcedureDefinition procedure) =>
        [.. procedure.Transitions.SelectMany(t => t.Roles).Where(UnitRoles.Contains).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The roles the procedure needs that nobody in the unit holds.</summary>
    public async Task<IReadOnlyList<string>> MissingRolesAsync(string unitId, ProcedureDefinition procedure, CancellationToken ct)
    {
        var needed = RolesNeeded(procedure);
        if (needed.Count == 0)
        {
            return [];
        }

        // ADR 0015: a provider's structural subdivisions ("<provider>/<subdivision>") are staffed together: the case moves
        // between them (office, management, departments), and each step's role is found somewhere in the provider.
        var root = RootOf(unitId);
        var present = await db.Staff.AsNoTracking().Where(s => s.UnitId == root || s.UnitId.StartsWith(root + "/")).Select(s => s.Role).Distinct().ToListAsync(ct);
        return [.. needed.Except(present)];
    }

    /// <summary>The provider a unit belongs to: the part before the first '/' (the unit itself when it has none).</summary>
    public static string RootOf(string unitId) => unitId.Split('/')[0];

    /// <summary>The units the procedure's electronic tasks are sent to (ADR 0015): each needs someone to answer.</summary>
    public static IReadOnlyList<string> TaskUnits(ProcedureDefinition procedure) =>
        [.. procedure.Forks.SelectMany(f => f.Tasks).Where(t => t.Channel == TaskChannel.Electronic).Select(t => t.Unit).Distinct().Order(StringComparer.Ordinal)];

    private async Task<IReadOnlyList<string>> UnstaffedTaskUnitsAsync(ProcedureDefinition procedure, CancellationToken ct)
    {
        var units = TaskUnits(procedure);
        if (units.Count == 0)
        {
            return [];
        }

        var staffed = await db.Staff.AsNoTracking().Where(s => units.Contains(s.UnitId)).Select(s => s.UnitId).Distinct().ToListAsync(ct);
        return [.. units.Except(staffed)];
    }

    /// <summary>D-214: work is never given to a unit where nobody can process it; the submission is refused and logged.</summary>
    public async Task EnsureStaffedAsync(IStateServiceHandler handler, string unitId, CancellationToken ct)
    {
        var missing = await MissingRolesAsync(unitId, handler.Procedure, ct);
        if (missing.Count > 0)
        {
            logger.LogWarning("Application for {Service} refused: unit {Unit} has no staff in role(s) {Roles}", handler.ServiceId, unitId, string.Join(", ", missing));
            throw new QyzmetException(CaseErrors.UnitUnstaffed, unitId, string.Join(", ", missing));
        }

        // ADR 0015: nor is a case accepted whose parallel tasks would go to a unit nobody answers for.
        var silent = await UnstaffedTaskUnitsAsync(handler.Procedure, ct);
        if (silent.Count > 0)
        {
            logger.LogWarning("Application for {Service} refused: task unit(s) {Units} have no staff", handler.ServiceId, string.Join(", ", silent));
            throw new QyzmetException(CaseErrors.UnitUnstaffed, string.Join(", ", silent), Roles.ApprovingOfficer);
        }
    }

    /// <summary>
    /// Every unit that can receive a service's applications (the units under the service's <see cref="IStateServiceHandler.UnitPrefix"/>,
    /// and any unit holding open applications of it) and lacks staff for a role the service needs, with its open applications.
    /// </summary>
    public async Task<IReadOnlyList<StaffingGap>> GapsAsync(IEnumerable<IStateServiceHandler> handlers, CancellationToken ct)
    {
        var units = await db.ProviderUnits.AsNoTracking().Select(u => u.Id).ToListAsync(ct);
        var staff = (await db.Staff.AsNoTracking().Select(s => new { s.UnitId, s.Role }).Distinct().ToListAsync(ct))
            .Select(s => (s.UnitId, s.Role)).ToHashSet();
        var open = await db.Applications.AsNoTracking().GroupBy(a => new { a.ServiceId, a.UnitId, a.Status })
            .Select(g => new { g.Key.ServiceId, g.Key.UnitId, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var gaps = new List<StaffingGap>();
        foreach (var handler in handlers.OrderBy(h => h.ServiceId, StringComparer.Ordinal))
        {
            var needed = RolesNeeded(handler.Procedure);
            if (needed.Count == 0 && handler.Procedure.Forks.Count == 0)
            {
                continue;
            }

            var openHere = open.Where(o => o.ServiceId == handler.ServiceId
                    && handler.Procedure.States.FirstOrDefault(s => s.Name == o.Status)?.Kind == StateKind.Active)
                .GroupBy(o => o.UnitId).ToDictionary(g => g.Key, g => g.Sum(o => o.Count));
            // Subdivisions are checked with their provider (ADR 0015).
            var candidates = units.Where(u => u.StartsWith(handler.UnitPrefix, StringComparison.Ordinal)).Concat(openHere.Keys).Select(RootOf).Distinct().Order(StringComparer.Ordinal);
            foreach (var unit in candidates)
            {
                var missing = needed.Where(r => !staff.Any(s => s.Role == r && (s.UnitId == unit || s.UnitId.StartsWith(unit + "/", StringComparison.Ordinal)))).ToList();
                if (missing.Count > 0)
                {
                    gaps.Add(new StaffingGap(unit, handler.ServiceId, missing, openHere.Where(o => RootOf(o.Key) == unit).Sum(o => o.Value)));
                }
            }

            foreach (var unit in TaskUnits(handler.Procedure).Where(u => !staff.Any(s => s.UnitId == u)))
            {
                gaps.Add(new StaffingGap(unit, handler.ServiceId, [Roles.ApprovingOfficer], 0));
            }
        }

        return gaps;
    }
}

/// <summary>D-214: at start-up, after the database is ready, every unit that could receive work nobody there can do is logged.</summary>
public sealed class StaffingStartupCheck(IServiceScopeFactory scopes, ILogger<StaffingStartupCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var registry = scope.ServiceProvider.GetRequiredService<ProcedureRegistry>();
        var gaps = await scope.ServiceProvider.GetRequiredService<UnitStaffing>().GapsAsync(registry.All, cancellationToken);
        foreach (var gap in gaps)
        {
            logger.LogWarning("Unit {Unit} can receive {Service} applications but has no staff in role(s) {Roles}; {Open} open application(s). Submissions to it are refused (D-214).",
                gap.UnitId, gap.ServiceId, string.Join(", ", gap.MissingRoles), gap.OpenApplications);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
