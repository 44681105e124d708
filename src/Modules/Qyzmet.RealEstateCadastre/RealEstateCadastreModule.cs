using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Modules;
using Qyzmet.RealEstateCadastre.Data;
using Qyzmet.RealEstateCadastre.Domain;
using Qyzmet.RealEstateCadastre.Features.CorrectOnRenaming;
using Qyzmet.RealEstateCadastre.Features.EnterNewObjectData;
using Qyzmet.RealEstateCadastre.Features.IssueDuplicate;
using Qyzmet.RealEstateCadastre.Features.IssuePassport;
using Quartz;

namespace Qyzmet.RealEstateCadastre;

/// <summary>
/// The real-estate cadastre of 000.md (Order No. 156 as amended by Order No. 65): the register of objects with
/// their technical data and inventory files, S1-A/S1-B/S1-C, S2 and the free corrections on renaming (P2).
/// </summary>
public sealed class RealEstateCadastreModule : IQyzmetModule
{
    public string Name => "real-estate-cadastre";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<CadastreRegistry>();
        services.AddScoped<InspectionDesk>();
        // D-347: the technical-inspection desk (000.md para 7), for the staff of the State Corporation's inspection units.
        services.AddMenuItem(new("/cadastre/desk", new("Техникалық зерттеп-қарау", "Техобследование", "Technical inspection"), MenuAudience.DeskStaff, 70) { UnitPrefix = "sc-re-" });
        services.AddScoped<RenamingCorrections>();
        services.AddTransient<RenamingCorrectionJob>();
        services.AddScoped<IStateServiceHandler>(sp => new PassportService(false, sp.GetRequiredService<QyzmetDbContext>(), sp.GetRequiredService<CadastreRegistry>()));
        services.AddScoped<IStateServiceHandler>(sp => new PassportService(true, sp.GetRequiredService<QyzmetDbContext>(), sp.GetRequiredService<CadastreRegistry>()));
        services.AddScoped<IStateServiceHandler>(sp => new DuplicateService(sp.GetRequiredService<QyzmetDbContext>(), sp.GetRequiredService<CadastreRegistry>()));
        services.AddScoped<IStateServiceHandler>(sp => new NewObjectDataService(sp.GetRequiredService<QyzmetDbContext>(), sp.GetRequiredService<CadastreRegistry>()));
        // P2 runs in batches in the background; it only starts where the host runs the Quartz scheduler.
        services.AddQuartz(q => q.ScheduleJob<RenamingCorrectionJob>(t => t.WithIdentity("cadastre-renaming-corrections").StartNow()
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromSeconds(30)).RepeatForever())));
    }

    public IReadOnlyList<StaffMember> DemoStaff => CadastreDemoData.Staff();

    public void ConfigureModel(ModelBuilder modelBuilder) => CadastreModel.Configure(modelBuilder);

    public async Task SeedDemoAsync(QyzmetDbContext db, CancellationToken ct)
    {
        db.ProviderUnits.AddRange(CadastreDemoData.Units);
        db.Staff.AddRange(DemoStaff);
        // D-304: the head signs what she approves, and is the unit's authorised signatory for automated corrections (para 7).
        Platform.Seeding.DemoData.AuthoriseSignatories(db, [CadastreDemoData.Head]);
        db.FeePrices.AddRange(CadastreDemoData.Prices);
        var objects = CadastreDemoData.Objects().ToList();
        db.Set<CadastreObject>().AddRange(objects.Select(o => o.Object));
        await db.SaveChangesAsync(ct);
        foreach (var (o, passportOn) in objects.Where(x => x.PassportOn is not null))
        {
            // D-414: a demo object with an address code prints the register's address (the kernel's demo register).
            o.RegisteredAddress = Platform.Seeding.DemoAddresses.All.FirstOrDefault(a => a.Id == o.AddressCode);
            // Passports issued before the platform: their snapshot is in the inventory file (no e-document yet).
            db.Set<InventoryEntry>().Add(new InventoryEntry
            {
                ObjectId = o.Id,
                FiledAt = passportOn!.Value.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
                Kind = InventoryKinds.Passport,
                Title = "Кадастрлық паспорт / Кадастровый паспорт",
                ContentJson = System.Text.Json.JsonSerializer.Serialize(PassportSnapshot.From(o, passportOn.Value), CadastreRegistry.Json),
                FiledBy = "archive",
            });
        }
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => CadastreEndpoints.Map(endpoints);
}
