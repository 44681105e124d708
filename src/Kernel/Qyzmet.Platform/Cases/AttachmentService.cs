using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Platform.Cases;

public static class AttachmentErrors
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public static readonly ErrorCode TypeNotAccepted = new("CASE-0011", 415, new(
        "Тек PDF, JPEG немесе PNG файлдары қабылданады.",
        "Принимаются только файлы PDF, JPEG или PNG.",
        "Only PDF, JPEG or PNG files are accepted."));

    public static readonly ErrorCode Empty = new("CASE-0012", 400, new(
        "Файл бос немесе жіберілмеген: «file» өрісінде файл жіберіңіз.",
        "Файл пустой или не передан: отправьте файл в поле «file».",
        "The file is empty or missing: send it in the form field 'file'."));

    public static readonly ErrorCode TooLarge = new("CASE-0013", 413, new(
        "Файл тым үлкен: ең көбі 10 МБ.",
        "Файл слишком большой: не более 10 МБ.",
        "The file is too large: at most 10 MB."));

    public static readonly ErrorCode Closed = new("CASE-0014", 409, new(
        "Өтініш аяқталған, оған файл қосуға болмайды.",
        "Заявление завершено, к нему нельзя добавить файл.",
        "The application has ended; files can no longer be added to it."));
}

/// <summary>Electronic copies of documents attached to an application (e.g. the acceptance act of 000.md S1-A).</summary>
public sealed class AttachmentService(QyzmetDbContext db, ApplicationService applications, ProcedureRegistry registry, ProcedureEngine engine, AuditLog audit, TimeProvider time)
{
    private static readonly Dictionary<string, byte[]> Signatures = new()
    {
        ["application/pdf"] = "%PDF"u8.ToArray(),
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47],
    };

    /// <summary>
    /// D-820: whether <paramref name="user"/> may attach a file to the application at all (sees it: otherwise 404; it is still
    /// open: otherwise 409), checked before the upload's body is read. <see cref="AddAsync"/> checks it again in its transaction.
    /// </summary>
    public async Task EnsureMayAttachAsync(UserInfo user, string number, CancellationToken ct)
    {
        var app = await applications.FindVisibleAsync(user, number, tracking: false, ct);
        if (registry.Get(app.ServiceId).Procedure.State(app.Status).Kind != StateKind.Active)
        {
            throw new QyzmetException(AttachmentErrors.Closed);
        }
    }

    public async Task<Attachment> AddAsync(UserInfo user, string number, string fileName, string contentType, byte[] content, CancellationToken ct)
    {
        if (content.Length == 0)
        {
            throw new QyzmetException(AttachmentErrors.Empty);
        }

        if (content.Length > AttachmentErrors.MaxBytes)
        {
            throw new QyzmetException(AttachmentErrors.TooLarge);
        }

        // The declared type must match the file's first bytes, so a renamed executable is not stored as a "PDF".
        if (!Signatures.TryGetValue(contentType, out var magic) || !content.AsSpan().StartsWith(magic))
        {
            throw new QyzmetException(AttachmentErrors.TypeNotAccepted);
        }

        // D-817: the client's name is a label only, cleaned, and its extension must agree with the content.
        var label = UploadedFileName.Sanitise(fileName, contentType);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var app = await applications.FindVisibleAsync(user, number, tracking: true, ct);
        if (registry.Get(app.ServiceId).Procedure.State(app.Status).Kind != StateKind.Active)
        {
            throw new QyzmetException(AttachmentErrors.Closed);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var attachment = new Attachment
        {
            Id = Guid.CreateVersion7(),
            ApplicationId = app.Id,
            FileName = label,
            ContentType = contentType,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            Content = content,
            UploadedAt = now,
            UploadedBy = user.Id,
        };
        db.Attachments.Add(attachment);
        var ctx = new ProcessContext(user.Id, user.Role, attachment.FileName, user.UnitId);
        engine.RecordHistory(app, ctx, "attach", app.Status, now);
        await audit.AppendAsync(ctx, "application.attach", "application:" + app.Number, attachment.Sha256, ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return attachment;
    }

    public async Task<List<Attachment>> ListAsync(UserInfo user, string number, CancellationToken ct)
    {
        var app = await applications.FindVisibleAsync(user, number, tracking: false, ct);
        return await db.Attachments.AsNoTracking().Where(a => a.ApplicationId == app.Id).OrderBy(a => a.UploadedAt).ToListAsync(ct);
    }
}
