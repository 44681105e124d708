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
    /// <summary>Until production starts, and again after a production defect (the formulyar is corrected, D-625).</summary>
    internal static readonly string[] OpenStatuses = [PassportIdCardService.Submitted, PassportIdCardService.AwaitingPayment, PassportIdCardService.Accepted, PassportIdCardService.ProductionDefect];

    public async Task<Attachment> AddAsync(UserInfo user, string number, string kind, byte[]? content, CancellationToken ct)
    {
        await EnsureMayCaptureAsync(user, number, kind, ct);
        var image = BiometricFiles.Check(kind, kind, content);
        return await attachments.AddAsync(user, number, kind + "." + image.Extension, image.ContentType, content!, ct);
    }

    /// <summary>
    /// D-823: whether <paramref name="user"/> may add the photograph or signature to the application at all (sees it: otherwise
    /// 404; an S1 application still open; the applicant or a centre operator), checked before the upload's form is read.
    /// </summary>
    public async Task EnsureMayCaptureAsync(UserInfo user, string number, string kind, CancellationToken ct)
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
    }

    /// <summary>
    /// D-627: where the photograph and signature take effect, production, they are checked again: the latest file of each
    /// kind must be there and still pass <see cref="BiometricFiles.Check"/> (the rule of D-618 in force now). Otherwise 409
    /// POP-0037 naming the missing or invalid field(s), and the application stays where it was.
    /// </summary>
    public static async Task EnsureReadyForProductionAsync(QyzmetDbContext db, Guid applicationId, CancellationToken ct)
    {
        var files = await db.Attachments.AsNoTracking().Where(a => a.ApplicationId == applicationId)
            .OrderBy(a => a.UploadedAt).Select(a => new { a.FileName, a.Content }).ToListAsync(ct);
        var problems = new List<(string Field, Kernel.Text.LocalizedText Text)>();
        foreach (var kind in new[] { BiometricFiles.Photo, BiometricFiles.Signature })
        {
            var latest = files.LastOrDefault(f => Path.GetFileNameWithoutExtension(f.FileName) == kind);
            var (kk, ru, en) = kind == BiometricFiles.Photo ? ("фотосурет", "фотография", "photograph") : ("қолтаңба", "подпись", "signature");
            if (latest is null)
            {
                problems.Add((kind, new($"{kk} жоқ", $"{ru} отсутствует", $"the {en} is missing")));
                continue;
            }

            try
            {
                BiometricFiles.Check(kind, kind, latest.Content);
            }
            catch (QyzmetException)
            {
                problems.Add((kind, new($"{kk} талаптарға сай емес", $"{ru} не соответствует требованиям", $"the {en} does not meet the requirements")));
            }
        }

        if (problems.Count > 0)
        {
            var error = new QyzmetException(PopulationErrors.BiometricsForProduction,
                string.Join(", ", problems.Select(p => p.Text.Kk)), string.Join(", ", problems.Select(p => p.Text.Ru)), string.Join(", ", problems.Select(p => p.Text.En)));
            foreach (var (field, text) in problems)
            {
                error.Fields[field] = text;
            }

            throw error;
        }
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
