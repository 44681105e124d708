using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Trust;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Trust;

/// <summary>
/// Issue 3 "Roles": "applicant (individual, legal-entity representative with power of attorney)"; 002.md §3.0
/// "Recipient": the consumer "may act through a representative holding a power of attorney (тұтынушы өкілі, сенімхат)".
/// Decision D-308: a person applies for a legal entity only as its head or with a valid (issued, unexpired, unrevoked)
/// power of attorney; otherwise TRUST-0021 (403) and nothing is stored. On SQLite and PostgreSQL.
/// </summary>
public abstract class PowerOfAttorneyTests
{
    private const string Cadastral = "land.cadastral-info";
    private const string Register = "/api/registries/powers-of-attorney";
    private static readonly Dictionary<string, string?> PlotFields = new() { ["cadastralNumber"] = "75-123-045-067" };

    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // D-308: the demo attorney (Aigerim, a founder but not the head of Baiterek) holds a valid power of attorney.
    [Fact]
    public async Task Representative_ValidPowerOfAttorney_AppliesForCompany201()
    {
        var client = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        var app = await ApiResponses.CreatedAsync(await Apply(client, DemoData.Baiterek.Bin));
        Assert.Equal(DemoData.Baiterek.Bin, app.GetProperty("applicantId").GetString());
    }

    // D-308: the first head in the Legal entities database needs no power of attorney.
    [Fact]
    public async Task Head_AppliesForCompany201()
    {
        var client = await Factory.SignedInAsync(DemoData.Nurlan.Iin);
        var app = await ApiResponses.CreatedAsync(await Apply(client, DemoData.Baiterek.Bin));
        Assert.Equal(DemoData.Baiterek.Bin, app.GetProperty("applicantId").GetString());
    }

    // Issue 10 item 7, D-308 (002.md §3.0 "Recipient": the consumer acts through its representative): whoever may apply
    // for a legal entity follows and collects its applications (API, document, list, cabinet page); nobody else.
    [Fact]
    public async Task HeadAndAttorney_FollowAndCollectCompanyApplication_OthersNotFound()
    {
        var aigerim = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        var created = await ApiResponses.CreatedAsync(await Apply(aigerim, DemoData.Baiterek.Bin));
        var number = created.GetProperty("number").GetString()!;

        foreach (var entitled in new[] { aigerim, await Factory.SignedInAsync(DemoData.Baiterek.HeadIin) })
        {
            var app = await entitled.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
            Assert.Equal(DemoData.Baiterek.Bin, app.GetProperty("applicantId").GetString());
            var document = await entitled.GetAsync($"/api/applications/{number}/document", Ct);
            Assert.Equal(HttpStatusCode.OK, document.StatusCode);
            Assert.Equal("application/pdf", document.Content.Headers.ContentType?.MediaType);
            var page = await entitled.GetFromJsonAsync<JsonElement>("/api/applications?limit=100", Ct);
            Assert.Contains(page.GetProperty("items").EnumerateArray(), a => a.GetProperty("number").GetString() == number);
            Assert.Contains(number, await entitled.GetStringAsync("/applications", Ct), StringComparison.Ordinal);
            // The cabinet's documents (D-412) follow the same rule: the company's result is theirs to download.
            var documents = await entitled.GetFromJsonAsync<JsonElement>("/api/cabinet/documents", Ct);
            var url = documents.EnumerateArray().Single(d => d.GetProperty("id").GetGuid() == app.GetProperty("documentId").GetGuid()).GetProperty("url").GetString();
            Assert.Equal(HttpStatusCode.OK, (await entitled.GetAsync(url, Ct)).StatusCode);
        }

        // Neither head nor attorney, and an attorney of another company: as if the number did not exist.
        var stranger = await Factory.SignedInAsync(DemoData.Almas.Iin);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/applications/{number}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/applications/{number}/document", Ct)).StatusCode);
        Assert.Empty((await stranger.GetFromJsonAsync<JsonElement>("/api/cabinet/documents", Ct)).EnumerateArray());
        var strangerPage = await stranger.GetFromJsonAsync<JsonElement>("/api/applications?limit=100", Ct);
        Assert.DoesNotContain(strangerPage.GetProperty("items").EnumerateArray(), a => a.GetProperty("number").GetString() == number);
    }

    // D-308: an expired power of attorney gives no access either: Aigerim's for Agro Dala expired 2024-01-31, so the
    // application its head makes is not hers to see.
    [Fact]
    public async Task Attorney_ExpiredPowerOfAttorney_DoesNotSeeCompanyApplication()
    {
        var head = await Factory.SignedInAsync(DemoData.AgroDala.HeadIin);
        var number = (await ApiResponses.CreatedAsync(await Apply(head, DemoData.AgroDala.Bin))).GetProperty("number").GetString();
        Assert.Equal(HttpStatusCode.OK, (await head.GetAsync($"/api/applications/{number}", Ct)).StatusCode);
        var aigerim = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        Assert.Equal(HttpStatusCode.NotFound, (await aigerim.GetAsync($"/api/applications/{number}", Ct)).StatusCode);
    }

    // Issue 10 item 10 (002.md §3.0 "Recipient"): a mistyped BIN in "on behalf of a legal entity" is refused with the
    // field's error (400, errors.applicantId) and nothing is stored; it is never replaced by the applicant's own IIN.
    // Someone else's IIN is no company's BIN either.
    [Theory]
    [InlineData("1005400123491", "ID-0001")] // 13 digits
    [InlineData("100540012348", "ID-0008")] // wrong check digit (Baiterek's BIN ends in 9)
    [InlineData("090824500316", "ID-0006")] // a person's IIN
    public async Task InvalidBin_OnBehalfOfLegalEntity_Refused400WithFieldNothingStored(string bin, string errorCode)
    {
        var client = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        var before = await CountApplicationsAsync();
        var problem = await ApiResponses.ProblemAsync(await Apply(client, bin), HttpStatusCode.BadRequest);
        Assert.Equal(errorCode, problem.GetProperty("errorCode").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("applicantId", out _), problem.GetRawText());
        Assert.Equal(before, await CountApplicationsAsync());
        var toSign = await client.PostAsJsonAsync($"/api/services/{Cadastral}/applications/to-sign", new { applicantId = bin, fields = PlotFields }, Ct);
        Assert.Equal(errorCode, (await ApiResponses.ProblemAsync(toSign, HttpStatusCode.BadRequest)).GetProperty("errorCode").GetString());
    }

    // D-308: a power of attorney past its "valid until" day (Aigerim for Agro Dala, expired 2024-01-31) authorises nothing.
    [Fact]
    public async Task Representative_ExpiredPowerOfAttorney_Refused403Trust0021NothingStored() =>
        await AssertRefusedAsync(DemoData.Aigerim.Iin, DemoData.AgroDala.Bin);

    // D-308: neither head nor attorney.
    [Fact]
    public async Task Stranger_AppliesForCompany_Refused403Trust0021NothingStored() =>
        await AssertRefusedAsync(DemoData.Almas.Iin, DemoData.Baiterek.Bin);

    // D-308: registered by an administrator, the power of attorney works; once revoked (audited), it no longer does.
    [Fact]
    public async Task Representative_RevokedPowerOfAttorney_Refused403Trust0021()
    {
        var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin);
        var today = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime);
        var registered = await ApiResponses.CreatedAsync(await admin.PostAsJsonAsync(Register, new
        {
            bin = DemoData.QalaInvest.Bin,
            representativeIin = DemoData.Talgat.Iin,
            number = "TEST-REVOKE-1",
            issuedOn = today.AddDays(-10),
            validUntil = today.AddYears(1),
        }, Ct));
        var id = registered.GetProperty("id").GetString();
        var talgat = await Factory.SignedInAsync(DemoData.Talgat.Iin);
        await ApiResponses.CreatedAsync(await Apply(talgat, DemoData.QalaInvest.Bin));

        var revoked = await admin.PostAsync($"{Register}/{id}/revoke", null, Ct);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        var again = await admin.PostAsync($"{Register}/{id}/revoke", null, Ct);
        Assert.Equal("TRUST-0023", (await ApiResponses.ProblemAsync(again, HttpStatusCode.Conflict)).GetProperty("errorCode").GetString());
        Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        await AssertRefusedAsync(DemoData.Talgat.Iin, DemoData.QalaInvest.Bin);

        var list = await admin.GetFromJsonAsync<JsonElement[]>($"{Register}?bin={DemoData.QalaInvest.Bin}", Ct);
        Assert.Contains(list!, p => p.GetProperty("id").GetString() == id && p.GetProperty("revokedAt").ValueKind != JsonValueKind.Null);
        await using var scope = Factory.Services.CreateAsyncScope();
        // ADR 0018: audit rows are chained by the chain writer shortly after commit; chain what is pending before reading.
        await scope.ServiceProvider.GetRequiredService<Qyzmet.Platform.Audit.AuditLog>().ChainPendingAsync(Ct);
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var actions = await db.Audit.Where(a => a.Subject == "power-of-attorney:" + id).Select(a => a.Action).ToListAsync(Ct);
        Assert.Equal(["poa.register", "poa.revoke"], actions.Order().ToArray());
    }

    // D-308: valid from its date of issue, not before.
    [Fact]
    public async Task Representative_PowerOfAttorneyIssuedTomorrow_Refused403Trust0021()
    {
        var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin);
        var tomorrow = DateOnly.FromDateTime(Factory.Clock.GetUtcNow().UtcDateTime).AddDays(2);
        await ApiResponses.CreatedAsync(await admin.PostAsJsonAsync(Register,
            new { bin = DemoData.AgroDala.Bin, representativeIin = DemoData.Mira.Iin, number = "TEST-FUTURE-1", issuedOn = tomorrow, validUntil = tomorrow.AddYears(1) }, Ct));
        await AssertRefusedAsync(DemoData.Mira.Iin, DemoData.AgroDala.Bin);
    }

    // The register is kept by administrators and PSC operators; an applicant may neither write nor read it.
    [Fact]
    public async Task Register_ByApplicant_Forbidden403()
    {
        var client = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        var post = await client.PostAsJsonAsync(Register, new { bin = DemoData.AgroDala.Bin, representativeIin = DemoData.Aigerim.Iin, number = "X", issuedOn = "2026-01-01", validUntil = "2027-01-01" }, Ct);
        Assert.Equal("K-0003", (await ApiResponses.ProblemAsync(post, HttpStatusCode.Forbidden)).GetProperty("errorCode").GetString());
        var get = await client.GetAsync($"{Register}?bin={DemoData.AgroDala.Bin}", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
    }

    [Fact]
    public async Task Register_ValidUntilBeforeIssue_Refused400WithField()
    {
        var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin);
        var response = await admin.PostAsJsonAsync(Register,
            new { bin = DemoData.AgroDala.Bin, representativeIin = DemoData.Mira.Iin, number = "X-1", issuedOn = "2026-05-01", validUntil = "2026-04-30" }, Ct);
        var problem = await ApiResponses.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("K-0001", problem.GetProperty("errorCode").GetString());
        Assert.Contains("validUntil", problem.GetRawText(), StringComparison.Ordinal);
    }

    // D-308: a company key (OU=BIN…) of the attorney is accepted; a company key held by someone neither head nor attorney
    // is refused even when a PSC operator submits it.
    [Fact]
    public async Task CompanyKeySignature_SignerMustBeHeadOrAttorney()
    {
        var baiterek = DemoData.Baiterek.Bin;
        X509Certificate2 attorneyKey;
        using (var scope = Factory.Services.CreateScope())
        {
            attorneyKey = scope.ServiceProvider.GetRequiredService<CertificateRegistry>().LoadKeyFile(DemoData.Aigerim.Iin, KeyPurpose.Signing, baiterek)
                ?? throw new InvalidOperationException("no demo attorney key");
        }

        using (attorneyKey)
        {
            var aigerim = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
            await ApiResponses.CreatedAsync(await aigerim.PostAsJsonAsync($"/api/services/{Cadastral}/applications",
                new { applicantId = baiterek, fields = PlotFields, signature = Sign(baiterek, attorneyKey) }, Ct));
        }

        var ca = Factory.Services.GetRequiredService<PlatformCertificateAuthority>();
        using var strangerKey = ca.Issue(new CertificateProfile(DemoData.Almas.Iin, DemoData.Almas.FullName, KeyPurpose.Signing, Bin: baiterek));
        var operatorClient = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var before = await CountApplicationsAsync();
        var response = await operatorClient.PostAsJsonAsync($"/api/services/{Cadastral}/applications",
            new { applicantId = baiterek, fields = PlotFields, signature = Sign(baiterek, strangerKey) }, Ct);
        Assert.Equal("TRUST-0021", (await ApiResponses.ProblemAsync(response, HttpStatusCode.Forbidden)).GetProperty("errorCode").GetString());
        Assert.Equal(before, await CountApplicationsAsync());
    }

    private async Task AssertRefusedAsync(string iin, string bin)
    {
        var client = await Factory.SignedInAsync(iin);
        var before = await CountApplicationsAsync();
        var problem = await ApiResponses.ProblemAsync(await Apply(client, bin), HttpStatusCode.Forbidden);
        Assert.Equal("TRUST-0021", problem.GetProperty("errorCode").GetString());
        Assert.Equal(before, await CountApplicationsAsync());
    }

    private static Task<HttpResponseMessage> Apply(HttpClient client, string bin) =>
        client.PostAsJsonAsync($"/api/services/{Cadastral}/applications", new { applicantId = bin, fields = PlotFields }, Ct);

    private string Sign(string applicantId, X509Certificate2 key) =>
        Convert.ToBase64String(new DocumentSigner(Factory.Clock).SignDetached(RequestCanonicalForm.Build(Cadastral, applicantId, PlotFields), key,
            Factory.Services.GetRequiredService<PlatformCertificateAuthority>().Issuing));

    private async Task<int> CountApplicationsAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().Applications.CountAsync(Ct);
    }
}

public sealed class SqlitePowerOfAttorneyTests(SqliteHost host) : PowerOfAttorneyTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresPowerOfAttorneyTests(PostgresHost host) : PowerOfAttorneyTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
