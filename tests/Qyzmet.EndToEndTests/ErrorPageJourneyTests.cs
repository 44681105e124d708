using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Qyzmet.EndToEndTests;

/// <summary>
/// Issue 11 "Errors and sessions" in Debian's Chromium: a mistyped address or a broken QR link shows a page in the
/// person's language with a way on, never raw JSON; following the way on leads back to the services.
/// </summary>
public sealed class ErrorPageJourneyTests(RunningHost host) : IClassFixture<RunningHost>
{
    [Theory]
    [InlineData("/no-such-page?lang=ru", "ru", "Вернуться к списку услуг")]
    [InlineData("/verify/not-a-guid?lang=kk", "kk", "Қызметтер тізіміне оралу")]
    public async Task UnknownAddress_ShowsAPageInTheLanguage_WithAWayBackToTheServices(string url, string lang, string wayOn)
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl });

        var response = await page.GotoAsync(url);
        Assert.Equal(404, response!.Status);
        Assert.Equal(lang, await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
        Assert.DoesNotContain("errorCode", await page.ContentAsync(), StringComparison.Ordinal);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AccessibilityTests.ScreenshotFolder(), $"journey-error.{lang}.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = wayOn }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/$|/\\?"));
        await Assertions.Expect(page.Locator("a[href^='/services/']").First).ToBeVisibleAsync();
    }
}
