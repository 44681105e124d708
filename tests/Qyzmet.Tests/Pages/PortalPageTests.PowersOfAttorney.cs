using System.Net;
using Qyzmet.Platform.Seeding;

namespace Qyzmet.Tests.Pages;

public sealed partial class PortalPageTests
{
    // Issue 3 "Roles" (legal-entity representative with power of attorney), decision D-308: in the portal an applicant
    // applies for a company by its BIN; the demo attorney's expired power of attorney is refused with the message.
    [Fact]
    public async Task Apply_OnBehalfOfCompany_ValidPowerOfAttorneyAcceptedExpiredRefused()
    {
        using var browser = host.Browser();
        await SignInAsync(browser, DemoData.Aigerim.Iin);
        var form = await browser.GetStringAsync("/apply/" + CadastralInfo + "?lang=en", TestContext.Current.CancellationToken);
        Assert.Contains("id=\"f-applicantId\"", form);

        Task<HttpResponseMessage> Post(string bin) => browser.PostAsync("/apply/" + CadastralInfo + "?lang=en", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(form),
            ["IdempotencyKey"] = Guid.NewGuid().ToString("N"),
            ["ApplicantId"] = bin,
            ["field.cadastralNumber"] = "75-123-045-067",
        }), TestContext.Current.CancellationToken);

        var refused = await Post(DemoData.AgroDala.Bin);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("may not act for the legal entity", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        // Issue 10 item 10: a mistyped BIN (wrong check digit) is shown as the field's error, not applied for in her own name.
        var mistyped = await Post(DemoData.Baiterek.Bin[..^1] + (DemoData.Baiterek.Bin[^1] == '0' ? '1' : '0'));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, mistyped.StatusCode);
        var html = await mistyped.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Matches(@"class=""field has-error""\s*>\s*<label for=""f-applicantId""", html);
        Assert.Contains("check) digit", html, StringComparison.Ordinal);

        var accepted = await Post(DemoData.Baiterek.Bin);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.StartsWith("/applications/", accepted.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
