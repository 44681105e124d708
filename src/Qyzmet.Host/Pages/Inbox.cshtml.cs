using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Platform.Data;

namespace Qyzmet.Host.Pages;

/// <summary>One cabinet message: its subject, its text (shown only when it says more than the subject) and its application.</summary>
public sealed record InboxItem(string Subject, string Body, DateTime CreatedAt, bool Read, string? ApplicationNumber)
{
    /// <summary>The message's text when it is not just its subject repeated (issue 11: never the title twice).</summary>
    public string? Text => string.IsNullOrWhiteSpace(Body) || Body.Trim() == Subject.Trim() ? null : Body;
}

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
            .Select(m => new InboxItem(kk ? m.SubjectKk : m.SubjectRu, kk ? m.BodyKk : m.BodyRu, m.CreatedAt, m.ReadAt != null,
                db.Applications.Where(a => a.Id == m.ApplicationId && a.ApplicantId == m.RecipientId).Select(a => a.Number).FirstOrDefault()))
            .ToListAsync(ct);
    }
}
