using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Platform.Modules;

/// <summary>What a service area plugs into the host: its services, tables, demo data and endpoints.</summary>
public interface IQyzmetModule
{
    string Name { get; }

    void AddServices(IServiceCollection services);

    void ConfigureModel(ModelBuilder modelBuilder);

    /// <summary>The module's own demo staff: seeded by the module, given key files and listed at start-up like the kernel's.</summary>
    IReadOnlyList<StaffMember> DemoStaff => [];

    /// <summary>Adds the module's demo registry rows; called once, on first start, after the kernel's demo data.</summary>
    Task SeedDemoAsync(QyzmetDbContext db, CancellationToken ct);

    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
