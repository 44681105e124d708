using System.Globalization;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.CivilRegistry.Features.RegistryDesk;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Tests.Pages;

/// <summary>
/// Issue 11: the other future spouse's consent (001a.md §3.2; D-206) is recorded only when certified with a one-time
/// code or a signature (000.md para 4; D-318), and the page says what was done and what happens next.
/// </summary>
public sealed partial class ConsentPageTests(PortalHost host) : IClassFixture<PortalHost>
{
    private const string MiraPhone = "+77019998877";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // 000.md para 4 (EDS or one-time password), D-318: choosing "consent" records nothing until the code is given.
    [Fact]
    public async Task Consent_IsRecordedOnlyWithTheOneTimeCode_AndConfirmsWhatWasDone()
    {
        // The S2 couple (no impediment between them); Mira registers a mobile number so that a code can reach her (D-301).
        await using (var setup = host.Services.CreateAsyncScope())
        {
            var people = setup.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            await people.People.Where(p => p.Iin == DemoData.Mira.Iin).ExecuteUpdateAsync(u => u.SetProperty(p => p.MobilePhone, MiraPhone), Ct);
        }

        using var igor = host.Browser();
        await SignInAsync(igor, DemoData.Igor.Iin);
        var location = await ApplyAsync(igor, "civil-registry.marriage-application", new()
        {
            ["field.otherIin"] = DemoData.Mira.Iin,
            ["field.office"] = "civil-registry-71",
            ["field.desiredDate"] = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime).AddDays(25).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        var number = location["/applications/".Length..];

        // Mira signs in with her IIN and an SMS code: a real session, so nothing may go uncertified (ADR 0010).
        using var mira = host.Browser();
        await SignInWithOtpAsync(mira, DemoData.Mira.Iin);
        host.Clock.Advance(TimeSpan.FromSeconds(61)); // D-301: one code a minute per number
        var list = await mira.GetStringAsync("/civil-registry/consents?lang=ru", Ct);
        Assert.True(list.Contains(number, StringComparison.Ordinal), await igor.GetStringAsync(location + "?lang=ru", Ct));
        var chosen = await mira.PostAsync("/civil-registry/consents", new FormUrlEncodedContent(Form(list, number, "consent")), Ct);
        Assert.Equal(HttpStatusCode.OK, chosen.StatusCode);
        var step = await chosen.Content.ReadAsStringAsync(Ct);
        Assert.Contains(UiTexts.All["ConfirmConsentTitle"].Ru, step);
        Assert.Contains(number, await mira.GetStringAsync("/civil-registry/consents", Ct)); // still waiting: nothing recorded

        Assert.DoesNotContain(UiTexts.All["DevUncertified"].Ru, step);

        // Confirming without a code or a signature is refused (TRUST-0001) and records nothing.
        var bare = await mira.PostAsync("/civil-registry/consents?handler=Confirm", new FormUrlEncodedContent(Form(step, number, "consent")), Ct);
        Assert.True(bare.StatusCode == HttpStatusCode.UnprocessableEntity, bare.StatusCode + " " + bare.Headers.Location);
        Assert.Contains(TrustErrors.ConfirmationRequired.Message.Ru, await bare.Content.ReadAsStringAsync(Ct));

        var sent = await mira.PostAsync("/civil-registry/consents?handler=RequestOtp", new FormUrlEncodedContent(Form(step, number, "consent")), Ct);
        var withCode = await sent.Content.ReadAsStringAsync(Ct);
        Assert.True(sent.StatusCode == HttpStatusCode.OK, withCode);
        var challenge = Hidden(withCode, "OtpChallengeId");
        var code = await LastSmsCodeAsync(MiraPhone);

        var wrong = Form(withCode, number, "consent");
        wrong.Add(new("OtpChallengeId", challenge));
        wrong.Add(new("OtpCode", code == "000000" ? "111111" : "000000"));
        var refused = await mira.PostAsync("/civil-registry/consents?handler=Confirm", new FormUrlEncodedContent(wrong), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains(number, await mira.GetStringAsync("/civil-registry/consents", Ct));

        var right = Form(withCode, number, "consent");
        right.Add(new("OtpChallengeId", challenge));
        right.Add(new("OtpCode", code));
        var confirmed = await mira.PostAsync("/civil-registry/consents?handler=Confirm", new FormUrlEncodedContent(right), Ct);
        Assert.True(confirmed.StatusCode == HttpStatusCode.Redirect, await confirmed.Content.ReadAsStringAsync(Ct));
        var done = await mira.GetStringAsync(confirmed.Headers.Location!.OriginalString + "&lang=ru", Ct);
        Assert.Contains(string.Format(CultureInfo.InvariantCulture, UiTexts.All["ConsentRecorded"].Ru, number), done);
        Assert.Contains(UiTexts.All["ConsentNext"].Ru, done);
        Assert.DoesNotContain($"value=\"{number}\"", done);

        // The answer's certification is in the audit chain with its method.
        await using var scope = host.Services.CreateAsyncScope();
        // ADR 0018: audit rows are chained by the chain writer shortly after commit; chain what is pending before reading.
        await scope.ServiceProvider.GetRequiredService<Qyzmet.Platform.Audit.AuditLog>().ChainPendingAsync(Ct);
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var audit = await db.Audit.AsNoTracking().Where(a => a.Subject == "application:" + number && a.Action == "marriage.consent.certified").SingleAsync(Ct);
        Assert.Contains("\"method\":\"otp\"", audit.Details ?? "");
    }

    internal static List<KeyValuePair<string, string>> Form(string html, string number, string answer) =>
    [
        new("__RequestVerificationToken", Hidden(html, "__RequestVerificationToken")),
        new("Number", number),
        new("Answer", answer),
    ];

    /// <summary>
    /// The other spouse without a registered phone signs the answer on their side (as the browser signer does with the
    /// page's data-canonical) and posts only the signature (D-318).
    /// </summary>
    internal static async Task ConsentWithSignatureAsync(HttpClient browser, string iin, string number)
    {
        var list = await browser.GetStringAsync("/civil-registry/consents", Ct);
        var chosen = await browser.PostAsync("/civil-registry/consents", new FormUrlEncodedContent(Form(list, number, "consent")), Ct);
        var step = await chosen.Content.ReadAsStringAsync(Ct);
        Assert.True(chosen.StatusCode == HttpStatusCode.OK, step);
        var canonical = Convert.FromBase64String(Regex.Match(step, "data-canonical=\"(?<b64>[^\"]+)\"").Groups["b64"].Value);
        Assert.Equal(CivilActDesk.ConsentCanonicalForm(number, consent: true, iin), canonical);
        using var key = X509CertificateLoader.LoadPkcs12(await browser.GetByteArrayAsync($"/api/dev/keys/{iin}/sign", Ct), "qyzmet-demo", X509KeyStorageFlags.EphemeralKeySet);
        var signature = Convert.ToBase64String(new DocumentSigner().SignDetached(canonical, key));
        var answer = Form(step, number, "consent");
        answer.Add(new("Signature", signature));
        var confirmed = await browser.PostAsync("/civil-registry/consents?handler=Confirm", new FormUrlEncodedContent(answer), Ct);
        Assert.True(confirmed.StatusCode == HttpStatusCode.Redirect, await confirmed.Content.ReadAsStringAsync(Ct));
    }

    private async Task SignInWithOtpAsync(HttpClient browser, string iin)
    {
        var page = await browser.GetStringAsync("/signin", Ct);
        var sent = await browser.PostAsync("/signin?handler=RequestOtp", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(page, "__RequestVerificationToken"),
            ["Iin"] = iin,
            ["returnUrl"] = "/applications",
        }), Ct);
        var form = await sent.Content.ReadAsStringAsync(Ct);
        Assert.True(sent.StatusCode == HttpStatusCode.OK, form);
        var signedIn = await browser.PostAsync("/signin?handler=ConfirmOtp", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(form, "__RequestVerificationToken"),
            ["challengeId"] = Hidden(form, "challengeId"),
            ["Iin"] = iin,
            ["code"] = await LastSmsCodeAsync(MiraPhone),
            ["returnUrl"] = "/applications",
        }), Ct);
        Assert.True(signedIn.StatusCode == HttpStatusCode.Redirect, await signedIn.Content.ReadAsStringAsync(Ct));
    }

    private async Task<string> LastSmsCodeAsync(string phone)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        return await db.Outbox.Where(m => m.Channel == "sms" && m.Address == phone).OrderByDescending(m => m.Id).Select(m => m.Secret).FirstAsync(Ct)
            ?? throw new InvalidOperationException("no pending one-time code for " + phone);
    }

    private static Task SignInAsync(HttpClient browser, string iin) => CivilRegistryPageTests.SignInAsync(browser, iin);

    private static Task<string> ApplyAsync(HttpClient browser, string service, Dictionary<string, string> fields) =>
        CivilRegistryPageTests.ApplyAsync(browser, service, fields);

    private static string Hidden(string html, string name) => CivilRegistryPageTests.Hidden(html, name);
}
