using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Calendar;

/// <summary>
/// The working calendar with the administrator's transfers applied. Cached briefly: several app instances share
/// one database, and a newly loaded transfer reaches all of them within a minute without a release.
/// </summary>
public sealed class CalendarService(QyzmetDbContext db, IMemoryCache cache)
{
    private const string CacheKey = "working-calendar";

    public async Task<WorkingCalendar> GetAsync(CancellationToken ct)
    {
        if (cache.TryGetValue(CacheKey, out WorkingCalendar? calendar) && calendar is not null)
        {
            return calendar;
        }

        var rows = await db.CalendarOverrides.AsNoTracking().ToListAsync(ct);
        calendar = new WorkingCalendar(rows.Select(r => new DayOverride(r.Date, Enum.Parse<DayOverrideKind>(r.Kind), r.Reason)));
        cache.Set(CacheKey, calendar, TimeSpan.FromMinutes(1));
        return calendar;
    }

    public void Invalidate() => cache.Remove(CacheKey);
}
