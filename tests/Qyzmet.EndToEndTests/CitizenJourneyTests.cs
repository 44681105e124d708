using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Qyzmet.EndToEndTests;

/// <summary>
/// The main journeys in Debian's Chromium: a citizen applies, pays and verifies the result. Skipped with a message
/// where /usr/bin/chromium is absent, unless QYZMET_REQUIRE_BROWSER is set (CI sets it and installs Chromium).
/// </summary>
public sealed class CitizenJourneyTests(RunningHost host) : IClassFixture<RunningHost>
{
    // 001a.md §3.3: reference kind and inputs, 30% MCI duty within 24 h, declined payment explained, e-reference issued,
    // downloaded (the file name the verification instructions use, D2026-….pdf) and verifiable; issue 11: in kk and in ru.
    [Theory]
    [InlineData("ru", "Ожидает оплаты госпошлины", "Оплатить через платёжный шлюз", "банк отклонил карту", "Справка выдана", "Скачать результат (PDF)")]
    [InlineData("kk", "Мемлекеттік баж төленуін күтуде", "Төлем шлюзінде төлеу", "банк картаны қабылдамады", "Анықтама берілді", "Нәтижені жүктеу (PDF)")]
    public async Task Citizen_AppliesForBirthReference_PaysDownloadsAndVerifiesTheResult(string lang, string awaiting, string pay, string declined, string issued, string download)
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl, AcceptDownloads = true });

        await page.GotoAsync($"/apply/civil-registry.status-reference?lang={lang}");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/signin"));
        Assert.Equal(lang, await page.Locator("html").GetAttributeAsync("lang")); // the language survives the redirect
        await page.Locator("form", new() { HasText = "СМИРНОВ АЛМАС" }).GetByRole(AriaRole.Button).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/apply/civil-registry.status-reference"));
        await page.Locator("#f-kind input[value=birth]").CheckAsync();
        await page.Locator("#f-birthDate").FillAsync("24.08.2009");
        await page.Locator("#f-birthPlace").FillAsync("Аршалы");
        await page.Locator("#f-parents").FillAsync("СМИРНОВ ВИТАЛИЙ, БЕЙСЕБАЕВА НУРГУЛЬ");
        await page.Locator("form button[type=submit]").Last.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/applications/20"));
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync(awaiting);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("297,50");

        // ADR 0020: the card is entered on the gateway's own page (its own web app, on its own port), never on the platform's.
        var application = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = pay }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(host.GatewayUrl) + "/pay/"));
        await Assertions.Expect(page.Locator("#amount")).ToContainTextAsync("297,50");
        await page.Locator("#card").FillAsync("4000 0000 0000 0002");
        await page.Locator("#pay").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(application);
        await Assertions.Expect(page.Locator("#attempt-status")).ToContainTextAsync(declined);

        await page.GetByRole(AriaRole.Button, new() { Name = pay }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(host.GatewayUrl) + "/pay/"));
        await page.Locator("#card").FillAsync("4111 1111 1111 1111");
        await page.Locator("#pay").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(application);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync(issued);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("R2026-");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AccessibilityTests.ScreenshotFolder(), $"journey-citizen-issued.{lang}.png"), FullPage = true });

        var link = page.GetByRole(AriaRole.Link, new() { Name = download });
        await Assertions.Expect(link).ToBeVisibleAsync();
        var file = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Matches("^D20[0-9]{2}-[0-9]{8}\\.pdf$", file.SuggestedFilename);
        var saved = Path.Combine(Path.GetTempPath(), "qyzmet-e2e-" + Guid.NewGuid().ToString("N") + ".pdf");
        await file.SaveAsAsync(saved);
        try
        {
            Assert.Equal("%PDF"u8.ToArray(), File.ReadAllBytes(saved)[..4]);
        }
        finally
        {
            File.Delete(saved);
        }

        await page.GetByTestId("verify-result").ClickAsync();
        await Assertions.Expect(page.Locator(".checks .check-ok")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("10-101-09-0000007");
    }

    // 002.md §4.2: the PSC operator identifies the citizen at the PSC desk (IIN checked against the register, name and
    // birth date shown; issue 11), chooses the service by its full name, applies on the citizen's behalf, and the
    // result is issued at once.
    [Fact]
    public async Task PscOperator_IdentifiesTheCitizen_AppliesForThem_ResultIssued()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl });

        await Journey.SignInAsync(page, host, "ОПЕРАТОРОВА ӘСЕЛ", "kk");
        await page.GotoAsync("/psc?lang=kk");
        await page.Locator("#applicantId").FillAsync("951201400713");
        await page.GetByRole(AriaRole.Button, new() { Name = "Тізілімнен тексеру" }).ClickAsync();
        await Assertions.Expect(page.Locator("#applicantId-error")).ToBeVisibleAsync(); // a wrong IIN is refused at once

        await page.Locator("#applicantId").FillAsync("951201400712");
        await page.GetByRole(AriaRole.Button, new() { Name = "Тізілімнен тексеру" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=psc-person-name]")).ToContainTextAsync("ОМАРОВА ДАНА");
        await page.Locator("#service").SelectOptionAsync("land.cadastral-info");
        await page.GetByRole(AriaRole.Button, new() { Name = "Жалғастыру" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/apply/land.cadastral-info"));
        Assert.DoesNotContain("951201400712", page.Url); // D-639: the IIN is posted, never in an address
        await page.Locator("#f-cadastralNumber").FillAsync("71-305-022-001");
        await page.Locator("form button[type=submit]").Last.ClickAsync();
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Анықтама берілді");
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("951201400712");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AccessibilityTests.ScreenshotFolder(), "journey-psc-issued.kk.png"), FullPage = true });
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

        await Journey.SignInAsync(page, host, "ЖАНБОЛАТОВА АЙГЕРІМ", "kk");
        await page.GotoAsync("/apply/legal-entities.register-reference?lang=kk");
        await page.Locator("#f-kind input[value=individual-participation]").CheckAsync();
        await page.Locator("form button[type=submit]").Last.ClickAsync();

        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("Анықтама берілді");
        await page.GetByTestId("verify-result").ClickAsync();
        await Assertions.Expect(page.Locator(".checks .check-ok")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("body")).ToContainTextAsync("100540012349");
    }
}
