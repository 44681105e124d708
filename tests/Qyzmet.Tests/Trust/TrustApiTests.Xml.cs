using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Tests.Trust;

/// <summary>
/// Issue 12: sign-in as egov.kz does it, the challenge's <c>&lt;login&gt;&lt;nonce&gt;…&lt;/nonce&gt;&lt;/login&gt;</c> signed as an
/// enveloped XMLDSig by the AUTHENTICATION key (NCALayer signXml), verified with System.Security.Cryptography.Xml. Every
/// failure is the refusal "EDS authenticity not confirmed" (000.md para 4) with its TRUST- code, and no session.
/// </summary>
public abstract partial class TrustApiTests
{
    [Fact]
    public async Task XmlSignIn_EcdsaAuthenticationKey_OpensCertificateSession()
    {
        using var key = LoadDemoKey(DemoData.Dana.Iin, KeyPurpose.Authentication);
        var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        var response = await client.PostAsJsonAsync("/api/auth/certificate", new { signedXml = XmlSignatures.Sign(await LoginXmlAsync(client), key) }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DemoData.Dana.Iin, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString());
        // ADR 0010: a session opened with a certificate must certify each request.
        var unsigned = await client.PostAsJsonAsync($"/api/services/{Cadastral}/applications", new { fields = PlotFields }, Ct);
        Assert.Equal("TRUST-0001", await ErrorCode(unsigned, HttpStatusCode.BadRequest));
    }

    [Fact]
    public async Task XmlSignIn_RsaAuthenticationKey_Accepted_ReplayRefusedTrust0017()
    {
        using var key = Ca.Issue(new CertificateProfile(DemoData.Dana.Iin, DemoData.Dana.FullName, KeyPurpose.Authentication, KeyAlgorithm.Rsa2048));
        var client = Factory.CreateClient();
        var signed = XmlSignatures.Sign(await LoginXmlAsync(client), key);
        Assert.Contains("rsa-sha256", signed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/auth/certificate?token=true", new { signedXml = signed }, Ct)).StatusCode);
        var replay = await client.PostAsJsonAsync("/api/auth/certificate", new { signedXml = signed }, Ct);
        Assert.Equal("TRUST-0017", await ErrorCode(replay, HttpStatusCode.UnprocessableEntity));
    }

    // Tampered: the nonce (or anything else) changed after signing.
    [Fact]
    public async Task XmlSignIn_TamperedDocument_RefusedTrust0003()
    {
        using var key = LoadDemoKey(DemoData.Dana.Iin, KeyPurpose.Authentication);
        var client = Factory.CreateClient();
        var first = await LoginXmlAsync(client);
        var second = await LoginXmlAsync(client);
        var signed = XmlSignatures.Sign(first, key);
        var swapped = signed.Replace(Nonce(first), Nonce(second), StringComparison.Ordinal);
        await AssertXmlRefused(swapped, "TRUST-0003");
    }

    // The signing (SIGN) key is not an authentication key.
    [Fact]
    public async Task XmlSignIn_SigningKey_RefusedTrust0008()
    {
        using var key = LoadDemoKey(DemoData.Dana.Iin, KeyPurpose.Signing);
        await AssertXmlRefused(XmlSignatures.Sign(await LoginXmlAsync(Factory.CreateClient()), key), "TRUST-0008");
    }

    // A valid key whose IIN is nobody's account: no session (the IIN in the certificate is who signs in).
    [Fact]
    public async Task XmlSignIn_IinWithoutAccount_RefusedTrust0019()
    {
        using var key = Ca.Issue(new CertificateProfile("000101500011", "НЕБЕЛГІЛІ", KeyPurpose.Authentication));
        await AssertXmlRefused(XmlSignatures.Sign(await LoginXmlAsync(Factory.CreateClient()), key), "TRUST-0019", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task XmlSignIn_UnknownCa_RefusedTrust0004()
    {
        var folder = Directory.CreateTempSubdirectory("qyzmet-foreign-ca-").FullName;
        using (var foreign = new PlatformCertificateAuthority(folder, "http://foreign.example", Factory.Clock))
        {
            using var key = foreign.Issue(new CertificateProfile(DemoData.Dana.Iin, DemoData.Dana.FullName, KeyPurpose.Authentication));
            await AssertXmlRefused(XmlSignatures.Sign(await LoginXmlAsync(Factory.CreateClient()), key), "TRUST-0004");
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task XmlSignIn_RevokedCertificate_RefusedTrust0007()
    {
        X509Certificate2 key;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var registry = scope.ServiceProvider.GetRequiredService<CertificateRegistry>();
            key = registry.Issue(new CertificateProfile(DemoData.Dana.Iin, "TO REVOKE", KeyPurpose.Authentication));
            await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().SaveChangesAsync(Ct);
            await registry.RevokeAsync(key.SerialNumber, "key compromise", DemoData.Administrator.Iin, Qyzmet.Platform.Identity.Roles.Administrator, Ct);
        }

        using var owned = key;
        Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        await AssertXmlRefused(XmlSignatures.Sign(await LoginXmlAsync(Factory.CreateClient()), key), "TRUST-0007");
    }

    [Fact]
    public async Task XmlSignIn_ExpiredCertificate_RefusedTrust0005()
    {
        var now = Factory.Clock.GetUtcNow();
        using var key = Ca.Issue(new CertificateProfile(DemoData.Dana.Iin, "EXPIRED", KeyPurpose.Authentication, NotBefore: now.AddYears(-2), NotAfter: now.AddDays(-1)));
        await AssertXmlRefused(XmlSignatures.Sign(await LoginXmlAsync(Factory.CreateClient()), key), "TRUST-0005");
    }

    // Not a signed login document: no signature, a signature over part of the document only, another root.
    [Fact]
    public async Task XmlSignIn_NotASignedLoginDocument_RefusedTrust0024()
    {
        using var key = LoadDemoKey(DemoData.Dana.Iin, KeyPurpose.Authentication);
        var xml = await LoginXmlAsync(Factory.CreateClient());
        await AssertXmlRefused(xml, "TRUST-0024", HttpStatusCode.BadRequest);
        await AssertXmlRefused("<!DOCTYPE login [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + xml, "TRUST-0024", HttpStatusCode.BadRequest);
        var wrongRoot = XmlSignatures.Sign(xml.Replace("login>", "logout>", StringComparison.Ordinal), key);
        await AssertXmlRefused(wrongRoot, "TRUST-0024", HttpStatusCode.BadRequest);
        var wrapped = "<wrapper>" + XmlSignatures.Sign(xml, key) + "</wrapper>";
        await AssertXmlRefused(wrapped, "TRUST-0024", HttpStatusCode.BadRequest);
    }

    // D-314: a GOST key's XMLDSig is refused with its own code, pointing to the CMS sign-in.
    [Fact]
    public async Task XmlSignIn_GostCertificate_RefusedTrust0025()
    {
        using var ecdsa = LoadDemoKey(DemoData.Dana.Iin, KeyPurpose.Authentication);
        using var gost = Ca.IssueGost(new CertificateProfile(DemoData.Dana.Iin, DemoData.Dana.FullName, KeyPurpose.Authentication));
        var signed = XmlSignatures.Sign(await LoginXmlAsync(Factory.CreateClient()), ecdsa);
        var withGost = signed.Replace(Convert.ToBase64String(ecdsa.RawData), Convert.ToBase64String(gost.Certificate.RawData), StringComparison.Ordinal);
        await AssertXmlRefused(withGost, "TRUST-0025");
    }

    private async Task AssertXmlRefused(string signedXml, string code, HttpStatusCode status = HttpStatusCode.UnprocessableEntity)
    {
        var client = Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { HandleCookies = true });
        var response = await client.PostAsJsonAsync("/api/auth/certificate", new { signedXml }, Ct);
        Assert.Equal(code, await ErrorCode(response, status));
        Assert.False(response.Headers.Contains("Set-Cookie"), "no session on a refused sign-in");
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/applications", Ct)).StatusCode);
    }

    private static async Task<string> LoginXmlAsync(HttpClient client)
    {
        var challenge = await (await client.PostAsync("/api/auth/challenge", null, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        var xml = challenge.GetProperty("xml").GetString()!;
        Assert.Equal($"<login><nonce>{challenge.GetProperty("nonce").GetString()}</nonce></login>", xml);
        return xml;
    }

    private static string Nonce(string loginXml) => loginXml["<login><nonce>".Length..loginXml.IndexOf("</nonce>", StringComparison.Ordinal)];
}
