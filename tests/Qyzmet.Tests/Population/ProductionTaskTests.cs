using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Seeding;
using Qyzmet.PopulationDocuments;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Population;

/// <summary>
/// 004.md §4.2 step 6 / §4.11 "In production" (issue 14: "production at the document factory is such a task"; ADR 0025,
/// D-624..D-627): S1 production is a kernel task of the document factory, and starting it checks the photograph and
/// signature again, through HTTP on both providers.
/// </summary>
public abstract class ProductionTaskTests
{
    private const string PassportIdCard = "population-documents.passport-id-card";

    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static string FactoryStaff(string role) =>
        PopulationDemoData.Staff.Single(s => s.UnitId == "document-factory" && s.Role == role).Iin;

    private static string Officer(string region) =>
        PopulationDemoData.Staff.Single(s => s.UnitId == "migration-police-" + region && s.Role == Roles.ProviderExecutor).Iin;

    // ADR 0025, D-624, D-625 (004.md §4.2 step 6, §4.11; §3.1 item 6): sending to production opens one task for the document
    // factory; only its staff answer it; a defect needs its reasons, leaves the application with the officer and tells the
    // applicant; sent again, a second task opens; "produced" makes the document ready at the centre. The applicant follows
    // every status in kk and ru.
    [Fact]
    public async Task Production_IsTheFactorysTask_DefectRecordedAndSentAgain_ProducedMakesReady()
    {
        var desk = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var number = await AcceptedAsync(desk, DemoData.Dana.Iin);
        await CaptureAsync(desk, number);
        var officer = await Factory.SignedInAsync(Officer("71"));
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/applications/{number}/actions/start-production", new { }, Ct)).StatusCode);

        var tasks = await desk.GetFromJsonAsync<JsonElement[]>($"/api/applications/{number}/tasks", Ct);
        var task = Assert.Single(tasks!);
        Assert.Equal("document-factory", task.GetProperty("unitId").GetString());
        Assert.Equal("open", task.GetProperty("status").GetString());
        var id = task.GetProperty("id").GetString();

        // The officer of the migration police does not answer the factory's task; nor is "ready" theirs to fire any more.
        Assert.Equal("TASK-0001", (await ApiResponses.ProblemAsync(await officer.PostAsJsonAsync($"/api/tasks/{id}/complete", new { outcome = "produced" }, Ct), HttpStatusCode.NotFound)).GetProperty("errorCode").GetString());
        Assert.NotEqual(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/applications/{number}/actions/produced", new { }, Ct)).StatusCode);

        var factory = await Factory.SignedInAsync(FactoryStaff(Roles.ProviderExecutor));
        Assert.Equal("TASK-0006", (await ApiResponses.ProblemAsync(await factory.PostAsJsonAsync($"/api/tasks/{id}/complete", new { outcome = "defect" }, Ct), HttpStatusCode.BadRequest)).GetProperty("errorCode").GetString());
        await CompleteAsync(Factory, number, "defect", "Чип не прошёл контроль записи");

        var dana = await Factory.SignedInAsync(DemoData.Dana.Iin, "kk");
        var defect = await dana.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
        Assert.Equal("production-defect", defect.GetProperty("status").GetString());
        Assert.Contains("қайта дайындалады", defect.GetProperty("statusText").GetString());
        var ru = await Factory.SignedInAsync(DemoData.Dana.Iin, "ru");
        Assert.Contains("изготовлен заново", (await ru.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct)).GetProperty("statusText").GetString());
        var inbox = await ru.GetFromJsonAsync<JsonElement[]>("/api/cabinet/inbox", Ct);
        Assert.Contains(inbox!, m => m.GetProperty("body").GetString()!.Contains("выявлен брак"));

        // The officer sends the formulyar again: a new round, a new task; produced makes it ready.
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/applications/{number}/actions/start-production", new { }, Ct)).StatusCode);
        Assert.Equal("Құжат дайындалуда", (await dana.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct)).GetProperty("statusText").GetString());
        await CompleteAsync(Factory, number, "produced", null);
        var ready = await dana.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Equal("Құжат дайын", ready.GetProperty("statusText").GetString());
        var all = await desk.GetFromJsonAsync<JsonElement[]>($"/api/applications/{number}/tasks", Ct);
        Assert.Equal(["defect", "produced"], all!.Select(t => t.GetProperty("outcome").GetString()).ToArray());
    }

    // D-627 (a rule checked at submission is checked again where it takes effect; 004.md §3.1 items 9, 9.2; D-618): starting
    // production refuses, 409 POP-0037 naming the field, when the photograph or signature is missing, or when the latest file
    // of its kind no longer passes the check (here a thumbnail attached through the generic attachments endpoint). Nothing
    // moves and no task opens; with both valid it starts.
    [Fact]
    public async Task StartProduction_RechecksPhotoAndSignature_RefusesWith409_NothingMoves()
    {
        var desk = await Factory.SignedInAsync(DemoData.PscOperator.Iin, "ru");
        var number = await AcceptedAsync(desk, DemoData.Talgat.Iin);
        var officer = await Factory.SignedInAsync(Officer("63"), "ru");

        var none = await ApiResponses.ProblemAsync(await officer.PostAsJsonAsync($"/api/applications/{number}/actions/start-production", new { }, Ct), HttpStatusCode.Conflict);
        Assert.Equal("POP-0037", none.GetProperty("errorCode").GetString());
        Assert.True(none.GetProperty("errors").TryGetProperty("photo", out _));
        Assert.True(none.GetProperty("errors").TryGetProperty("signature", out _));
        Assert.Contains("фотография отсутствует", none.GetProperty("detail").GetString());

        await Upload(desk, number, "photo", TestImages.Png(413, 531));
        var noSignature = await ApiResponses.ProblemAsync(await officer.PostAsJsonAsync($"/api/applications/{number}/actions/start-production", new { }, Ct), HttpStatusCode.Conflict);
        Assert.False(noSignature.GetProperty("errors").TryGetProperty("photo", out _));
        Assert.True(noSignature.GetProperty("errors").TryGetProperty("signature", out _));

        await Upload(desk, number, "signature", TestImages.Jpeg(827, 236));
        // A later "photo" that bypassed the photo check (the generic attachments endpoint checks only the type) is the latest.
        var thumb = new ByteArrayContent(TestImages.Png(40, 50));
        thumb.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        Assert.Equal(HttpStatusCode.Created, (await desk.PostAsync($"/api/applications/{number}/attachments", new MultipartFormDataContent { { thumb, "file", "photo.png" } }, Ct)).StatusCode);
        var invalid = await ApiResponses.ProblemAsync(await officer.PostAsJsonAsync($"/api/applications/{number}/actions/start-production", new { }, Ct), HttpStatusCode.Conflict);
        Assert.Equal("POP-0037", invalid.GetProperty("errorCode").GetString());
        Assert.Contains("фотография не соответствует требованиям", invalid.GetProperty("detail").GetString());
        Assert.Equal(0, await TaskCount(number));
        Assert.Equal("accepted", (await desk.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct)).GetProperty("status").GetString());

        await Upload(desk, number, "photo", TestImages.Jpeg(413, 531));
        Assert.Equal(HttpStatusCode.OK, (await officer.PostAsJsonAsync($"/api/applications/{number}/actions/start-production", new { }, Ct)).StatusCode);
        Assert.Equal(1, await TaskCount(number));
    }

    // D-630 (004.md §3.1 item 7; D-621): the surcharges are rows with effective dates that say what they are; the demo figures
    // are marked placeholders (API and payment purpose), and a price list loaded with a later date replaces them.
    [Fact]
    public async Task Surcharges_AreDatedRows_MarkedPlaceholders_ReplacedByALaterPriceList()
    {
        var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin);
        var rates = await admin.GetFromJsonAsync<JsonElement[]>("/api/population/duty-rates", Ct);
        var seven = rates!.Where(r => r.GetProperty("item").GetString() == "accelerated-7").ToList();
        Assert.All(seven, r => Assert.Equal("surcharge", r.GetProperty("kind").GetString()));
        Assert.Contains(seven, r => r.GetProperty("placeholder").GetBoolean() && r.GetProperty("note").GetProperty("ru").GetString()!.Contains("Временное значение"));
        Assert.Contains("не госпошлина", seven[0].GetProperty("label").GetProperty("ru").GetString());
        Assert.False(rates!.Single(r => r.GetProperty("item").GetString() == "passport").GetProperty("placeholder").GetBoolean());

        var desk = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var app = await ApiResponses.CreatedAsync(await desk.PostAsJsonAsync($"/api/services/{PassportIdCard}/applications", new
        {
            applicantId = DemoData.Mira.Iin,
            fields = new { document = "id-card", @case = "replace-id-card", baseNumber = "0" + DemoData.Mira.Iin[..8], baseIssuedOn = "2020-01-15", baseIssuer = "МВД РК", term = "7", photo = "workstation" },
        }, Ct));
        Assert.Contains("временное значение", await PurposeAsync(app.GetProperty("number").GetString()!));

        var today = Qyzmet.Kernel.Calendar.AlmatyTime.LocalDate(Factory.Services.GetRequiredService<TimeProvider>().GetUtcNow());
        var loaded = await admin.PutAsJsonAsync("/api/population/duty-rates", new[]
        {
            new { item = "accelerated-7", effectiveFrom = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), mciShare = (decimal?)null, amountTiyn = (long?)1_234_500, source = "Приказ МВД (тест)" },
        }, Ct);
        Assert.Equal(HttpStatusCode.OK, loaded.StatusCode);
        var after = await ApiResponses.CreatedAsync(await desk.PostAsJsonAsync($"/api/services/{PassportIdCard}/applications", new
        {
            applicantId = DemoData.Igor.Iin,
            fields = new { document = "id-card", @case = "replace-id-card", baseNumber = "0" + DemoData.Igor.Iin[..8], baseIssuedOn = "2020-01-15", baseIssuer = "МВД РК", term = "7", photo = "workstation" },
        }, Ct));
        Assert.Equal(86_500 + 1_234_500, after.GetProperty("payment").GetProperty("amountTiyn").GetInt64());
        Assert.DoesNotContain("временное значение", await PurposeAsync(after.GetProperty("number").GetString()!));
        Assert.Contains((await admin.GetFromJsonAsync<JsonElement[]>("/api/population/duty-rates", Ct))!,
            r => r.GetProperty("item").GetString() == "accelerated-7" && r.GetProperty("source").GetString() == "Приказ МВД (тест)" && !r.GetProperty("placeholder").GetBoolean());
    }

    /// <summary>Captures a valid photograph and signature for an S1 application (D-618), as the workstation does.</summary>
    internal static async Task CaptureAsync(HttpClient client, string number)
    {
        await Upload(client, number, "photo", TestImages.Png(413, 531));
        await Upload(client, number, "signature", TestImages.Jpeg(827, 236));
    }

    /// <summary>The document factory's operator completes the open production task of <paramref name="number"/> (ADR 0025).</summary>
    internal static async Task CompleteAsync(QyzmetFactory factory, string number, string outcome, string? comment)
    {
        var staff = await factory.SignedInAsync(FactoryStaff(Roles.ProviderExecutor));
        var queue = await staff.GetFromJsonAsync<JsonElement[]>("/api/tasks", Ct);
        var task = queue!.Single(t => t.GetProperty("applicationNumber").GetString() == number && t.GetProperty("status").GetString() == "open");
        var done = await staff.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetString()}/complete", new { outcome, comment }, Ct);
        Assert.True(done.StatusCode == HttpStatusCode.OK, await done.Content.ReadAsStringAsync(Ct));
    }

    private static async Task Upload(HttpClient client, string number, string kind, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        var response = await client.PostAsync($"/api/population/passport-applications/{number}/{kind}", new MultipartFormDataContent { { file, kind, kind + ".bin" } }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
    }

    private async Task<string> AcceptedAsync(HttpClient desk, string iin)
    {
        var app = await ApiResponses.CreatedAsync(await desk.PostAsJsonAsync($"/api/services/{PassportIdCard}/applications", new
        {
            applicantId = iin,
            fields = new { document = "id-card", @case = "replace-id-card", baseNumber = "0" + iin[..8], baseIssuedOn = "2020-01-15", baseIssuer = "МВД РК", term = "standard", photo = "workstation" },
        }, Ct));
        var number = app.GetProperty("number").GetString()!;
        Assert.Equal("accepted", (await Factory.PayAsync(desk, number)).GetProperty("status").GetString());
        return number;
    }

    private async Task<int> TaskCount(string number)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        return await db.CaseTasks.CountAsync(t => db.Applications.Any(a => a.Id == t.ApplicationId && a.Number == number), Ct);
    }

    private async Task<string> PurposeAsync(string number)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        return await db.Payments.Where(p => db.Applications.Any(a => a.Id == p.ApplicationId && a.Number == number)).Select(p => p.Purpose).SingleAsync(Ct);
    }
}

public sealed class SqliteProductionTaskTests(SqliteHost host) : ProductionTaskTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresProductionTaskTests(PostgresHost host) : ProductionTaskTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
