using Microsoft.Playwright;

namespace Qyzmet.EndToEndTests;

/// <summary>
/// Debian's Chromium driven by Playwright. A journey is skipped with a message where /usr/bin/chromium is absent,
/// unless QYZMET_REQUIRE_BROWSER is set (CI sets it and installs Chromium), when it fails instead.
/// </summary>
public static class DebianChromium
{
    public const string Path = "/usr/bin/chromium";

    public static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        var required = Environment.GetEnvironmentVariable("QYZMET_REQUIRE_BROWSER") is { Length: > 0 } v && v != "0";
        if (!File.Exists(Path))
        {
            Assert.SkipWhen(!required, $"{Path} not found: install the Debian package chromium to run the browser tests.");
            Assert.Fail($"{Path} not found and QYZMET_REQUIRE_BROWSER is set.");
        }

        var playwright = await Playwright.CreateAsync();
        // Journeys wait for real work (signing, PDF rendering) on a 2-core machine that runs both test projects at once:
        // a slow answer is not a failure, a wrong one is.
        Assertions.SetDefaultExpectTimeout(20_000);
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Path,
            Headless = true,
            // Closed network here: no background calls, no sandbox as root.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        return (playwright, browser);
    }
}
