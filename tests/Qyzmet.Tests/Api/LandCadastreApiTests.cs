using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NetTopologySuite.Geometries;
using Qyzmet.Kernel.Text;
using Qyzmet.Land;
using Qyzmet.Land.Domain;
using Qyzmet.Land.Geometry;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>
/// The land cadastre's geometry through the HTTP API (issue 13 "Land cadastre"): the indexed lookups, the refusal of a
/// requested plot that overlaps a registered one (named), lies outside the settlement or differs from its declared area,
/// and a granted right entered in the cadastre and shown by the 002.md information services. SQLite and PostgreSQL.
/// </summary>
public abstract class LandCadastreApiTests
{
    private const string Igor = "11-213-041-001";
    private const string Mira = "11-213-041-002";
    private const string Shop = "11-213-041-004";

    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Json(Geometry g) => PlotGeometry.ToGeoJson(g).GetRawText();

    private static string Inv(double v) => v.ToString(CultureInfo.InvariantCulture);

    // Issue 13: "plot at this point" finds the plot whose boundary holds it; a point on free land finds none.
    [Fact]
    public async Task PlotAt_PointInsideAPlot_FindsIt_OnFreeLand_NotFound()
    {
        var client = await Factory.SignedInAsync(DemoData.Igor.Iin);
        var centre = LandDemoData.StreetPlot(1).Centroid;
        var plot = await client.GetFromJsonAsync<JsonElement>($"/api/land/plots/at?lon={Inv(centre.X)}&lat={Inv(centre.Y)}", Ct);
        Assert.Equal(Mira, plot.GetProperty("cadastralNumber").GetString());
        Assert.Equal("Polygon", plot.GetProperty("boundary").GetProperty("type").GetString());
        Assert.False(plot.TryGetProperty("holders", out _)); // D-536: no right holders in the lookups

        var free = LandDemoData.FreeLandExample.Centroid;
        await ApiResponses.ProblemAsync(await client.GetAsync($"/api/land/plots/at?lon={Inv(free.X)}&lat={Inv(free.Y)}", Ct), HttpStatusCode.NotFound);
        var bad = await ApiResponses.ProblemAsync(await client.GetAsync("/api/land/plots/at?lon=500&lat=50", Ct), HttpStatusCode.BadRequest);
        Assert.Equal("LAND-0906", bad.GetProperty("errorCode").GetString());
    }

    // Issue 13: "plots near this point", nearest first, within the radius only.
    [Fact]
    public async Task PlotsNear_FreeLand_ListsNeighboursNearestFirst()
    {
        var client = await Factory.SignedInAsync(DemoData.Igor.Iin);
        var free = LandDemoData.FreeLandExample.Centroid;
        var near = await client.GetFromJsonAsync<JsonElement[]>($"/api/land/plots/near?lon={Inv(free.X)}&lat={Inv(free.Y)}&radius=60", Ct);
        var numbers = near!.Select(p => p.GetProperty("cadastralNumber").GetString()).ToList();
        Assert.Equal(Shop, numbers[0]);
        Assert.DoesNotContain(Igor, numbers); // about 110 m west
        var wide = await client.GetFromJsonAsync<JsonElement[]>($"/api/land/plots/near?lon={Inv(free.X)}&lat={Inv(free.Y)}&radius=500", Ct);
        Assert.Contains(wide!, p => p.GetProperty("cadastralNumber").GetString() == Igor);
        var distances = wide!.Select(p => p.GetProperty("distanceMetres").GetDouble()).ToList();
        Assert.Equal(distances.Order(), distances);
        var bad = await ApiResponses.ProblemAsync(await client.GetAsync($"/api/land/plots/near?lon=71.35&lat=50.97&radius=99999", Ct), HttpStatusCode.BadRequest);
        Assert.Equal("LAND-0906", bad.GetProperty("errorCode").GetString());
    }

    // 003.md (title: "within settlements") and issue 13: free land inside the settlement, of the declared area, passes.
    [Fact]
    public async Task Check_FreeLandOfDeclaredArea_Accepted()
    {
        var client = await Factory.SignedInAsync(DemoData.Igor.Iin);
        var ok = await client.PostAsJsonAsync("/api/land/plots/check", new { boundary = JsonDocument.Parse(Json(LandDemoData.FreeLandExample)).RootElement, areaHectares = 0.2m }, Ct);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var body = await ok.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(LandDemoData.KosshyCode, body.GetProperty("settlement").GetString());
        Assert.InRange(body.GetProperty("areaSquareMetres").GetDouble(), 1_990, 2_010);
    }

    // Issue 13: a request overlapping a registered plot is refused with the plot it overlaps named, in kk/ru/en.
    [Theory]
    [InlineData("en", "overlaps registered land plot")]
    [InlineData("ru", "накладывается на зарегистрированный земельный участок")]
    [InlineData("kk", "қабаттасады")]
    public async Task Check_OverlappingARegisteredPlot_RefusedNamingIt(string language, string words)
    {
        var client = await Factory.SignedInAsync(DemoData.Igor.Iin, language);
        // Half on Mira's plot, half on Nurlan's neighbour: both named, the larger overlap first.
        var across = PlotGeometry.Polygon((71.3500 + (1.4 * 0.000357), 50.9701), (71.3500 + (2.2 * 0.000357), 50.9701),
            (71.3500 + (2.2 * 0.000357), 50.9703), (71.3500 + (1.4 * 0.000357), 50.9703));
        var area = EqualAreaProjection.AreaSquareMetres(across) / 10_000;
        var problem = await ApiResponses.ProblemAsync(await client.PostAsJsonAsync("/api/land/plots/check",
            new { boundary = Json(across), areaHectares = Math.Round((decimal)area, 4) }, Ct), (HttpStatusCode)422);
        Assert.Equal("LAND-0902", problem.GetProperty("errorCode").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(Mira + ", 11-213-041-003", detail);
        Assert.Contains(words, detail);
    }

    // Issue 13: a request outside the settlement's boundary is refused: partly outside names the settlement; wholly
    // outside every settlement says so.
    [Fact]
    public async Task Check_OutsideTheSettlement_Refused()
    {
        var client = await Factory.SignedInAsync(DemoData.Igor.Iin, "ru");
        var straddling = PlotGeometry.Polygon((71.3890, 50.9700), (71.3915, 50.9700), (71.3915, 50.9710), (71.3890, 50.9710));
        var partly = await ApiResponses.ProblemAsync(await client.PostAsJsonAsync("/api/land/plots/check",
            new { boundary = Json(straddling), areaHectares = Math.Round((decimal)(EqualAreaProjection.AreaSquareMetres(straddling) / 10_000), 4) }, Ct), (HttpStatusCode)422);
        Assert.Equal("LAND-0903", partly.GetProperty("errorCode").GetString());
        Assert.Contains("город Косшы", partly.GetProperty("detail").GetString());

        var astana = PlotGeometry.Polygon((71.4300, 51.1300), (71.4310, 51.1300), (71.4310, 51.1306), (71.4300, 51.1306));
        var none = await ApiResponses.ProblemAsync(await client.PostAsJsonAsync("/api/land/plots/check",
            new { boundary = Json(astana), areaHectares = 0.4m }, Ct), (HttpStatusCode)422);
        Assert.Equal("LAND-0904", none.GetProperty("errorCode").GetString());
    }

    // D-532: the declared area must match the drawn boundary within 3.5·m·√P (m = 1 m for a drawn scheme).
    [Fact]
    public async Task Check_DeclaredAreaDiffersFromBoundary_Refused()
    {
        var client = await Factory.SignedInAsync(DemoData.Igor.Iin);
        var problem = await ApiResponses.ProblemAsync(await client.PostAsJsonAsync("/api/land/plots/check",
            new { boundary = Json(LandDemoData.FreeLandExample), areaHectares = 0.1m }, Ct), (HttpStatusCode)422);
        Assert.Equal("LAND-0905", problem.GetProperty("errorCode").GetString());
        Assert.Contains("0.1000", problem.GetProperty("detail").GetString());

        // Within the tolerance (2 000 m² ± 157 m²) it passes.
        var close = await client.PostAsJsonAsync("/api/land/plots/check", new { boundary = Json(LandDemoData.FreeLandExample), areaHectares = 0.21m }, Ct);
        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
    }

    // Bad input → 400 naming the field, nothing written (CONTRIBUTING).
    [Fact]
    public async Task Check_BadBoundaryOrArea_400NamingTheField()
    {
        var client = await Factory.SignedInAsync(DemoData.Igor.Iin);
        var bow = await ApiResponses.ProblemAsync(await client.PostAsJsonAsync("/api/land/plots/check",
            new { boundary = """{"type":"Polygon","coordinates":[[[71.35,50.97],[71.351,50.971],[71.351,50.97],[71.35,50.971],[71.35,50.97]]]}""", areaHectares = 0.1m }, Ct), HttpStatusCode.BadRequest);
        Assert.Equal("LAND-0901", bow.GetProperty("errorCode").GetString());
        Assert.True(bow.GetProperty("errors").TryGetProperty("boundary", out _));
        var noArea = await ApiResponses.ProblemAsync(await client.PostAsJsonAsync("/api/land/plots/check",
            new { boundary = Json(LandDemoData.FreeLandExample) }, Ct), HttpStatusCode.BadRequest);
        Assert.True(noArea.GetProperty("errors").TryGetProperty("areaHectares", out _));
        await ApiResponses.ProblemAsync(await Factory.CreateClient().PostAsJsonAsync("/api/land/plots/check",
            new { boundary = Json(LandDemoData.FreeLandExample), areaHectares = 0.2m }, Ct), HttpStatusCode.Unauthorized);
    }

    // Issue 13 / 003.md para 6 stage 2: a granted right enters the cadastre with its boundary and is visible at once in
    // the 002.md information services; a later request over it is refused naming the new plot.
    [Fact]
    public async Task RecordGrantedRight_NewPlotInCadastre_VisibleInInformationServices_AndBlocksOverlaps()
    {
        var grant = PlotGeometry.Polygon((71.3620, 50.9750), (71.36236, 50.9750), (71.36236, 50.97536), (71.3620, 50.97536));
        var hectares = Math.Round((decimal)(EqualAreaProjection.AreaSquareMetres(grant) / 10_000), 4);
        string number;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var cadastre = scope.ServiceProvider.GetRequiredService<LandCadastre>();
            number = await cadastre.RecordGrantedRightAsync(new GrantedRight(
                Json(grant), hectares, LandDemoData.KosshyCode, LandRightKinds.TemporaryPaidUse, new DateOnly(2036, 11, 30), new DateOnly(2026, 11, 30),
                [new GrantedHolder(DemoData.Dana.Iin, DemoData.Dana.FullName, 100m)],
                new LocalizedText("Жеке тұрғын үй құрылысы үшін", "Для индивидуального жилищного строительства", "For individual housing"),
                new LocalizedText("Қосшы қ., Жаңа к., 2", "г. Косшы, ул. Жана, 2", "Kosshy, Zhana st., 2"),
                new GrantedDocument("1001", new DateOnly(2026, 11, 30), new("Қосшы қ. әкімдігінің шешімі", "Решение акимата г. Косшы", "Decision"), new("Қосшы қ. әкімдігі", "Акимат г. Косшы", "Akimat"))),
                ProcessContext.System("test: decision registered"), Ct);
        }

        Assert.Equal("11-213-041-005", number);
        var dana = await Factory.SignedInAsync(DemoData.Dana.Iin);
        var info = await ApiResponses.CreatedAsync(await dana.PostAsJsonAsync("/api/services/land.cadastral-info/applications", new { fields = new { cadastralNumber = number } }, Ct));
        Assert.Equal("issued", info.GetProperty("status").GetString());
        var rows = await StatementAsync(info);
        Assert.Contains(rows, r => r.Key == "Вид права" && r.Value == "Временное возмездное землепользование");
        Assert.Contains(rows, r => r.Key == "Срок права" && r.Value == "до 30.11.2036");
        var owned = await ApiResponses.CreatedAsync(await dana.PostAsJsonAsync("/api/services/land.ownership-info/applications", new { fields = new { } }, Ct));
        Assert.Contains(await StatementAsync(owned), r => r.Key == number);

        var over = PlotGeometry.Polygon((71.3621, 50.9751), (71.3630, 50.9751), (71.3630, 50.9755), (71.3621, 50.9755));
        var problem = await ApiResponses.ProblemAsync(await dana.PostAsJsonAsync("/api/land/plots/check",
            new { boundary = Json(over), areaHectares = Math.Round((decimal)(EqualAreaProjection.AreaSquareMetres(over) / 10_000), 4) }, Ct), (HttpStatusCode)422);
        Assert.Contains(number, problem.GetProperty("detail").GetString());

        // The same boundary again cannot be granted twice.
        await using var again = Factory.Services.CreateAsyncScope();
        var ex = await Assert.ThrowsAsync<Qyzmet.Kernel.Errors.QyzmetException>(() => again.ServiceProvider.GetRequiredService<LandCadastre>().RecordGrantedRightAsync(new GrantedRight(
            Json(grant), hectares, null, LandRightKinds.Ownership, null, new DateOnly(2026, 11, 30),
            [new GrantedHolder(DemoData.Igor.Iin, DemoData.Igor.FullName, 100m)], new("a", "a", "a"), new("a", "a", "a"),
            new GrantedDocument("1002", new DateOnly(2026, 11, 30), new("a", "a", "a"), new("a", "a", "a"))), ProcessContext.System("test"), Ct));
        Assert.Equal("LAND-0902", ex.Error.Code);
    }

    // Issue 13: the 002.md services show the new facts: encumbrances with holder and term, the right's term, and the
    // history of title documents (the superseded decision marked).
    [Fact]
    public async Task InformationServices_ShowEncumbrancesTermAndDocumentHistory()
    {
        var client = await Factory.SignedInAsync(DemoData.QalaInvest.HeadIin);
        var info = await ApiResponses.CreatedAsync(await client.PostAsJsonAsync("/api/services/land.cadastral-info/applications", new { fields = new { cadastralNumber = Shop } }, Ct));
        var rows = await StatementAsync(info);
        Assert.Contains(rows, r => r.Key == "Обременение" && r.Value.StartsWith("Охранная зона", StringComparison.Ordinal) && r.Value.Contains("с 20.12.2019"));
        Assert.Contains(rows, r => r.Key == "Срок права" && r.Value == "до 31.12.2034");
        Assert.Contains(rows, r => r.Key == "Площадь по границе");

        var title = await ApiResponses.CreatedAsync(await client.PostAsJsonAsync("/api/services/land.title-document-info/applications", new { fields = new { cadastralNumber = Shop } }, Ct));
        var history = (await StatementAsync(title)).Where(r => r.Key == "История документов").Select(r => r.Value).ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains("№ 530", history[0]);
        Assert.Contains("утратил силу 16.12.2019", history[0]);
        Assert.Contains("(действующий)", history[1]);
    }

    // The map's data: the settlement boundary and its plots as GeoJSON.
    [Fact]
    public async Task Map_SettlementAndPlots_AsFeatureCollection()
    {
        var client = await Factory.SignedInAsync(DemoData.Igor.Iin);
        var map = await client.GetFromJsonAsync<JsonElement>($"/api/land/map?settlement={LandDemoData.KosshyCode}", Ct);
        var features = map.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal("settlement", features[0].GetProperty("properties").GetProperty("kind").GetString());
        Assert.True(features.Count(f => f.GetProperty("properties").GetProperty("kind").GetString() == "plot") >= 4);
    }

    private async Task<List<KeyValuePair<string, string>>> StatementAsync(JsonElement app)
    {
        Assert.Equal("issued", app.GetProperty("status").GetString());
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{app.GetProperty("documentId").GetString()}/verification", Ct);
        return [.. verification.GetProperty("statement").EnumerateArray().Select(r => new KeyValuePair<string, string>(r[0].GetString()!, r[1].GetString()!))];
    }
}

public sealed class SqliteLandCadastreApiTests(SqliteHost host) : LandCadastreApiTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresLandCadastreApiTests(PostgresHost host, PostgresServer server) : LandCadastreApiTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;

    // D-534: with PostGIS on the server the migration adds the geometry column with its GiST index, and the lookups use it.
    [Fact]
    public async Task PostGis_GeometryColumnAndGistIndex_UsedWhereInstalled()
    {
        _ = Factory;
        if (!server.PostGisAvailable)
        {
            Assert.Skip("PostGIS is not installed on this machine (.ci/run installs postgresql-15-postgis-3).");
        }

        await using var scope = Factory.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<LandCadastre>().HasPostGisColumnAsync(TestContext.Current.CancellationToken));
        var db = scope.ServiceProvider.GetRequiredService<Qyzmet.Platform.Data.QyzmetDbContext>();
        var index = await db.Database
            .SqlQuery<string>($"SELECT indexdef AS \"Value\" FROM pg_indexes WHERE indexname = 'IX_land_plots_BoundaryGeom'")
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains("gist", Assert.Single(index), StringComparison.OrdinalIgnoreCase);
    }
}
