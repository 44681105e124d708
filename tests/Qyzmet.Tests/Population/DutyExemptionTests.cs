using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Population;

/// <summary>
/// 004.md §3.1 item 7 and item 9.1, §3.3 item 7 and item 9.4, §8.2 rule 2, §8.3 item 29 (D-620): exemption from the state
/// duty on the confirming document presented at the centre; and the accelerated-issue surcharges as the Ministry's price
/// list with effective dates (§3.1 item 7; D-621). Through HTTP, on SQLite and PostgreSQL.
/// </summary>
public abstract class DutyExemptionTests
{
    private const string PassportIdCard = "population-documents.passport-id-card";
    private const string Registration = "population-documents.residence-registration";

    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string CardOf(string iin) => "0" + iin[..8];

    private static Dictionary<string, string> S1(string iin, string term) => new()
    {
        ["document"] = "id-card",
        ["case"] = "replace-id-card",
        ["baseNumber"] = CardOf(iin),
        ["baseIssuedOn"] = "2020-01-15",
        ["baseIssuer"] = "МВД РК",
        ["term"] = term,
        ["photo"] = "workstation",
    };

    private static void Exempt(Dictionary<string, string> fields)
    {
        fields["exemption"] = "yes";
        fields["exemptionGround"] = "Налоговый кодекс, ст. 541 (категория по подтверждающему документу)";
        fields["exemptionProof"] = "Удостоверение № 123456 от 01.02.2020, выдано УСЗН г. Астаны";
    }

    // §3.1 items 7, 9.1 (D-620): with the confirming document the duty is 0: in the standard term nothing is paid and the
    // coupon is issued at once; in an accelerated term only the surcharge (a tariff, not the duty) is paid; the ground and
    // the document are in the application's history.
    [Fact]
    public async Task S1_ExemptAtTheCentre_NoDuty_CouponAtOnce_AcceleratedPaysOnlyTheSurcharge()
    {
        var desk = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var standard = S1(DemoData.Dana.Iin, "standard");
        Exempt(standard);
        var app = await Submit(desk, PassportIdCard, DemoData.Dana.Iin, standard);
        Assert.Equal("accepted", app.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, app.GetProperty("documentId").ValueKind);
        Assert.True(app.GetProperty("payment").ValueKind == JsonValueKind.Null, app.ToString());
        var history = await desk.GetStringAsync($"/api/applications/{app.GetProperty("number").GetString()}", Ct);
        Assert.Contains("Удостоверение № 123456", history);

        var accelerated = S1(DemoData.Talgat.Iin, "10");
        Exempt(accelerated);
        var paying = await Submit(desk, PassportIdCard, DemoData.Talgat.Iin, accelerated);
        Assert.Equal("awaiting-payment", paying.GetProperty("status").GetString());
        Assert.Equal(500_000, paying.GetProperty("payment").GetProperty("amountTiyn").GetInt64()); // the demo surcharge only
    }

    // §3.3 items 7, 9.4 (D-620): a registration at the centre with the exemption is recorded without a payment.
    [Fact]
    public async Task S3_ExemptAtTheCentre_RegisteredWithoutPayment()
    {
        var desk = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var fields = new Dictionary<string, string>
        {
            ["addressId"] = "1101200000001412",
            ["kind"] = "permanent",
            ["ownerIin"] = DemoData.Mira.Iin,
            ["ownerIdNumber"] = CardOf(DemoData.Mira.Iin),
            ["rightDocument"] = "state-register",
            ["fromAbroad"] = "no",
            ["underSupervision"] = "no",
        };
        Exempt(fields);
        var app = await Submit(desk, Registration, DemoData.Almas.Iin, fields);
        Assert.Equal("registered", app.GetProperty("status").GetString());
    }

    // §8.2 rule 2 (D-620): the confirming document is presented at the centre; a portal request with the exemption is
    // refused naming the field, and nothing is stored.
    [Fact]
    public async Task Exemption_OnThePortal_IsRefused_NamingTheField_NothingStored()
    {
        var igor = await Factory.SignedInAsync(DemoData.Igor.Iin, "ru");
        var fields = S1(DemoData.Igor.Iin, "standard");
        fields["case"] = "new-technology";
        Exempt(fields);
        var before = await Applications();
        var problem = await ApiResponses.ProblemAsync(await igor.PostAsJsonAsync($"/api/services/{PassportIdCard}/applications", new { fields }, Ct), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("POP-0035", problem.GetProperty("errorCode").GetString());
        Assert.Contains("Поле «exemption»", problem.GetProperty("errors").GetProperty("exemption")[0].GetString());
        Assert.Equal(before, await Applications());
    }

    // §3.1 item 7 (D-621): the surcharge is the Ministry's price list in force on the payment day; an administrator loads
    // a new list with its date, all or nothing; nobody else may.
    [Fact]
    public async Task Surcharges_AreThePriceListInForce_LoadedByTheAdministrator_AllOrNothing()
    {
        var today = AlmatyTime.LocalDate(Factory.Clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var row = new { item = "accelerated-7", effectiveFrom = today, amountTiyn = 1_234_500, source = "Приказ МВД (прейскурант), тест" };
        var desk = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        Assert.Equal(HttpStatusCode.Forbidden, (await desk.PutAsJsonAsync("/api/population/duty-rates", new[] { row }, Ct)).StatusCode);

        var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin, "kk");
        var bad = await ApiResponses.ProblemAsync(await admin.PutAsJsonAsync("/api/population/duty-rates",
            new object[] { row, new { item = "express", effectiveFrom = today, amountTiyn = 1, source = "x" } }, Ct), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("POP-0036", bad.GetProperty("errorCode").GetString());
        Assert.True(bad.GetProperty("errors").TryGetProperty("[1].item", out _));
        var loaded = await Factory.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/population/duty-rates", Ct);
        Assert.DoesNotContain(loaded!, r => r.GetProperty("amountTiyn").ValueKind == JsonValueKind.Number && r.GetProperty("amountTiyn").GetInt64() == 1_234_500);

        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/population/duty-rates", new[] { row }, Ct)).StatusCode);
        var app = await Submit(desk, PassportIdCard, DemoData.Nurlan.Iin, S1(DemoData.Nurlan.Iin, "7"));
        Assert.Equal(86_500 + 1_234_500, app.GetProperty("payment").GetProperty("amountTiyn").GetInt64());
    }

    private static async Task<JsonElement> Submit(HttpClient desk, string service, string applicantId, Dictionary<string, string> fields) =>
        await ApiResponses.CreatedAsync(await desk.PostAsJsonAsync($"/api/services/{service}/applications", new { applicantId, fields }, Ct));

    private async Task<int> Applications()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().Applications.CountAsync(Ct);
    }
}

public sealed class SqliteDutyExemptionTests(SqliteHost host) : DutyExemptionTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresDutyExemptionTests(PostgresHost host) : DutyExemptionTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
