using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Modules;
using Qyzmet.PopulationDocuments.Common;
using Qyzmet.PopulationDocuments.Data;
using Qyzmet.PopulationDocuments.Features.CaptureBiometrics;
using Qyzmet.PopulationDocuments.Features.LoadDutyRates;
using Qyzmet.PopulationDocuments.Features.DeregisterResidence;
using Qyzmet.PopulationDocuments.Features.IssueAddressReference;
using Qyzmet.PopulationDocuments.Features.IssuePassportIdCard;
using Qyzmet.PopulationDocuments.Features.IssueTemporaryIdCard;
using Qyzmet.PopulationDocuments.Features.RegisterResidence;
using Qyzmet.PopulationDocuments.Features.WriteAddressToChip;

namespace Qyzmet.PopulationDocuments;

/// <summary>
/// Documenting and registering the population (004.md; Ministry of Internal Affairs, migration police): the address
/// register, the residence register, registration (S3), deregistration (S4) and address references (S5).
/// </summary>
public sealed class PopulationDocumentsModule : IQyzmetModule
{
    public string Name => "population-documents";

    public void AddServices(IServiceCollection services)
    {
        // The module's links (D-347): the citizen's entry, the PSC registration point, the migration police's production desk.
        var documents = new Kernel.Text.LocalizedText("Құжаттар және тіркеу", "Документы и регистрация", "Documents and registration");
        services.AddMenuItem(new("/population", documents, MenuAudience.Applicants, 35));
        services.AddMenuItem(new("/population/psc", documents, MenuAudience.PscOperators, 35));
        services.AddMenuItem(new("/population/production", documents, MenuAudience.DeskStaff, 35) { UnitPrefix = "migration-police-" });
        services.AddScoped<ResidenceBook>();
        services.AddScoped<OwnerConsents>();
        services.AddScoped<ChipWrites>();
        services.AddScoped<IStateServiceHandler, ResidenceRegistrationService>();
        services.AddScoped<IStateServiceHandler, DeregistrationService>();
        services.AddScoped<IStateServiceHandler, AddressReferenceService>();
        services.AddScoped<IStateServiceHandler, TemporaryIdCardService>();
        services.AddScoped<IStateServiceHandler, PassportIdCardService>();
        services.AddScoped<HandOverDesk>();
        services.AddScoped<BiometricCapture>();
        services.AddScoped<DutyRates>();
    }

    public IReadOnlyList<StaffMember> DemoStaff => PopulationDemoData.Staff;

    public void ConfigureModel(ModelBuilder modelBuilder) => PopulationModel.Configure(modelBuilder);

    public Task SeedDemoAsync(QyzmetDbContext db, CancellationToken ct)
    {
        db.ProviderUnits.AddRange(PopulationDemoData.Units);
        db.Staff.AddRange(DemoStaff);
        Platform.Seeding.DemoData.AuthoriseSignatories(db, PopulationDemoData.Heads);
        db.AddRange(PopulationDemoData.Registrations());
        db.AddRange(PopulationDemoData.DutyRates);
        db.FeePrices.AddRange(PopulationDemoData.SurchargePrices);
        return Task.CompletedTask;
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => PopulationEndpoints.Map(endpoints);
}
