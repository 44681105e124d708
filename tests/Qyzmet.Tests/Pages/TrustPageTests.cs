using System.Net;
using System.Net.Http.Headers;
using Qyzmet.Platform.Seeding;

namespace Qyzmet.Tests.Pages;

/// <summary>
/// Issue 3 in the browser: a demo citizen signs in with their key file and applies, signing with the uploaded signing
/// key (opened in memory server-side); a session opened this way cannot apply without certifying (ADR 0010).
/// </summary>
public sealed partial class PortalPageTests
{
    [Fact]
    public async Task KeyFile_SignInAndSignedApplication_Work_UnsignedRefused()
    {
        var ct = TestContext.Current.CancellationToken;
        using var browser = host.Browser();
        var iin = DemoData.Dana.Iin;
        var authKey = await browser.GetByteArrayAsync($"/api/dev/keys/{iin}/auth", ct);
        var signKey = await browser.GetByteArrayAsync($"/api/dev/keys/{iin}/sign", ct);

        var page = await browser.GetStringAsync("/signin", ct);
        var wrong = await browser.PostAsync("/signin?handler=KeyFile", KeyForm(Token(page), authKey, "wrong-password"), ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("PKCS#12", await wrong.Content.ReadAsStringAsync(ct));

        page = await browser.GetStringAsync("/signin", ct);
        var signedIn = await browser.PostAsync("/signin?handler=KeyFile", KeyForm(Token(page), authKey, "qyzmet-demo"), ct);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        var form = await browser.GetStringAsync("/apply/" + CadastralInfo, ct);
        var unsigned = await browser.PostAsync("/apply/" + CadastralInfo, ApplyForm(form, null), ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, unsigned.StatusCode);
        var refusal = await unsigned.Content.ReadAsStringAsync(ct);
        var message = Qyzmet.Platform.Trust.TrustErrors.ConfirmationRequired.Message;
        Assert.True(refusal.Contains(message.Kk, StringComparison.Ordinal) || refusal.Contains(message.Ru, StringComparison.Ordinal), "TRUST-0001 message expected");

        form = await browser.GetStringAsync("/apply/" + CadastralInfo, ct);
        var signed = await browser.PostAsync("/apply/" + CadastralInfo, ApplyForm(form, signKey), ct);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        Assert.StartsWith("/applications/", signed.Headers.Location!.OriginalString);

        var log = await browser.GetAsync("/cabinet/access-log", ct);
        Assert.Equal(HttpStatusCode.OK, log.StatusCode);
    }

    private static MultipartFormDataContent KeyForm(string token, byte[] key, string password) => new()
    {
        { new StringContent(token), "__RequestVerificationToken" },
        { new StringContent("/applications"), "returnUrl" },
        { File(key), "keyFile", "AUTH.p12" },
        { new StringContent(password), "password" },
    };

    private static MultipartFormDataContent ApplyForm(string html, byte[]? signingKey)
    {
        var content = new MultipartFormDataContent
        {
            { new StringContent(Token(html)), "__RequestVerificationToken" },
            { new StringContent(Hidden(html, "IdempotencyKey")), "IdempotencyKey" },
            { new StringContent("71-305-022-001"), "field.cadastralNumber" },
        };
        if (signingKey is not null)
        {
            content.Add(File(signingKey), "keyFile", "SIGN.p12");
            content.Add(new StringContent("qyzmet-demo"), "keyPassword");
        }

        return content;
    }

    private static ByteArrayContent File(byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/x-pkcs12");
        return file;
    }
}
