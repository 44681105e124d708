using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Trust;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Trust;

/// <summary>
/// Issue 3: signed requests, one-time passwords, sign-in, access rules and the access log, over HTTP on SQLite and
/// PostgreSQL. Requests must be "удостоверенный ЭЦП услугополучателя либо одноразовым паролем" (000.md; 002.md §2.8),
/// and a failed check is the refusal "EDS authenticity not confirmed" with nothing stored.
/// </summary>
public abstract partial class TrustApiTests
{
    private const string Cadastral = "land.cadastral-info";
    private static readonly Dictionary<string, string?> PlotFields = new() { ["cadastralNumber"] = "75-123-045-067" };

    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private PlatformCertificateAuthority Ca => Factory.Services.GetRequiredService<PlatformCertificateAuthority>();

    [Fact]
    public async Task SignedSubmission_ValidSigningKey_AcceptedAndConfirmationRecorded()
    {
        var aigerim = DemoData.Aigerim;
        using var key = LoadDemoKey(aigerim.Iin, KeyPurpose.Signing);
        var client = await Factory.SignedInAsync(aigerim.Iin);

        var response = await client.PostAsJsonAsync($"/api/services/{Cadastral}/applications",
            new { fields = PlotFields, signature = Sign(Cadastral, aigerim.Iin, PlotFields, key) }, Ct);

        var app = await Created(response);
        var number = app.GetProperty("number").GetString()!;
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var id = await db.Applications.Where(a => a.Number == number).Select(a => a.Id).SingleAsync(Ct);
        var confirmation = await db.ApplicationConfirmations.SingleAsync(c => c.ApplicationId == id, Ct);
        Assert.Equal("signature", confirmation.Method);
        Assert.Equal(aigerim.Iin, confirmation.SignerIin);
        Assert.Equal(key.SerialNumber, confirmation.CertificateSerial);
        // Signing the canonical form (which says "consent":true) is the consent of 000.md refusal ground 5.
        Assert.Equal(Factory.Clock.GetUtcNow().UtcDateTime, confirmation.ConsentAt);
    }

    // ADR 0010: with Qyzmet:Trust:RequireSignature even a development session must certify its request.
    [Fact]
    public async Task RequireSignature_DevelopmentSessionUnsigned_RefusedTrust0001()
    {
        using var strict = Factory.WithWebHostBuilder(b => b.UseSetting("Qyzmet:Trust:RequireSignature", "true"));
        var client = strict.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/dev/sign-in", new { id = DemoData.Igor.Iin }, Ct)).StatusCode);
        var response = await client.PostAsJsonAsync($"/api/services/{Cadastral}/applications", new { fields = PlotFields }, Ct);
        Assert.Equal("TRUST-0001", await ErrorCode(response, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task ToSign_ReturnsTheDocumentedCanonicalForm()
    {
        var client = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        var response = await client.PostAsJsonAsync($"/api/services/{Cadastral}/applications/to-sign", new { fields = PlotFields }, Ct);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal($"{{\"applicantId\":\"{DemoData.Aigerim.Iin}\",\"consent\":true,\"fields\":{{\"cadastralNumber\":\"75-123-045-067\"}},\"serviceId\":\"{Cadastral}\"}}",
            json.GetProperty("canonical").GetString());
    }

    // "EDS authenticity not confirmed": content changed after signing.
    [Fact]
    public async Task SignedSubmission_TamperedContent_RefusedTrust0003NothingStored()
    {
        using var key = LoadDemoKey(DemoData.Aigerim.Iin, KeyPurpose.Signing);
        var signature = Sign(Cadastral, DemoData.Aigerim.Iin, PlotFields, key);
        await AssertRefused(DemoData.Aigerim.Iin, new Dictionary<string, string?> { ["cadastralNumber"] = "75-123-045-068" }, signature, "TRUST-0003");
    }

    // The IIN in the certificate must be the applicant's.
    [Fact]
    public async Task SignedSubmission_OtherPersonsKey_RefusedTrust0009()
    {
        using var nurlanKey = LoadDemoKey(DemoData.Nurlan.Iin, KeyPurpose.Signing);
        await AssertRefused(DemoData.Aigerim.Iin, PlotFields, Sign(Cadastral, DemoData.Aigerim.Iin, PlotFields, nurlanKey), "TRUST-0009");
    }

    [Fact]
    public async Task SignedSubmission_ExpiredCertificate_RefusedTrust0005()
    {
        var now = Factory.Clock.GetUtcNow();
        using var key = Ca.Issue(new CertificateProfile(DemoData.Aigerim.Iin, "EXPIRED", KeyPurpose.Signing, NotBefore: now.AddYears(-2), NotAfter: now.AddDays(-1)));
        await AssertRefused(DemoData.Aigerim.Iin, PlotFields, Sign(Cadastral, DemoData.Aigerim.Iin, PlotFields, key), "TRUST-0005");
    }

    [Fact]
    public async Task SignedSubmission_CertificateNotYetValid_RefusedTrust0006()
    {
        var now = Factory.Clock.GetUtcNow();
        using var key = Ca.Issue(new CertificateProfile(DemoData.Aigerim.Iin, "FUTURE", KeyPurpose.Signing, NotBefore: now.AddDays(1), NotAfter: now.AddYears(1)));
        await AssertRefused(DemoData.Aigerim.Iin, PlotFields, Sign(Cadastral, DemoData.Aigerim.Iin, PlotFields, key), "TRUST-0006");
    }

    // Revoked through the administrators' API: refused, and listed on the published CRL.
    [Fact]
    public async Task SignedSubmission_RevokedCertificate_RefusedTrust0007AndOnCrl()
    {
        X509Certificate2 key;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            key = scope.ServiceProvider.GetRequiredService<CertificateRegistry>().Issue(new CertificateProfile(DemoData.Aigerim.Iin, "TO REVOKE", KeyPurpose.Signing));
            await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().SaveChangesAsync(Ct);
        }

        using var owned = key;
        var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin);
        var citizen = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.PostAsJsonAsync($"/api/pki/certificates/{key.SerialNumber}/revoke", new { reason = "x" }, Ct)).StatusCode);
        var revoked = await admin.PostAsJsonAsync($"/api/pki/certificates/{key.SerialNumber}/revoke", new { reason = "key compromise" }, Ct);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Factory.Clock.Advance(TimeSpan.FromSeconds(1));

        await AssertRefused(DemoData.Aigerim.Iin, PlotFields, Sign(Cadastral, DemoData.Aigerim.Iin, PlotFields, key), "TRUST-0007");

        var crl = await Factory.CreateClient().GetByteArrayAsync("/pki/crl", Ct);
        var parsed = System.Security.Cryptography.X509Certificates.CertificateRevocationListBuilder.Load(crl, out _);
        Assert.True(parsed.RemoveEntry(Convert.FromHexString(key.SerialNumber)));
    }

    // Administrators issue and list certificates; the issue is audited; others are refused.
    [Fact]
    public async Task PkiApi_AdministratorIssuesAndLists_OthersForbidden()
    {
        var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin);
        var issued = await admin.PostAsJsonAsync("/api/pki/certificates", new { iin = DemoData.Igor.Iin, commonName = "ВЕРТКОВ ИГОРЬ", purpose = "sign", algorithm = "rsa" }, Ct);
        var row = await Created(issued);
        Assert.Equal("RSA-2048", row.GetProperty("algorithm").GetString());
        var serial = row.GetProperty("serial").GetString();
        var list = await admin.GetFromJsonAsync<JsonElement[]>($"/api/pki/certificates?iin={DemoData.Igor.Iin}", Ct);
        Assert.Contains(list!, c => c.GetProperty("serial").GetString() == serial);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            // ADR 0018: audit rows are chained by the chain writer shortly after commit; chain what is pending before reading.
            await scope.ServiceProvider.GetRequiredService<Qyzmet.Platform.Audit.AuditLog>().ChainPendingAsync(Ct);
            Assert.True(await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().Audit.AnyAsync(a => a.Subject == "certificate:" + serial, Ct));
        }

        var citizen = await Factory.SignedInAsync(DemoData.Igor.Iin);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync("/api/pki/certificates", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.PostAsJsonAsync("/api/pki/certificates", new { iin = DemoData.Igor.Iin }, Ct)).StatusCode);
    }

    // The authentication key is not a signing key (key usage without nonRepudiation).
    [Fact]
    public async Task SignedSubmission_AuthenticationKey_RefusedTrust0008()
    {
        using var key = LoadDemoKey(DemoData.Aigerim.Iin, KeyPurpose.Authentication);
        await AssertRefused(DemoData.Aigerim.Iin, PlotFields, Sign(Cadastral, DemoData.Aigerim.Iin, PlotFields, key), "TRUST-0008");
    }

    // A certificate from any other CA, even with the right IIN, is not the national CA's.
    [Fact]
    public async Task SignedSubmission_UnknownCa_RefusedTrust0004()
    {
        var folder = Directory.CreateTempSubdirectory("qyzmet-foreign-ca-").FullName;
        using var foreign = new PlatformCertificateAuthority(folder, "http://foreign.example", Factory.Clock);
        using var key = foreign.Issue(new CertificateProfile(DemoData.Aigerim.Iin, DemoData.Aigerim.FullName, KeyPurpose.Signing));
        var cms = new DocumentSigner(Factory.Clock).SignDetached(RequestCanonicalForm.Build(Cadastral, DemoData.Aigerim.Iin, PlotFields), key, foreign.Issuing);
        await AssertRefused(DemoData.Aigerim.Iin, PlotFields, Convert.ToBase64String(cms), "TRUST-0004");
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task SignedSubmission_NotCms_RefusedTrust0002()
    {
        await AssertRefused(DemoData.Aigerim.Iin, PlotFields, Convert.ToBase64String("not a signature"u8.ToArray()), "TRUST-0002", HttpStatusCode.BadRequest);
    }

    // A company's representative signs with a key carrying the company's BIN; a personal key does not do.
    [Fact]
    public async Task SignedSubmission_LegalEntity_NeedsKeyWithItsBin()
    {
        var baiterek = DemoData.Baiterek;
        var operatorClient = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var fields = new Dictionary<string, string?> { ["cadastralNumber"] = "75-123-045-067" };
        using var personal = LoadDemoKey(DemoData.Nurlan.Iin, KeyPurpose.Signing);
        var wrong = await operatorClient.PostAsJsonAsync($"/api/services/{Cadastral}/applications",
            new { applicantId = baiterek.Bin, fields, signature = Sign(Cadastral, baiterek.Bin, fields, personal) }, Ct);
        Assert.Equal("TRUST-0009", await ErrorCode(wrong, HttpStatusCode.UnprocessableEntity));

        using var company = LoadDemoKey(DemoData.Nurlan.Iin, KeyPurpose.Signing, baiterek.Bin);
        Assert.Equal(baiterek.Bin, PlatformCertificateAuthority.ReadBin(company));
        var right = await operatorClient.PostAsJsonAsync($"/api/services/{Cadastral}/applications",
            new { applicantId = baiterek.Bin, fields, signature = Sign(Cadastral, baiterek.Bin, fields, company) }, Ct);
        await Created(right);
    }

    // A session opened with a certificate (not the development sign-in) must certify every submission.
    [Fact]
    public async Task CertificateSession_UnsignedSubmission_RefusedTrust0001()
    {
        var client = await CertificateSignInAsync(DemoData.Talgat.Iin);
        var response = await client.PostAsJsonAsync($"/api/services/{Cadastral}/applications", new { fields = PlotFields }, Ct);
        Assert.Equal("TRUST-0001", await ErrorCode(response, HttpStatusCode.BadRequest));

        using var key = LoadDemoKey(DemoData.Talgat.Iin, KeyPurpose.Signing);
        await Created(await client.PostAsJsonAsync($"/api/services/{Cadastral}/applications",
            new { fields = PlotFields, signature = Sign(Cadastral, DemoData.Talgat.Iin, PlotFields, key) }, Ct));
    }

    [Fact]
    public async Task CertificateSignIn_SigningKeyOrReusedNonce_Refused_BearerTokenWorks()
    {
        var anonymous = Factory.CreateClient();
        using var signKey = LoadDemoKey(DemoData.Dana.Iin, KeyPurpose.Signing);
        var nonce = await NonceAsync(anonymous);
        var wrongKey = await anonymous.PostAsJsonAsync("/api/auth/certificate", new { nonce, signature = SignText(nonce, signKey) }, Ct);
        Assert.Equal("TRUST-0008", await ErrorCode(wrongKey, HttpStatusCode.UnprocessableEntity));

        using var authKey = LoadDemoKey(DemoData.Dana.Iin, KeyPurpose.Authentication);
        nonce = await NonceAsync(anonymous);
        var signed = SignText(nonce, authKey);
        var token = await anonymous.PostAsJsonAsync("/api/auth/certificate?token=true", new { nonce, signature = signed }, Ct);
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString();
        var replay = await anonymous.PostAsJsonAsync("/api/auth/certificate", new { nonce, signature = signed }, Ct);
        Assert.Equal("TRUST-0017", await ErrorCode(replay, HttpStatusCode.UnprocessableEntity));

        var api = Factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/applications", Ct)).StatusCode);
    }

    // Issue 10 item 8 (D-311): sign-out ends the session on the server. A copy of the session cookie taken before
    // sign-out stops working (API 401, pages back to sign-in), and so does a bearer token signed out with itself.
    [Fact]
    public async Task SignOut_EndsTheSessionOnTheServer_CopiedCookieAndBearerTokenRefused()
    {
        var signIn = await Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false })
            .PostAsJsonAsync("/api/dev/sign-in", new { id = DemoData.Talgat.Iin }, Ct);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var cookie = string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        HttpClient WithCookie()
        {
            var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = false, AllowAutoRedirect = false });
            client.DefaultRequestHeaders.Add("Cookie", cookie);
            return client;
        }

        var browser = WithCookie();
        var copy = WithCookie();
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/api/applications", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await browser.PostAsync("/api/auth/sign-out", null, Ct)).StatusCode);
        Assert.Equal("K-0004", await ErrorCode(await copy.GetAsync("/api/applications", Ct), HttpStatusCode.Unauthorized));
        var page = await copy.GetAsync("/applications", Ct);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/signin", page.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var anonymous = Factory.CreateClient();
        using var authKey = LoadDemoKey(DemoData.Dana.Iin, KeyPurpose.Authentication);
        var nonce = await NonceAsync(anonymous);
        var token = await anonymous.PostAsJsonAsync("/api/auth/certificate?token=true", new { nonce, signature = SignText(nonce, authKey) }, Ct);
        var accessToken = (await token.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("accessToken").GetString();
        var api = Factory.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/applications", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsync("/api/auth/sign-out", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/applications", Ct)).StatusCode);
    }

    // Development sign-in exists only in the Development environment.
    [Fact]
    public async Task DevelopmentSignIn_OutsideDevelopment_Refused()
    {
        // Production requires the public address (issue 10 item 3).
        using var production = Factory.WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("Qyzmet:PublicBaseUrl", "https://qyzmet.example.kz"));
        var response = await production.CreateClient().PostAsJsonAsync("/api/dev/sign-in", new { id = DemoData.Aigerim.Iin }, Ct);
        Assert.Equal("H-0004", await ErrorCode(response, HttpStatusCode.Forbidden));
    }

    // Results are signed by the head of the unit, and check offline against the root certificate alone.
    [Fact]
    public async Task Result_SignedByUnitHead_VerifiesOfflineWithRootOnly()
    {
        var client = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        var app = await Created(await client.PostAsJsonAsync($"/api/services/{Cadastral}/applications", new { fields = PlotFields }, Ct));
        var documentId = app.GetProperty("documentId").GetString();
        var pdf = await client.GetByteArrayAsync($"/api/applications/{app.GetProperty("number").GetString()}/document", Ct);
        var signature = await Factory.CreateClient().GetByteArrayAsync($"/api/documents/{documentId}/signature", Ct);
        var root = X509CertificateLoader.LoadCertificate(await Factory.CreateClient().GetByteArrayAsync("/pki/root.cer", Ct));

        var check = new DocumentSigner().Verify(pdf, signature, root);
        Assert.True(check.Valid, check.Problem);
        Assert.Contains("IIN" + DemoData.LandHead.Iin, check.SignerSubject, StringComparison.Ordinal);

        // The CLI: `verify <file>` with the .p7s beside it and only the root certificate.
        var folder = Directory.CreateTempSubdirectory("qyzmet-verify-").FullName;
        var pdfPath = Path.Combine(folder, "result.pdf");
        await File.WriteAllBytesAsync(pdfPath, pdf, Ct);
        await File.WriteAllBytesAsync(pdfPath + ".p7s", signature, Ct);
        await File.WriteAllBytesAsync(Path.Combine(folder, "root.cer"), root.RawData, Ct);
        Assert.Equal(0, await Qyzmet.Host.Cli.QyzmetCli.RunAsync(["verify", pdfPath, "--root", Path.Combine(folder, "root.cer")]));

        pdf[^10] ^= 1;
        Assert.False(new DocumentSigner().Verify(pdf, signature, root).Valid);
        await File.WriteAllBytesAsync(pdfPath, pdf, Ct);
        Assert.Equal(1, await Qyzmet.Host.Cli.QyzmetCli.RunAsync(["verify", pdfPath, "--root", Path.Combine(folder, "root.cer")]));
        Directory.Delete(folder, recursive: true);
    }

    private async Task AssertRefused(string iin, Dictionary<string, string?> fields, string signature, string code,
        HttpStatusCode status = HttpStatusCode.UnprocessableEntity)
    {
        var client = await Factory.SignedInAsync(iin);
        var before = await CountApplicationsAsync();
        var response = await client.PostAsJsonAsync($"/api/services/{Cadastral}/applications", new { fields, signature }, Ct);
        Assert.Equal(code, await ErrorCode(response, status));
        Assert.Equal(before, await CountApplicationsAsync());
    }

    private async Task<int> CountApplicationsAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().Applications.CountAsync(Ct);
    }

    private X509Certificate2 LoadDemoKey(string iin, KeyPurpose purpose, string? bin = null)
    {
        using var scope = Factory.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<CertificateRegistry>().LoadKeyFile(iin, purpose, bin)
            ?? throw new InvalidOperationException("no demo key " + iin);
    }

    private string Sign(string serviceId, string applicantId, IReadOnlyDictionary<string, string?> fields, X509Certificate2 key) =>
        Convert.ToBase64String(new DocumentSigner(Factory.Clock).SignDetached(RequestCanonicalForm.Build(serviceId, applicantId, fields), key, Ca.Issuing));

    private string SignText(string text, X509Certificate2 key) =>
        Convert.ToBase64String(new DocumentSigner(Factory.Clock).SignDetached(Encoding.UTF8.GetBytes(text), key, Ca.Issuing));

    private static async Task<string> NonceAsync(HttpClient client) =>
        (await (await client.PostAsync("/api/auth/challenge", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("nonce").GetString()!;

    private async Task<HttpClient> CertificateSignInAsync(string iin)
    {
        var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        using var key = LoadDemoKey(iin, KeyPurpose.Authentication);
        var nonce = await NonceAsync(client);
        var response = await client.PostAsJsonAsync("/api/auth/certificate", new { nonce, signature = SignText(nonce, key) }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return client;
    }

    private static async Task<JsonElement> Created(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<string?> ErrorCode(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("errorCode").GetString();
    }
}

public sealed class SqliteTrustApiTests(SqliteHost host) : TrustApiTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresTrustApiTests(PostgresHost host) : TrustApiTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
