using Microsoft.EntityFrameworkCore;
using Qyzmet.PscQueue.Domain;

namespace Qyzmet.PscQueue.Data;

/// <summary>The queue's tables (prefix <c>queue_</c>; ADR 0021).</summary>
internal static class QueueModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<QueueCentre>(e =>
        {
            e.ToTable("queue_centres");
            e.HasKey(x => x.UnitId);
            e.Property(x => x.UnitId).HasMaxLength(64);
        });
        b.Entity<QueueCentreService>(e =>
        {
            e.ToTable("queue_centre_services");
            e.HasKey(x => new { x.CentreId, x.ServiceId });
            e.Property(x => x.CentreId).HasMaxLength(64);
            e.Property(x => x.ServiceId).HasMaxLength(128);
        });
        b.Entity<QueueWindow>(e =>
        {
            e.ToTable("queue_windows");
            e.HasKey(x => new { x.CentreId, x.Number });
            e.Property(x => x.CentreId).HasMaxLength(64);
            e.Property(x => x.OperatorIin).HasMaxLength(12);
        });
        b.Entity<QueueBooking>(e =>
        {
            e.ToTable("queue_bookings");
            e.HasKey(x => x.Id);
            e.Property(x => x.Code).HasMaxLength(16);
            e.Property(x => x.CentreId).HasMaxLength(64);
            e.Property(x => x.ServiceId).HasMaxLength(128);
            e.Property(x => x.Iin).HasMaxLength(12);
            e.Property(x => x.Status).HasMaxLength(16);
            e.HasIndex(x => x.Code).IsUnique();

            // D-642: a slot holds as many bookings as the centre has windows; each holds a seat, cleared on cancellation
            // (NULLs never collide), so the database refuses an over-booking whatever the timing.
            e.HasIndex(x => new { x.CentreId, x.SlotStart, x.Seat }).IsUnique();

            // D-643: one active booking per person, service and day.
            e.HasIndex(x => new { x.Iin, x.ServiceId, x.ActiveDay }).IsUnique();
        });
        b.Entity<QueueTicket>(e =>
        {
            e.ToTable("queue_tickets");
            e.HasKey(x => x.Id);
            e.Property(x => x.CentreId).HasMaxLength(64);
            e.Property(x => x.ServiceId).HasMaxLength(128);
            e.Property(x => x.Iin).HasMaxLength(12);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.OperatorIin).HasMaxLength(12);
            e.Property(x => x.ApplicationNumber).HasMaxLength(32);
            e.Ignore(x => x.Display);

            // D-644: the day's numbers of a centre are unique; the next is taken from the day's tickets, not a counter row.
            e.HasIndex(x => new { x.CentreId, x.Day, x.Number }).IsUnique();
            e.HasIndex(x => new { x.CentreId, x.Status, x.WaitFrom });
            e.HasIndex(x => x.BookingId).IsUnique();
        });
        b.Entity<QueueCentreHours>(e =>
        {
            // D-654: a centre's weekly hours are data with an effective date.
            e.ToTable("queue_centre_hours");
            e.HasKey(x => new { x.CentreId, x.EffectiveFrom });
            e.Property(x => x.CentreId).HasMaxLength(64);
            e.Property(x => x.SetBy).HasMaxLength(12);
        });
        b.Entity<QueueHomeVisit>(e =>
        {
            e.ToTable("queue_home_visits");
            e.HasKey(x => x.Id);
            e.Property(x => x.Number).HasMaxLength(32);
            e.Property(x => x.CentreId).HasMaxLength(64);
            e.Property(x => x.ServiceId).HasMaxLength(128);
            e.Property(x => x.Iin).HasMaxLength(12);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.Property(x => x.Address).HasMaxLength(500);
            e.Property(x => x.Phone).HasMaxLength(32);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.OperatorIin).HasMaxLength(12);
            e.HasIndex(x => x.Number).IsUnique();
            e.HasIndex(x => new { x.CentreId, x.Status });
        });
    }
}
