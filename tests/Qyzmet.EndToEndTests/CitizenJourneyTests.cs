using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Qyzmet.EndToEndTests;

/// <summary>
/// The main journeys in Debian's Chromium: a citizen applies, pays and verifies the result. Skipped with a message
/// where /usr/bin/chromium is absent, unless QYZMET_REQUIRE_BROWSER is set (CI sets it and installs Chromium).
/// </summary>
public sealed class CitizenJourneyTests(RunningHost host) : IClassFixture<RunningHost>
{
    // 001a.md §3.3: reference kind and inputs, 30% MCI duty within 24 h, declined payment explained, e-reference issued and verifiable.
    [Fact]
    public async Task Citizen_AppliesForBirthReference_PaysAndVerifiesTheResult()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl, Locale = "ru-RU" });

        await page.GotoAsync("/apply/civil-registry.status-reference?lang=ru");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/signin"));
        await page.Locator("form", new() { HasText = "СМИРНОВ АЛМАС" }).GetByRole(AriaRole.Button).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/apply/civil-registry.status-reference"));
        await page.Locator("#f-kind input[value=birth]").CheckAsync();
        await page.Locator("#f-birthDate").FillAsync("24.08.2009");
        await page.Locator("#f-birthPlace").FillAsync("Аршалы");
        await page.Locator("#f-parents").FillAsync("СМИРНОВ ВИТАЛИЙ, БЕЙСЕБАЕВА НУРГУЛЬ");
        await page.Locator("form button[type=submit]").Last.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/applications/2026-|/applications/20"));
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Ожидает оплаты госпошлины");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("297,50");

        // ADR 0020: the card is entered on the gateway's own page (its own web app, on its own port), never on the platform's.
        var application = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Оплатить через платёжный шлюз" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(host.GatewayUrl) + "/pay/"));
        await Assertions.Expect(page.Locator("#amount")).ToContainTextAsync("297,50");
        await page.Locator("#card").FillAsync("4000 0000 0000 0002");
        await page.Locator("#pay").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(application);
        await Assertions.Expect(page.Locator("#attempt-status")).ToContainTextAsync("банк отклонил карту");

        await page.GetByRole(AriaRole.Button, new() { Name = "Оплатить через платёжный шлюз" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(host.GatewayUrl) + "/pay/"));
        await page.Locator("#card").FillAsync("4111 1111 1111 1111");
        await page.Locator("#pay").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(application);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Справка выдана");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("R2026-");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "qyzmet-e2e-application.png"), FullPage = true });

        var download = page.GetByRole(AriaRole.Link, new() { Name = "Скачать результат (PDF)" });
        await Assertions.Expect(download).ToBeVisibleAsync();
        var pdf = await page.APIRequest.GetAsync((await download.GetAttributeAsync("href"))!);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);

        await page.Locator("a[href^='/verify/']").ClickAsync();
        await Assertions.Expect(page.Locator(".checks .check-ok")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("10-101-09-0000007");
    }

    // 002.md §4.2: the PSC operator applies on a citizen's behalf and the citizen's result is issued at once.
    [Fact]
    public async Task PscOperator_AppliesForCitizen_ResultIssued()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl });

        await page.GotoAsync("/signin?lang=kk");
        await page.Locator("form", new() { HasText = "ОПЕРАТОРОВА ӘСЕЛ" }).GetByRole(AriaRole.Button).ClickAsync();
        await page.GotoAsync("/apply/land.cadastral-info");
        await page.Locator("#f-applicantId").FillAsync("951201400712");
        await page.Locator("#f-cadastralNumber").FillAsync("71-305-022-001");
        await page.Locator("form button[type=submit]").Last.ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Анықтама берілді");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("951201400712");
    }

    // 001b.md §3.3, §6.5: a founder asks for the reference on her participation in legal entities; it is issued at once,
    // names the company and her share, and verifies on the QR page.
    [Fact]
    public async Task Citizen_GetsParticipationReference_AndVerifiesIt()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl });

        await page.GotoAsync("/signin?lang=kk");
        await page.Locator("form", new() { HasText = "ЖАНБОЛАТОВА АЙГЕРІМ" }).GetByRole(AriaRole.Button).ClickAsync();
        await page.GotoAsync("/apply/legal-entities.register-reference?lang=kk");
        await page.Locator("#f-kind input[value=individual-participation]").CheckAsync();
        await page.Locator("form button[type=submit]").Last.ClickAsync();

        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Анықтама берілді");
        await page.Locator("a[href^='/verify/']").ClickAsync();
        await Assertions.Expect(page.Locator(".checks .check-ok")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("100540012349");
    }
}
