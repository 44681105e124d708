using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.PscQueue.Domain;

namespace Qyzmet.PscQueue.Features.EditHours;

/// <summary>A centre's weekly hours from a date (local times as HH:mm; Saturday null: closed on Saturdays).</summary>
public sealed record CentreHoursDto(DateOnly? EffectiveFrom, string WeekdayOpens, string WeekdayCloses, string? SaturdayOpens, string? SaturdayCloses);

/// <summary>The hours in force today and the changes to come.</summary>
public sealed record CentreScheduleDto(string CentreId, CentreHoursDto Today, IReadOnlyList<CentreHoursDto> Upcoming);

/// <summary>
/// The head of the centre sets the centre's weekly hours from a date on (004.md item 8: the centre's working hours, Mon–Sat
/// 9:00–20:00 as the standard sets them; a centre may keep shorter ones). D-654: the hours are data per centre with an
/// effective date, from tomorrow on (today's tickets and bookings were issued under today's hours); a change for the same
/// date replaces the earlier one. Which dates are working days stays with the working calendar; no weekday is computed here.
/// </summary>
public sealed class CentreHoursEditor(QyzmetDbContext db, Centres centres, AuditLog audit, TimeProvider time)
{
    public async Task<CentreScheduleDto> ScheduleAsync(UserInfo user, CancellationToken ct)
    {
        var centre = await CentreOfHeadAsync(user, ct);
        var today = AlmatyTime.LocalDate(time.GetUtcNow());
        var inForce = centre.ChangeInForce(today);
        var current = inForce is null
            ? new CentreHoursDto(null, Hm(centre.Settings.WeekdayOpens), Hm(centre.Settings.WeekdayCloses), Hm(centre.Settings.SaturdayOpens), Hm(centre.Settings.SaturdayCloses))
            : ToDto(inForce);
        return new CentreScheduleDto(centre.Id, current, [.. centre.Schedule.Where(h => h.EffectiveFrom > today).Select(ToDto)]);
    }

    public async Task<CentreScheduleDto> SetAsync(UserInfo user, string? effectiveFrom, string? weekdayOpens, string? weekdayCloses,
        string? saturdayOpens, string? saturdayCloses, CancellationToken ct)
    {
        var centre = await CentreOfHeadAsync(user, ct);
        var from = BookSlot.Bookings.ParseDate(effectiveFrom, "effectiveFrom");
        var opens = Time(weekdayOpens, "weekdayOpens") ?? throw new QyzmetException(QueueErrors.FieldRequired, "weekdayOpens");
        var closes = Time(weekdayCloses, "weekdayCloses") ?? throw new QyzmetException(QueueErrors.FieldRequired, "weekdayCloses");
        if (opens >= closes)
        {
            throw new QyzmetException(QueueErrors.BadHours, "weekdayCloses");
        }

        var satOpens = Time(saturdayOpens, "saturdayOpens");
        var satCloses = Time(saturdayCloses, "saturdayCloses");
        if (satOpens is null != satCloses is null || (satOpens is { } so && satCloses is { } sc && so >= sc))
        {
            throw new QyzmetException(QueueErrors.BadHours, "saturdayCloses");
        }

        var now = time.GetUtcNow();
        if (from <= AlmatyTime.LocalDate(now))
        {
            throw new QyzmetException(QueueErrors.HoursNotAhead);
        }

        var row = await db.Set<QueueCentreHours>().FirstOrDefaultAsync(h => h.CentreId == centre.Id && h.EffectiveFrom == from, ct);
        if (row is null)
        {
            row = new QueueCentreHours { CentreId = centre.Id, EffectiveFrom = from, SetBy = user.Id };
            db.Add(row);
        }

        row.WeekdayOpens = opens;
        row.WeekdayCloses = closes;
        row.SaturdayOpens = satOpens;
        row.SaturdayCloses = satCloses;
        row.SetBy = user.Id;
        row.SetAt = now.UtcDateTime;
        await audit.AppendAsync(new ProcessContext(user.Id, user.Role, UnitId: user.UnitId), "queue.hours-set", $"{centre.Id}/{from:yyyy-MM-dd}",
            $"{Hm(opens)}-{Hm(closes)} sat {(satOpens is null ? "closed" : $"{Hm(satOpens)}-{Hm(satCloses)}")}", ct);
        await db.SaveChangesAsync(ct);
        return await ScheduleAsync(user, ct);
    }

    private Task<CentreView> CentreOfHeadAsync(UserInfo user, CancellationToken ct) =>
        centres.OfStaffAsync(user, Roles.ProviderHead, QueueErrors.SupervisorOnly, ct);

    private static TimeOnly? Time(string? value, string field)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v))
        {
            return null;
        }

        return TimeOnly.TryParseExact(v, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : throw new QyzmetException(QueueErrors.BadHours, field);
    }

    private static string? Hm(TimeOnly? t) => t?.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Hm(TimeOnly t) => t.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static CentreHoursDto ToDto(QueueCentreHours h) =>
        new(h.EffectiveFrom, Hm(h.WeekdayOpens), Hm(h.WeekdayCloses), Hm(h.SaturdayOpens), Hm(h.SaturdayCloses));
}
