using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Audit;

/// <summary>Appends hash-chained audit rows inside the caller's transaction.</summary>
public sealed class AuditLog(QyzmetDbContext db, TimeProvider time)
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// Takes the chain head with an UPDATE first, so that the row is locked (PostgreSQL) or the database
    /// write lock is held (SQLite) until the caller commits: concurrent writers queue instead of forking the chain.
    /// </summary>
    public async Task AppendAsync(ProcessContext ctx, string action, string subject, string? details, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Audit rows are written in the transaction of the change they record.");
        }

        var connection = db.Database.GetDbConnection();
        long sequence;
        string previous;
        await using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = db.Database.CurrentTransaction.GetDbTransaction();
            cmd.CommandText = "UPDATE audit_chain_head SET \"Sequence\" = \"Sequence\" + 1 WHERE \"Id\" = 1 RETURNING \"Sequence\", \"Hash\"";
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            if (!await reader.ReadAsync(ct))
            {
                throw new InvalidOperationException("The audit chain head row is missing; run the migrations.");
            }

            sequence = reader.GetInt64(0);
            previous = reader.GetString(1);
        }

        // Whole microseconds: PostgreSQL keeps no finer precision, and the hash must survive the round trip.
        var now = time.GetUtcNow().UtcDateTime;
        var at = new DateTime(now.Ticks - (now.Ticks % 10), DateTimeKind.Utc);
        var hash = ComputeHash(previous, sequence, at, ctx.ActorId, ctx.ActorRole, action, subject, details);
        await using (var cmd = connection.CreateCommand())
        {
            cmd.Transaction = db.Database.CurrentTransaction.GetDbTransaction();
            cmd.CommandText = "UPDATE audit_chain_head SET \"Hash\" = @h WHERE \"Id\" = 1";
            AddParameter(cmd, "@h", hash);
            await cmd.ExecuteNonQueryAsync(ct);
        }

        db.Audit.Add(new AuditEntry
        {
            Sequence = sequence,
            At = at,
            ActorId = ctx.ActorId,
            ActorRole = ctx.ActorRole,
            Action = action,
            Subject = subject,
            Details = details,
            PreviousHash = previous,
            Hash = hash,
        });
    }

    /// <summary>Walks the chain in order (streamed, keyset by sequence) and returns the first broken sequence, or null.</summary>
    public async Task<long?> VerifyChainAsync(CancellationToken ct)
    {
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
