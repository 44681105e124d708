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

    [Fact]
    public async Task EveryPageType_InKazakhAndRussian_HasNoSeriousOrCriticalViolations()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var problems = new StringBuilder();

        Task<IPage> SignedInAsync(string name) => Journey.SignedInAsync(browser, host, name);

        async Task<string> ApplyAsync(IPage page, string service, Func<Task> fill)
        {
            await page.GotoAsync($"/apply/{service}?lang=ru");
            await fill();
            await page.Locator("form button[type=submit]").Last.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/applications/20"));
            return page.Url;
        }

        async Task PayAsync(IPage page)
        {
            await Journey.PayAsync(page, host);
        }

        // Work for every page to show: an issued result (application page, verification), a cadastral passport paid and
        // documented (the cadastre executor's queue), a paid duplicate (the registry office's queue), a marriage
        // application waiting for the other spouse (the consent page).
        var citizen = await SignedInAsync("ЖАНБОЛАТОВА АЙГЕРІМ");
        var issued = await ApplyAsync(citizen, "land.cadastral-info", () => citizen.Locator("#f-cadastralNumber").FillAsync("75-123-045-067"));
        var verify = await citizen.GetByTestId("verify-result").GetAttributeAsync("href");
        await ApplyAsync(citizen, "real-estate.cadastral-passport", async () =>
        {
            await citizen.Locator("#f-cadastralNumber").FillAsync("75-123-045-067:1");
            await citizen.Locator("#f-consent input[value=given]").CheckAsync();
        });
        await PayAsync(citizen);
        await citizen.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "title.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7 copy"u8.ToArray() });
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Приложить" }).ClickAsync();
        await ApplyAsync(citizen, "civil-registry.duplicate-certificate", async () =>
        {
            await citizen.Locator("#f-kind input[value=birth]").CheckAsync();
            await citizen.Locator("#f-birthDate").FillAsync("15.03.1990");
            await citizen.Locator("#f-birthPlace").FillAsync("Алматы");
            await citizen.Locator("#f-parents").FillAsync("СЕРІКОВ СЕРІК, СЕРІКОВА ГҮЛМИРА");
        });
        await PayAsync(citizen);
        var igor = await SignedInAsync("ВЕРТКОВ ИГОРЬ");
        await ApplyAsync(igor, "civil-registry.marriage-application", async () =>
        {
            await igor.Locator("#f-otherIin").FillAsync("741011400518");
            await igor.Locator("#f-office input[value=civil-registry-75]").CheckAsync();
            await igor.Locator("#f-desiredDate").FillAsync(DateTime.UtcNow.AddDays(20).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
        });

        var anonymous = await (await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseUrl })).NewPageAsync();
        var mira = await SignedInAsync("МАМЕТОВА МИРА");
        var operatorPage = await SignedInAsync("ОПЕРАТОРОВА ӘСЕЛ");
        var registrar = await SignedInAsync("ТІРКЕУОВА ГҮЛНАР");
        var cadastre = await SignedInAsync("ОРЫНДАУШЫ СЕРІК");
        var migrationPolice = await SignedInAsync("ТІРКЕУБАЕВ НҰРЖАН");
        var monitoring = await SignedInAsync("САПАЕВА ДИНАРА");
        var queueHead = await SignedInAsync("КЕЗЕКОВА ДИНАРА");
        var landIct = await SignedInAsync("ЖҮЙЕЛІКОВ ТИМУР");

        foreach (var lang in new[] { "kk", "ru" })
        {
            var summary = Path.Combine(ScreenshotFolder(), $"accessibility.{lang}.txt");
            File.WriteAllText(summary, "");

            async Task CheckAsync(IPage page, string url, string name)
            {
                await page.GotoAsync(url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "lang=" + lang);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                // Folded parts (a desk's refusal form, the signing choices) are checked and shown too.
                await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder(), $"{name}.{lang}.png"), FullPage = true });
                Assert.Equal(lang, await page.Locator("html").GetAttributeAsync("lang"));
                var result = await page.RunAxe(new AxeRunOptions
                {
                    RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
                });
                Assert.True(result.Passes.Length > 0, $"axe-core checked nothing on {name} ({page.Url})");
                // A summary beside the screenshots (every impact, for the record); the test fails on serious and critical ones only.
                File.AppendAllText(summary, $"{name}: {result.Passes.Length} rules pass, {result.Violations.Length} violated"
                    + string.Concat(result.Violations.Select(v => $"; {v.Impact} {v.Id} ({v.Nodes.Length})")) + Environment.NewLine);
                foreach (var v in result.Violations.Where(v => Impacts.Contains(v.Impact)))
                {
                    problems.AppendLine($"{name} ({lang}, {page.Url}): {v.Impact} {v.Id}: {v.Help}");
                    foreach (var node in v.Nodes.Take(5))
                    {
                        problems.AppendLine($"    {node.Target}: {node.Html}");
                    }
                }
            }

            await CheckAsync(anonymous, "/", "catalog");
            await CheckAsync(anonymous, "/services/civil-registry.status-reference", "service-details");
            await CheckAsync(anonymous, "/signin", "sign-in");
            await CheckAsync(anonymous, "/no-such-page", "error");
            await CheckAsync(citizen, "/apply/civil-registry.duplicate-certificate", "apply-form");
            await CheckAsync(citizen, new Uri(issued).PathAndQuery, "application");
            await CheckAsync(anonymous, verify!, "verify");
            await CheckAsync(citizen, "/applications", "cabinet-applications");
            await CheckAsync(citizen, "/inbox", "inbox");
            await CheckAsync(citizen, "/cabinet/access-log", "access-log");
            await CheckAsync(mira, "/civil-registry/consents", "consent");
            // D-639: the desk with a person is reached by posting the IIN (its address carries a handle, not the IIN).
            await operatorPage.GotoAsync("/psc");
            await operatorPage.Locator("#applicantId").FillAsync("900315400116");
            await operatorPage.Locator("form", new() { Has = operatorPage.Locator("#applicantId") }).GetByRole(AriaRole.Button).ClickAsync();
            await Assertions.Expect(operatorPage.Locator("[data-testid=psc-person-name]")).ToBeVisibleAsync();
            await CheckAsync(operatorPage, new Uri(operatorPage.Url).PathAndQuery, "psc-desk");
            await CheckAsync(registrar, "/desk/civil-registry", "civil-registry-desk");
            await CheckAsync(cadastre, "/cadastre/desk", "cadastre-desk");
            await CheckAsync(citizen, "/land/apply", "land-apply");
            await CheckAsync(registrar, "/desk/tasks", "task-desk");
            await CheckAsync(registrar, "/desk", "workbench");
            await CheckAsync(registrar, "/desk/complaints", "complaints-desk");
            await CheckAsync(landIct, "/desk/protocols", "protocols-desk");
            await CheckAsync(monitoring, "/monitoring", "monitoring");
            await CheckAsync(citizen, "/queue", "queue-booking");
            await CheckAsync(citizen, "/queue/home-visit", "queue-home-visit");
            await CheckAsync(anonymous, "/queue/kiosk", "queue-kiosk");
            await CheckAsync(anonymous, "/queue/board", "queue-board");
            await CheckAsync(operatorPage, "/queue/window", "queue-window");
            await CheckAsync(queueHead, "/queue/supervisor", "queue-supervisor");
            await CheckAsync(citizen, "/population", "population");
            await CheckAsync(citizen, "/population/owner-consents", "population-owner-consents");
            await CheckAsync(operatorPage, "/population/psc", "population-workstation");
            await CheckAsync(migrationPolice, "/population/production", "population-production");
        }

        Assert.True(problems.Length == 0, "axe-core found serious or critical violations:\n" + problems);
    }
}
