using Microsoft.EntityFrameworkCore;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Modules;

namespace Qyzmet.Platform.Seeding;

/// <summary>Seeds the demo registries once: on a database that has no people yet.</summary>
public sealed class DemoSeeder(QyzmetDbContext db, IEnumerable<IQyzmetModule> modules)
{
    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct)
    {
        if (await db.People.AnyAsync(ct))
        {
            return false;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.People.AddRange(DemoData.People);
        db.LegalEntities.AddRange(DemoData.LegalEntities);
        db.ProviderUnits.AddRange(DemoData.Units);
        db.Staff.AddRange(DemoData.StaffMembers);
        if (!await db.MciRates.AnyAsync(ct))
        {
            db.MciRates.AddRange(DemoData.MciRates);
        }

        await db.SaveChangesAsync(ct);
        foreach (var module in modules)
        {
            await module.SeedDemoAsync(db, ct);
            await db.SaveChangesAsync(ct);
        }

        await tx.CommitAsync(ct);
        return true;
    }
}
