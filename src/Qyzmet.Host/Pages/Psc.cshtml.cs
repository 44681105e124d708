using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Qyzmet.Host.Api;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Host.Pages;

/// <summary>The PSC operator's desk: start an application for a citizen, and the applications submitted here.</summary>
[Authorize]
public sealed class PscModel(ProcedureRegistry registry, ApplicationService applications, ApplicationViews views) : PortalPage
{
    public IReadOnlyList<ServiceStandard> Services { get; private set; } = [];

    public IReadOnlyList<ApplicationDto> Items { get; private set; } = [];

    public string? ApplicantId { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? applicantId, string? service, CancellationToken ct)
    {
        var user = SignedInUser;
        if (user.Role != Roles.PscOperator)
        {
            throw new QyzmetException(KernelErrors.Forbidden);
        }

        ApplicantId = applicantId?.Trim();
        if (!string.IsNullOrEmpty(service) && registry.Find(service) is not null)
        {
            return Redirect($"/apply/{Uri.EscapeDataString(service)}?applicantId={Uri.EscapeDataString(ApplicantId ?? "")}");
        }

        Services = [.. ServiceCatalog.All.Where(s => registry.Find(s.Id) is not null)];
        var items = new List<ApplicationDto>();
        foreach (var a in await applications.ListAsync(user, null, Applications.IndexModel.PageSize, ct))
        {
            items.Add(await views.ToDtoAsync(a, ct, withHistory: false));
        }

        Items = items;
        return Page();
    }
}
