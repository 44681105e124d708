using Microsoft.EntityFrameworkCore;
using Qyzmet.Land.Domain;

namespace Qyzmet.Land.Data;

internal static class LandModel
{
    public static void Configure(ModelBuilder b)
    {
        b.Entity<LandPlot>(e =>
        {
            e.ToTable("land_plots");
            e.HasKey(p => p.CadastralNumber);
            e.Property(p => p.CadastralNumber).HasMaxLength(40);
            e.HasMany(p => p.Holders).WithOne().HasForeignKey(h => h.CadastralNumber);
            e.HasMany(p => p.Encumbrances).WithOne().HasForeignKey(x => x.CadastralNumber);
            e.HasMany(p => p.Documents).WithOne().HasForeignKey(x => x.CadastralNumber);
            e.Property(p => p.RightKindCode).HasMaxLength(40);
            e.Property(p => p.SettlementCode).HasMaxLength(20);
            e.Property(p => p.AddressCode).HasMaxLength(16);
            e.HasIndex(p => p.AddressCode);

            // D-530: the bounding-box prefilter of "plot at this point", "plots near this point" and the overlap check
            // (PostGIS adds a GiST index on a geometry column beside it where the extension is installed).
            e.HasIndex(p => new { p.MinLon, p.MaxLon });
            e.HasIndex(p => new { p.MinLat, p.MaxLat });
            e.HasIndex(p => p.SettlementCode);
        });
        b.Entity<LandPlotHolder>(e =>
        {
            e.ToTable("land_plot_holders");
            // 002.md §3.3: "ownership information" looks plots up by the holder's IIN/BIN.
            e.HasIndex(h => new { h.HolderId, h.CadastralNumber });
            e.Property(h => h.SharePercent).HasPrecision(7, 4);
        });
        b.Entity<LandPlotEncumbrance>(e =>
        {
            e.ToTable("land_plot_encumbrances");
            e.HasIndex(x => x.CadastralNumber);
        });
        b.Entity<LandPlotDocument>(e =>
        {
            e.ToTable("land_plot_documents");
            e.Property(x => x.Kind).HasMaxLength(20);
            e.HasIndex(x => new { x.CadastralNumber, x.Kind });
        });
        b.Entity<Settlement>(e =>
        {
            e.ToTable("land_settlements");
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(20);
            e.HasIndex(x => new { x.MinLon, x.MaxLon });
        });
    }
}
