using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Audit;

/// <summary>
/// The hash-chained audit log (ADR 0018). A change records its audit row in its own transaction as a pending row (a plain
/// insert, no shared row locked); one chain writer at a time (<see cref="ChainPendingAsync"/>, run by
/// <see cref="AuditChainWriter"/> and before every verification) appends the pending rows to the chain in batches.
/// </summary>
public sealed class AuditLog(QyzmetDbContext db, TimeProvider time)
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>How many pending rows one chain transaction moves.</summary>
    public const int ChainBatch = 500;

    /// <summary>
    /// Records the audit row with the caller's pending changes: it is saved by the caller's SaveChanges, in the
    /// transaction of the change it records, and chained shortly after by the chain writer.
    /// </summary>
    public Task AppendAsync(ProcessContext ctx, string action, string subject, string? details, CancellationToken ct)
    {
        // Whole microseconds: PostgreSQL keeps no finer precision, and the hash must survive the round trip.
        var now = time.GetUtcNow().UtcDateTime;
        db.AuditPending.Add(new AuditPending
        {
            At = new DateTime(now.Ticks - (now.Ticks % 10), DateTimeKind.Utc),
            ActorId = ctx.ActorId,
            ActorRole = ctx.ActorRole,
            Action = action,
            Subject = subject,
            Details = details,
        });
        return Task.CompletedTask;
    }

    /// <summary>
    /// Appends every pending row to the chain, oldest insertion first, <see cref="ChainBatch"/> per transaction; returns how
    /// many were chained. The head row is locked (PostgreSQL) or the write lock held (SQLite) only for one batch, so several
    /// writers (instances) queue for a few milliseconds and the chain never forks; the batch's rows leave the pending
    /// table in the same transaction, so a crash chains each row exactly once.
    /// </summary>
    public async Task<int> ChainPendingAsync(CancellationToken ct)
    {
        var total = 0;
        // D-371: nothing pending (the idle writer's usual pass) is one indexed read, without the head's lock. A row committed
        // before this call is seen here (read committed), so "audit verify" stays exact.
        if (!await db.AuditPending.AnyAsync(ct))
        {
            return 0;
        }

        while (true)
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var connection = db.Database.GetDbConnection();
            long sequence;
            string previous;
            await using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx.GetDbTransaction();
                cmd.CommandText = "UPDATE audit_chain_head SET \"Sequence\" = \"Sequence\" WHERE \"Id\" = 1 RETURNING \"Sequence\", \"Hash\"";
                await using var reader = await cmd.ExecuteReaderAsync(ct);
                if (!await reader.ReadAsync(ct))
                {
                    throw new InvalidOperationException("The audit chain head row is missing; run the migrations.");
                }

                sequence = reader.GetInt64(0);
                previous = reader.GetString(1);
            }

            var batch = await db.AuditPending.AsNoTracking().OrderBy(p => p.Id).Take(ChainBatch).ToListAsync(ct);
            if (batch.Count == 0)
            {
                await tx.CommitAsync(ct);
                return total;
            }

            foreach (var p in batch)
            {
                sequence++;
                var hash = ComputeHash(previous, sequence, p.At, p.ActorId, p.ActorRole, p.Action, p.Subject, p.Details);
                db.Audit.Add(new AuditEntry
                {
                    Sequence = sequence,
                    At = p.At,
                    ActorId = p.ActorId,
                    ActorRole = p.ActorRole,
                    Action = p.Action,
                    Subject = p.Subject,
                    Details = p.Details,
                    PreviousHash = previous,
                    Hash = hash,
                });
                previous = hash;
            }

            await db.SaveChangesAsync(ct);
            var ids = batch.Select(p => p.Id).ToList();
            var deleted = await db.AuditPending.Where(p => ids.Contains(p.Id)).ExecuteDeleteAsync(ct);
            if (deleted != batch.Count)
            {
                // Another writer chained some of them meanwhile (it cannot: the head is locked); never fork the chain.
                throw new InvalidOperationException("Pending audit rows changed while being chained.");
            }

            await using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx.GetDbTransaction();
                cmd.CommandText = "UPDATE audit_chain_head SET \"Sequence\" = @s, \"Hash\" = @h WHERE \"Id\" = 1";
                AddParameter(cmd, "@s", sequence);
                AddParameter(cmd, "@h", previous);
                await cmd.ExecuteNonQueryAsync(ct);
            }

            await tx.CommitAsync(ct);
            db.ChangeTracker.Clear();
            total += batch.Count;
            if (batch.Count < ChainBatch)
            {
                // D-371: a short batch took every row committed before it was read; no empty round to make sure.
                return total;
            }
        }
    }

    /// <summary>Rows recorded but not yet chained (the chain writer's backlog).</summary>
    public Task<int> PendingCountAsync(CancellationToken ct) => db.AuditPending.CountAsync(ct);

    /// <summary>
    /// Chains whatever is pending, then walks the chain in order (streamed, keyset by sequence) and returns the first broken
    /// sequence, or null. The walk covers every audit row recorded before the call (ADR 0018).
    /// </summary>
    public async Task<long?> VerifyChainAsync(CancellationToken ct)
    {
        await ChainPendingAsync(ct);
        var previous = GenesisHash;
        long last = 0;
        while (true)
        {
            var page = await db.Audit.AsNoTracking().Where(a => a.Sequence > last).OrderBy(a => a.Sequence).Take(1000).ToListAsync(ct);
            if (page.Count == 0)
            {
                return null;
            }

            foreach (var e in page)
            {
                if (e.PreviousHash != previous
                    || e.Hash != ComputeHash(e.PreviousHash, e.Sequence, e.At, e.ActorId, e.ActorRole, e.Action, e.Subject, e.Details))
                {
                    return e.Sequence;
                }

                previous = e.Hash;
                last = e.Sequence;
            }
        }
    }

    internal static string ComputeHash(string previous, long sequence, DateTime at, string actor, string role, string action, string subject, string? details)
    {
        var canonical = string.Join('\u001f',
            previous,
            sequence.ToString(CultureInfo.InvariantCulture),
            at.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
            actor, role, action, subject, details ?? string.Empty);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    private static void AddParameter(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }
}
