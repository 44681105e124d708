using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.CivilRegistry.Data;
using Qyzmet.CivilRegistry.Domain;
using Qyzmet.CivilRegistry.Features.IssueStatusReference;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Modules;
using Qyzmet.Platform.Seeding;

namespace Qyzmet.CivilRegistry;

/// <summary>Civil registry (АХАЖ / ЗАГС): acts of civil status and the e-services of 001a.md.</summary>
public sealed class CivilRegistryModule : IQyzmetModule
{
    public string Name => "civil-registry";

    public void AddServices(IServiceCollection services) =>
        services.AddScoped<IStateServiceHandler, StatusReferenceService>();

    public void ConfigureModel(ModelBuilder modelBuilder) => CivilRegistryModel.Configure(modelBuilder);

    public Task SeedDemoAsync(QyzmetDbContext db, CancellationToken ct)
    {
        db.Set<CivilAct>().AddRange(CivilRegistryDemoData.Acts());
        return Task.CompletedTask;
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // S3 uses the platform's generic application endpoints.
    }
}

/// <summary>Acts modelled on the examples of 001a.md §6.5, attached to the demo people.</summary>
internal static class CivilRegistryDemoData
{
    private const string AbaiKk = "Шығыс-Қазақстан облысының Абай аудандық Әділет басқармасының АХАЖ бөлімі";
    private const string AbaiRu = "Отдел ЗАГС Управления юстиции Абайского района Восточно-Казахстанской области";
    private const string AkkolKk = "Ақмола облысының Ақкөл аудандық Әділет басқармасының АХАЖ бөлімі";
    private const string AkkolRu = "Отдел ЗАГС Управления юстиции Аккольского района Акмолинской области";
    private const string AlmatyKk = "Алматы қаласы Әділет департаментінің АХАЖ бөлімі";
    private const string AlmatyRu = "Отдел ЗАГС Департамента юстиции города Алматы";

    public static IEnumerable<CivilAct> Acts()
    {
        var almas = DemoData.Almas;
        var aigerim = DemoData.Aigerim;
        var nurlan = DemoData.Nurlan;
        var talgat = DemoData.Talgat;
        var igor = DemoData.Igor;
        var mira = DemoData.Mira;
        yield return new CivilAct
        {
            Kind = CivilActKind.Birth, ActNumber = "10-101-09-0000007", ActDate = new DateOnly(2009, 8, 25), OfficeKk = AbaiKk, OfficeRu = AbaiRu, RegionCode = "63",
            SubjectIin = almas.Iin, SubjectName = "АЛМАС СМИРНОВ", SubjectBirthDate = almas.BirthDate,
            FatherName = "СМИРНОВ ВИТАЛИЙ", MotherName = "БЕЙСЕБАЕВА НУРГУЛЬ ОМИРТАЕВНА",
            BirthPlaceKk = almas.BirthPlaceKk, BirthPlaceRu = almas.BirthPlaceRu,
        };
        yield return new CivilAct
        {
            Kind = CivilActKind.Birth, ActNumber = "10-075-90-0001532", ActDate = new DateOnly(1990, 3, 20), OfficeKk = AlmatyKk, OfficeRu = AlmatyRu, RegionCode = "75",
            SubjectIin = aigerim.Iin, SubjectName = "СЕРІКОВА АЙГЕРІМ СЕРІКҚЫЗЫ", SubjectBirthDate = aigerim.BirthDate,
            FatherName = "СЕРІКОВ СЕРІК", MotherName = "СЕРІКОВА ГҮЛМИРА", BirthPlaceKk = aigerim.BirthPlaceKk, BirthPlaceRu = aigerim.BirthPlaceRu,
        };
        yield return new CivilAct
        {
            Kind = CivilActKind.NameChange, ActNumber = "70-171-09-0000002", ActDate = new DateOnly(2009, 7, 14), OfficeKk = AbaiKk, OfficeRu = AbaiRu, RegionCode = "63",
            SubjectIin = talgat.Iin, SubjectName = talgat.FullName, SubjectBirthDate = talgat.BirthDate,
            LastNameBefore = "КОЖАХМЕТОВ", FirstNameBefore = "ТАЛГАТ", PatronymicBefore = "ДУЙСЕНХАНОВИЧ",
            LastNameAfter = "ҚОЖАХМЕТ", FirstNameAfter = "ТАЛҒАТ", PatronymicAfter = "ДҮЙСЕНХАНҰЛЫ",
        };
        yield return new CivilAct
        {
            Kind = CivilActKind.Marriage, ActNumber = "50-101-95-0000011", ActDate = new DateOnly(1995, 6, 10), OfficeKk = AkkolKk, OfficeRu = AkkolRu, RegionCode = "11",
            HusbandIin = igor.Iin, HusbandName = "ВЕРТКОВ ИГОРЬ НИКОЛАЕВИЧ", HusbandBirthDate = igor.BirthDate,
            WifeIin = mira.Iin, WifeName = "МАМЕТОВА МИРА", WifeBirthDate = mira.BirthDate,
            HusbandSurnameAfter = "ВЕРТКОВ", WifeSurnameAfter = "МАМЕТОВА",
        };
        yield return new CivilAct
        {
            Kind = CivilActKind.Divorce, ActNumber = "60-101-09-0000001", ActDate = new DateOnly(2009, 8, 18), OfficeKk = AkkolKk, OfficeRu = AkkolRu, RegionCode = "11",
            HusbandIin = igor.Iin, HusbandName = "ВЕРТКОВ ИГОРЬ НИКОЛАЕВИЧ", HusbandBirthDate = igor.BirthDate,
            WifeIin = mira.Iin, WifeName = "МАМЕТОВА МИРА", WifeBirthDate = mira.BirthDate,
            HusbandSurnameAfter = "ВЕРТКОВ", WifeSurnameAfter = "МАМЕТОВА", MarriageDate = new DateOnly(1995, 6, 10),
        };
        yield return new CivilAct
        {
            Kind = CivilActKind.Marriage, ActNumber = "50-075-15-0000001", ActDate = new DateOnly(2015, 9, 12), OfficeKk = AlmatyKk, OfficeRu = AlmatyRu, RegionCode = "75",
            HusbandIin = nurlan.Iin, HusbandName = "ЖАНБОЛАТОВ НҰРЛАН ҚАЙРАТҰЛЫ", HusbandBirthDate = nurlan.BirthDate,
            WifeIin = aigerim.Iin, WifeName = "СЕРІКОВА АЙГЕРІМ СЕРІКҚЫЗЫ", WifeBirthDate = aigerim.BirthDate,
            HusbandSurnameAfter = "ЖАНБОЛАТОВ", WifeSurnameAfter = "ЖАНБОЛАТОВА",
        };
    }
}
