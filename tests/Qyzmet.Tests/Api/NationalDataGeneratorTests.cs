using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Host.Cli;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>
/// Issue 16 "Data at national size", D-353: the generator's data at a small size, on both providers (COPY on
/// PostgreSQL, batched inserts on SQLite), passes the platform's own validators and is served by the application.
/// </summary>
public abstract class NationalDataGeneratorTests
{
    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly GenerationSizes Small = new(Persons: 300, LegalEntities: 40, RealEstate: 60, LandPlots: 50, Applications: 1500);

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static readonly HashSet<QyzmetFactory> Generated = [];

    private async Task GenerateOnceAsync()
    {
        await Once.WaitAsync(Ct);
        try
        {
            if (Generated.Add(Factory))
            {
                await using var scope = Factory.Services.CreateAsyncScope();
                var generator = ActivatorUtilities.CreateInstance<NationalDataGenerator>(scope.ServiceProvider, TextWriter.Null);
                await generator.RunAsync(Small, Ct);
            }
        }
        finally
        {
            Once.Release();
        }
    }

    // Issue 16, D-353: IINs carry a valid check digit and the birth date and sex they encode; BINs and cadastral numbers
    // pass the kernel's parsers; every service has applications in every state of its procedure.
    [Fact]
    public async Task GeneratedData_PassesThePlatformsValidators_EveryStatusPresent()
    {
        await GenerateOnceAsync();
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var generated = Enumerable.Range(0, Small.Persons).Select(NationalDataGenerator.PersonIin).ToList();
        Assert.Equal(Small.Persons, generated.Distinct().Count());
        var people = await db.People.AsNoTracking().Where(p => generated.Contains(p.Iin)).ToListAsync(Ct);
        Assert.Equal(Small.Persons, people.Count);
        Assert.All(people, p =>
        {
            Assert.True(Iin.TryParse(p.Iin, out var iin, out var error), $"{p.Iin}: {error?.Code}");
            Assert.Equal(p.BirthDate, iin.BirthDate);
            Assert.Equal(p.Sex, iin.Sex == Sex.Male ? "male" : "female");
            Assert.Matches("^[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+$", p.FirstName);
        });

        // Later blocks too (the small run stays in the first): serials above the demo people's, never two alike.
        var sample = Enumerable.Range(0, 400).Select(k => k * 61_320 + k % 97).Select(NationalDataGenerator.PersonIin).ToList();
        Assert.Equal(sample.Count, sample.Distinct().Count());
        Assert.All(sample, iin => Assert.True(int.Parse(iin[7..11], System.Globalization.CultureInfo.InvariantCulture) > 5000, iin));
        Assert.False(await db.People.AnyAsync(p => sample.Contains(p.Iin) && !generated.Contains(p.Iin), Ct));

        var bins = Enumerable.Range(0, Small.LegalEntities).Select(NationalDataGenerator.EntityBin).ToList();
        Assert.Equal(Small.LegalEntities, await db.LegalEntities.CountAsync(l => bins.Contains(l.Bin), Ct));
        Assert.All(bins, b => Assert.True(Bin.TryParse(b, out _, out var error), $"{b}: {error?.Code}"));

        var plots = await db.Database.SqlQueryRaw<string>("SELECT \"CadastralNumber\" AS \"Value\" FROM land_plots").ToListAsync(Ct);
        Assert.All(plots, n => Assert.True(CadastralNumber.TryParse(n, out _, out var error), $"{n}: {error?.Code}"));

        var registry = scope.ServiceProvider.GetRequiredService<ProcedureRegistry>();
        var present = (await db.Applications.AsNoTracking().Where(a => a.FormJson == "{}").Select(a => new { a.ServiceId, a.Status }).Distinct().ToListAsync(Ct))
            .Select(a => (a.ServiceId, a.Status)).ToHashSet();
        var units = await db.ProviderUnits.Select(u => u.Id).ToListAsync(Ct);
        var expected = registry.All.Where(h => units.Any(u => u.StartsWith(h.UnitPrefix, StringComparison.Ordinal)))
            .SelectMany(h => h.Procedure.States.Select(s => (h.ServiceId, s.Name))).ToList();
        Assert.NotEmpty(expected);
        Assert.All(expected, e => Assert.Contains(e, present));
    }

    // Issue 16, D-353: a generated person signs in and the application serves their cabinet list and an application.
    [Fact]
    public async Task GeneratedPerson_CabinetAndApplicationServed()
    {
        await GenerateOnceAsync();
        string iin, number;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            var generated = Enumerable.Range(0, Small.Persons).Select(NationalDataGenerator.PersonIin).ToList();
            var app = await db.Applications.AsNoTracking().Where(a => generated.Contains(a.ApplicantId)).OrderBy(a => a.Number).FirstAsync(Ct);
            (iin, number) = (app.ApplicantId, app.Number);
        }

        var client = await Factory.SignedInAsync(iin);
        var page = await client.GetFromJsonAsync<JsonElement>("/api/applications?limit=20", Ct);
        var numbers = page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("number").GetString()).ToList();
        Assert.Contains(number, numbers);
        var one = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
        Assert.Equal(number, one.GetProperty("number").GetString());
    }
}

public sealed class SqliteNationalDataGeneratorTests(SqliteHost host) : NationalDataGeneratorTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresNationalDataGeneratorTests(PostgresHost host) : NationalDataGeneratorTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
