using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Tests.Pages;

/// <summary>
/// Issue 12: the key stays on the citizen's side. The portal signs in with the challenge signed as XMLDSig and applies
/// with a CMS made in the browser (here the test plays NCALayer); no page or endpoint takes a key file or its password.
/// </summary>
public sealed partial class PortalPageTests
{
    [Fact]
    public async Task Portal_SignInWithXmlDsig_ApplyWithCms_UnsignedRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        using var browser = host.Browser();
        using var authKey = DemoKey(DemoData.Dana.Iin, KeyPurpose.Authentication);
        using var signKey = DemoKey(DemoData.Dana.Iin, KeyPurpose.Signing);

        var page = await browser.GetStringAsync("/signin", ct);
        var challenge = await (await browser.PostAsync("/api/auth/challenge", null, ct)).Content.ReadFromJsonAsync<JsonElement>(ct);
        var signedIn = await browser.PostAsync("/signin?handler=Xml", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page),
            ["returnUrl"] = "/applications",
            ["signedXml"] = XmlSignatures.Sign(challenge.GetProperty("xml").GetString()!, authKey),
        }), ct);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var form = await browser.GetStringAsync("/apply/" + CadastralInfo, ct);
        var unsigned = await browser.PostAsync("/apply/" + CadastralInfo, ApplyForm(form, null), ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unsigned.StatusCode);
        var refusal = await unsigned.Content.ReadAsStringAsync(ct);
        var message = TrustErrors.ConfirmationRequired.Message;
        Assert.True(refusal.Contains(message.Kk, StringComparison.Ordinal) || refusal.Contains(message.Ru, StringComparison.Ordinal), "TRUST-0001 message expected");

        var toSign = await (await browser.PostAsJsonAsync($"/api/services/{CadastralInfo}/applications/to-sign",
            new { fields = new Dictionary<string, string> { ["cadastralNumber"] = "71-305-022-001" } }, ct)).Content.ReadFromJsonAsync<JsonElement>(ct);
        var cms = new DocumentSigner().SignDetached(Convert.FromBase64String(toSign.GetProperty("canonicalBase64").GetString()!), signKey);
        form = await browser.GetStringAsync("/apply/" + CadastralInfo, ct);
        var signed = await browser.PostAsync("/apply/" + CadastralInfo, ApplyForm(form, Convert.ToBase64String(cms)), ct);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        Assert.StartsWith("/applications/", signed.Headers.Location!.OriginalString);
    }

    // Issue 12 "No private key crosses the wire": the pages have no field for a key file or a key password, posting one
    // to a sign-in or signing page signs nothing, and the only endpoints taking a file are the attachment uploads (which
    // take documents by their content, never a PKCS#12).
    [Fact]
    public async Task NoPageOrEndpoint_AcceptsAKeyFileOrItsPassword()
    {
        var ct = TestContext.Current.CancellationToken;
        using var browser = host.Browser();
        var p12 = await browser.GetByteArrayAsync($"/api/dev/keys/{DemoData.Dana.Iin}/auth", ct);
        var signP12 = await browser.GetByteArrayAsync($"/api/dev/keys/{DemoData.Dana.Iin}/sign", ct);

        // Sign-in page: no submitted file or password field; the old key-file handler signs nobody in.
        var page = await browser.GetStringAsync("/signin", ct);
        Assert.Empty(SubmittedKeyFields().Matches(page));
        var posted = await browser.PostAsync("/signin?handler=KeyFile", KeyForm(Token(page), p12), ct);
        Assert.NotEqual(HttpStatusCode.Redirect, posted.StatusCode);
        page = await browser.GetStringAsync("/signin", ct);
        var asXml = await browser.PostAsync("/signin?handler=Xml", KeyForm(Token(page), p12), ct);
        Assert.NotEqual(HttpStatusCode.Redirect, asXml.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/applications", ct)).StatusCode);
        var api = await browser.PostAsJsonAsync("/api/auth/certificate", new { keyFile = Convert.ToBase64String(p12), password = "qyzmet-demo" }, ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, api.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/applications", ct)).StatusCode);

        // Signed in with a certificate (so every request must be certified): a key file posted with the application
        // certifies nothing, on the page and on the API.
        using var authKey = DemoKey(DemoData.Dana.Iin, KeyPurpose.Authentication);
        var challenge = await (await browser.PostAsync("/api/auth/challenge", null, ct)).Content.ReadFromJsonAsync<JsonElement>(ct);
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsJsonAsync("/api/auth/certificate",
            new { signedXml = XmlSignatures.Sign(challenge.GetProperty("xml").GetString()!, authKey) }, ct)).StatusCode);
        var form = await browser.GetStringAsync("/apply/" + CadastralInfo, ct);
        Assert.Empty(SubmittedKeyFields().Matches(form));
        Assert.DoesNotContain("multipart/form-data", form, StringComparison.Ordinal);
        var content = new MultipartFormDataContent
        {
            { new StringContent(Token(form)), "__RequestVerificationToken" },
            { new StringContent(Hidden(form, "IdempotencyKey")), "IdempotencyKey" },
            { new StringContent("71-305-022-001"), "field.cadastralNumber" },
            { P12(signP12), "keyFile", "SIGN.p12" },
            { new StringContent("qyzmet-demo"), "keyPassword" },
        };
        var withKey = await browser.PostAsync("/apply/" + CadastralInfo, content, ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withKey.StatusCode);
        var apiWithKey = await browser.PostAsJsonAsync($"/api/services/{CadastralInfo}/applications",
            new { fields = new { cadastralNumber = "71-305-022-001" }, keyFile = Convert.ToBase64String(signP12), keyPassword = "qyzmet-demo" }, ct);
        Assert.Equal(HttpStatusCode.BadRequest, apiWithKey.StatusCode);
        Assert.Contains("TRUST-0001", await apiWithKey.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);

        // Every page handler and API endpoint that takes a file: only the attachment uploads (the task desk's answer file, a
        // scan or technical conditions, is one: D-552). The pages are those of every
        // assembly the host serves pages from (the host, the portal and each module's Razor class library, ADR 0014).
        var pageHandlers = host.Services.GetRequiredService<Microsoft.AspNetCore.Mvc.ApplicationParts.ApplicationPartManager>().ApplicationParts
            .OfType<Microsoft.AspNetCore.Mvc.ApplicationParts.AssemblyPart>().SelectMany(p => p.Types).Where(t => t.IsSubclassOf(typeof(PageModel)))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name.StartsWith("On", StringComparison.Ordinal) && m.GetParameters().Any(p => p.ParameterType == typeof(IFormFile)))
                .Select(m => t.Name + "." + m.Name)
                .Concat(t.GetProperties().Where(p => p.PropertyType == typeof(IFormFile)).Select(p => t.Name + "." + p.Name)))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["DeskModel.OnPostAbrisAsync", "DetailsModel.OnPostAttachAsync", "IndexModel.OnPostBiometricAsync", "TaskModel.OnPostAsync", "WorkstationModel.OnPostBiometricAsync"], pageHandlers);
        var sources = host.Services.GetRequiredService<IEnumerable<Microsoft.AspNetCore.Routing.EndpointDataSource>>();
        var fileEndpoints = sources.SelectMany(s => s.Endpoints).OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<MethodInfo>()?.GetParameters().Any(p => p.ParameterType == typeof(IFormFile)) == true
                || e.Metadata.GetMetadata<Qyzmet.Platform.Cases.ReadsUploadedFile>() is not null)
            .Select(e => e.RoutePattern.RawText).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["/api/applications/{number}/attachments", "/api/population/passport-applications/{number}/{kind:regex(^(photo|signature)$)}"], fileEndpoints);
    }

    private System.Security.Cryptography.X509Certificates.X509Certificate2 DemoKey(string iin, KeyPurpose purpose)
    {
        using var scope = host.Services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<CertificateRegistry>().LoadKeyFile(iin, purpose)!;
    }

    private static MultipartFormDataContent KeyForm(string token, byte[] key) => new()
    {
        { new StringContent(token), "__RequestVerificationToken" },
        { new StringContent("/applications"), "returnUrl" },
        { P12(key), "keyFile", "AUTH.p12" },
        { new StringContent("qyzmet-demo"), "password" },
        { new StringContent(Convert.ToBase64String(key)), "signedXml" },
    };

    private static FormUrlEncodedContent ApplyForm(string html, string? signature)
    {
        var values = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(html),
            ["IdempotencyKey"] = Hidden(html, "IdempotencyKey"),
            ["field.cadastralNumber"] = "71-305-022-001",
        };
        if (signature is not null)
        {
            values["Signature"] = signature;
        }

        return new FormUrlEncodedContent(values);
    }

    private static ByteArrayContent P12(byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/x-pkcs12");
        return file;
    }

    // A file or password input that would be submitted (has a name). The in-browser key file (if any) has none.
    [GeneratedRegex("<input(?=[^>]*type=\"(?:file|password)\")(?=[^>]*\\sname=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex SubmittedKeyFields();
}
