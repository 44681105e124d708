using System.Net;
using System.Net.Http.Json;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Pages;

/// <summary>
/// What a person meets when something goes wrong (issue 11, "Errors and sessions"): a page in their language with a
/// way on, never raw JSON; the API keeps its ProblemDetails with an error code.
/// </summary>
public sealed class ErrorPageTests(PortalHost host) : IClassFixture<PortalHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/no-such-page", "kk")]
    [InlineData("/no-such-page?lang=ru", "ru")]
    [InlineData("/verify/not-a-guid?lang=ru", "ru")]
    [InlineData("/services/land.cadastral-info/no-such-step?lang=kk", "kk")]
    public async Task UnknownPageAddress_ShowsTheErrorPageInTheUsersLanguage_NotJson(string url, string lang)
    {
        using var browser = host.Browser();
        var response = await browser.GetAsync(url, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<html lang=\"{lang}\"", html);
        Assert.Contains(ErrorResponses.PageMessage(404).For(lang), html);
        Assert.Contains("href=\"/\"", html);
        Assert.DoesNotContain("errorCode", html);
    }

    [Fact]
    public async Task UnknownApiAddress_StaysAProblemDetails()
    {
        using var client = host.CreateClient();
        var problem = await ApiResponses.ProblemAsync(await client.GetAsync("/api/no-such-thing", Ct), HttpStatusCode.NotFound);
        Assert.Equal("K-0002", problem.GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task StaleAntiforgeryToken_SaysTheFormExpired_WithALinkBackToIt()
    {
        using var browser = host.Browser();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = "stale", ["Iin"] = DemoData.Aigerim.Iin });
        var response = await browser.PostAsync("/signin?handler=RequestOtp&lang=ru", form, Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(ErrorResponses.StaleForm.Ru, html);
        Assert.Contains("href=\"/signin?handler=RequestOtp&amp;lang=ru\"", html);
    }

    [Fact]
    public async Task SignedOutVisitor_KeepsTheChosenLanguageThroughTheSignInRedirect()
    {
        using var browser = host.Browser();
        var response = await browser.GetAsync("/applications?lang=ru", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var signIn = response.Headers.Location!.OriginalString;
        Assert.Contains("lang=ru", signIn.Split('?')[1].Split('&'));
        var html = await browser.GetStringAsync(signIn, Ct);
        Assert.Contains("<html lang=\"ru\"", html);
    }

    [Fact]
    public async Task FormSentWithoutASession_ComesBackWithTheDraft_AndTheSignInPageSaysTheSessionEnded()
    {
        using var browser = host.Browser();
        var apply = await browser.GetAsync("/apply/land.cadastral-info?lang=kk", Ct);
        Assert.Equal(HttpStatusCode.Redirect, apply.StatusCode);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["cadastralNumber"] = "75-123-045-067" });
        var response = await browser.PostAsync("/apply/land.cadastral-info", form, Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = Uri.UnescapeDataString(response.Headers.Location!.OriginalString);
        Assert.Contains("expired=1", location);
        Assert.Contains("ReturnUrl=/apply/land.cadastral-info?draft=1", location);
        var html = await browser.GetStringAsync(response.Headers.Location!.OriginalString, Ct);
        Assert.Contains(UiTexts.All["SessionExpired"].Kk, html);
    }

    private static async Task SignInAsync(HttpClient browser)
    {
        var response = await browser.PostAsJsonAsync("/api/dev/sign-in", new { id = DemoData.Aigerim.Iin }, Ct);
        response.EnsureSuccessStatusCode();
    }
}
