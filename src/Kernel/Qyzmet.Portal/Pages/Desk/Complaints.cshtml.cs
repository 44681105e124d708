using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Complaints;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Portal.Pages.Desk;

/// <summary>
/// The addressee's complaints desk (ADR 0022, D-724): the complaints addressed to the staff member's unit, unanswered first
/// with the oldest due first and the overdue mark; the head answers each (upheld with what the provider must do, or
/// rejected with reasons) and signs the answer; at the quality authority its officer does (D-726).
/// </summary>
[Authorize]
public sealed class ComplaintsModel(ComplaintService complaints) : PortalPage
{
    public IReadOnlyList<ComplaintView> Complaints { get; private set; } = [];

    /// <summary>Whether the person answers complaints at all: a provider's head or the quality authority's officer (D-726).</summary>
    public bool CanAnswer => SignedInUser.Role is Roles.ProviderHead or Roles.QualityOfficer;

    /// <summary>Whether the person answers this complaint: the role its addressee answers in (D-726; the desk holds the unit's own).</summary>
    public bool MayAnswer(ComplaintView view) => view is not null && SignedInUser.Role == ComplaintService.AnsweringRole(view.Complaint.Addressee);

    public string? Message { get; private set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // Applicants have no desk: DeskAsync refuses them (403 page, D-815).
        Complaints = await complaints.DeskAsync(SignedInUser, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAnswerAsync(string complaint, string? decision, string? reasons, string? remedy, CancellationToken ct)
    {
        try
        {
            var answered = await complaints.AnswerAsync(SignedInUser, complaint, new AnswerComplaintRequest(decision, reasons, remedy), ct);
            Message = string.Format(System.Globalization.CultureInfo.InvariantCulture, UiTexts.All["Complaints.Answered"].For(Language.Current), answered.Complaint.Number);
        }
        catch (QyzmetException e) when (e.Error.Status is not (404 or 403))
        {
            Error = e.LocalizedMessage(Language.Current);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        Complaints = await complaints.DeskAsync(SignedInUser, ct);
        return Page();
    }
}
