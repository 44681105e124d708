using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.PscQueue.Domain;

namespace Qyzmet.PscQueue.Features.TakeTicket;

public sealed record TicketDto(Guid Id, string Number, string CentreId, string ServiceId, bool Booked, DateTimeOffset IssuedAt, string Status, int? Window);

/// <summary>
/// The centre's kiosk (no sign-in): a ticket for a service (004.md item 8: reception by electronic queue), or a booked
/// arrival's check-in with the booking code. The day's ticket numbers are unique per centre (D-644).
/// </summary>
public sealed class Kiosk(QyzmetDbContext db, Centres centres, AuditLog audit, TimeProvider time)
{
    /// <summary>D-647: a booked arrival checks in from 60 minutes before the slot to 15 minutes after its start.</summary>
    public const int CheckInEarlyMinutes = 60;

    public const int CheckInLateMinutes = 15;

    private static readonly ProcessContext KioskActor = new("kiosk", "kiosk");

    /// <summary>
    /// A walk-in ticket. D-652: the person may give their IIN (at the kiosk, or to the operator who issues the ticket); it is
    /// checked with the IIN's checksum and kept on the ticket, so the window shows who is next by the register's name.
    /// </summary>
    public Task<TicketDto> TakeAsync(string? centreId, string? serviceId, string? iin, CancellationToken ct) =>
        TakeAsync(KioskActor, centreId, serviceId, iin, ct);

    internal async Task<TicketDto> TakeAsync(ProcessContext actor, string? centreId, string? serviceId, string? iin, CancellationToken ct)
    {
        var centre = await centres.GetAsync(centreId, ct);
        var service = BookSlot.Bookings.RequireService(centre, serviceId);
        var person = ParseIin(iin);
        var now = time.GetUtcNow();
        if (!centre.HoursOn(AlmatyTime.LocalDate(now)).IsOpen(now, await centres.CalendarAsync(ct)))
        {
            throw new QyzmetException(QueueErrors.CentreClosed);
        }

        return ToDto(await IssueAsync(actor, centre.Id, service, person, null, now, now, ct));
    }

    /// <summary>D-652: an IIN given for a ticket is optional; when given it must pass the IIN checksum (nothing is issued otherwise).</summary>
    internal static string? ParseIin(string? iin)
    {
        var value = iin?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return Kernel.Identifiers.Iin.TryParse(value, out var parsed, out _) ? parsed.Value : throw new QyzmetException(QueueErrors.BadIin, "iin");
    }

    public async Task<TicketDto> CheckInAsync(string? centreId, string? code, CancellationToken ct)
    {
        var centre = await centres.GetAsync(centreId, ct);
        var key = (code ?? "").Trim().ToUpperInvariant();
        if (key.Length == 0)
        {
            throw new QyzmetException(QueueErrors.FieldRequired, "code");
        }

        var booking = await db.Set<QueueBooking>().AsNoTracking().FirstOrDefaultAsync(b => b.Code == key, ct)
            ?? throw new QyzmetException(QueueErrors.BookingNotFound, key);
        if (booking.Status != BookingStatus.Active)
        {
            throw new QyzmetException(QueueErrors.BookingNotActive, key);
        }

        var now = time.GetUtcNow();
        var slot = new DateTimeOffset(DateTime.SpecifyKind(booking.SlotStart, DateTimeKind.Utc));
        if (booking.CentreId != centre.Id || booking.Day != AlmatyTime.LocalDate(now))
        {
            throw new QyzmetException(QueueErrors.CheckInOtherCentreOrDay, key, AlmatyTime.FormatDateTime(slot));
        }

        if (now < slot.AddMinutes(-CheckInEarlyMinutes))
        {
            throw new QyzmetException(QueueErrors.CheckInTooEarly, CheckInEarlyMinutes);
        }

        if (now > slot.AddMinutes(CheckInLateMinutes))
        {
            throw new QyzmetException(QueueErrors.CheckInTooLate, CheckInLateMinutes);
        }

        // Only an active booking is checked in, once: a conditional update, so a double tap issues one ticket; the check-in
        // and its ticket are one transaction.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var changed = await db.Set<QueueBooking>().Where(b => b.Id == booking.Id && b.Status == BookingStatus.Active)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BookingStatus.CheckedIn).SetProperty(b => b.CheckedInAt, now.UtcDateTime), ct);
        if (changed == 0)
        {
            throw new QyzmetException(QueueErrors.BookingNotActive, key);
        }

        // D-646: a booked arrival's wait counts from the booked time, or from check-in when later.
        var waitFrom = now > slot ? now : slot;
        var ticket = await IssueAsync(KioskActor, centre.Id, booking.ServiceId, booking.Iin, booking.Id, now, waitFrom, ct);
        await tx.CommitAsync(ct);
        return ToDto(ticket);
    }

    /// <summary>
    /// Issues the next number of the centre's day. D-644: the number is the day's highest plus one, and the unique index
    /// (centre, day, number) settles a race: the loser takes the next number. No counter row is updated by every ticket.
    /// </summary>
    private async Task<QueueTicket> IssueAsync(ProcessContext actor, string centreId, string service, string? iin, Guid? bookingId, DateTimeOffset now, DateTimeOffset waitFrom, CancellationToken ct)
    {
        var day = AlmatyTime.LocalDate(now);

        // In a transaction: on SQLite the writer gate then serialises the read of the highest number with the insert; on
        // PostgreSQL a lost race rolls back to EF's savepoint and the loop reads the new highest number.
        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        for (var attempt = 0; ; attempt++)
        {
            var last = await db.Set<QueueTicket>().Where(t => t.CentreId == centreId && t.Day == day).MaxAsync(t => (int?)t.Number, ct) ?? 0;
            var ticket = new QueueTicket
            {
                Id = Guid.CreateVersion7(),
                CentreId = centreId,
                Day = day,
                Number = last + 1,
                ServiceId = service,
                Iin = iin,
                BookingId = bookingId,
                Booked = bookingId is not null,
                IssuedAt = now.UtcDateTime,
                WaitFrom = waitFrom.UtcDateTime,
                Status = TicketStatus.Waiting,
            };
            db.Add(ticket);
            await audit.AppendAsync(actor, bookingId is null ? "queue.ticket-taken" : "queue.checked-in", $"{centreId}/{day:yyyy-MM-dd}/{ticket.Display}", service, ct);
            try
            {
                await db.SaveChangesAsync(ct);
                if (tx is not null)
                {
                    await tx.CommitAsync(ct);
                }

                return ticket;
            }
            catch (DbUpdateException) when (attempt < 50)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    internal static TicketDto ToDto(QueueTicket t) =>
        new(t.Id, t.Display, t.CentreId, t.ServiceId, t.Booked, new DateTimeOffset(DateTime.SpecifyKind(t.IssuedAt, DateTimeKind.Utc)), t.Status, t.WindowNumber);
}
