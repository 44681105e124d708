using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.LegalEntities.Features.IssueRegisterReference;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Modules;
using Qyzmet.Platform.Seeding;

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

    /// <summary>
    /// The heads of the registering bodies; each signs its unit's references as the unit's authorised signatory for
    /// automated issuance (decision D-304; 001b.md Service C).
    /// </summary>
    public IReadOnlyList<StaffMember> DemoStaff =>
    [
        DemoData.Head("ЗАҢҒАРОВ ТИМУР", "legal-entities-75", new DateOnly(1972, 11, 30), Sex.Male, 331),
        DemoData.Head("ӘДІЛОВА САНИЯ", "legal-entities-71", new DateOnly(1974, 5, 17), Sex.Female, 332),
        DemoData.Head("МИНИСТРОВ АЙДОС", "legal-entities-hq", new DateOnly(1969, 8, 8), Sex.Male, 333),
    ];

    public Task SeedDemoAsync(QyzmetDbContext db, CancellationToken ct)
    {
        db.Staff.AddRange(DemoStaff);
        DemoData.AuthoriseSignatories(db, DemoStaff);
        return Task.CompletedTask;
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // The service uses the platform's generic application endpoints.
    }
}
