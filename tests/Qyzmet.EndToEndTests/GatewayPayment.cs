using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Qyzmet.EndToEndTests;

/// <summary>Pays the open fee as a citizen does (ADR 0020): the application page's button, the card on the gateway's own page, back.</summary>
internal static class GatewayPayment
{
    public static async Task PayAsync(IPage page, RunningHost host, string card = "4111 1111 1111 1111")
    {
        var application = page.Url;
        await page.GetByRole(AriaRole.Button, new() { Name = "Оплатить через платёжный шлюз" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("^" + Regex.Escape(host.GatewayUrl) + "/pay/"));
        await page.Locator("#card").FillAsync(card);
        await page.Locator("#pay").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(application);
    }
}
