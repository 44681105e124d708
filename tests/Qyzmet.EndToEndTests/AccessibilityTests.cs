using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Qyzmet.EndToEndTests;

/// <summary>
/// Issue 11 "Tests": every page type, in Kazakh and in Russian, checked with axe-core (WCAG 2.1 A/AA rules) for serious and
/// critical violations, and saved as a full-page screenshot under artifacts/screenshots/ (git-ignored; CI keeps the folder
/// as output, .ci/run says where). Skipped like the other browser journeys where /usr/bin/chromium is absent.
/// </summary>
public sealed class AccessibilityTests(RunningHost host) : IClassFixture<RunningHost>
{
    private static readonly string[] Impacts = ["serious", "critical"];

    /// <summary>The repository root's artifacts/screenshots folder, the one .ci/run names as CI output.</summary>
    public static string ScreenshotFolder()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Qyzmet.slnx")))
        {
            root = root.Parent;
        }

        var folder = Path.Combine(root?.FullName ?? Path.GetTempPath(), "artifacts", "screenshots");
        Directory.CreateDirectory(folder);
        return folder;
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task EveryPageType_HasNoSeriousOrCriticalViolations(string lang)
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var problems = new StringBuilder();
        var summary = Path.Combine(ScreenshotFolder(), $"accessibility.{lang}.txt");
        File.WriteAllText(summary, "");

        async Task CheckAsync(IPage page, string name)
        {
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder(), $"{name}.{lang}.png"), FullPage = true });
            Assert.Equal(lang, await page.Locator("html").GetAttributeAsync("lang"));
            var result = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            });
            // A summary beside the screenshots (every impact, for the record); the test fails on serious and critical ones only.
            File.AppendAllText(summary, $"{name}: {result.Passes.Length} rules pass, {result.Violations.Length} violated"
                + string.Concat(result.Violations.Select(v => $"; {v.Impact} {v.Id} ({v.Nodes.Length})")) + Environment.NewLine);
            Assert.True(result.Passes.Length > 0, $"axe-core checked nothing on {name} ({page.Url})");
            foreach (var v in result.Violations.Where(v => Impacts.Contains(v.Impact)))
            {
                problems.AppendLine($"{name} ({lang}, {page.Url}): {v.Impact} {v.Id}: {v.Help}");
                foreach (var node in v.Nodes.Take(5))
                {
                    problems.AppendLine($"    {node.Target}: {node.Html}");
                }
            }
        }

        async Task<IPage> SignedInAsync(string name)
        {
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseUrl });
            var page = await context.NewPageAsync();
            await page.GotoAsync($"/signin?lang={lang}");
            await page.Locator("form", new() { HasText = name }).GetByRole(AriaRole.Button).ClickAsync();
            await page.WaitForURLAsync(u => !u.Contains("/signin", StringComparison.Ordinal));
            return page;
        }

        // Anonymous: catalog, a service's page, sign-in, an error page.
        var anonymous = await (await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseUrl })).NewPageAsync();
        await anonymous.GotoAsync($"/?lang={lang}");
        await CheckAsync(anonymous, "catalog");
        await anonymous.GotoAsync($"/services/civil-registry.status-reference?lang={lang}");
        await CheckAsync(anonymous, "service-details");
        await anonymous.GotoAsync($"/signin?lang={lang}");
        await CheckAsync(anonymous, "sign-in");
        await anonymous.GotoAsync($"/no-such-page?lang={lang}");
        await CheckAsync(anonymous, "error");

        // The citizen: the form, an issued application, the result's verification, the cabinet's lists.
        var citizen = await SignedInAsync("ЖАНБОЛАТОВА АЙГЕРІМ");
        await citizen.GotoAsync($"/apply/land.cadastral-info?lang={lang}");
        await CheckAsync(citizen, "apply-form");
        await citizen.Locator("#f-cadastralNumber").FillAsync("75-123-045-067");
        await citizen.Locator("form button[type=submit]").Last.ClickAsync();
        await Assertions.Expect(citizen).ToHaveURLAsync(new Regex("/applications/20"));
        await Assertions.Expect(citizen.Locator("a[href^='/verify/']")).ToBeVisibleAsync();
        await CheckAsync(citizen, "application");
        await citizen.Locator("a[href^='/verify/']").ClickAsync();
        await Assertions.Expect(citizen.Locator(".checks .check-ok")).ToHaveCountAsync(2);
        await CheckAsync(citizen, "verify");
        await citizen.GotoAsync($"/applications?lang={lang}");
        await CheckAsync(citizen, "cabinet-applications");
        await citizen.GotoAsync($"/inbox?lang={lang}");
        await CheckAsync(citizen, "inbox");
        await citizen.GotoAsync($"/cabinet/access-log?lang={lang}");
        await CheckAsync(citizen, "access-log");

        // The other future spouse's consent page.
        var mira = await SignedInAsync("МАМЕТОВА МИРА");
        await mira.GotoAsync($"/civil-registry/consents?lang={lang}");
        await CheckAsync(mira, "consent");

        // The desks.
        var operatorPage = await SignedInAsync("ОПЕРАТОРОВА ӘСЕЛ");
        await operatorPage.GotoAsync($"/psc?lang={lang}");
        await CheckAsync(operatorPage, "psc-desk");
        var registrar = await SignedInAsync("ТІРКЕУОВА ГҮЛНАР");
        await registrar.GotoAsync($"/desk/civil-registry?lang={lang}");
        await CheckAsync(registrar, "civil-registry-desk");
        var cadastre = await SignedInAsync("ОРЫНДАУШЫ СЕРІК");
        await cadastre.GotoAsync($"/cadastre/desk?lang={lang}");
        await CheckAsync(cadastre, "cadastre-desk");

        Assert.True(problems.Length == 0, "axe-core found serious or critical violations:\n" + problems);
    }
}
