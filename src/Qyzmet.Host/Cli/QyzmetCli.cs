using System.CommandLine;
using System.Text.Json;
using Qyzmet.Host.Api;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Platform.Seeding;

namespace Qyzmet.Host.Cli;

/// <summary>
/// Administrative commands, run with the same configuration as the host:
/// <c>dotnet run --project src/Qyzmet.Host -- calendar load transfers.json</c>.
/// </summary>
public static class QyzmetCli
{
    private static readonly string[] Commands = ["calendar", "migrate", "audit"];

    public static bool IsCommand(string arg) => Commands.Contains(arg);

    public static async Task<int> RunAsync(string[] args)
    {
        var file = new Argument<FileInfo>("file") { Description = "JSON array of {\"date\":\"yyyy-MM-dd\",\"kind\":\"DayOff|WorkingDay\",\"reason\":\"…\"}" };
        var load = new Command("load", "Load government transfers of days off (add or replace by date)") { file };
        load.SetAction(async (parse, ct) =>
        {
            await using var host = await StartServicesAsync(ct);
            var overrides = JsonSerializer.Deserialize<CalendarOverrideDto[]>(await File.ReadAllTextAsync(parse.GetValue(file)!.FullName, ct),
                new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];
            await using var scope = host.Services.CreateAsyncScope();
            var count = await scope.ServiceProvider.GetRequiredService<CalendarOverrideLoader>().LoadAsync(overrides, DemoData.Administrator.Iin, ct);
            Console.WriteLine($"Loaded {count} transfer(s).");
            return 0;
        });
        var migrate = new Command("migrate", "Apply database migrations and seed the demo data if the database is empty");
        migrate.SetAction(async (_, ct) =>
        {
            await using var host = await StartServicesAsync(ct);
            Console.WriteLine("Database is up to date.");
            return 0;
        });
        var verifyChain = new Command("verify", "Check the hash chain of the audit log");
        verifyChain.SetAction(async (_, ct) =>
        {
            await using var host = await StartServicesAsync(ct);
            await using var scope = host.Services.CreateAsyncScope();
            var broken = await scope.ServiceProvider.GetRequiredService<Platform.Audit.AuditLog>().VerifyChainAsync(ct);
            Console.WriteLine(broken is null ? "Audit chain intact." : $"Audit chain broken at sequence {broken}.");
            return broken is null ? 0 : 1;
        });
        var root = new RootCommand("Qyzmet administration")
        {
            new Command("calendar", "Working calendar") { load },
            migrate,
            new Command("audit", "Audit log") { verifyChain },
        };
        return await root.Parse(args).InvokeAsync();
    }

    private static async Task<WebApplication> StartServicesAsync(CancellationToken ct)
    {
        var app = QyzmetHost.Build(["--Qyzmet:TimerScanSeconds=0"]);
        await app.Services.PrepareDatabaseAsync(app.Configuration.GetValue("Qyzmet:SeedDemoData", true), ct);
        return app;
    }
}
