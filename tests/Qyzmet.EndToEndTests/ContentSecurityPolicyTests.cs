using Microsoft.Playwright;

namespace Qyzmet.EndToEndTests;

/// <summary>
/// Issue 17 (ADR 0024): under the content security policy every page type still works in a real browser: the layout's
/// hashed inline line runs, the vendored scripts (NCALayer client, PKI.js, Leaflet, Leaflet.draw) load and run, the map
/// draws its plots and the settlement chooser needs no inline handler, and the browser reports no violation at all.
/// </summary>
public sealed class ContentSecurityPolicyTests(RunningHost host) : IClassFixture<RunningHost>
{
    [Fact]
    public async Task PagesRunUnderThePolicy_WithoutAnyViolation()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl });
        // Recorded by the browser itself (an init script is not subject to the page's policy).
        await page.AddInitScriptAsync("window.__csp = []; document.addEventListener('securitypolicyviolation', " +
            "e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));");

        async Task AssertClean(string where)
        {
            var violations = await page.EvaluateAsync<string[]>("() => window.__csp");
            Assert.True(violations.Length == 0, where + ": " + string.Join("; ", violations));
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('js')"), where + ": the layout's inline line did not run");
        }

        await page.GotoAsync("/signin?lang=ru");
        Assert.True(await page.EvaluateAsync<bool>("() => typeof pkijs === 'object'"), "PKI.js did not load on the sign-in page");
        await AssertClean("/signin");
        await page.Locator("form", new() { HasText = "ВЕРТКОВ ИГОРЬ" }).GetByRole(AriaRole.Button).ClickAsync();
        await AssertClean("after sign-in");

        await page.GotoAsync("/apply/civil-registry.duplicate-certificate?lang=ru");
        await AssertClean("/apply");

        await page.GotoAsync("/land/map?plot=11-213-041-004&lang=ru");
        await Assertions.Expect(page.Locator("#land-map")).ToHaveAttributeAsync("data-loaded", "5");
        await Assertions.Expect(page.Locator("#land-map path.land-plot")).ToHaveCountAsync(4);
        await AssertClean("/land/map");

        await page.GotoAsync("/applications?lang=ru");
        await AssertClean("/applications");
        await page.GotoAsync("/?lang=kk");
        await AssertClean("/");
    }
}
