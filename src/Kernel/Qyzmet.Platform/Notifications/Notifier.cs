using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Text;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Notifications;

/// <summary>
/// D-368: the contacts of people this request has already read from the register (the applicant, as the submission reads
/// them), so that notifying them does not read the same row again. Scoped: one request's reads, gone with it.
/// </summary>
public sealed class KnownContacts
{
    private readonly Dictionary<string, (string? MobilePhone, string? Email)> _byIin = new(StringComparer.Ordinal);

    public void Remember(string iin, string? mobilePhone, string? email) => _byIin[iin] = (mobilePhone, email);

    public bool TryGet(string iin, out (string? MobilePhone, string? Email) contact) => _byIin.TryGetValue(iin, out contact);
}

/// <summary>Writes the cabinet message and, where the person has a mobile number or e-mail, the outbox rows.</summary>
public sealed class Notifier(QyzmetDbContext db, TimeProvider time, KnownContacts known)
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

        if (!known.TryGet(recipientId, out var contact))
        {
            var row = await db.People.AsNoTracking().Where(p => p.Iin == recipientId)
                .Select(p => new { p.MobilePhone, p.Email }).SingleOrDefaultAsync(ct);
            contact = (row?.MobilePhone, row?.Email);
        }

        if (contact.MobilePhone is { } phone)
        {
            db.Outbox.Add(new OutboxMessage { Channel = "sms", Address = phone, Text = subject.Kk + " / " + subject.Ru, CreatedAt = now });
        }

        if (contact.Email is { } email)
        {
            db.Outbox.Add(new OutboxMessage { Channel = "email", Address = email, Text = body.Kk + "\n\n" + body.Ru, CreatedAt = now });
        }
    }
}
