using System.Collections.Frozen;
using Qyzmet.Kernel.Catalog.Services;

namespace Qyzmet.Kernel.Catalog;

/// <summary>Every state service of the six specs, as typed service standards.</summary>
public static class ServiceCatalog
{
    public static IReadOnlyList<ServiceStandard> All { get; } =
    [
        .. RealEstateServices.All,
        .. CivilRegistryServices.All,
        .. RealEstateReferenceServices.All,
        .. LegalEntityServices.All,
        .. LandServices.All,
        .. LandGrantingServices.All,
        .. PopulationDocumentServices.All,
    ];

    private static readonly FrozenDictionary<string, ServiceStandard> ById =
        All.GroupBy(s => s.Id, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public static ServiceStandard? Find(string id) => ById.GetValueOrDefault(id);
}
