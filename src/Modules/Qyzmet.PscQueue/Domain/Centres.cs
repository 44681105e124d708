using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Calendar;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;

namespace Qyzmet.PscQueue.Domain;

/// <summary>A centre as the queue reads it: its unit, hours (with the head's changes by effective date), services and windows.</summary>
public sealed record CentreView(string Id, LocalizedText Name, QueueCentre Settings, IReadOnlyList<string> Services, IReadOnlyList<QueueWindow> Windows,
    IReadOnlyList<QueueCentreHours> Schedule)
{
    /// <summary>
    /// D-654: the weekly hours in force on a local date: the latest change effective on or before it, else the centre's own
    /// hours. Which dates are working days, and a transferred day's hours, stay with the calendar (<see cref="WorkingHours.PeriodsOn"/>).
    /// </summary>
    public WorkingHours HoursOn(DateOnly date) =>
        Schedule.Where(h => h.EffectiveFrom <= date).MaxBy(h => h.EffectiveFrom) is { } row ? SlotPlan.HoursOf(row) : SlotPlan.HoursOf(Settings);

    /// <summary>The weekly hours in force on a date as times (Saturday null: closed on Saturdays), for the API and the pages.</summary>
    public (TimeOnly Opens, TimeOnly Closes, TimeOnly? SaturdayOpens, TimeOnly? SaturdayCloses) WeekOn(DateOnly date) =>
        ChangeInForce(date) is { } h
            ? (h.WeekdayOpens, h.WeekdayCloses, h.SaturdayOpens, h.SaturdayCloses)
            : (Settings.WeekdayOpens, Settings.WeekdayCloses, Settings.SaturdayOpens, Settings.SaturdayCloses);

    /// <summary>The weekly hours row in force on a date, as the supervisor page shows it (null: the centre's own).</summary>
    public QueueCentreHours? ChangeInForce(DateOnly date) => Schedule.Where(h => h.EffectiveFrom <= date).MaxBy(h => h.EffectiveFrom);
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

    /// <summary>
    /// The centre a staff member works at, if they hold <paramref name="role"/> there; otherwise <paramref name="refusal"/>
    /// (a unit that is not a centre is refused the same way, so the answer says what the person may do, not what exists).
    /// </summary>
    public async Task<CentreView> OfStaffAsync(UserInfo user, string role, ErrorCode refusal, CancellationToken ct)
    {
        if (user.Role != role || user.UnitId is null)
        {
            throw new QyzmetException(refusal);
        }

        try
        {
            return await GetAsync(user.UnitId, ct);
        }
        catch (QyzmetException e) when (e.Error == QueueErrors.CentreNotFound)
        {
            throw new QyzmetException(refusal);
        }
    }

    public Task<WorkingCalendar> CalendarAsync(CancellationToken ct) => calendars.GetAsync(ct);

    private async Task<CentreView> LoadAsync(QueueCentre c, CancellationToken ct)
    {
        var unit = await db.ProviderUnits.AsNoTracking().FirstAsync(u => u.Id == c.UnitId, ct);
        var services = await db.Set<QueueCentreService>().AsNoTracking().Where(s => s.CentreId == c.UnitId).Select(s => s.ServiceId).ToListAsync(ct);
        var windows = await db.Set<QueueWindow>().AsNoTracking().Where(w => w.CentreId == c.UnitId).OrderBy(w => w.Number).ToListAsync(ct);
        var schedule = await db.Set<QueueCentreHours>().AsNoTracking().Where(h => h.CentreId == c.UnitId).OrderBy(h => h.EffectiveFrom).ToListAsync(ct);
        return new CentreView(c.UnitId, unit.Label(), c, [.. services.OrderBy(s => s, StringComparer.Ordinal)], windows, schedule);
    }

    /// <summary>A person's name from the population register (null: not in it).</summary>
    public async Task<Dictionary<string, string>> PeopleNamesAsync(IReadOnlyCollection<string> iins, CancellationToken ct)
    {
        if (iins.Count == 0)
        {
            return [];
        }

        var people = await db.People.AsNoTracking().Where(p => iins.Contains(p.Iin)).ToListAsync(ct);
        return people.ToDictionary(p => p.Iin, p => p.FullName);
    }

    /// <summary>The staff member's name as people read it (operator names on the supervisor page).</summary>
    public async Task<Dictionary<string, string>> StaffNamesAsync(string centreId, CancellationToken ct) =>
        await db.Staff.AsNoTracking().Where(s => s.UnitId == centreId).ToDictionaryAsync(s => s.Iin, s => s.FullName, ct);

    public async Task<IReadOnlyList<StaffMember>> OperatorsAsync(string centreId, CancellationToken ct) =>
        await db.Staff.AsNoTracking().Where(s => s.UnitId == centreId && s.Role == Roles.PscOperator).OrderBy(s => s.FullName).ToListAsync(ct);
}
