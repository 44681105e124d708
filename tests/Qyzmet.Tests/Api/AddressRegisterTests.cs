using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Host.Data;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Text;
using Qyzmet.Land;
using Qyzmet.Land.Domain;
using Qyzmet.Land.Geometry;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Registries;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>
/// The address register (issue 14 item 6: "addresses with a stable identifier (region, district, settlement, street,
/// building, apartment), shared with the real-estate and land areas"; ADR 0026, D-356, D-357, D-635–D-637).
/// </summary>
public abstract class AddressRegisterTests
{
    private const string AlmatyFlatRu = "г. Алматы, Алмалинский р-н, Алматы, пр. Абая, д. 10, кв. 5";

    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Issue 14 item 6: an address by its code, its parts and its text in kk and ru; signed-in users only; unknown code 404.
    [Fact]
    public async Task AddressByCode_SignedInOnly_PartsAndTextInKkAndRu()
    {
        await ApiResponses.ProblemAsync(await Factory.CreateClient().GetAsync($"/api/addresses/{DemoAddresses.AbaiFlat}", Ct), HttpStatusCode.Unauthorized);

        var client = await Factory.SignedInAsync(DemoData.Talgat.Iin);
        var flat = await client.GetFromJsonAsync<JsonElement>($"/api/addresses/{DemoAddresses.AbaiFlat}", Ct);
        Assert.Equal(DemoAddresses.AbaiFlat, flat.GetProperty("code").GetString());
        Assert.Equal(AlmatyFlatRu, flat.GetProperty("text").GetProperty("ru").GetString());
        Assert.Equal("Алматы қ., Алмалы ауд., Алматы, Абай даңғылы, 10, 5-пәтер", flat.GetProperty("text").GetProperty("kk").GetString());
        Assert.Equal("пр. Абая", flat.GetProperty("street").GetProperty("ru").GetString());
        Assert.Equal("5", flat.GetProperty("apartment").GetString());
        Assert.Equal("75-456-012-003:1:5", flat.GetProperty("cadastralNumber").GetString());

        var unknown = await ApiResponses.ProblemAsync(await client.GetAsync("/api/addresses/9999999999999999", Ct), HttpStatusCode.NotFound);
        Assert.Equal("ADDR-0003", unknown.GetProperty("errorCode").GetString());
    }

    // Issue 14 item 6 (D-637): the register is searched by settlement and street in keyset pages, in either language; a page
    // never reads more than its limit; bad parameters are a 400 naming the parameter.
    // D-358 (issue 14 item 6; ADR 0026): the population module's anonymous, unindexed substring search is gone; the register
    // is searched only through the kernel's signed-in, indexed API. No page's script or form called the old address.
    [Fact]
    public async Task PopulationAddressSearch_Removed_RegisterSearchedSignedInOnly()
    {
        var anonymous = Factory.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/api/population/addresses?q=Абай", Ct)).StatusCode);
        await ApiResponses.ProblemAsync(await anonymous.GetAsync("/api/addresses?settlement=Алматы", Ct), HttpStatusCode.Unauthorized);

        var client = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/population/addresses?q=Абай", Ct)).StatusCode);
        var page = await client.GetFromJsonAsync<JsonElement>("/api/addresses?settlement=Алматы&street=пр. Абая", Ct);
        Assert.Contains(page.GetProperty("items").EnumerateArray(), a => a.GetProperty("code").GetString() == DemoAddresses.AbaiFlat);
    }

    [Fact]
    public async Task Search_KeysetPages_BySettlementAndStreet_InKkOrRu()
    {
        var client = await Factory.SignedInAsync(DemoData.Talgat.Iin);
        var first = await client.GetFromJsonAsync<JsonElement>("/api/addresses?settlement=" + Uri.EscapeDataString("г. Косшы") + "&street=" + Uri.EscapeDataString("ул. Аксу") + "&limit=3", Ct);
        Assert.Equal([DemoAddresses.KosshyAksu1, DemoAddresses.KosshyAksu3, DemoAddresses.KosshyAksu5], Codes(first));
        Assert.Equal(DemoAddresses.KosshyAksu5, first.GetProperty("next").GetString());

        var second = await client.GetFromJsonAsync<JsonElement>("/api/addresses?settlement=" + Uri.EscapeDataString("г. Косшы") + "&street=" + Uri.EscapeDataString("ул. Аксу") + "&limit=3&after=" + DemoAddresses.KosshyAksu5, Ct);
        Assert.Equal([DemoAddresses.KosshyAksu7], Codes(second));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);

        var kk = await client.GetFromJsonAsync<JsonElement>("/api/addresses?settlement=" + Uri.EscapeDataString("Қосшы қ.") + "&street=" + Uri.EscapeDataString("Ақсу к."), Ct);
        Assert.Equal([DemoAddresses.KosshyAksu1, DemoAddresses.KosshyAksu3, DemoAddresses.KosshyAksu5, DemoAddresses.KosshyAksu7], Codes(kk));

        var wholeSettlement = await client.GetFromJsonAsync<JsonElement>("/api/addresses?settlement=" + Uri.EscapeDataString("г. Акколь") + "&limit=1", Ct);
        Assert.Equal([DemoAddresses.AkkolNurly12], Codes(wholeSettlement));

        foreach (var (query, field) in new[] { ("limit=5", "settlement"), ("settlement=x&limit=0", "limit"), ("settlement=x&limit=101", "limit"), ("settlement=x&after=12", "after") })
        {
            var bad = await ApiResponses.ProblemAsync(await client.GetAsync("/api/addresses?" + query, Ct), HttpStatusCode.BadRequest);
            Assert.Equal("ADDR-0004", bad.GetProperty("errorCode").GetString());
            Assert.True(bad.GetProperty("errors").TryGetProperty(field, out _), query);
        }
    }

    // Issue 14 item 6 (D-635, D-636): one code, one address: the population's address reference, the rights register's
    // reference and the land cadastre print the dwelling exactly as the register does.
    [Fact]
    public async Task SameCode_SameAddress_InPopulationRealEstateAndLand()
    {
        var aigerim = await Factory.SignedInAsync(DemoData.Aigerim.Iin, "ru");
        var flat = await aigerim.GetFromJsonAsync<JsonElement>($"/api/addresses/{DemoAddresses.AbaiFlat}", Ct);
        var house = await aigerim.GetFromJsonAsync<JsonElement>($"/api/addresses/{DemoAddresses.ZhamakayevHouse}", Ct);
        var flatRu = flat.GetProperty("text").GetProperty("ru").GetString()!;
        var houseRu = house.GetProperty("text").GetProperty("ru").GetString()!;

        // Population (004.md §6.4 field 7): Aigerim's address reference names her registered dwelling.
        var reference = await Submit(aigerim, "population-documents.address-reference", new { about = "self" });
        Assert.Equal("issued", reference.GetProperty("status").GetString());
        Assert.Equal(flatRu, await Statement(reference, "Зарегистрирован по адресу"));

        // Real estate (001b.md §6.3 column 4): the same flat and the house, by their codes.
        var rights = await Submit(aigerim, "real-estate.rights-reference", new { documentType = "id-card", region = "75" });
        Assert.Equal("issued", rights.GetProperty("status").GetString());
        var objects = await Statements(rights, "Объект");
        Assert.Contains("Квартира, " + flatRu, objects);
        Assert.Contains("Индивидуальный жилой дом, " + houseRu, objects);

        // Land (002.md): the house's plot.
        var plot = await aigerim.GetFromJsonAsync<JsonElement>("/api/land/plots/75-123-045-067", Ct);
        Assert.Equal(DemoAddresses.ZhamakayevHouse, plot.GetProperty("addressCode").GetString());
        Assert.Equal(houseRu, plot.GetProperty("address").GetProperty("ru").GetString());
    }

    // D-636: a land-grant application naming an address code not in the register is refused at submission with a 422
    // naming the field, in the caller's language, and nothing is stored.
    [Fact]
    public async Task LandGrant_UnknownOrMalformedAddressCode_422NamingTheField_NothingStored()
    {
        var before = await ApplicationsAsync();
        foreach (var (language, code, error, text) in new[]
        {
            ("ru", "9999999999999999", "ADDR-0002", "нет в адресном регистре"),
            ("kk", "9999999999999999", "ADDR-0002", "мекенжай тіркелімінде жоқ"),
            ("en", "12345678901234ab", "ADDR-0001", "16 digits"),
        })
        {
            var client = await Factory.SignedInAsync(DemoData.Talgat.Iin, language);
            var problem = await ApiResponses.ProblemAsync(await client.PostAsJsonAsync("/api/services/land.plot-for-construction/applications",
                new { fields = GrantFields(code) }, Ct), (HttpStatusCode)422);
            Assert.Equal(error, problem.GetProperty("errorCode").GetString());
            Assert.True(problem.GetProperty("errors").TryGetProperty("plotAddressCode", out _));
            Assert.Contains(text, problem.GetProperty("detail").GetString());
        }

        Assert.Equal(before, await ApplicationsAsync());
    }

    // D-357: the rule checked at submission is checked again where it takes effect: the land cadastre records a granted
    // right only with an address code the register has, and the plot then carries the register's address.
    [Fact]
    public async Task RecordGrantedRight_AddressCodeCheckedAgain_PlotTakesTheRegistersAddress()
    {
        var grant = PlotGeometry.Polygon((71.3660, 50.9750), (71.36636, 50.9750), (71.36636, 50.97536), (71.3660, 50.97536));
        var hectares = Math.Round((decimal)(EqualAreaProjection.AreaSquareMetres(grant) / 10_000), 4);
        GrantedRight Right(string code) => new(
            PlotGeometry.ToGeoJson(grant).GetRawText(), hectares, LandDemoData.KosshyCode, LandRightKinds.Ownership, null, new DateOnly(2026, 11, 30),
            [new GrantedHolder(DemoData.Igor.Iin, DemoData.Igor.FullName, 100m)],
            new LocalizedText("Жеке тұрғын үй құрылысы үшін", "Для ИЖС", "Housing"),
            new LocalizedText("қолмен", "вручную", "typed"),
            new GrantedDocument("A-1", new DateOnly(2026, 11, 30), new("Шешім", "Решение", "Decision"), new("Әкімдік", "Акимат", "Akimat")),
            AddressCode: code);

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var refused = await Assert.ThrowsAsync<QyzmetException>(() => scope.ServiceProvider.GetRequiredService<LandCadastre>()
                .RecordGrantedRightAsync(Right("1121300000099999"), ProcessContext.System("test"), Ct));
            Assert.Equal("ADDR-0002", refused.Error.Code);
        }

        string number;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            number = await scope.ServiceProvider.GetRequiredService<LandCadastre>().RecordGrantedRightAsync(Right(DemoAddresses.KosshyAksu7), ProcessContext.System("test"), Ct);
        }

        var client = await Factory.SignedInAsync(DemoData.Igor.Iin);
        var plot = await client.GetFromJsonAsync<JsonElement>($"/api/land/plots/{number}", Ct);
        Assert.Equal(DemoAddresses.KosshyAksu7, plot.GetProperty("addressCode").GetString());
        Assert.Equal("Акмолинская обл., Целиноградский р-н, г. Косшы, ул. Аксу, д. 7", plot.GetProperty("address").GetProperty("ru").GetString());
    }

    private static Dictionary<string, string?> GrantFields(string addressCode)
    {
        var plot = PlotGeometry.Polygon((71.3400, 50.9640), (71.340357, 50.9640), (71.340357, 50.96436), (71.3400, 50.96436));
        return new()
        {
            ["akim"] = "district",
            ["plotAddress"] = "Ақмола обл., Целиноград ауд., Қосшы қ.",
            ["plotAddressCode"] = addressCode,
            ["areaHectares"] = Math.Round((decimal)EqualAreaProjection.AreaSquareMetres(plot) / 10_000m, 4).ToString(CultureInfo.InvariantCulture),
            ["purpose"] = "Жеке тұрғын үй құрылысы үшін",
            ["rightKind"] = "temporary-paid",
            ["plot"] = PlotGeometry.ToGeoJson(plot).GetRawText(),
            ["exemption"] = "none",
            ["consent"] = "given",
        };
    }

    private static List<string> Codes(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(a => a.GetProperty("code").GetString()!)];

    private async Task<int> ApplicationsAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().Applications.CountAsync(Ct);
    }

    private static async Task<JsonElement> Submit(HttpClient client, string serviceId, object fields) =>
        await ApiResponses.CreatedAsync(await client.PostAsJsonAsync($"/api/services/{serviceId}/applications", new { fields }, Ct));

    private async Task<List<string>> Statements(JsonElement app, string label)
    {
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{app.GetProperty("documentId").GetString()}/verification", Ct);
        return [.. verification.GetProperty("statement").EnumerateArray().Where(r => r[0].GetString() == label).Select(r => r[1].GetString()!)];
    }

    private async Task<string?> Statement(JsonElement app, string label) => (await Statements(app, label)).FirstOrDefault();
}

public sealed class SqliteAddressRegisterTests(SqliteHost host) : AddressRegisterTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresAddressRegisterTests(PostgresHost host) : AddressRegisterTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

/// <summary>
/// ADR 0026: the register moved from the population module (<c>pop_addresses</c>) to the kernel (<c>registry_addresses</c>);
/// a database made before the move keeps its addresses through the I14Address migration.
/// </summary>
public abstract class AddressRegisterMigrationTests
{
    private const string Code = "7500000000000042";

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected abstract Task<QyzmetDbContext> NewDatabaseAsync();

    [Fact]
    public async Task DatabaseBeforeTheMove_KeepsItsAddresses()
    {
        await using var db = await NewDatabaseAsync();
        var migrations = db.Database.GetMigrations().ToList();
        var move = migrations.FindIndex(m => m.EndsWith("_I14Address", StringComparison.Ordinal));
        Assert.True(move > 0, "the I14Address migration exists");
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(migrations[move - 1], Ct);
        await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO pop_addresses (\"Id\", \"RegionCode\", \"RegionKk\", \"RegionRu\", \"SettlementKk\", \"SettlementRu\", \"StreetKk\", \"StreetRu\", \"Building\", \"Apartment\") " +
            "VALUES ('" + Code + "', '75', 'Алматы қ.', 'г. Алматы', 'Алматы', 'Алматы', 'Төле би к.', 'ул. Толе би', '42', '7')", Ct);

        await migrator.MigrateAsync(null, Ct);

        var kept = await db.Set<RegisteredAddress>().AsNoTracking().SingleAsync(a => a.Id == Code, Ct);
        Assert.Equal("г. Алматы, Алматы, ул. Толе би, д. 42, кв. 7", kept.TextRu);
        var page = await db.Set<RegisteredAddress>().AsNoTracking().Where(a => a.SettlementRu == "Алматы" && a.StreetRu == "ул. Толе би").ToListAsync(Ct);
        Assert.Single(page);
    }
}

public sealed class SqliteAddressRegisterMigrationTests : AddressRegisterMigrationTests
{
    protected override Task<QyzmetDbContext> NewDatabaseAsync()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("qyzmet-addr-").FullName, "before.db");
        return Task.FromResult<QyzmetDbContext>(new SqliteQyzmetDbContext(new DbContextOptionsBuilder<SqliteQyzmetDbContext>().UseSqlite($"Data Source={file};Pooling=False").Options));
    }
}

public sealed class PostgresAddressRegisterMigrationTests(PostgresServer postgres) : AddressRegisterMigrationTests
{
    protected override async Task<QyzmetDbContext> NewDatabaseAsync()
    {
        postgres.EnsureAvailable();
        var cs = await postgres.CreateUniqueDatabaseAsync("qyzmet_addr", Ct);
        return new PostgresQyzmetDbContext(new DbContextOptionsBuilder<PostgresQyzmetDbContext>().UseNpgsql(cs).Options);
    }
}
