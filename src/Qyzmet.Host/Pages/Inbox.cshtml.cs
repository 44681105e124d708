using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Platform.Data;

namespace Qyzmet.Host.Pages;

public sealed record InboxItem(string Subject, string Body, DateTime CreatedAt, bool Read);

/// <summary>Personal-cabinet messages, newest first; Kazakh or Russian text (English readers get Russian).</summary>
[Authorize]
public sealed class InboxModel(QyzmetDbContext db) : PortalPage
{
    public IReadOnlyList<InboxItem> Messages { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var user = SignedInUser;
        var kk = Language.Current == "kk";
        Messages = await db.Inbox.AsNoTracking().Where(m => m.RecipientId == user.Id)
            .OrderByDescending(m => m.Id).Take(50)
            .Select(m => new InboxItem(kk ? m.SubjectKk : m.SubjectRu, kk ? m.BodyKk : m.BodyRu, m.CreatedAt, m.ReadAt != null))
            .ToListAsync(ct);
    }
}
