using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.PopulationDocuments.Features.CaptureBiometrics;
using Qyzmet.PopulationDocuments.Features.IssueAddressReference;
using Qyzmet.PopulationDocuments.Features.IssuePassportIdCard;
using Qyzmet.PopulationDocuments.Features.RegisterResidence;

namespace Qyzmet.PopulationDocuments.Pages.Population;

/// <summary>
/// The citizen's population services on the portal (004.md §3.0): S1 only to replace a document because of the new
/// production technology, with the digital photograph and scanned signature uploaded here (item 9; D-618); S3 at a new
/// address with the owner co-signing (item 9; <c>/population/owner-consents</c> for the owner); S5 about oneself or a
/// close relative. The forms themselves are the services' application forms.
/// </summary>
[Authorize]
public sealed class IndexModel(QyzmetDbContext db) : PortalPage
{
    public static readonly string[] PortalServices =
        [PassportIdCardService.ServiceIdValue, ResidenceRegistrationService.ServiceIdValue, AddressReferenceService.ServiceIdValue];

    public IReadOnlyList<(Application Application, IReadOnlyDictionary<string, Guid> Biometrics)> Passports { get; private set; } = [];

    public string? Message { get; private set; }

    public bool Done { get; private set; }

    public async Task OnGetAsync(bool? done, CancellationToken ct)
    {
        Done = done == true;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostBiometricAsync(string number, string kind, IFormFile? file, CancellationToken ct)
    {
        try
        {
            var content = await BiometricFiles.ReadAsync(kind, file, ct);

            await HttpContext.RequestServices.GetRequiredService<BiometricCapture>().AddAsync(SignedInUser, number, kind, content, ct);
            return Redirect("/population?done=true");
        }
        catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500 and not 404 and not 403)
        {
            Message = e.LocalizedMessage(Language.Current);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(ct);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var user = SignedInUser;
        if (!user.IsApplicant)
        {
            return;
        }

        var open = BiometricCapture.OpenStatuses;
        var apps = await db.Applications.AsNoTracking()
            .Where(a => a.ApplicantId == user.Id && a.ServiceId == PassportIdCardService.ServiceIdValue && open.Contains(a.Status))
            .OrderByDescending(a => a.SubmittedAt).Take(10).ToListAsync(ct);
        var capture = HttpContext.RequestServices.GetRequiredService<BiometricCapture>();
        var rows = new List<(Application, IReadOnlyDictionary<string, Guid>)>();
        foreach (var a in apps)
        {
            rows.Add((a, await capture.PresentAsync(a.Id, ct)));
        }

        Passports = rows;
    }
}
