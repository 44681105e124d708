using Microsoft.EntityFrameworkCore;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;

namespace Qyzmet.PopulationDocuments.Common;

/// <summary>
/// The territorial migration-police units (004.md §3.0 "Provider"): one per region, ids "migration-police-{region}".
/// </summary>
internal static class MigrationPolice
{
    public const string Prefix = "migration-police-";

    /// <summary>Almaty's unit: it takes the work of a region without a unit on the platform (decision D-602).</summary>
    public const string Fallback = "migration-police-75";

    public static readonly BilingualText Ministry = new(
        "Қазақстан Республикасы Ішкі істер министрлігі",
        "Министерство внутренних дел Республики Казахстан");

    /// <summary>The unit of a region (004.md §3.0: of the place of permanent registration or residence), else Almaty's (D-602).</summary>
    public static async Task<string> ForRegionAsync(QyzmetDbContext db, string regionCode, CancellationToken ct)
    {
        var unit = Prefix + regionCode;
        return await db.ProviderUnits.AnyAsync(u => u.Id == unit, ct) ? unit : Fallback;
    }
}

/// <summary>The channel names the platform records on an application (the PSC desk or the portal).</summary>
internal static class Channels
{
    /// <summary>Submitted by a PSC operator at the centre (the host's channel for the PSC desk).</summary>
    public const string ServiceCentre = "service-centre";
}
