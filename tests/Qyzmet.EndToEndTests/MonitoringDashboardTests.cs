using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Qyzmet.EndToEndTests;

/// <summary>
/// Issue 15 "Monitoring and quality" in Debian's Chromium: a citizen applies, and the monitoring officer's dashboard, in Kazakh,
/// shows that application under its service and unit (once the aggregation job has run), with the charts drawn as SVG by the server.
/// </summary>
public sealed class MonitoringDashboardTests(RunningHost host) : IClassFixture<RunningHost>
{
    [Fact]
    public async Task Dashboard_InKazakh_ShowsTheApplicationTheTestMade()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        var citizen = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl });
        await Journey.SignInAsync(citizen, host, "ЖАНБОЛАТОВА АЙГЕРІМ", "ru");
        await citizen.GotoAsync("/apply/civil-registry.duplicate-certificate?lang=ru");
        await citizen.Locator("#f-kind input[value=birth]").CheckAsync();
        await citizen.Locator("#f-birthDate").FillAsync("15.03.1990");
        await citizen.Locator("#f-birthPlace").FillAsync("Алматы");
        await citizen.Locator("#f-parents").FillAsync("СЕРІКОВ СЕРІК, СЕРІКОВА ГҮЛМИРА");
        await citizen.Locator("form button[type=submit]").Last.ClickAsync();
        await Assertions.Expect(citizen.Locator("body")).ToContainTextAsync("Ожидает оплаты госпошлины");
        Assert.Matches(new Regex("/applications/[0-9-]+"), citizen.Url);

        var officer = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl });
        await Journey.SignInAsync(officer, host, "САПАЕВА ДИНАРА", "kk");
        await officer.GotoAsync("/monitoring?lang=kk&service=civil-registry.duplicate-certificate");
        // ADR 0030: the dashboard reads the rollup the aggregation job keeps (every 15 s here); reload until it has run.
        for (var i = 0; i < 30 && await officer.Locator("#mon-applications-table tbody tr").CountAsync() == 0; i++)
        {
            await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
            await officer.ReloadAsync();
        }

        await Assertions.Expect(officer.Locator("h1")).ToHaveTextAsync("Мемлекеттік қызметтер мониторингі");
        await Assertions.Expect(officer.Locator("svg#mon-chart-applications")).ToBeVisibleAsync();
        var rows = officer.Locator("#mon-applications-table tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("Алматы қ. Әділет департаментінің АХАЖ бөлімі");
        await Assertions.Expect(rows.First.Locator("td").Nth(2)).ToHaveTextAsync("1"); // the one application this test made
        await Assertions.Expect(rows.First).ToContainTextAsync("Мемлекеттік баж төленуін күтуде: 1");
        await officer.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "qyzmet-monitoring-kk.png"), FullPage = true });
    }
}
