using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Modules;
using Qyzmet.PscQueue.Data;
using Qyzmet.PscQueue.Domain;
using Qyzmet.PscQueue.Features.BookSlot;
using Qyzmet.PscQueue.Features.EditHours;
using Qyzmet.PscQueue.Features.HomeVisits;
using Qyzmet.PscQueue.Features.LinkApplication;
using Qyzmet.PscQueue.Features.ServeAtWindow;
using Qyzmet.PscQueue.Features.Supervise;
using Qyzmet.PscQueue.Features.TakeTicket;

namespace Qyzmet.PscQueue;

/// <summary>The electronic queue of the public service centres (004.md item 8; issue 14 item 7; ADR 0021).</summary>
public sealed class PscQueueModule : IQyzmetModule
{
    public string Name => "psc-queue";

    public void AddServices(IServiceCollection services)
    {
        services.AddScoped<Centres>();
        services.AddScoped<Bookings>();
        services.AddScoped<Kiosk>();
        services.AddScoped<WindowDesk>();
        services.AddScoped<CentreOverview>();
        services.AddScoped<HomeVisits>();
        services.AddScoped<CentreHoursEditor>();
        services.AddScoped<Platform.Cases.IApplicationSubmittedListener, TicketApplicationLink>();

        // The queue's links (D-347): citizens book, operators call at their window, a centre's head supervises.
        var queue = new Kernel.Text.LocalizedText("Электрондық кезек", "Электронная очередь", "Queue");
        services.AddMenuItem(new("/queue", queue, MenuAudience.Citizens, 45));
        services.AddMenuItem(new("/queue/window", queue, MenuAudience.PscOperators, 45));
        services.AddMenuItem(new("/queue/supervisor", queue, [Roles.ProviderHead], 45) { UnitPrefix = "psc-" });
    }

    public IReadOnlyList<StaffMember> DemoStaff => QueueDemoData.Staff;

    public void ConfigureModel(ModelBuilder modelBuilder) => QueueModel.Configure(modelBuilder);

    public async Task SeedDemoAsync(QyzmetDbContext db, CancellationToken ct)
    {
        var existing = await db.ProviderUnits.Select(u => u.Id).ToListAsync(ct);
        db.ProviderUnits.AddRange(QueueDemoData.Units.Where(u => !existing.Contains(u.Id)));
        db.Staff.AddRange(DemoStaff);
        foreach (var (unit, windows, saturday) in QueueDemoData.Centres)
        {
            db.Add(new QueueCentre
            {
                UnitId = unit,
                SlotMinutes = 15,
                SaturdayOpens = saturday ? new TimeOnly(9, 0) : null,
                SaturdayCloses = saturday ? new TimeOnly(20, 0) : null,
            });
            db.AddRange(QueueLimits.QueuedServices.Select(s => new QueueCentreService { CentreId = unit, ServiceId = s }));
            db.AddRange(Enumerable.Range(1, windows).Select(n => new QueueWindow { CentreId = unit, Number = n }));
        }
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => QueueEndpoints.Map(endpoints);
}

/// <summary>
/// Demo centres (D-650): the kernel's Almaty centre and two more, each with windows, the centre hours of 004.md item 8
/// (Mon–Sat 9:00–20:00; the Kosshy centre, a small one, closed on Saturdays), operators and a head who supervises.
/// </summary>
internal static class QueueDemoData
{
    public const string Almaty = "psc-almaty-1";
    public const string Astana = "psc-astana-1";
    public const string Kosshy = "psc-akmola-1";

    public static IReadOnlyList<ProviderUnit> Units =>
    [
        new() { Id = Astana, Provider = "state-corporation", NameKk = "Астана қ. №1 ХҚКО", NameRu = "ЦОН №1 г. Астаны", RegionCode = "71" },
        new() { Id = Kosshy, Provider = "state-corporation", NameKk = "Ақмола облысы Қосшы қ. ХҚКО", NameRu = "ЦОН г. Косшы Акмолинской области", RegionCode = "11" },
    ];

    public static IReadOnlyList<(string Unit, int Windows, bool Saturday)> Centres => [(Almaty, 3, true), (Astana, 2, true), (Kosshy, 2, false)];

    public static StaffMember AlmatyHead => Person("КЕЗЕКОВА ДИНАРА", Roles.ProviderHead, Almaty, new DateOnly(1982, 2, 14), Sex.Female, 641);

    public static StaffMember AlmatySecondOperator => Person("ТЕРЕЗЕЕВ АСХАТ", Roles.PscOperator, Almaty, new DateOnly(1994, 3, 15), Sex.Male, 642);

    public static IReadOnlyList<StaffMember> Staff =>
    [
        AlmatyHead,
        AlmatySecondOperator,
        Person("НҰРМАҒАНБЕТОВА ЖАНАР", Roles.ProviderHead, Astana, new DateOnly(1980, 4, 16), Sex.Female, 643),
        Person("ҚАЙРАТОВ ДӘУЛЕТ", Roles.PscOperator, Astana, new DateOnly(1995, 5, 17), Sex.Male, 644),
        Person("СӘРСЕНОВА ӘЛИЯ", Roles.PscOperator, Astana, new DateOnly(1996, 6, 18), Sex.Female, 645),
        Person("ЖОЛДАСБЕКОВ МАРАТ", Roles.ProviderHead, Kosshy, new DateOnly(1979, 7, 19), Sex.Male, 646),
        Person("ИМАНҒАЛИЕВА ГҮЛНҰР", Roles.PscOperator, Kosshy, new DateOnly(1993, 8, 20), Sex.Female, 647),
    ];

    private static StaffMember Person(string name, string role, string unit, DateOnly birth, Sex sex, int serial) =>
        new() { Iin = Iin.Create(birth, sex, serial).Value, FullName = name, Role = role, UnitId = unit };
}
