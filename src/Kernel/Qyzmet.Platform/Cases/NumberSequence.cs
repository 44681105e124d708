using Microsoft.EntityFrameworkCore;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Cases;

/// <summary>Gap-tolerant counters for human-readable numbers; the UPDATE locks the row until the caller commits.</summary>
public sealed class NumberSequence(QyzmetDbContext db)
{
    public async Task<long> NextAsync(string name, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Numbers are taken inside the transaction that uses them.");
        }

        // Insert-if-missing first (both providers support ON CONFLICT DO NOTHING), then increment and read back.
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO cases_counters (\"Name\", \"Value\") VALUES ({0}, 0) ON CONFLICT (\"Name\") DO NOTHING", [name], ct);
        var values = await db.Database
            .SqlQueryRaw<long>("UPDATE cases_counters SET \"Value\" = \"Value\" + 1 WHERE \"Name\" = {0} RETURNING \"Value\" AS \"Value\"", name)
            .ToListAsync(ct);
        return values.Single();
    }
}
