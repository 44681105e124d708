using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Qyzmet.EndToEndTests;

/// <summary>Paying as a person does (ADR 0020): the application page's button, the gateway's page, back to the application.</summary>
internal static class GatewayJourney
{
    public static async Task PayAsync(IPage page, string gatewayUrl, string card = "4111 1111 1111 1111")
    {
        var application = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Оплатить через платёжный шлюз" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(gatewayUrl) + "/pay/"));
        await page.Locator("#card").FillAsync(card);
        await page.Locator("#pay").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(application);
    }
}
