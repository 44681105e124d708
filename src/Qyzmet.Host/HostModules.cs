using Microsoft.EntityFrameworkCore;
using Qyzmet.CivilRegistry;
using Qyzmet.Land;
using Qyzmet.LegalEntities;
using Qyzmet.Platform.Modules;
using Qyzmet.PopulationDocuments;
using Qyzmet.PscQueue;
using Qyzmet.RealEstate;
using Qyzmet.RealEstateCadastre;

namespace Qyzmet.Host;

/// <summary>The modules this host runs: the one list, so that services, tables and endpoints agree.</summary>
public static class HostModules
{
    public static readonly IReadOnlyList<IQyzmetModule> All =
        [new LandModule(), new CivilRegistryModule(), new RealEstateModule(), new LegalEntitiesModule(), new RealEstateCadastreModule(), new PopulationDocumentsModule(), new PscQueueModule()];

    public static void ConfigureModel(ModelBuilder modelBuilder)
    {
        foreach (var module in All)
        {
            module.ConfigureModel(modelBuilder);
        }
    }
}
