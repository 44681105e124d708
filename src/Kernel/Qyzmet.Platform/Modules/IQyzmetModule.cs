using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Modules;

/// <summary>What a service area plugs into the host: its services, tables, demo data and endpoints.</summary>
public interface IQyzmetModule
{
    string Name { get; }

    void AddServices(IServiceCollection services);

    void ConfigureModel(ModelBuilder modelBuilder);

    /// <summary>Adds the module's demo registry rows; called once, on first start, after the kernel's demo data.</summary>
    Task SeedDemoAsync(QyzmetDbContext db, CancellationToken ct);

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
