using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Qyzmet.EndToEndTests;

/// <summary>
/// Issue 11 "The clerk's workbench" in Debian's Chromium: the registry office executor works an application from the
/// queue with the keyboard only (Tab, Enter, typing): opens it from the queue, reads the draft of the duplicate, issues
/// it with the collection place, and records the handover back on the queue (001a.md §3.1; decisions D-319..D-324).
/// </summary>
public sealed class WorkbenchJourneyTests(RunningHost host) : IClassFixture<RunningHost>
{
    [Fact]
    public async Task Clerk_WorksAnApplicationFromTheQueue_KeyboardOnly()
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
        var number = Regex.Match(citizen.Url, "/applications/([0-9-]+)").Groups[1].Value;
        await Journey.PayAsync(citizen, host);
        await Assertions.Expect(citizen.Locator("body")).ToContainTextAsync("Принят на обработку");

        var clerk = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl });
        await Journey.SignInAsync(clerk, host, "ТІРКЕУОВА ГҮЛНАР", "ru");

        // From here on only the keyboard. The queue: the line shows the service, the applicant, the step and its deadlines.
        await clerk.GotoAsync("/desk?lang=ru");
        var line = clerk.Locator("#desk-queue tr", new() { HasText = number });
        await Assertions.Expect(line).ToContainTextAsync("Принят на обработку");
        await Assertions.Expect(line).ToContainTextAsync("ЖАНБОЛАТОВА АЙГЕРІМ");
        await TabToAsync(clerk, $"a[href='/desk/applications/{number}']");
        await clerk.Keyboard.PressAsync("Enter");
        await Assertions.Expect(clerk.Locator("h1")).ToContainTextAsync(number);
        await Assertions.Expect(clerk.Locator("#fields")).ToContainTextAsync("СЕРІКОВ СЕРІК");

        // The draft before signing opens from its summary with Enter, and closes again the same way.
        await TabToAsync(clerk, "#preview > summary");
        await clerk.Keyboard.PressAsync("Enter");
        await Assertions.Expect(clerk.Locator("#preview")).ToHaveAttributeAsync("open", "");
        await Assertions.Expect(clerk.Locator("#preview iframe")).ToBeVisibleAsync();
        await clerk.Keyboard.PressAsync("Enter");
        await Assertions.Expect(clerk.Locator("#preview")).Not.ToHaveAttributeAsync("open", "");

        // The action's note is labelled; typing it and pressing Enter issues the duplicate.
        await TabToAsync(clerk, "#action-issue-duplicate-reason");
        await clerk.Keyboard.TypeAsync("Каб. 12");
        await clerk.Keyboard.PressAsync("Enter");
        await Assertions.Expect(clerk.Locator("[role=status]")).ToContainTextAsync($"№ {number}: Повторное свидетельство подготовлено");

        // Back to the queue, where the next step of the same application waits: the handover, one key press away.
        await TabToAsync(clerk, "a[href='/desk']");
        await clerk.Keyboard.PressAsync("Enter");
        await Assertions.Expect(clerk).ToHaveURLAsync(new Regex("/desk$"));
        await Assertions.Expect(clerk.Locator("#desk-queue tr", new() { HasText = number })).ToContainTextAsync("Отметить выдачу на руки");
        await TabToAsync(clerk, $"#desk-queue tr[data-number='{number}'] button[value=record-issue]");
        await clerk.Keyboard.PressAsync("Enter");
        await Assertions.Expect(clerk.Locator("[role=status]")).ToContainTextAsync(number);
        await Assertions.Expect(clerk.Locator("#desk-queue tr", new() { HasText = number })).ToHaveCountAsync(0);

        await citizen.ReloadAsync();
        await Assertions.Expect(citizen.Locator("body")).ToContainTextAsync("Повторное свидетельство выдано");
    }

    /// <summary>Presses Tab until the element matching <paramref name="selector"/> has the focus: it is reachable by keyboard.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 150; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement !== null && document.activeElement.matches(s)", selector))
            {
                return;
            }
        }

        Assert.Fail("Not reachable with Tab: " + selector);
    }
}
