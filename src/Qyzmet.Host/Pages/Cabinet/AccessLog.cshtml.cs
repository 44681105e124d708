using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Host.Pages.Cabinet;

public sealed record AccessLogRow(DateTime At, string Who, string Role, string Why, string? ApplicationNumber);

/// <summary>"Who viewed my data and why" (decision D-305): the reads of the signed-in person's data, newest first.</summary>
[Authorize]
public sealed class AccessLogModel(PersonAccessLog log, QyzmetDbContext db) : PortalPage
{
    public IReadOnlyList<AccessLogRow> Rows { get; private set; } = [];

    public long? Next { get; private set; }

    public async Task OnGetAsync(long? before, CancellationToken ct)
    {
        var entries = await log.ForPersonAsync(SignedInUser.Id, before, 50, ct);
        // Staff are named (one indexed lookup for the page); the platform and services by their role only.
        var actorIds = entries.Select(e => e.ActorId).Distinct().ToList();
        var names = await db.Staff.AsNoTracking().Where(s => actorIds.Contains(s.Iin)).ToDictionaryAsync(s => s.Iin, s => s.FullName, ct);
        var lang = Language.Current;
        Rows = [.. entries.Select(e => new AccessLogRow(e.At,
            names.TryGetValue(e.ActorId, out var n) ? $"{n} ({e.ActorId})" : e.ActorRole == Roles.System ? "" : e.ActorId,
            Roles.Label(e.ActorRole).For(lang), AccessPurposes.Describe(e.Purpose, e.ApplicationNumber).For(lang), e.ApplicationNumber))];
        Next = entries.Count == 50 ? entries[^1].Id : null;
    }
}
