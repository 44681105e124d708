using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Calendar;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;

namespace Qyzmet.PscQueue.Domain;

/// <summary>A centre as the queue reads it: its unit, hours, services and windows.</summary>
public sealed record CentreView(string Id, LocalizedText Name, QueueCentre Settings, IReadOnlyList<string> Services, IReadOnlyList<QueueWindow> Windows)
{
    public WorkingHours Hours => SlotPlan.HoursOf(Settings);
}

/// <summary>Finds the queue's centres and the calendar the slots are cut from.</summary>
public sealed class Centres(QyzmetDbContext db, CalendarService calendars)
{
    public async Task<IReadOnlyList<CentreView>> AllAsync(CancellationToken ct)
    {
        var centres = await db.Set<QueueCentre>().AsNoTracking().OrderBy(c => c.UnitId).ToListAsync(ct);
        var list = new List<CentreView>();
        foreach (var c in centres)
        {
            list.Add(await LoadAsync(c, ct));
        }

        return list;
    }

    public async Task<CentreView> GetAsync(string? id, CancellationToken ct)
    {
        var centre = string.IsNullOrWhiteSpace(id) ? null : await db.Set<QueueCentre>().AsNoTracking().FirstOrDefaultAsync(c => c.UnitId == id, ct);
        return centre is null ? throw new QyzmetException(QueueErrors.CentreNotFound) : await LoadAsync(centre, ct);
    }

    public Task<WorkingCalendar> CalendarAsync(CancellationToken ct) => calendars.GetAsync(ct);

    private async Task<CentreView> LoadAsync(QueueCentre c, CancellationToken ct)
    {
        var unit = await db.ProviderUnits.AsNoTracking().FirstAsync(u => u.Id == c.UnitId, ct);
        var services = await db.Set<QueueCentreService>().AsNoTracking().Where(s => s.CentreId == c.UnitId).Select(s => s.ServiceId).ToListAsync(ct);
        var windows = await db.Set<QueueWindow>().AsNoTracking().Where(w => w.CentreId == c.UnitId).OrderBy(w => w.Number).ToListAsync(ct);
        return new CentreView(c.UnitId, unit.Label(), c, [.. services.OrderBy(s => s, StringComparer.Ordinal)], windows);
    }

    /// <summary>The staff member's name as people read it (operator names on the supervisor page).</summary>
    public async Task<Dictionary<string, string>> StaffNamesAsync(string centreId, CancellationToken ct) =>
        await db.Staff.AsNoTracking().Where(s => s.UnitId == centreId).ToDictionaryAsync(s => s.Iin, s => s.FullName, ct);

    public async Task<IReadOnlyList<StaffMember>> OperatorsAsync(string centreId, CancellationToken ct) =>
        await db.Staff.AsNoTracking().Where(s => s.UnitId == centreId && s.Role == Roles.PscOperator).OrderBy(s => s.FullName).ToListAsync(ct);
}
