using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Modules;
using Qyzmet.Platform.Seeding;
using Qyzmet.RealEstate.Data;
using Qyzmet.RealEstate.Features.IssueRegisterReferences;
using Qyzmet.RealEstate.Features.RecordTransaction;

namespace Qyzmet.RealEstate;

/// <summary>The real estate rights register (ЖМТ МДҚ / ГБД РН) and its references, 001b.md Services A and B.</summary>
public sealed class RealEstateModule : IQyzmetModule
{
    public string Name => "real-estate";

    public void AddServices(IServiceCollection services)
    {
        foreach (var kind in Enum.GetValues<RealEstateReferenceKind>())
        {
            services.AddScoped<IStateServiceHandler>(sp => new RealEstateReferenceService(kind, sp.GetRequiredService<QyzmetDbContext>(), sp.GetRequiredService<Platform.Registries.IAddressRegister>()));
        }

        services.AddScoped<RightsRegistrar>();
        services.AddScoped<Platform.Registries.IDwellingRightsSource, DwellingRights>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => RealEstateModel.Configure(modelBuilder);

    /// <summary>
    /// The heads of the registering bodies; each signs its unit's references (001b.md A para 7.13: "EDS of the registering
    /// body"), as the unit's authorised signatory for automated issuance (decision D-304).
    /// </summary>
    public IReadOnlyList<StaffMember> DemoStaff =>
    [
        DemoData.Head("ТІРКЕЛОВ БОЛАТ", "real-estate-75", new DateOnly(1971, 6, 6), Sex.Male, 321),
        DemoData.Head("АСТАНОВА МАДИНА", "real-estate-71", new DateOnly(1973, 9, 9), Sex.Female, 322),
        DemoData.Head("КӨКШЕБАЕВ ЕРЖАН", "real-estate-11", new DateOnly(1975, 12, 12), Sex.Male, 323),
        DemoData.Head("КОМИТЕТОВА ЛӘЗЗАТ", "real-estate-hq", new DateOnly(1968, 2, 28), Sex.Female, 324),
    ];

    public Task SeedDemoAsync(QyzmetDbContext db, CancellationToken ct)
    {
        RealEstateDemoData.Seed(db);
        db.Staff.AddRange(DemoStaff);
        DemoData.AuthoriseSignatories(db, DemoStaff);
        return Task.CompletedTask;
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/real-estate/transactions", async (TransactionRequest body, HttpContext http, RightsRegistrar registrar, CancellationToken ct) =>
            {
                var result = await registrar.RecordAsync(User(http.User), body, ct);
                return Results.Created($"/api/real-estate/objects/{result.CadastralNumber}", result);
            })
            .WithTags("Real estate")
            .WithSummary("Record a registered transaction in the rights register (transfer, encumber, release); registrars and administrators only");
    }

    private static UserInfo User(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = principal.FindFirstValue(ClaimTypes.Role);
        return principal.Identity?.IsAuthenticated == true && id is not null && role is not null
            ? new UserInfo(id, principal.FindFirstValue(ClaimTypes.Name) ?? id, role, principal.FindFirstValue("qyzmet:unit"))
            : throw new QyzmetException(KernelErrors.SignInRequired);
    }
}
