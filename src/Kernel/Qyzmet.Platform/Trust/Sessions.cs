using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Trust;

/// <summary>
/// Server-side sessions (issue 10 item 8, decision D-311): signing in adds a <see cref="UserSession"/> row and puts its id
/// in the cookie or bearer token (claim <see cref="SessionClaim"/>); each signed-in request checks the row by its primary
/// key; signing out ends it. The rows are in the shared database, so sign-out on one instance holds on all of them.
/// </summary>
public sealed class Sessions(QyzmetDbContext db, TimeProvider time)
{
    public const string SessionClaim = "sid";

    /// <summary>The longest a session lasts however active it is (the cookie itself slides by 30 minutes).</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(12);

    /// <summary>Opens a session for <paramref name="principal"/> and returns it with the session id claim.</summary>
    public async Task<ClaimsPrincipal> StartAsync(ClaimsPrincipal principal, TimeSpan lifetime, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A session needs the user's id.");
        var session = new UserSession
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            AuthMethod = principal.FindFirstValue("amr") ?? "unknown",
            CreatedAt = now,
            ExpiresAt = now + (lifetime < MaxLifetime ? lifetime : MaxLifetime),
        };
        // Sessions gone for a day are removed as new ones open (indexed on the expiry).
        var gone = now.AddDays(-1);
        await db.Sessions.Where(s => s.ExpiresAt < gone).ExecuteDeleteAsync(ct);
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        db.Entry(session).State = EntityState.Detached;

        var identity = new ClaimsIdentity(principal.Claims.Where(c => c.Type != SessionClaim), principal.Identity?.AuthenticationType ?? "qyzmet");
        identity.AddClaim(new Claim(SessionClaim, session.Id.ToString("N")));
        return new ClaimsPrincipal(identity);
    }

    /// <summary>True when the principal's session is open: not ended and not past its expiry. One primary-key lookup.</summary>
    public async Task<bool> IsActiveAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (!TryGetId(principal, out var id))
        {
            return false;
        }

        var now = time.GetUtcNow().UtcDateTime;
        return await Active.For(db)(db, id, now);
    }

    // D-368: read on every signed-in request; a compiled query skips EF's query-cache lookup and parameter extraction (D-363).
    private static readonly CompiledPerModel<Func<QyzmetDbContext, Guid, DateTime, Task<bool>>> Active = new(() =>
        EF.CompileAsyncQuery((QyzmetDbContext db, Guid id, DateTime now) => db.Sessions.AsNoTracking().Any(s => s.Id == id && s.EndedAt == null && s.ExpiresAt > now)));

    /// <summary>Ends the principal's session (sign-out); a second call changes nothing.</summary>
    public async Task EndAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        if (TryGetId(principal, out var id))
        {
            var now = time.GetUtcNow().UtcDateTime;
            await db.Sessions.Where(s => s.Id == id && s.EndedAt == null).ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now), ct);
        }
    }

    private static bool TryGetId(ClaimsPrincipal principal, out Guid id)
    {
        id = default;
        return principal.FindFirstValue(SessionClaim) is { } value && Guid.TryParseExact(value, "N", out id);
    }
}
