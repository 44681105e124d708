using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.PopulationDocuments.Common;
using Qyzmet.PopulationDocuments.Features.IssuePassportIdCard;

namespace Qyzmet.PopulationDocuments.Features.CaptureBiometrics;

/// <summary>
/// The photograph and signature of an S1 application (004.md §3.1 item 9.2: captured at the registration point into the
/// electronic formulyar; item 9 on the portal: a digital photo and a scanned signature as graphic files). Each is checked
/// (<see cref="BiometricFiles"/>) and kept as a file of the application named after its kind, until production starts.
/// </summary>
internal sealed class BiometricCapture(QyzmetDbContext db, ApplicationService applications, AttachmentService attachments)
{
    private static readonly string[] OpenStatuses = [PassportIdCardService.Submitted, PassportIdCardService.AwaitingPayment, PassportIdCardService.Accepted];

    public async Task<Attachment> AddAsync(UserInfo user, string number, string kind, byte[]? content, CancellationToken ct)
    {
        if (!BiometricFiles.IsKind(kind))
        {
            throw new QyzmetException(CaseErrors.ApplicationNotFound, number);
        }

        var app = await applications.FindVisibleAsync(user, number, tracking: false, ct);
        if (app.ServiceId != PassportIdCardService.ServiceIdValue || !OpenStatuses.Contains(app.Status))
        {
            throw new QyzmetException(PopulationErrors.BiometricNotPassport, number);
        }

        if (user.Role is not (Roles.PscOperator or Roles.Applicant))
        {
            throw new QyzmetException(KernelErrors.Forbidden);
        }

        var image = BiometricFiles.Check(kind, kind, content);
        return await attachments.AddAsync(user, number, kind + "." + image.Extension, image.ContentType, content!, ct);
    }

    /// <summary>Which of the two the application holds (the latest file of each kind counts).</summary>
    public async Task<IReadOnlyDictionary<string, Guid>> PresentAsync(Guid applicationId, CancellationToken ct)
    {
        var files = await db.Attachments.AsNoTracking().Where(a => a.ApplicationId == applicationId)
            .OrderBy(a => a.UploadedAt).Select(a => new { a.Id, a.FileName }).ToListAsync(ct);
        var present = new Dictionary<string, Guid>(StringComparer.Ordinal);
        foreach (var f in files)
        {
            var kind = Path.GetFileNameWithoutExtension(f.FileName);
            if (BiometricFiles.IsKind(kind))
            {
                present[kind] = f.Id;
            }
        }

        return present;
    }
}
