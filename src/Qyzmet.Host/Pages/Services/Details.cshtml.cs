using Microsoft.AspNetCore.Mvc;
using Qyzmet.Kernel.Catalog;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Cases;

namespace Qyzmet.Host.Pages.Services;

public sealed class DetailsModel(ProcedureRegistry registry) : PortalPage
{
    public ServiceStandard Service { get; private set; } = null!;

    public bool CanApply { get; private set; }

    /// <summary>D-348: delivered, but suspended by the ministry for now.</summary>
    public bool Suspended { get; private set; }

    public IActionResult OnGet(string id)
    {
        Service = ServiceCatalog.Find(id) ?? throw new QyzmetException(CaseErrors.ServiceUnknown, id);
        Suspended = registry.IsSuspended(id);
        CanApply = registry.IsOffered(id);
        return Page();
    }
}
