using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Notifications;

/// <summary>Writes the cabinet message and, where the person has a mobile number or e-mail, the outbox rows.</summary>
public sealed class Notifier(QyzmetDbContext db, TimeProvider time)
{
    public async Task NotifyAsync(string recipientId, Guid? applicationId, LocalizedText subject, LocalizedText body, bool sms, CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        db.Inbox.Add(new InboxMessage
        {
            RecipientId = recipientId,
            ApplicationId = applicationId,
            SubjectKk = subject.Kk,
            SubjectRu = subject.Ru,
            BodyKk = body.Kk,
            BodyRu = body.Ru,
            CreatedAt = now,
        });
        if (!sms)
        {
            return;
        }

        var contact = await db.People.AsNoTracking().Where(p => p.Iin == recipientId)
            .Select(p => new { p.MobilePhone, p.Email }).SingleOrDefaultAsync(ct);
        if (contact?.MobilePhone is { } phone)
        {
            db.Outbox.Add(new OutboxMessage { Channel = "sms", Address = phone, Text = subject.Kk + " / " + subject.Ru, CreatedAt = now });
        }

        if (contact?.Email is { } email)
        {
            db.Outbox.Add(new OutboxMessage { Channel = "email", Address = email, Text = body.Kk + "\n\n" + body.Ru, CreatedAt = now });
        }
    }
}
