using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.CivilRegistry.Data;
using Qyzmet.CivilRegistry.Domain;
using Qyzmet.CivilRegistry.Features.DuplicateCertificate;
using Qyzmet.CivilRegistry.Features.IssueStatusReference;
using Qyzmet.CivilRegistry.Features.MarriageApplication;
using Qyzmet.CivilRegistry.Features.RegistryDesk;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Modules;
using Qyzmet.Platform.Seeding;

namespace Qyzmet.CivilRegistry;

/// <summary>Civil registry (АХАЖ / ЗАГС): acts of civil status and the e-services of 001a.md.</summary>
public sealed class CivilRegistryModule : IQyzmetModule
{
    public string Name => "civil-registry";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<IStateServiceHandler, StatusReferenceService>();
        services.AddScoped<IStateServiceHandler, DuplicateCertificateService>();
        services.AddScoped<IStateServiceHandler, MarriageApplicationService>();
        services.AddScoped<CivilActDesk>();
        // D-347: the registry office's desk for its staff; the consent to marry (001a.md S2) only for the person asked.
        services.AddMenuItem(new("/desk/civil-registry", UiTexts.All["RegistryDesk"], MenuAudience.DeskStaff, 70) { UnitPrefix = "civil-registry-" });
        services.AddMenuItem(new("/civil-registry/consents", UiTexts.All["MarriageConsents"], MenuAudience.Applicants, 80));
        services.AddScoped<Platform.Registries.IKinshipSource, Common.KinshipFromActs>();
    }

    /// <summary>D-214: every registry office that receives work has an executor (Almaty's are the kernel's demo staff).</summary>
    /// <summary>The regional offices' executors (D-214) and heads (D-304).</summary>
    public IReadOnlyList<StaffMember> DemoStaff => [.. CivilRegistryDemoData.Staff, .. RegionalHeads];

    public void ConfigureModel(ModelBuilder modelBuilder) => CivilRegistryModel.Configure(modelBuilder);

    /// <summary>
    /// The heads of the registry offices outside Almaty, each its office's authorised signatory for the results issued
    /// automatically (the status reference; decision D-304).
    /// </summary>
    private static IReadOnlyList<StaffMember> RegionalHeads =>
    [
        DemoData.Head("НҰРПЕЙІСОВА ЖАНАТ", "civil-registry-11", new DateOnly(1976, 1, 19), Sex.Female, 311),
        DemoData.Head("ОРАЛБАЕВ ҚАНАТ", "civil-registry-63", new DateOnly(1974, 7, 23), Sex.Male, 312),
        DemoData.Head("ЕСІМОВА АЙНҰР", "civil-registry-71", new DateOnly(1977, 3, 11), Sex.Female, 313),
    ];

    public Task SeedDemoAsync(QyzmetDbContext db, CancellationToken ct)
    {
        db.Staff.AddRange(DemoStaff);
        db.Set<CivilAct>().AddRange(CivilRegistryDemoData.Acts());
        DemoData.AuthoriseSignatories(db, RegionalHeads);
        return Task.CompletedTask;
    }

    // S1–S3 use the platform's generic application endpoints; the desk and the spouse's consent have their own.
    public void MapEndpoints(IEndpointRouteBuilder endpoints) => CivilRegistryEndpoints.Map(endpoints);
}

/// <summary>Acts modelled on the examples of 001a.md §6.5, attached to the demo people.</summary>
internal static class CivilRegistryDemoData
{
    /// <summary>The executors of the regional registry offices outside Almaty (D-214).</summary>
    public static IReadOnlyList<StaffMember> Staff =>
    [
        Executor("ЕСЕНОВА ДИНАРА", "civil-registry-11", new DateOnly(1986, 4, 14), Qyzmet.Kernel.Identifiers.Sex.Female, 95),
        Executor("СЕРІКБАЕВ АРМАН", "civil-registry-63", new DateOnly(1984, 10, 2), Qyzmet.Kernel.Identifiers.Sex.Male, 96),
        Executor("ЖҮНІСОВА АЙНҰР", "civil-registry-71", new DateOnly(1991, 1, 19), Qyzmet.Kernel.Identifiers.Sex.Female, 97),
    ];

    private const string AbaiKk = "Шығыс-Қазақстан облысының Абай аудандық Әділет басқармасының АХАЖ бөлімі";
    private const string AbaiRu = "Отдел ЗАГС Управления юстиции Абайского района Восточно-Казахстанской области";
    private const string AkkolKk = "Ақмола облысының Ақкөл аудандық Әділет басқармасының АХАЖ бөлімі";
    private const string AkkolRu = "Отдел ЗАГС Управления юстиции Аккольского района Акмолинской области";
    private const string AlmatyKk = "Алматы қаласы Әділет департаментінің АХАЖ бөлімі";
    private const string AlmatyRu = "Отдел ЗАГС Департамента юстиции города Алматы";
    private const string AstanaKk = "Астана қаласы Әділет департаментінің АХАЖ бөлімі";
    private const string AstanaRu = "Отдел ЗАГС Департамента юстиции города Астаны";

    public static IEnumerable<CivilAct> Acts()
    {
        var almas = DemoData.Almas;
        var aigerim = DemoData.Aigerim;
        var nurlan = DemoData.Nurlan;
        var talgat = DemoData.Talgat;
        var igor = DemoData.Igor;
        var mira = DemoData.Mira;
        var dana = DemoData.Dana;
        yield return new CivilAct
        {
            Kind = CivilActKind.Birth,
            ActNumber = "10-101-09-0000007",
            ActDate = new DateOnly(2009, 8, 25),
            OfficeKk = AbaiKk,
            OfficeRu = AbaiRu,
            RegionCode = "63",
            SubjectIin = almas.Iin,
            // Surname first, as the act register keeps names and documents print them (D-313; the §6.5.1 example shows the
            // sample's data "АЛМАС СМИРНОВ" as keyed, while the form's captions ask for «тегі, аты, әкесінің аты»).
            SubjectName = "СМИРНОВ АЛМАС",
            SubjectBirthDate = almas.BirthDate,
            FatherName = "СМИРНОВ ВИТАЛИЙ",
            MotherName = "БЕЙСЕБАЕВА НУРГУЛЬ ОМИРТАЕВНА",
            FatherIin = VitaliyIin,
            MotherIin = NurgulIin,
            BirthPlaceKk = almas.BirthPlaceKk,
            BirthPlaceRu = almas.BirthPlaceRu,
        };
        yield return new CivilAct
        {
            Kind = CivilActKind.Birth,
            ActNumber = "10-075-90-0001532",
            ActDate = new DateOnly(1990, 3, 20),
            OfficeKk = AlmatyKk,
            OfficeRu = AlmatyRu,
            RegionCode = "75",
            SubjectIin = aigerim.Iin,
            SubjectName = "СЕРІКОВА АЙГЕРІМ СЕРІКҚЫЗЫ",
            SubjectBirthDate = aigerim.BirthDate,
            FatherName = "СЕРІКОВ СЕРІК",
            MotherName = "СЕРІКОВА ГҮЛМИРА",
            BirthPlaceKk = aigerim.BirthPlaceKk,
            BirthPlaceRu = aigerim.BirthPlaceRu,
        };
        yield return new CivilAct
        {
            Kind = CivilActKind.NameChange,
            ActNumber = "70-171-09-0000002",
            ActDate = new DateOnly(2009, 7, 14),
            OfficeKk = AbaiKk,
            OfficeRu = AbaiRu,
            RegionCode = "63",
            SubjectIin = talgat.Iin,
            SubjectName = talgat.FullName,
            SubjectBirthDate = talgat.BirthDate,
            LastNameBefore = "КОЖАХМЕТОВ",
            FirstNameBefore = "ТАЛГАТ",
            PatronymicBefore = "ДУЙСЕНХАНОВИЧ",
            LastNameAfter = "ҚОЖАХМЕТ",
            FirstNameAfter = "ТАЛҒАТ",
            PatronymicAfter = "ДҮЙСЕНХАНҰЛЫ",
        };
        yield return new CivilAct
        {
            Kind = CivilActKind.Marriage,
            ActNumber = "50-101-95-0000011",
            ActDate = new DateOnly(1995, 6, 10),
            OfficeKk = AkkolKk,
            OfficeRu = AkkolRu,
            RegionCode = "11",
            HusbandIin = igor.Iin,
            HusbandName = "ВЕРТКОВ ИГОРЬ НИКОЛАЕВИЧ",
            HusbandBirthDate = igor.BirthDate,
            WifeIin = mira.Iin,
            WifeName = "МАМЕТОВА МИРА",
            WifeBirthDate = mira.BirthDate,
            HusbandSurnameAfter = "ВЕРТКОВ",
            WifeSurnameAfter = "МАМЕТОВА",
        };
        yield return new CivilAct
        {
            Kind = CivilActKind.Divorce,
            ActNumber = "60-101-09-0000001",
            ActDate = new DateOnly(2009, 8, 18),
            OfficeKk = AkkolKk,
            OfficeRu = AkkolRu,
            RegionCode = "11",
            HusbandIin = igor.Iin,
            HusbandName = "ВЕРТКОВ ИГОРЬ НИКОЛАЕВИЧ",
            HusbandBirthDate = igor.BirthDate,
            WifeIin = mira.Iin,
            WifeName = "МАМЕТОВА МИРА",
            WifeBirthDate = mira.BirthDate,
            HusbandSurnameAfter = "ВЕРТКОВ",
            WifeSurnameAfter = "МАМЕТОВА",
            MarriageDate = new DateOnly(1995, 6, 10),
        };
        yield return new CivilAct
        {
            Kind = CivilActKind.Marriage,
            ActNumber = "50-075-15-0000001",
            ActDate = new DateOnly(2015, 9, 12),
            OfficeKk = AlmatyKk,
            OfficeRu = AlmatyRu,
            RegionCode = "75",
            HusbandIin = nurlan.Iin,
            HusbandName = "ЖАНБОЛАТОВ НҰРЛАН ҚАЙРАТҰЛЫ",
            HusbandBirthDate = nurlan.BirthDate,
            WifeIin = aigerim.Iin,
            WifeName = "СЕРІКОВА АЙГЕРІМ СЕРІКҚЫЗЫ",
            WifeBirthDate = aigerim.BirthDate,
            HusbandSurnameAfter = "ЖАНБОЛАТОВ",
            WifeSurnameAfter = "ЖАНБОЛАТОВА",
        };

        // Kinship for the S2 impediment checks: Mira and Talgat share a mother (siblings); Talgat is Dana's father.
        yield return new CivilAct
        {
            Kind = CivilActKind.Birth,
            ActNumber = "10-101-74-0000412",
            ActDate = new DateOnly(1974, 10, 20),
            OfficeKk = AkkolKk,
            OfficeRu = AkkolRu,
            RegionCode = "11",
            SubjectIin = mira.Iin,
            SubjectName = "МАМЕТОВА МИРА",
            SubjectBirthDate = mira.BirthDate,
            FatherName = "МАМЕТОВ БОЛАТ",
            MotherName = "МАМЕТОВА ЗАУРЕ",
            MotherIin = ZaureIin,
            BirthPlaceKk = mira.BirthPlaceKk,
            BirthPlaceRu = mira.BirthPlaceRu,
        };
        yield return new CivilAct
        {
            Kind = CivilActKind.Birth,
            ActNumber = "10-171-77-0000031",
            ActDate = new DateOnly(1977, 1, 20),
            OfficeKk = AbaiKk,
            OfficeRu = AbaiRu,
            RegionCode = "63",
            SubjectIin = talgat.Iin,
            SubjectName = "КОЖАХМЕТОВ ТАЛГАТ ДУЙСЕНХАНОВИЧ",
            SubjectBirthDate = talgat.BirthDate,
            FatherName = "КОЖАХМЕТОВ ДУЙСЕНХАН",
            MotherName = "МАМЕТОВА ЗАУРЕ",
            MotherIin = ZaureIin,
            BirthPlaceKk = talgat.BirthPlaceKk,
            BirthPlaceRu = talgat.BirthPlaceRu,
        };
        yield return new CivilAct
        {
            Kind = CivilActKind.Birth,
            ActNumber = "10-071-95-0002210",
            ActDate = new DateOnly(1995, 12, 8),
            OfficeKk = AstanaKk,
            OfficeRu = AstanaRu,
            RegionCode = "71",
            SubjectIin = dana.Iin,
            SubjectName = "ОМАРОВА ДАНА ЕРЛАНҚЫЗЫ",
            SubjectBirthDate = dana.BirthDate,
            FatherName = "ҚОЖАХМЕТ ТАЛҒАТ ДҮЙСЕНХАНҰЛЫ",
            FatherIin = talgat.Iin,
            MotherName = "ОМАРОВА ГҮЛНАР",
            BirthPlaceKk = dana.BirthPlaceKk,
            BirthPlaceRu = dana.BirthPlaceRu,
        };

        // Paternity: Almas's father established by a later act (decisions.md D-202).
        yield return new CivilAct
        {
            Kind = CivilActKind.Paternity,
            ActNumber = "20-101-09-0000003",
            ActDate = new DateOnly(2009, 9, 14),
            OfficeKk = AkkolKk,
            OfficeRu = AkkolRu,
            RegionCode = "11",
            SubjectIin = almas.Iin,
            // Surname first, as the act register keeps names and documents print them (D-313; the §6.5.1 example shows the
            // sample's data "АЛМАС СМИРНОВ" as keyed, while the form's captions ask for «тегі, аты, әкесінің аты»).
            SubjectName = "СМИРНОВ АЛМАС",
            SubjectBirthDate = almas.BirthDate,
            SubjectNameAfter = "СМИРНОВ АЛМАС ВИТАЛЬЕВИЧ",
            FatherName = "СМИРНОВ ВИТАЛИЙ",
            FatherIin = VitaliyIin,
            MotherName = "БЕЙСЕБАЕВА НУРГУЛЬ ОМИРТАЕВНА",
            MotherIin = NurgulIin,
        };

        // Adoption: Igor adopted Dana (an adult today), so Igor and Dana may not marry.
        yield return new CivilAct
        {
            Kind = CivilActKind.Adoption,
            ActNumber = "30-071-01-0000017",
            ActDate = new DateOnly(2001, 5, 4),
            OfficeKk = AstanaKk,
            OfficeRu = AstanaRu,
            RegionCode = "71",
            SubjectIin = dana.Iin,
            SubjectName = "ОМАРОВА ДАНА ЕРЛАНҚЫЗЫ",
            SubjectBirthDate = dana.BirthDate,
            SubjectNameAfter = "ОМАРОВА ДАНА ЕРЛАНҚЫЗЫ",
            AdoptiveFatherIin = igor.Iin,
            AdoptiveFatherName = "ВЕРТКОВ ИГОРЬ НИКОЛАЕВИЧ",
        };
    }

    // Parents who are not demo users: fixed, well-formed IINs so the kinship checks can join on them.
    private static readonly string VitaliyIin = Qyzmet.Kernel.Identifiers.Iin.Create(new DateOnly(1980, 2, 2), Qyzmet.Kernel.Identifiers.Sex.Male, 901).Value;
    private static readonly string NurgulIin = Qyzmet.Kernel.Identifiers.Iin.Create(new DateOnly(1978, 11, 26), Qyzmet.Kernel.Identifiers.Sex.Female, 902).Value;
    private static readonly string ZaureIin = Qyzmet.Kernel.Identifiers.Iin.Create(new DateOnly(1950, 4, 1), Qyzmet.Kernel.Identifiers.Sex.Female, 903).Value;

    private static StaffMember Executor(string name, string unit, DateOnly birth, Qyzmet.Kernel.Identifiers.Sex sex, int serial) =>
        new() { Iin = Qyzmet.Kernel.Identifiers.Iin.Create(birth, sex, serial).Value, FullName = name, Role = Roles.ProviderExecutor, UnitId = unit };
}
