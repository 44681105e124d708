using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.PscQueue.Domain;

namespace Qyzmet.PscQueue.Features.BookSlot;

/// <summary>A slot of a day with the places left in it.</summary>
public sealed record SlotDto(DateTimeOffset Start, DateTimeOffset End, int Free);

public sealed record BookingDto(string Code, string CentreId, string ServiceId, DateOnly Day, DateTimeOffset SlotStart, string Status);

/// <summary>
/// Booking a slot of a centre's queue on the portal (004.md item 8: "the queue can be booked through the portal").
/// A signed-in citizen books per centre and service; one active booking per person, service and day (D-643); a slot
/// takes as many bookings as the centre has windows (D-642); the booking code is shown at the kiosk to check in.
/// </summary>
public sealed class Bookings(QyzmetDbContext db, Centres centres, AuditLog audit, TimeProvider time)
{
    /// <summary>D-645: slots can be booked from now until the end of the 14th day ahead.</summary>
    public const int HorizonDays = 14;

    private const string CodeAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public async Task<IReadOnlyList<SlotDto>> SlotsAsync(string? centreId, string? serviceId, DateOnly date, CancellationToken ct)
    {
        var centre = await centres.GetAsync(centreId, ct);
        RequireService(centre, serviceId);
        var calendar = await centres.CalendarAsync(ct);
        var now = time.GetUtcNow();
        var starts = SlotPlan.Slots(centre.HoursOn(date), calendar, date, centre.Settings.SlotMinutes);
        if (starts.Count == 0)
        {
            return [];
        }

        var from = starts[0].UtcDateTime;
        var to = starts[^1].UtcDateTime;
        var taken = await db.Set<QueueBooking>().AsNoTracking()
            .Where(b => b.CentreId == centre.Id && b.Seat != null && b.SlotStart >= from && b.SlotStart <= to)
            .GroupBy(b => b.SlotStart).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        var byStart = taken.ToDictionary(t => DateTime.SpecifyKind(t.Key, DateTimeKind.Utc), t => t.Count);
        var capacity = centre.Windows.Count;
        return [.. starts.Where(s => Bookable(s, now))
            .Select(s => new SlotDto(s, s.AddMinutes(centre.Settings.SlotMinutes), Math.Max(0, capacity - byStart.GetValueOrDefault(s.UtcDateTime))))];
    }

    public async Task<BookingDto> BookAsync(UserInfo user, string? centreId, string? serviceId, DateTimeOffset? slotStart, CancellationToken ct)
    {
        var centre = await centres.GetAsync(centreId, ct);
        var service = RequireService(centre, serviceId);
        if (slotStart is not { } start)
        {
            throw new QyzmetException(QueueErrors.FieldRequired, "slotStart");
        }

        var calendar = await centres.CalendarAsync(ct);
        var day = AlmatyTime.LocalDate(start);
        if (!SlotPlan.Slots(centre.HoursOn(day), calendar, day, centre.Settings.SlotMinutes).Contains(start))
        {
            throw new QyzmetException(QueueErrors.NotASlot, AlmatyTime.FormatDateTime(start));
        }

        var now = time.GetUtcNow();
        if (!Bookable(start, now))
        {
            throw new QyzmetException(QueueErrors.SlotNotBookable, HorizonDays);
        }

        await RequireNoActiveAsync(user.Id, service, day, ct);
        var capacity = centre.Windows.Count;
        for (var seat = 1; seat <= capacity; seat++)
        {
            var booking = new QueueBooking
            {
                Id = Guid.CreateVersion7(),
                Code = NewCode(),
                CentreId = centre.Id,
                ServiceId = service,
                Iin = user.Id,
                Day = day,
                SlotStart = start.UtcDateTime,
                Seat = seat,
                ActiveDay = day,
                Status = BookingStatus.Active,
                CreatedAt = now.UtcDateTime,
            };
            db.Add(booking);
            await audit.AppendAsync(new ProcessContext(user.Id, user.Role), "queue.booked", booking.Code, $"{centre.Id} {service} {start:O}", ct);
            try
            {
                await db.SaveChangesAsync(ct);
                return ToDto(booking);
            }
            catch (DbUpdateException)
            {
                // The seat was taken by a concurrent booking, or the person booked the same service and day meanwhile.
                db.ChangeTracker.Clear();
                await RequireNoActiveAsync(user.Id, service, day, ct);
            }
        }

        throw new QyzmetException(QueueErrors.SlotFull);
    }

    public async Task<IReadOnlyList<BookingDto>> MineAsync(UserInfo user, CancellationToken ct)
    {
        var today = AlmatyTime.LocalDate(time.GetUtcNow());
        var rows = await db.Set<QueueBooking>().AsNoTracking().Where(b => b.Iin == user.Id && b.Day >= today).ToListAsync(ct);
        return [.. rows.OrderBy(b => b.SlotStart).Select(ToDto)];
    }

    /// <summary>Cancels one's own active booking: its place in the slot is free again.</summary>
    public async Task<BookingDto> CancelAsync(UserInfo user, string? code, CancellationToken ct)
    {
        var key = (code ?? "").Trim().ToUpperInvariant();
        var booking = await db.Set<QueueBooking>().FirstOrDefaultAsync(b => b.Code == key && b.Iin == user.Id, ct)
            ?? throw new QyzmetException(QueueErrors.BookingNotFound, key);
        if (booking.Status != BookingStatus.Active)
        {
            throw new QyzmetException(QueueErrors.BookingNotActive, booking.Code);
        }

        booking.Status = BookingStatus.Cancelled;
        booking.Seat = null;
        booking.ActiveDay = null;
        booking.CancelledAt = time.GetUtcNow().UtcDateTime;
        await audit.AppendAsync(new ProcessContext(user.Id, user.Role), "queue.booking-cancelled", booking.Code, null, ct);
        await db.SaveChangesAsync(ct);
        return ToDto(booking);
    }

    internal static BookingDto ToDto(QueueBooking b) =>
        new(b.Code, b.CentreId, b.ServiceId, b.Day, new DateTimeOffset(DateTime.SpecifyKind(b.SlotStart, DateTimeKind.Utc)), b.Status);

    internal static string RequireService(CentreView centre, string? serviceId)
    {
        if (string.IsNullOrWhiteSpace(serviceId))
        {
            throw new QyzmetException(QueueErrors.FieldRequired, "service");
        }

        return centre.Services.Contains(serviceId, StringComparer.Ordinal) ? serviceId : throw new QyzmetException(QueueErrors.ServiceNotQueued);
    }

    private static bool Bookable(DateTimeOffset start, DateTimeOffset now) =>
        start > now && AlmatyTime.LocalDate(start) <= AlmatyTime.LocalDate(now).AddDays(HorizonDays);

    private async Task RequireNoActiveAsync(string iin, string service, DateOnly day, CancellationToken ct)
    {
        var existing = await db.Set<QueueBooking>().AsNoTracking()
            .FirstOrDefaultAsync(b => b.Iin == iin && b.ServiceId == service && b.ActiveDay == day, ct);
        if (existing is not null)
        {
            throw new QyzmetException(QueueErrors.AlreadyBooked, existing.Code);
        }
    }

    private static string NewCode()
    {
        Span<char> chars = stackalloc char[8];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>Parses a date field (yyyy-MM-dd), naming the field when it is not one.</summary>
    public static DateOnly ParseDate(string? value, string field) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw new QyzmetException(QueueErrors.BadDate, field);
}
