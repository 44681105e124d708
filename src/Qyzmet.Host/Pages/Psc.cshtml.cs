using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Host.Pages;

/// <summary>
/// The PSC operator's desk (001b.md §4.2 step 1; 002.md §4.2 Condition 1): the operator enters the citizen's IIN, the
/// desk checks it and shows the person's name and date of birth from the register, and only then offers the services;
/// below, the applications submitted here.
/// </summary>
[Authorize]
public sealed class PscModel(ProcedureRegistry registry, ApplicationService applications, ApplicationViews views) : PortalPage
{
    /// <summary>The services that can be applied for, by area (the catalogue's order), for the service choice.</summary>
    public IReadOnlyList<IGrouping<ServiceArea, ServiceStandard>> ServiceGroups { get; private set; } = [];

    public IReadOnlyList<ApplicationDto> Items { get; private set; } = [];

    public string? ApplicantId { get; private set; }

    /// <summary>The person (or company) found in the register for the IIN entered; null until one is found.</summary>
    public RegisteredApplicant? Applicant { get; private set; }

    /// <summary>Why the IIN was refused (wrong number or not in the register), in the page's language.</summary>
    public string? IinError { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? applicantId, string? service, CancellationToken ct)
    {
        var user = SignedInUser;
        if (user.Role != Roles.PscOperator)
        {
            throw new QyzmetException(KernelErrors.Forbidden);
        }

        ApplicantId = applicantId?.Trim();
        if (!string.IsNullOrEmpty(ApplicantId))
        {
            try
            {
                Applicant = await applications.IdentifyAtDeskAsync(user, ApplicantId, ct);
            }
            catch (QyzmetException e) when (e.Error.Status is >= 400 and < 500 and not 403)
            {
                IinError = e.LocalizedMessage(Language.Current);
                Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            }
        }

        if (Applicant is not null && !string.IsNullOrEmpty(service) && registry.Find(service) is not null)
        {
            return Redirect($"/apply/{Uri.EscapeDataString(service)}?applicantId={Uri.EscapeDataString(Applicant.Id)}");
        }

        ServiceGroups = [.. ServiceCatalog.All.Where(s => registry.Find(s.Id) is not null).GroupBy(s => s.Area).OrderBy(g => g.Key)];
        Items = [.. (await applications.ListWithPaymentsAsync(user, null, Applications.IndexModel.PageSize, ct))
            .Select(i => views.ToDto(i.Application, i.LatestPayment, history: null))];
        return Page();
    }
}
