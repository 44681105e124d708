using Microsoft.EntityFrameworkCore;
using Qyzmet.RealEstateCadastre.Domain;

namespace Qyzmet.RealEstateCadastre.Data;

internal static class CadastreModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<CadastreObject>(e =>
        {
            e.ToTable("cad_objects");
            e.HasIndex(o => o.CadastralNumber).IsUnique();
            e.Property(o => o.CadastralNumber).HasMaxLength(40);
            e.Property(o => o.LandPlotNumber).HasMaxLength(40);
            e.Property(o => o.ParentNumber).HasMaxLength(40);
            e.Property(o => o.Kind).HasMaxLength(40);
            e.Property(o => o.Settlement).HasMaxLength(200);
            e.Property(o => o.Street).HasMaxLength(200);
            e.Property(o => o.BuildingNumber).HasMaxLength(40);
            // Numbering (ADR 0011) looks up a plot's buildings and a building's premises; P2 finds objects by address.
            e.HasIndex(o => new { o.LandPlotNumber, o.Id });
            e.HasIndex(o => new { o.ParentNumber, o.Id });
            e.HasIndex(o => new { o.Settlement, o.Street, o.BuildingNumber, o.Id });
            e.HasIndex(o => new { o.Settlement, o.Id });
            e.Property(o => o.TotalArea).HasPrecision(12, 2);
            e.Property(o => o.LivingArea).HasPrecision(12, 2);
            e.Property(o => o.BuiltUpArea).HasPrecision(12, 2);
            e.Property(o => o.CeilingHeight).HasPrecision(5, 2);
            e.Property(o => o.LandPlotArea).HasPrecision(14, 2);
            e.Property(o => o.Version).IsConcurrencyToken();
            e.Ignore(o => o.Address);
            e.Ignore(o => o.RegisteredAddress);
            e.Property(o => o.AddressCode).HasMaxLength(16);
            e.HasIndex(o => o.AddressCode);
            e.HasMany(o => o.Holders).WithOne().HasForeignKey(h => h.ObjectId);
            e.HasMany(o => o.ServiceStructures).WithOne().HasForeignKey(s => s.ObjectId);
        });
        b.Entity<ObjectHolder>(e =>
        {
            e.ToTable("cad_object_holders");
            e.HasIndex(h => new { h.HolderId, h.ObjectId });
            e.Property(h => h.SharePercent).HasPrecision(7, 4);
        });
        b.Entity<ServiceStructure>(e =>
        {
            e.ToTable("cad_service_structures");
            e.Property(s => s.Area).HasPrecision(12, 2);
            e.Property(s => s.Height).HasPrecision(6, 2);
        });
        b.Entity<InventoryEntry>(e =>
        {
            // 000.md App. 8: append-only; triggers in the CadastreInventory migrations refuse UPDATE and DELETE.
            e.ToTable("cad_inventory_entries");
            e.HasIndex(i => new { i.ObjectId, i.Id });
            e.HasIndex(i => new { i.ApplicationId, i.Kind });
            e.HasIndex(i => i.SupersedesId);
            e.Property(i => i.Kind).HasMaxLength(40);
        });
        b.Entity<TermExtension>(e =>
        {
            e.ToTable("cad_term_extensions");
            e.HasIndex(x => new { x.ApplicationId, x.Id });
        });
        b.Entity<RenamingDecision>(e =>
        {
            e.ToTable("cad_renaming_decisions");
            e.HasIndex(d => d.CompletedAt);
            e.Property(d => d.Version).IsConcurrencyToken();
        });
    }
}
