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

        var accepted = await Post(DemoData.Baiterek.Bin);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.StartsWith("/applications/", accepted.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
