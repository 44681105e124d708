using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Land.Data;
using Qyzmet.Land.Domain;
using Qyzmet.Land.Features.GrantLandPlot;
using Qyzmet.Land.Features.ProvideLandInformation;
using Qyzmet.Platform.Cases;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Modules;
using Qyzmet.Platform.Seeding;
using Qyzmet.Portal;

namespace Qyzmet.Land;

/// <summary>Land cadastre: plots with their boundaries, settlements, the information services of 002.md and granting plots for construction (003.md).</summary>
public sealed class LandModule : IQyzmetModule
{
    public string Name => "land";

    public void AddServices(IServiceCollection services)
    {
        // Issue 13, D-347: the land cadastre map, for applicants (drawing a requested plot) and the desks.
        services.AddMenuItem(new("/land/map", new("Учаскелер картасы", "Карта участков", "Land map"), MenuAudience.SignedIn, 40));
        foreach (var kind in Enum.GetValues<LandInformationKind>())
        {
            services.AddScoped<IStateServiceHandler>(sp => new LandInformationService(kind, sp.GetRequiredService<QyzmetDbContext>(), sp.GetRequiredService<Platform.Registries.IAddressRegister>()));
        }

        // 003.md checks requested plots and enters granted rights through the land cadastre itself (D-511).
        services.AddScoped<LandCadastre>();
        services.AddScoped<IStateServiceHandler, GrantLandPlotService>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => LandModel.Configure(modelBuilder);

    /// <summary>
    /// The heads of the branches that issue land results automatically and have no head in the kernel's demo data; each
    /// is the branch's authorised signatory (decision D-304; 002.md §4.1 step 7).
    /// </summary>
    public IReadOnlyList<StaffMember> DemoStaff =>
    [
        DemoData.Head("ЖЕРБОЛОВ АСХАТ", "land-centre-11", new DateOnly(1972, 4, 14), Sex.Male, 301),
        DemoData.Head("КАДАСТРОВА ДИНАРА", "land-centre-hq", new DateOnly(1970, 10, 2), Sex.Female, 302),
        .. LandGrantDemoData.StaffMembers,
    ];

    public Task SeedDemoAsync(QyzmetDbContext db, CancellationToken ct)
    {
        db.Set<LandPlot>().AddRange(LandDemoData.Plots());
        db.ProviderUnits.AddRange(LandGrantDemoData.Units);
        db.Set<Settlement>().Add(LandDemoData.Kosshy());
        db.Set<LandPlot>().AddRange(LandDemoData.KosshyPlots());
        db.Staff.AddRange(DemoStaff);
        DemoData.AuthoriseSignatories(db, DemoStaff.Where(s => s.Role == Roles.ProviderHead));
        db.FeePrices.Add(GrantLandPlotService.PlanPricePlaceholder);
        return Task.CompletedTask;
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // The four services use the platform's generic application endpoints; the cadastre's lookups and checks are here.
        LandEndpoints.Map(endpoints);
    }
}

internal static partial class LandDemoData
{
    public static IEnumerable<LandPlot> Plots()
    {
        var aigerim = DemoData.Aigerim;
        var nurlan = DemoData.Nurlan;
        var dana = DemoData.Dana;
        var agro = DemoData.AgroDala;
        yield return new LandPlot
        {
            CadastralNumber = "75-123-045-067",
            RegionCode = "75",
            AddressKk = "Алматы қ., Медеу ауданы, Горный Гигант ы.а., Жамакаев к., 45",
            AddressRu = "г. Алматы, Медеуский район, мкр. Горный Гигант, ул. Жамакаева, 45",
            AddressCode = DemoAddresses.ZhamakayevHouse,
            AreaSquareMetres = 1_000,
            CategoryKk = "Елді мекендердің жерлері",
            CategoryRu = "Земли населённых пунктов",
            PurposeKk = "Жеке тұрғын үй құрылысы үшін",
            PurposeRu = "Для индивидуального жилищного строительства",
            RightKindKk = "Жеке меншік",
            RightKindRu = "Частная собственность",
            Divisible = false,
            IdentificationDocumentStatus = "prepared",
            IdentificationOrderedOn = new DateOnly(2019, 4, 2),
            IdentificationPreparedOn = new DateOnly(2019, 4, 19),
            IdentificationDocumentNumber = "75-0419-000321",
            IdentificationPreparedBy = "«Азаматтарға арналған үкімет» МК Алматы қ. филиалы",
            FirstTitleKindKk = "Алматы қ. әкімдігінің қаулысы",
            FirstTitleKindRu = "Постановление акимата г. Алматы",
            FirstTitleNumber = "3/456",
            FirstTitleDate = new DateOnly(2003, 6, 17),
            FirstTitleIssuerKk = "Алматы қаласының әкімдігі",
            FirstTitleIssuerRu = "Акимат города Алматы",
            Holders =
            {
                new LandPlotHolder { CadastralNumber = "75-123-045-067", HolderId = aigerim.Iin, HolderName = aigerim.FullName, SharePercent = 50m, Since = new DateOnly(2019, 5, 20) },
                new LandPlotHolder { CadastralNumber = "75-123-045-067", HolderId = nurlan.Iin, HolderName = nurlan.FullName, SharePercent = 50m, Since = new DateOnly(2019, 5, 20) },
            },
        };
        yield return new LandPlot
        {
            CadastralNumber = "11-201-015-123",
            RegionCode = "11",
            AddressKk = "Ақмола обл., Аршалы ауд., Аршалы а. маңы",
            AddressRu = "Акмолинская обл., Аршалынский р-н, окрестности с. Аршалы",
            AreaSquareMetres = 1_250_000,
            CategoryKk = "Ауыл шаруашылығы мақсатындағы жерлер",
            CategoryRu = "Земли сельскохозяйственного назначения",
            PurposeKk = "Тауарлы ауыл шаруашылығы өндірісін жүргізу үшін",
            PurposeRu = "Для ведения товарного сельскохозяйственного производства",
            RightKindKk = "Уақытша өтеулі ұзақ мерзімді жер пайдалану (49 жыл)",
            RightKindRu = "Временное возмездное долгосрочное землепользование (49 лет)",
            Divisible = true,
            RestrictionsKk = "Электр беру желісінің күзет аймағы, 0,8 га",
            RestrictionsRu = "Охранная зона линии электропередачи, 0,8 га",
            IdentificationDocumentStatus = "ordered",
            IdentificationOrderedOn = new DateOnly(2026, 11, 2),
            IdentificationPreparedBy = "«Азаматтарға арналған үкімет» МК Ақмола облысы филиалы",
            FirstTitleKindKk = "Аршалы ауданы әкімдігінің қаулысы",
            FirstTitleKindRu = "Постановление акимата Аршалынского района",
            FirstTitleNumber = "112",
            FirstTitleDate = new DateOnly(2016, 2, 9),
            FirstTitleIssuerKk = "Аршалы ауданының әкімдігі",
            FirstTitleIssuerRu = "Акимат Аршалынского района",
            Holders =
            {
                new LandPlotHolder { CadastralNumber = "11-201-015-123", HolderId = agro.Bin, HolderName = agro.NameRu, SharePercent = 100m, Since = new DateOnly(2016, 2, 20) },
            },
        };
        yield return new LandPlot
        {
            CadastralNumber = "71-305-022-001",
            RegionCode = "71",
            AddressKk = "Астана қ., Есіл ауданы, Мәңгілік Ел даңғылы, 20",
            AddressRu = "г. Астана, район Есиль, пр. Мангилик Ел, 20",
            AddressCode = DemoAddresses.MangilikEl20,
            AreaSquareMetres = 8_400,
            CategoryKk = "Елді мекендердің жерлері",
            CategoryRu = "Земли населённых пунктов",
            PurposeKk = "Көппәтерлі тұрғын үйге қызмет көрсету үшін",
            PurposeRu = "Для обслуживания многоквартирного жилого дома",
            RightKindKk = "Үлестік меншік",
            RightKindRu = "Долевая собственность",
            Divisible = false,
            Holders =
            {
                new LandPlotHolder { CadastralNumber = "71-305-022-001", HolderId = dana.Iin, HolderName = dana.FullName, SharePercent = 1.25m, Since = new DateOnly(2021, 8, 1) },
            },
        };
    }
}
