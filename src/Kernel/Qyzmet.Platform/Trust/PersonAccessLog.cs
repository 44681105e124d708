using Microsoft.EntityFrameworkCore;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Platform.Trust;

/// <summary>
/// Who reads people's data in this request, and why: set by the application service (or an endpoint) before a
/// service or a staff member reads a person through the gateway. Scoped: one per request.
/// </summary>
public sealed class AccessContext
{
    public string ActorId { get; private set; } = "system";
    public string ActorRole { get; private set; } = Roles.System;
    public string Purpose { get; private set; } = "platform";
    public string? ApplicationNumber { get; private set; }

    public void Set(string actorId, string actorRole, string purpose, string? applicationNumber = null)
    {
        ActorId = actorId;
        ActorRole = actorRole;
        Purpose = purpose;
        ApplicationNumber = applicationNumber;
    }
}

/// <summary>"Who viewed my data and why": one row per read of a person's data by anyone but the person.</summary>
public sealed class PersonAccessLog(QyzmetDbContext db, AccessContext context, TimeProvider time)
{
    /// <summary>Records a read by the current actor (saved with the caller's next SaveChanges). Reads of one's own data are not logged.</summary>
    public void Record(string personIin, string? purpose = null, string? applicationNumber = null)
    {
        if (personIin == context.ActorId)
        {
            return;
        }

        db.PersonAccesses.Add(new PersonAccess
        {
            PersonIin = personIin,
            ActorId = context.ActorId,
            ActorRole = context.ActorRole,
            Purpose = Truncate(purpose ?? context.Purpose, 200),
            ApplicationNumber = applicationNumber ?? context.ApplicationNumber,
            At = time.GetUtcNow().UtcDateTime,
        });
    }

    /// <summary>Records a read by <paramref name="user"/> and saves it at once (for read-only requests).</summary>
    public async Task RecordNowAsync(UserInfo user, string personIin, string purpose, string? applicationNumber, CancellationToken ct)
    {
        if (personIin == user.Id)
        {
            return;
        }

        context.Set(user.Id, user.Role, purpose, applicationNumber);
        Record(personIin);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A page of the reads of a person's data, newest first, before the given id (keyset).</summary>
    public Task<List<PersonAccess>> ForPersonAsync(string iin, long? before, int take, CancellationToken ct)
    {
        var query = db.PersonAccesses.AsNoTracking().Where(a => a.PersonIin == iin);
        if (before is { } b)
        {
            query = query.Where(a => a.Id < b);
        }

        return query.OrderByDescending(a => a.Id).Take(Math.Clamp(take, 1, 100)).ToListAsync(ct);
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
