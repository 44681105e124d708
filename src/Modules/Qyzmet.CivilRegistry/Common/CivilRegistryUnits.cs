using Microsoft.EntityFrameworkCore;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;

namespace Qyzmet.CivilRegistry.Common;

/// <summary>The registry offices (АХАЖ бөлімдері): one per region, ids "civil-registry-{region}".</summary>
internal static class CivilRegistryUnits
{
    public const string Prefix = "civil-registry-";

    /// <summary>Almaty's office: it takes the work of a region with no office, or with nobody there for the service (D-203, D-214).</summary>
    public const string Fallback = "civil-registry-75";

    /// <summary>
    /// The office of the applicant's region (001a.md §3.1 delivery; D-203) when it exists and has staff for every role
    /// the service's procedure needs; otherwise Almaty's office (D-214).
    /// </summary>
    public static async Task<string> ForRegionAsync(QyzmetDbContext db, UnitStaffing staffing, IStateServiceHandler handler, string regionCode, CancellationToken ct)
    {
        var unit = Prefix + regionCode;
        return await db.ProviderUnits.AnyAsync(u => u.Id == unit, ct) && (await staffing.MissingRolesAsync(unit, handler.Procedure, ct)).Count == 0
            ? unit
            : Fallback;
    }
}
