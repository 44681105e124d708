using Microsoft.EntityFrameworkCore;
using Qyzmet.RealEstate.Domain;

namespace Qyzmet.RealEstate.Data;

internal static class RealEstateModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<RealEstateObject>(e =>
        {
            e.ToTable("realestate_objects");
            e.HasKey(o => o.CadastralNumber);
            e.Property(o => o.CadastralNumber).HasMaxLength(40);
            e.Property(o => o.TotalArea).HasPrecision(12, 2);
            e.Property(o => o.UsefulArea).HasPrecision(12, 2);
        });
        b.Entity<RealEstateRight>(e =>
        {
            e.ToTable("realestate_rights");
            // 001b.md §8.2 rule 4: both references look rights up by the holder's IIN/BIN.
            e.HasIndex(r => new { r.HolderId, r.CadastralNumber });
            e.HasIndex(r => r.CadastralNumber);
            e.Property(r => r.Kind).HasMaxLength(40);
            e.Property(r => r.OwnershipForm).HasMaxLength(20);
            e.Ignore(r => r.IsCurrent);
        });
        b.Entity<RealEstateEncumbrance>(e =>
        {
            e.ToTable("realestate_encumbrances");
            e.HasIndex(x => x.CadastralNumber);
            e.Property(x => x.Kind).HasMaxLength(40);
        });
        b.Entity<RealEstateClaim>(e =>
        {
            e.ToTable("realestate_claims");
            e.HasIndex(x => x.CadastralNumber);
        });
    }
}
