using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Qyzmet.EndToEndTests;

/// <summary>
/// The steps every browser journey shares: signing in as a demo person or staff member, and paying through the simulated
/// gateway (ADR 0020). One copy, so a journey that fails at a shared step says the same thing wherever it fails.
/// </summary>
internal static class Journey
{
    /// <summary>A new browser context signed in as the demo account with this name (Development sign-in page).</summary>
    public static async Task<IPage> SignedInAsync(IBrowser browser, RunningHost host, string name, string lang = "ru", ViewportSize? viewport = null)
    {
        var options = new BrowserNewPageOptions { BaseURL = host.BaseUrl };
        if (viewport is not null)
        {
            options.ViewportSize = viewport;
        }

        var page = await browser.NewPageAsync(options);
        await SignInAsync(page, host, name, lang);
        return page;
    }

    /// <summary>
    /// Signs this page in and waits for the sign-in's answer to be followed, so the next step runs signed in (a navigation
    /// started before the answer arrived would cancel the sign-in). When the sign-in does not leave its page, the failure
    /// says what the page showed and what the host logged, instead of a bare time-out.
    /// </summary>
    public static async Task SignInAsync(IPage page, RunningHost host, string name, string lang = "ru")
    {
        await page.GotoAsync($"/signin?lang={lang}");
        var clock = Stopwatch.StartNew();
        var answers = new List<string>();
        page.Response += (_, r) =>
        {
            if (r.Request.Method == "POST")
            {
                lock (answers)
                {
                    answers.Add($"{r.Status} {r.Url} after {clock.ElapsedMilliseconds} ms");
                }
            }
        };
        try
        {
            await page.Locator("form", new() { HasText = name }).GetByRole(AriaRole.Button).ClickAsync();
            await page.WaitForURLAsync(u => !u.Contains("/signin", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        }
        catch (TimeoutException e)
        {
            string body;
            try
            {
                body = await page.Locator("body").InnerTextAsync(new() { Timeout = 2_000 });
            }
            catch (PlaywrightException)
            {
                body = "(the page could not be read)";
            }

            string seen;
            lock (answers)
            {
                seen = answers.Count == 0 ? "no answer to the sign-in POST" : string.Join("; ", answers);
            }

            throw new InvalidOperationException(
                $"Signing in as {name} did not leave the sign-in page within {clock.Elapsed.TotalSeconds:0} s ({seen}); the page is {page.Url}:\n" +
                body[..Math.Min(body.Length, 1500)] + "\n--- host log, last lines:\n" + host.OutputTail(80), e);
        }

        if (clock.Elapsed > TimeSpan.FromSeconds(10))
        {
            TestContext.Current.SendDiagnosticMessage($"Signing in as {name} took {clock.Elapsed.TotalSeconds:0.0} s");
        }
    }

    /// <summary>Pays the open fee as a person does: the application page's button, the card on the gateway's own page, back.</summary>
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
