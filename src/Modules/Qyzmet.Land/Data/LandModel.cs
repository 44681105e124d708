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
        });
        b.Entity<LandPlotHolder>(e =>
        {
            e.ToTable("land_plot_holders");
            // 002.md §3.3: "ownership information" looks plots up by the holder's IIN/BIN.
            e.HasIndex(h => new { h.HolderId, h.CadastralNumber });
            e.Property(h => h.SharePercent).HasPrecision(7, 4);
        });
    }
}
