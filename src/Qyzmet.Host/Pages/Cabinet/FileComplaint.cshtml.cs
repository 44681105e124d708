using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Complaints;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Host.Pages.Cabinet;

/// <summary>
/// A complaint about a unit's action or inaction without an application (D-727, D-730; 003.md para 10; 004.md §4.10): the
/// citizen files it for themselves, a PSC operator registers one brought to the centre for a citizen (by IIN). The unit is
/// chosen by its name; the addressees are the kernel default's (no service's standard applies, D-728).
/// </summary>
[Authorize]
public sealed class FileComplaintModel(ComplaintService complaints) : PortalPage
{
    public IReadOnlyList<ProviderUnit> Units { get; private set; } = [];

    public IReadOnlyList<ComplaintAddressee> Addressees { get; } = ComplaintService.AddresseesFor(null);

    /// <summary>The operator registers it for a citizen: the form asks for the citizen's IIN (D-730).</summary>
    public bool ForCitizen { get; private set; }

    public string? Error { get; private set; }

    /// <summary>At the centre: the complaint just registered, to tell the citizen its number and term.</summary>
    public ComplaintView? Registered { get; private set; }

    [BindProperty]
    public string? UnitId { get; set; }

    [BindProperty]
    public string? Addressee { get; set; }

    [BindProperty]
    public string? Subject { get; set; }

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public string? ApplicantId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!Allowed())
        {
            return Refused();
        }

        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!Allowed())
        {
            return Refused();
        }

        try
        {
            var view = await complaints.FileAboutUnitAsync(SignedInUser, new FileUnitComplaintRequest(UnitId, Addressee, Subject, Text, ApplicantId), ct);
            if (SignedInUser.IsApplicant)
            {
                return Redirect("/cabinet/complaints?filed=" + Uri.EscapeDataString(view.Complaint.Number));
            }

            Registered = view;
            UnitId = Addressee = Subject = Text = ApplicantId = null;
            ModelState.Clear();
        }
        catch (QyzmetException e) when (e.Error.Status is not (404 or 403))
        {
            Error = e.LocalizedMessage(Language.Current);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        await LoadAsync(ct);
        return Page();
    }

    private bool Allowed() => SignedInUser.Role is Roles.Applicant or Roles.PscOperator;

    private IActionResult Refused() => Problem(StatusCodes.Status403Forbidden, ComplaintErrors.FilerNotAllowed.Message.For(Language.Current));

    private async Task LoadAsync(CancellationToken ct)
    {
        ForCitizen = SignedInUser.Role == Roles.PscOperator;
        Units = await complaints.ComplainableUnitsAsync(ct);
    }
}
