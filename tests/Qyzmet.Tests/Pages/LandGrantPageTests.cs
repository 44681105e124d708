using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Qyzmet.Land.Features.GrantLandPlot;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Seeding;
using static Qyzmet.Tests.Pages.CivilRegistryPageTests;

namespace Qyzmet.Tests.Pages;

/// <summary>
/// The pages of 003.md (issue 13 pages; D-550..D-553): the application with the plot drawn on the map, the task desk where
/// each approving body, monopoly and the State Corporation answers its parallel task (a paper one recorded with its scan), the
/// tasks on the workbench's and the applicant's application pages, the agree-and-pay gate and the signed decision.
/// </summary>
public sealed partial class LandGrantPageTests(PortalHost host) : IClassFixture<PortalHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A 25 m × 40 m (0.1 ha) house plot on free land east of Kosshy's registered row (LandDemoData.StreetPlot(6)).</summary>
    internal const string FreePlot = """{"type":"Polygon","coordinates":[[[71.352142,50.97],[71.352499,50.97],[71.352499,50.97036],[71.352142,50.97036],[71.352142,50.97]]]}""";

    /// <summary>
    /// The same shape on free land further south, one per test: a test that ends in a granted right takes its plot for good,
    /// and the tests of this class share one database in any order.
    /// </summary>
    private static string FreePlotSouth(int n)
    {
        var south = (50.96 - (n * 0.0006)).ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture);
        var north = (50.96 - (n * 0.0006) + 0.00036).ToString("0.00000", System.Globalization.CultureInfo.InvariantCulture);
        return $$"""{"type":"Polygon","coordinates":[[[71.352142,{{south}}],[71.352499,{{south}}],[71.352499,{{north}}],[71.352142,{{north}}],[71.352142,{{south}}]]]}""";
    }

    /// <summary>The same size drawn over Kosshy's first registered plot, 11-213-041-001 (LandDemoData.StreetPlot(0)).</summary>
    private const string OverlappingPlot = """{"type":"Polygon","coordinates":[[[71.35,50.97],[71.350357,50.97],[71.350357,50.97036],[71.35,50.97036],[71.35,50.97]]]}""";

    private static Dictionary<string, string> Form(string plot, string area = "0,1000") => new()
    {
        ["field.akim"] = "district",
        ["field.plotAddress"] = "Қосшы қ., Ақсу к., 13",
        ["field.areaHectares"] = area,
        ["field.purpose"] = "Жеке тұрғын үй құрылысы үшін",
        ["field.rightKind"] = "temporary-paid",
        ["field.plot"] = plot,
        ["field.exemption"] = "none",
        ["field.consent"] = "given",
    };

    private static async Task<HttpResponseMessage> PostApplyAsync(HttpClient browser, Dictionary<string, string> fields)
    {
        var form = await browser.GetStringAsync("/land/apply?lang=ru", Ct);
        fields["__RequestVerificationToken"] = Hidden(form, "__RequestVerificationToken");
        fields["IdempotencyKey"] = Hidden(form, "IdempotencyKey");
        return await browser.PostAsync("/land/apply?lang=ru", new FormUrlEncodedContent(fields), Ct);
    }

    // 003.md para 4 and App. 1: the application page draws the plot on Kosshy's map (Leaflet from the host), labels every input,
    // and a plot drawn over a registered one is refused next to the map field naming that plot (§3.7 ground 2;
    // D-550); the area is checked against the drawing.
    [Fact]
    public async Task ApplyPage_MapOfKosshy_OverlapRefusedNamingThePlot_AreaMismatchNextToArea()
    {
        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Aigerim.Iin);
        var page = await citizen.GetStringAsync("/land/apply?lang=ru", Ct);
        Assert.Contains("data-land-map", page);
        Assert.Contains("data-settlement=\"116437100\"", page);
        Assert.Contains("src=\"/lib/leaflet/leaflet.js\"", page);
        Assert.Contains("Заявление на земельный участок для строительства", page);
        AssertLabelled(page);

        var overlap = await PostApplyAsync(citizen, Form(OverlappingPlot));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, overlap.StatusCode);
        var html = WebUtility.HtmlDecode(await overlap.Content.ReadAsStringAsync(Ct));
        var error = ErrorOf().Match(html);
        Assert.True(error.Success, html);
        Assert.Contains("11-213-041-001", error.Groups[1].Value);
        Assert.Contains(OverlappingPlot, html); // the drawing is kept for correcting it

        var mismatch = await PostApplyAsync(citizen, Form(FreePlotSouth(1), "0,5"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, mismatch.StatusCode);
        Assert.Contains("id=\"e-areaHectares\"", await mismatch.Content.ReadAsStringAsync(Ct));
    }

    // 003.md para 6 end to end through the pages: applied on the map; the office, management and architecture take their steps at
    // the workbench; the choice act goes to every party at once; each answers from its task desk (a negative one needs reasons,
    // the heritage body's paper answer is recorded by the executor with the scan, a monopoly attaches its conditions); the
    // workbench and the applicant see who answered; the final act is agreed and paid in the gate; stage 2 ends in the right
    // and the signed decision (D-551..D-553).
    [Fact]
    public async Task Journey_ApplyOnMap_TasksAnsweredAtTheDesks_AgreeAndPay_Stage2_SignedDecision()
    {
        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Aigerim.Iin);
        var applied = await PostApplyAsync(citizen, Form(FreePlot));
        Assert.True(applied.StatusCode == HttpStatusCode.Redirect, await applied.Content.ReadAsStringAsync(Ct));
        var location = applied.Headers.Location!.OriginalString;
        var number = location["/applications/".Length..];
        var mine = await citizen.GetStringAsync(location + "?lang=ru", Ct);
        Assert.Contains("Этап 1: акт выбора и согласования", WebUtility.HtmlDecode(mine));

        await DeskActAsync(LandGrantDemoData.Office, number, "register");
        await DeskActAsync(LandGrantDemoData.Management, number, "refer");
        await DeskActAsync(LandGrantDemoData.ArchitectureHead, number, "assign-executor");
        await DeskActAsync(LandGrantDemoData.ArchitectureExecutor, number, "send-for-approval");

        // The sanitary body: its queue shows the task with its term; the task shows the act's data and the scheme on the map.
        using var sanitary = await StaffAsync(LandGrantDemoData.Sanitary);
        var queue = WebUtility.HtmlDecode(await sanitary.GetStringAsync("/desk/tasks?lang=ru", Ct));
        Assert.Contains($"№ {number}", queue);
        Assert.Contains("Санитарно-эпидемиологическое заключение", queue);
        Assert.Contains("В срок", queue);
        var taskUrl = TaskLink(queue, number);
        var task = WebUtility.HtmlDecode(await sanitary.GetStringAsync(taskUrl + "?lang=ru", Ct));
        Assert.Contains("data-land-map", task);
        Assert.Contains("Қосшы қ., Ақсу к., 13", task);
        Assert.DoesNotContain("conclusion-sanitary", task);
        AssertLabelled(task);
        var refused = await AnswerAsync(sanitary, taskUrl, "negative", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("id=\"e-comment\"", await refused.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(sanitary, taskUrl, "positive", null)).StatusCode);

        using var power = await StaffAsync(LandGrantDemoData.Power);
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(power, TaskLink(await power.GetStringAsync("/desk/tasks", Ct), number), "conditions-issued", null, pdf: true)).StatusCode);
        using var water = await StaffAsync(LandGrantDemoData.Water);
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(water, TaskLink(await water.GetStringAsync("/desk/tasks", Ct), number), "conditions-issued", null)).StatusCode);
        using var corporation = await StaffAsync(LandGrantDemoData.StateCorporation);
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(corporation, TaskLink(await corporation.GetStringAsync("/desk/tasks", Ct), number), "positive", null)).StatusCode);

        // Four of five answered: the workbench and the applicant see it.
        using var executor = await StaffAsync(LandGrantDemoData.ArchitectureExecutor);
        var view = WebUtility.HtmlDecode(await executor.GetStringAsync($"/desk/applications/{number}?lang=ru", Ct));
        Assert.Contains("Ответили 4 из 5 сторон", view);
        Assert.Contains("Санитарно-эпидемиологическое заключение", view);
        Assert.Contains("Ответили 4 из 5 сторон", WebUtility.HtmlDecode(await citizen.GetStringAsync(location + "?lang=ru", Ct)));

        // The heritage body answers on paper: the architecture executor records it, with the scan required.
        var paperQueue = WebUtility.HtmlDecode(await executor.GetStringAsync("/desk/tasks?lang=ru", Ct));
        Assert.Contains("На бумаге", paperQueue);
        var paperUrl = TaskLink(paperQueue, number);
        var noScan = await AnswerAsync(executor, paperUrl, "positive", null);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noScan.StatusCode);
        Assert.Contains("id=\"e-file\"", await noScan.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerAsync(executor, paperUrl, "positive", null, pdf: true)).StatusCode);
        Assert.Contains("Ответили 5 из 5 сторон", WebUtility.HtmlDecode(await executor.GetStringAsync($"/desk/applications/{number}?lang=ru", Ct)));

        await DeskActAsync(LandGrantDemoData.ArchitectureExecutor, number, "prepare-final-act");
        await DeskActAsync(LandGrantDemoData.ArchitectureHead, number, "sign-final-act");

        // The gate: the act to download, agree by the 3rd working day, then pay (003.md para 6 step 8).
        var gate = WebUtility.HtmlDecode(await citizen.GetStringAsync(location + "?lang=ru", Ct));
        Assert.Contains("Ваша очередь: согласование акта и оплата", gate);
        Assert.Contains("id=\"agree-by\"", gate);
        Assert.Contains("value=\"agree\"", gate);
        var agreed = await citizen.PostAsync(location + "?handler=Step", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(gate, "__RequestVerificationToken"),
            ["trigger"] = "agree",
        }), Ct);
        Assert.True(agreed.StatusCode == HttpStatusCode.Redirect, await agreed.Content.ReadAsStringAsync(Ct));
        await Infrastructure.GatewayDriver.PayOnPageAsync(host.Gateway, citizen, location);
        Assert.Contains("Этап 2: земельно-кадастровый план", WebUtility.HtmlDecode(await citizen.GetStringAsync(location + "?lang=ru", Ct)));

        await DeskActAsync(LandGrantDemoData.StateCorporation, number, "submit-plan");
        await DeskActAsync(LandGrantDemoData.LandHead, number, "approve-plan");
        await DeskActAsync(LandGrantDemoData.LandExecutor, number, "draft-decision");
        await DeskActAsync(LandGrantDemoData.Management, number, "sign-decision");
        await DeskActAsync(LandGrantDemoData.Office, number, "register-decision");

        var done = WebUtility.HtmlDecode(await citizen.GetStringAsync(location + "?lang=ru", Ct));
        Assert.Contains("Право землепользования предоставлено", done);
        Assert.DoesNotContain("id=\"stage\"", done);
        var document = await citizen.GetAsync($"/api/applications/{number}/document", Ct);
        Assert.Equal(HttpStatusCode.OK, document.StatusCode);
        Assert.Equal("application/pdf", document.Content.Headers.ContentType?.MediaType);
    }

    // 003.md para 6 step 4 and ADR 0015: monopolies answer in 5 working days, bodies in 12; past the monopolies' term their
    // desks flag the task overdue while the bodies' are in time, and the workbench says how many are late (D-551).
    [Fact]
    public async Task TaskDesk_MonopolyPastFiveWorkingDays_FlaggedOverdue_BodyInTime_WorkbenchCountsTheLate()
    {
        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Aigerim.Iin);
        var applied = await PostApplyAsync(citizen, Form(FreePlotSouth(2)));
        Assert.True(applied.StatusCode == HttpStatusCode.Redirect, await applied.Content.ReadAsStringAsync(Ct));
        var number = applied.Headers.Location!.OriginalString["/applications/".Length..];
        await DeskActAsync(LandGrantDemoData.Office, number, "register");
        await DeskActAsync(LandGrantDemoData.Management, number, "refer");
        await DeskActAsync(LandGrantDemoData.ArchitectureHead, number, "assign-executor");
        await DeskActAsync(LandGrantDemoData.ArchitectureExecutor, number, "send-for-approval");

        host.Clock.Advance(TimeSpan.FromDays(9)); // at least 6 working days later, fewer than 12
        try
        {
            using var power = await StaffAsync(LandGrantDemoData.Power);
            var late = WebUtility.HtmlDecode(await power.GetStringAsync("/desk/tasks?lang=ru", Ct));
            Assert.Matches($"<tr class=\"overdue\" data-application=\"{number}\">", late);
            using var sanitary = await StaffAsync(LandGrantDemoData.Sanitary);
            var inTime = WebUtility.HtmlDecode(await sanitary.GetStringAsync("/desk/tasks?lang=ru", Ct));
            Assert.Contains($"<tr class=\"\" data-application=\"{number}\">", inTime);
            using var executor = await StaffAsync(LandGrantDemoData.ArchitectureExecutor);
            Assert.Contains("Просрочено: 2", WebUtility.HtmlDecode(await executor.GetStringAsync($"/desk/applications/{number}?lang=ru", Ct)));
        }
        finally
        {
            host.Clock.Advance(-TimeSpan.FromDays(9));
        }
    }

    // D-551: the task queue is keyset-paged; a page address that is no cursor is said on the page (TASK-0010), not a 500.
    [Fact]
    public async Task TaskDesk_BadCursor_Is400WithTheQueue_CitizenGets403()
    {
        using var sanitary = await StaffAsync(LandGrantDemoData.Sanitary);
        var bad = await sanitary.GetAsync("/desk/tasks?cursor=nonsense&lang=ru", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Неверная страница списка задач", WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync(Ct)));

        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Aigerim.Iin);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync("/desk/tasks", Ct)).StatusCode);
    }

    private async Task<HttpClient> StaffAsync(StaffMember staff)
    {
        var browser = host.Browser();
        await SignInAsync(browser, staff.Iin);
        return browser;
    }

    private async Task DeskActAsync(StaffMember staff, string number, string trigger)
    {
        using var desk = await StaffAsync(staff);
        var view = await desk.GetStringAsync($"/desk/applications/{number}?lang=ru", Ct);
        var done = await desk.PostAsync($"/desk/applications/{number}?handler=Act&lang=ru", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(view, "__RequestVerificationToken"),
            ["trigger"] = trigger,
            ["reason"] = "",
        }), Ct);
        Assert.True(done.StatusCode == HttpStatusCode.Redirect, trigger + ": " + await done.Content.ReadAsStringAsync(Ct));
        // Issue 11 (the workbench): after the step the clerk reads what was done, on the application's page while it is still
        // the unit's, or on the queue once the step handed it to another unit; never a "not found" page.
        var after = await desk.GetAsync(done.Headers.Location!.OriginalString, Ct);
        Assert.True(after.StatusCode == HttpStatusCode.OK, $"{trigger}: {done.Headers.Location} answered {(int)after.StatusCode}");
        Assert.Contains($"№ {number}: ", WebUtility.HtmlDecode(await after.Content.ReadAsStringAsync(Ct)));
    }

    private static async Task<HttpResponseMessage> AnswerAsync(HttpClient desk, string taskUrl, string outcome, string? comment, bool pdf = false)
    {
        var page = await desk.GetStringAsync(taskUrl, Ct);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(Hidden(page, "__RequestVerificationToken")), "__RequestVerificationToken" },
            { new StringContent(outcome), "outcome" },
            { new StringContent(comment ?? ""), "comment" },
        };
        if (pdf)
        {
            var file = new ByteArrayContent("%PDF-1.7 answer"u8.ToArray());
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "file", "answer.pdf");
        }

        return await desk.PostAsync(taskUrl + "?lang=ru", form, Ct);
    }

    private static string TaskLink(string queue, string number)
    {
        var match = TaskHref().Matches(queue).FirstOrDefault(m => m.Groups[2].Value == number);
        Assert.True(match is not null, "no task of " + number + " in: " + queue);
        return match.Groups[1].Value;
    }

    /// <summary>Every text input, select and textarea has an id and a label for it; radios sit inside their label.</summary>
    private static void AssertLabelled(string html)
    {
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
        foreach (var control in Control().Matches(main).Select(m => m.Value)
            .Where(c => !c.Contains("type=\"hidden\"", StringComparison.Ordinal) && !c.Contains("type=\"radio\"", StringComparison.Ordinal)))
        {
            var id = Id().Match(control);
            Assert.True(id.Success, "no id: " + control);
            Assert.True(main.Contains($"for=\"{id.Groups[1].Value}\"", StringComparison.Ordinal), "no label for: " + control);
        }
    }

    [GeneratedRegex("id=\"e-plot\">([^<]+)<")]
    private static partial Regex ErrorOf();

    [GeneratedRegex("href=\"(/desk/tasks/[0-9a-f-]{36})\">№ ([0-9-]+)<")]
    private static partial Regex TaskHref();

    [GeneratedRegex("<(input|select|textarea)\\b[^>]*>")]
    private static partial Regex Control();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex Id();
}
