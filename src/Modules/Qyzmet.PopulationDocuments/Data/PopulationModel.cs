using Microsoft.EntityFrameworkCore;
using Qyzmet.PopulationDocuments.Domain;

namespace Qyzmet.PopulationDocuments.Data;

internal static class PopulationModel
{
    public static void Configure(ModelBuilder b)
    {
        // The address register (pop_addresses) moved to the kernel's registries as registry_addresses (ADR 0026, D-356).
        b.Entity<ResidenceRegistration>(e =>
        {
            e.ToTable("pop_residence_registrations");
            e.Property(r => r.Iin).HasMaxLength(12);
            e.HasIndex(r => new { r.Iin, r.Kind, r.EndedOn });
            e.HasIndex(r => r.AddressId);
            e.HasIndex(r => r.ApplicationId);
            e.Property(r => r.Version).IsConcurrencyToken();
        });
        b.Entity<ChipAddressWrite>(e =>
        {
            e.ToTable("pop_chip_address_writes");
            e.Property(w => w.Iin).HasMaxLength(12);
            e.HasIndex(w => new { w.Iin, w.WrittenAt });
        });
        b.Entity<DutyRate>(e =>
        {
            e.ToTable("pop_duty_rates");
            e.Property(r => r.Item).HasMaxLength(32);
            e.Property(r => r.MciShare).HasPrecision(9, 4);
            e.HasIndex(r => new { r.Item, r.EffectiveFrom }).IsUnique();
        });
        b.Entity<OwnerConsentRequest>(e =>
        {
            e.ToTable("pop_owner_consent_requests");
            e.HasKey(x => x.ApplicationId);
            e.Property(x => x.OwnerIin).HasMaxLength(12);
            e.HasIndex(x => new { x.OwnerIin, x.RequestedAt });
        });
    }
}
