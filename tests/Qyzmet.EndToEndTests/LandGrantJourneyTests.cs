using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Qyzmet.EndToEndTests;

/// <summary>
/// Issue 13 in Debian's Chromium, 003.md end to end through the pages: the citizen draws the requested plot on the map by
/// clicking (inside the settlement, over no registered plot, of the declared area), applies; the office, management and
/// architecture act at the workbench; the choice act reaches every party at once and each answers from its task desk (the
/// paper answer recorded with its scan); the citizen agrees the final act and pays at the gateway; stage 2 runs at the desks
/// and ends in the granted right and the signed decision downloaded (D-550..D-553).
/// </summary>
public sealed class LandGrantJourneyTests(RunningHost host) : IClassFixture<RunningHost>
{
    private static readonly ViewportSize Wide = new() { Width = 1200, Height = 900 };

    /// <summary>
    /// The demo settlement of 003 and a free 25 m × 40 m (0.1 ha) plot in it, east of Kosshy's registered row (the lead switches
    /// both here if the demo moves).
    /// </summary>
    private const string Settlement = "116437100";

    private static readonly double[][] Corners = [[71.352142, 50.97], [71.352499, 50.97], [71.352499, 50.97036], [71.352142, 50.97036]];

    private const string DeclaredArea = "0,1000";

    // The staff of the demo provider, as the sign-in page lists them (LandGrantDemoData).
    private const string Office = "КЕҢСЕЕВА ЖАНАР";
    private const string Management = "ӘКІМОВ СЕРІК";
    private const string ArchitectureHead = "СӘУЛЕТОВ БЕРІК";
    private const string ArchitectureExecutor = "ЖОСПАРОВА ӘЙГЕРІМ";
    private const string LandHead = "ЖЕРҰЛЫ ҚАНАТ";
    private const string LandExecutor = "ЖЕРОВА ДИНА";
    private const string StateCorporation = "КАДАСТРБЕКОВ НҰРЖАН";
    private const string Sanitary = "ТАЗАЛЫҚОВА РАУШАН";
    private const string Power = "ЭНЕРГЕТИКОВ АЙДОС";
    private const string Water = "СУЛЕЙМЕНОВА ГАУХАР";

    [Fact]
    public async Task Citizen_DrawsAndApplies_PartiesAnswerInParallel_AgreesAndPays_Stage2_SignedDecision()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        var citizen = await Journey.SignedInAsync(browser, host, "ЖАНБОЛАТОВА АЙГЕРІМ", viewport: Wide);
        await citizen.GotoAsync($"/land/apply?settlement={Settlement}&lang=ru");
        await Assertions.Expect(citizen.Locator("#land-map")).ToHaveAttributeAsync("data-loaded", new Regex("^[0-9]+$"));
        Assert.True(await citizen.EvaluateAsync<bool>("() => typeof L === 'object' && typeof L.Control.Draw === 'function'"));

        // Draw the plot by clicking its corners on the map, zoomed in on it (the map scrolled into the viewport first).
        await citizen.Locator("#land-map").ScrollIntoViewIfNeededAsync();
        await citizen.EvaluateAsync($"() => document.getElementById('land-map').landMap.setView([{Inv((Corners[0][1] + Corners[2][1]) / 2)}, {Inv((Corners[0][0] + Corners[1][0]) / 2)}], 18, {{ animate: false }})");
        var box = (await citizen.Locator("#land-map").BoundingBoxAsync())!;
        await citizen.Locator(".leaflet-draw-draw-polygon").ClickAsync();
        var points = new List<(float X, float Y)>();
        foreach (var c in Corners)
        {
            var p = await citizen.EvaluateAsync<double[]>(
                $"() => {{ const p = document.getElementById('land-map').landMap.latLngToContainerPoint([{Inv(c[1])}, {Inv(c[0])}]); return [p.x, p.y]; }}");
            points.Add(((float)(box.X + p[0]), (float)(box.Y + p[1])));
        }

        foreach (var (x, y) in points)
        {
            await citizen.Mouse.ClickAsync(x, y);
            await citizen.WaitForTimeoutAsync(150);
        }

        await citizen.Mouse.ClickAsync(points[0].X, points[0].Y);
        await Assertions.Expect(citizen.Locator("#f-plot")).ToHaveValueAsync(new Regex("\"type\":\"Polygon\""));
        await Assertions.Expect(citizen.Locator("#drawn-area")).ToContainTextAsync(new Regex("0,1[0-9]{3} га"));

        await citizen.Locator("#f-akim input[value=district]").CheckAsync();
        await citizen.Locator("#f-plotAddress").FillAsync("Қосшы қ., Ақсу к., 13");
        await citizen.Locator("#f-areaHectares").FillAsync(DeclaredArea);
        await citizen.Locator("#f-purpose").FillAsync("Жеке тұрғын үй құрылысы үшін");
        await citizen.Locator("#f-rightKind input[value=temporary-paid]").CheckAsync();
        await citizen.Locator("#f-exemption input[value=none]").CheckAsync();
        await citizen.Locator("#f-consent input[value=given]").CheckAsync();
        await citizen.Locator("#submit").ClickAsync();
        await Assertions.Expect(citizen).ToHaveURLAsync(new Regex("/applications/[0-9-]+$"), new() { Timeout = 20_000 });
        var number = Regex.Match(citizen.Url, "/applications/([0-9-]+)").Groups[1].Value;
        await Assertions.Expect(citizen.Locator("#stage")).ToContainTextAsync("Этап 1");

        await DeskActAsync(browser, Office, number, "register");
        await DeskActAsync(browser, Management, number, "refer");
        await DeskActAsync(browser, ArchitectureHead, number, "assign-executor");
        await DeskActAsync(browser, ArchitectureExecutor, number, "send-for-approval");

        // The act reached every party at once: each desk shows its task before anyone has answered.
        var desks = new Dictionary<string, IPage>();
        foreach (var party in new[] { Sanitary, Power, Water, StateCorporation, ArchitectureExecutor })
        {
            var desk = await Journey.SignedInAsync(browser, host, party, viewport: Wide);
            await desk.GotoAsync("/desk/tasks?lang=ru");
            await Assertions.Expect(desk.Locator("#task-queue tr", new() { HasText = number })).ToHaveCountAsync(1);
            desks[party] = desk;
        }

        await citizen.ReloadAsync();
        await Assertions.Expect(citizen.Locator("#case-tasks-progress")).ToContainTextAsync("Ответили 0 из 5 сторон");

        await AnswerAsync(desks[Sanitary], number, "Положительное заключение", file: false);
        await AnswerAsync(desks[Power], number, "Технические условия выданы", file: true);
        await AnswerAsync(desks[Water], number, "Технические условия выданы", file: true);
        await citizen.ReloadAsync();
        await Assertions.Expect(citizen.Locator("#case-tasks-progress")).ToContainTextAsync("Ответили 3 из 5 сторон");
        await AnswerAsync(desks[StateCorporation], number, "Положительное заключение", file: false);
        // The heritage body has no account: the architecture executor records its paper answer with the scan.
        await AnswerAsync(desks[ArchitectureExecutor], number, "Положительное заключение", file: true);

        await DeskActAsync(browser, ArchitectureExecutor, number, "prepare-final-act");
        await DeskActAsync(browser, ArchitectureHead, number, "sign-final-act");

        // The gate: agree the act within 3 working days, then pay the State Corporation's invoice at the gateway.
        await citizen.ReloadAsync();
        await Assertions.Expect(citizen.Locator("#stage")).ToContainTextAsync("согласование акта и оплата");
        await Assertions.Expect(citizen.Locator("#agree-by")).ToHaveTextAsync(new Regex("^[0-9]{2}\\.[0-9]{2}\\.[0-9]{4}$"));
        await citizen.GetByRole(AriaRole.Button, new() { Name = "Согласовать акт" }).ClickAsync();
        await Assertions.Expect(citizen.GetByRole(AriaRole.Button, new() { Name = "Оплатить через платёжный шлюз" })).ToBeVisibleAsync();
        await Journey.PayAsync(citizen, host);
        await Assertions.Expect(citizen.Locator("#stage")).ToContainTextAsync("Этап 2");

        await DeskActAsync(browser, StateCorporation, number, "submit-plan");
        await DeskActAsync(browser, LandHead, number, "approve-plan");
        await DeskActAsync(browser, LandExecutor, number, "draft-decision");
        await DeskActAsync(browser, Management, number, "sign-decision");
        await DeskActAsync(browser, Office, number, "register-decision");

        await citizen.ReloadAsync();
        await Assertions.Expect(citizen.Locator(".status-text")).ToHaveTextAsync("Право землепользования предоставлено");
        var href = await citizen.Locator($"a.button[href='/api/applications/{number}/document']").GetAttributeAsync("href");
        var pdf = await citizen.APIRequest.GetAsync(href!);
        Assert.Equal(200, pdf.Status);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]));
        await citizen.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "qyzmet-e2e-land-grant.png"), FullPage = true });
    }

    /// <summary>A staff member takes a step at the workbench's application view.</summary>
    private async Task DeskActAsync(IBrowser browser, string staff, string number, string trigger)
    {
        var desk = await Journey.SignedInAsync(browser, host, staff, viewport: Wide);
        await desk.GotoAsync($"/desk/applications/{number}?lang=ru");
        await desk.Locator($"#action-{trigger} button[type=submit]").ClickAsync();
        // The workbench says what was done: on the application's page, or on the queue once the case has moved to another unit.
        await Assertions.Expect(desk.Locator("[role=status]")).ToContainTextAsync($"№ {number}: ");
        await desk.Context.CloseAsync();
    }

    /// <summary>A party opens its task from the queue, reads the act and the scheme, and answers (with a file where given).</summary>
    private static async Task AnswerAsync(IPage desk, string number, string outcome, bool file)
    {
        await desk.GotoAsync("/desk/tasks?lang=ru");
        await desk.Locator($"#task-queue a", new() { HasText = number }).ClickAsync();
        await Assertions.Expect(desk.Locator("#choice-act")).ToContainTextAsync("Қосшы қ., Ақсу к., 13");
        await Assertions.Expect(desk.Locator("#scheme-map")).ToHaveAttributeAsync("data-loaded", new Regex("^[0-9]+$"));
        if (file)
        {
            await desk.Locator("#task-file").SetInputFilesAsync(new FilePayload { Name = "answer.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.7 answer"u8.ToArray() });
        }

        await desk.GetByRole(AriaRole.Button, new() { Name = outcome }).ClickAsync();
        await Assertions.Expect(desk.Locator("#task-done")).ToContainTextAsync(number);
    }

    private static string Inv(double v) => v.ToString(CultureInfo.InvariantCulture);
}
