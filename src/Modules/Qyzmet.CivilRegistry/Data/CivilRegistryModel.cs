using Microsoft.EntityFrameworkCore;
using Qyzmet.CivilRegistry.Domain;

namespace Qyzmet.CivilRegistry.Data;

internal static class CivilRegistryModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<CivilAct>(e =>
        {
            e.ToTable("civil_acts");
            e.HasIndex(a => new { a.Kind, a.ActNumber }).IsUnique();
            // Lookups by participant: the reference services search by the applicant's IIN.
            e.HasIndex(a => new { a.SubjectIin, a.Kind });
            e.HasIndex(a => new { a.HusbandIin, a.Kind });
            e.HasIndex(a => new { a.WifeIin, a.Kind });
            // Kinship and adoption impediments (S2) and the registry desk's searches.
            e.HasIndex(a => a.FatherIin);
            e.HasIndex(a => a.MotherIin);
            e.HasIndex(a => a.AdoptiveFatherIin);
            e.HasIndex(a => a.AdoptiveMotherIin);
            e.HasIndex(a => a.ActNumber);
            e.HasIndex(a => a.ActDate);
            e.HasIndex(a => a.SubjectName);
            e.HasIndex(a => a.HusbandName);
            e.HasIndex(a => a.WifeName);
        });
        b.Entity<MarriageBooking>(e =>
        {
            e.ToTable("civil_marriage_bookings");
            e.HasIndex(x => new { x.OfficeUnitId, x.SlotStart }).IsUnique();
            e.HasIndex(x => x.ApplicationId).IsUnique();
        });
        b.Entity<MarriageConsentRequest>(e =>
        {
            e.ToTable("civil_marriage_consent_requests");
            e.HasKey(x => x.ApplicationId);
            e.Property(x => x.OtherIin).HasMaxLength(12);
            e.HasIndex(x => new { x.OtherIin, x.RequestedAt });
        });
        b.Entity<MarriagePendingPerson>(e =>
        {
            e.ToTable("civil_marriage_pending_persons");
            e.HasKey(x => x.Iin);
            e.Property(x => x.Iin).HasMaxLength(12);
            e.HasIndex(x => x.ApplicationId);
        });
    }
}
