using Qyzmet.Kernel.Catalog;
using Qyzmet.Platform.Cases;

namespace Qyzmet.Host.Pages;

public sealed class IndexModel(ProcedureRegistry registry) : PortalPage
{
    public IReadOnlyList<IGrouping<ServiceArea, ServiceStandard>> Areas { get; } =
        [.. ServiceCatalog.All.GroupBy(s => s.Area).OrderBy(g => g.Key)];

    public bool IsAvailable(string id) => registry.Find(id) is not null;

    /// <summary>D-348: delivered, but suspended by the ministry for now.</summary>
    public bool IsSuspended(string id) => registry.IsSuspended(id);

    public void OnGet()
    {
    }
}
