using System.Globalization;
using Microsoft.Playwright;

namespace Qyzmet.EndToEndTests;

/// <summary>
/// Issue 13 "Land cadastre": the map page loads the vendored Leaflet from the host (nothing from the internet), shows
/// the settlement and its registered plots, and a plot drawn with the drawing control fills the GeoJSON field; drawn
/// across a registered plot it is refused with that plot named.
/// </summary>
public sealed class LandMapTests(RunningHost host) : IClassFixture<RunningHost>
{
    [Fact]
    public async Task MapPage_ShowsPlotsWithVendoredLeaflet_DrawnPlotOverARegisteredOneIsRefused()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl, ViewportSize = new ViewportSize { Width = 1200, Height = 900 } });
        var foreign = new List<string>();
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(host.BaseUrl, StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }

            foreign.Add(route.Request.Url);
            await route.AbortAsync();
        });

        await Journey.SignInAsync(page, host, "ВЕРТКОВ ИГОРЬ", "ru");
        await page.GotoAsync("/land/map?plot=11-213-041-004");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Карта земельного кадастра");
        await Assertions.Expect(page.Locator("#land-map")).ToHaveAttributeAsync("data-loaded", "5"); // the settlement and 4 plots in the demo
        await Assertions.Expect(page.Locator("#land-map path.land-plot")).ToHaveCountAsync(4);
        Assert.True(await page.EvaluateAsync<bool>("() => typeof L === 'object' && typeof L.Control.Draw === 'function'"));

        // Draw from the middle of the shop plot (11-213-041-004) into the free land east of it.
        double[][] corners = [[71.35125, 50.97005], [71.35210, 50.97005], [71.35210, 50.97030], [71.35125, 50.97030]];
        var box = (await page.Locator("#land-map").BoundingBoxAsync())!;
        await page.Locator(".leaflet-draw-draw-polygon").ClickAsync();
        var points = new List<(float X, float Y)>();
        foreach (var c in corners)
        {
            var p = await page.EvaluateAsync<double[]>(
                $"() => {{ const p = document.getElementById('land-map').landMap.latLngToContainerPoint([{Inv(c[1])}, {Inv(c[0])}]); return [p.x, p.y]; }}");
            points.Add(((float)(box.X + p[0]), (float)(box.Y + p[1])));
        }

        foreach (var (x, y) in points)
        {
            await page.Mouse.ClickAsync(x, y);
            await page.WaitForTimeoutAsync(150);
        }

        await page.Mouse.ClickAsync(points[0].X, points[0].Y); // closing on the first vertex finishes the polygon
        await Assertions.Expect(page.Locator("#boundary")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("\"type\":\"Polygon\""));
        await page.Locator("#areaHectares").FillAsync("0,15");
        await page.GetByRole(AriaRole.Button, new() { Name = "Проверить участок" }).ClickAsync();
        await Assertions.Expect(page.Locator("#check-error")).ToContainTextAsync("11-213-041-004");
        await Assertions.Expect(page.Locator("#check-error")).ToContainTextAsync("накладывается");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "qyzmet-e2e-land-map.png") });
        Assert.Empty(foreign);
    }

    private static string Inv(double v) => v.ToString(CultureInfo.InvariantCulture);
}
