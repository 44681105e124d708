using Microsoft.EntityFrameworkCore;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Cases;

/// <summary>
/// Unique, increasing, gap-tolerant numbers for human-readable identifiers (application, document, receipt and act
/// numbers), taken without holding any row until the caller commits (ADR 0019, D-340). On PostgreSQL each known
/// counter is a database SEQUENCE (<c>nextval</c> is not transactional: a rolled-back request leaves a gap, never a
/// duplicate, and concurrent requests never wait for each other). On SQLite the counter row is incremented in one
/// statement under the in-process writer gate (<see cref="SqliteWriterGate"/>).
/// </summary>
public sealed class NumberSequence(QyzmetDbContext db)
{
    /// <summary>The PostgreSQL sequences behind the platform's counters, by counter name.</summary>
    public static readonly IReadOnlyDictionary<string, string> PostgresSequences = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["application"] = "cases_seq_application",
        ["document"] = "cases_seq_document",
        ["receipt"] = "cases_seq_receipt",
        ["civil-act.marriage"] = "cases_seq_civil_act_marriage",
    };

    public async Task<long> NextAsync(string name, CancellationToken ct)
    {
        if (db.IsPostgres && PostgresSequences.TryGetValue(name, out var sequence))
        {
            // The name comes from the fixed table above, never from input.
            var sql = "SELECT nextval('" + sequence + "') AS \"Value\"";
            return (await db.Database.SqlQueryRaw<long>(sql).ToListAsync(ct)).Single();
        }

        // One statement (insert-if-missing and increment): a single short write, whether or not a transaction is open.
        var values = await db.Database
            .SqlQueryRaw<long>(
                "INSERT INTO cases_counters (\"Name\", \"Value\") VALUES ({0}, 1) ON CONFLICT (\"Name\") DO UPDATE SET \"Value\" = cases_counters.\"Value\" + 1 RETURNING \"Value\" AS \"Value\"",
                name)
            .ToListAsync(ct);
        return values.Single();
    }
}
