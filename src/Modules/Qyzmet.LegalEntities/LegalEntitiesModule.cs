using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.LegalEntities.Features.IssueRegisterReference;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Modules;

namespace Qyzmet.LegalEntities;

/// <summary>References from the "Legal entities" state database (ЗТ МДҚ / ГБД ЮЛ), 001b.md Service C. No own tables.</summary>
public sealed class LegalEntitiesModule : IQyzmetModule
{
    public string Name => "legal-entities";

    public void AddServices(IServiceCollection services) => services.AddScoped<IStateServiceHandler, RegisterReferenceService>();

    public void ConfigureModel(ModelBuilder modelBuilder)
    {
        // The register is the kernel's registry_legal_entities table (with branches and founders).
    }

    public Task SeedDemoAsync(QyzmetDbContext db, CancellationToken ct) => Task.CompletedTask;

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // The service uses the platform's generic application endpoints.
    }
}
