using Microsoft.EntityFrameworkCore;
using Qyzmet.CivilRegistry.Domain;

namespace Qyzmet.CivilRegistry.Data;

internal static class CivilRegistryModel
{
    public static void Configure(ModelBuilder b) => b.Entity<CivilAct>(e =>
    {
        e.ToTable("civil_acts");
        e.HasIndex(a => new { a.Kind, a.ActNumber }).IsUnique();
        // Lookups by participant: the reference services search by the applicant's IIN.
        e.HasIndex(a => new { a.SubjectIin, a.Kind });
        e.HasIndex(a => new { a.HusbandIin, a.Kind });
        e.HasIndex(a => new { a.WifeIin, a.Kind });
    });
}
