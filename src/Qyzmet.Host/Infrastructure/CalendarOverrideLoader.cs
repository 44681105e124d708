using System.Globalization;
using System.Text.Json;
using Qyzmet.Host.Api;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Calendar;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Host.Infrastructure;

/// <summary>Loads government transfers of days off (API and CLI share this), audited, all-or-nothing.</summary>
internal sealed class CalendarOverrideLoader(QyzmetDbContext db, AuditLog audit, CalendarService calendars, TimeProvider time)
{
    public async Task<int> LoadAsync(IReadOnlyList<CalendarOverrideDto> overrides, string actorId, CancellationToken ct)
    {
        var parsed = new List<DayOverride>();
        foreach (var o in overrides)
        {
            if (!DateOnly.TryParseExact(o.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                || !Enum.TryParse<DayOverrideKind>(o.Kind, ignoreCase: true, out var kind)
                || string.IsNullOrWhiteSpace(o.Reason))
            {
                throw new QyzmetException(HostErrors.BadOverride, o.Date);
            }

            parsed.Add(new DayOverride(date, kind, o.Reason.Trim()));
        }

        // Building a calendar checks the set for contradictions (two transfers on one day) before anything is written.
        _ = new WorkingCalendar(parsed);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var dates = parsed.Select(p => p.Date).ToList();
        await db.CalendarOverrides.Where(c => dates.Contains(c.Date)).ExecuteDeleteAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        db.CalendarOverrides.AddRange(parsed.Select(p => new CalendarOverrideRow
        {
            Date = p.Date,
            Kind = p.Kind.ToString(),
            Reason = p.Reason,
            LoadedBy = actorId,
            LoadedAt = now,
        }));
        await audit.AppendAsync(new ProcessContext(actorId, Roles.Administrator, "calendar transfers loaded"), "calendar.load", "calendar",
            JsonSerializer.Serialize(parsed), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        calendars.Invalidate();
        return parsed.Count;
    }
}
