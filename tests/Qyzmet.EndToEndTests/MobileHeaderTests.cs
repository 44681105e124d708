using Microsoft.Playwright;

namespace Qyzmet.EndToEndTests;

/// <summary>Issue 11, mobile (390 px): the header collapses behind a menu button and the first screen shows the page's content.</summary>
public sealed class MobileHeaderTests(RunningHost host) : IClassFixture<RunningHost>
{
    [Fact]
    public async Task Phone_HeaderCollapses_MenuOpensOnTheButton_ContentOnTheFirstScreen()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl, ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        await page.GotoAsync("/?lang=ru");

        var menu = page.Locator("#site-menu");
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Меню" });
        await Assertions.Expect(menu).ToBeHiddenAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        var heading = await page.Locator("main h1").BoundingBoxAsync();
        Assert.NotNull(heading);
        Assert.True(heading.Y < 200, $"the page heading starts at {heading.Y}px: the header takes the first screen");

        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Услуги" })).ToBeVisibleAsync();

        // On a wide screen there is no button and the menu is always shown.
        await page.SetViewportSizeAsync(1200, 800);
        await Assertions.Expect(toggle).ToBeHiddenAsync();
        await Assertions.Expect(menu).ToBeVisibleAsync();
    }
}
