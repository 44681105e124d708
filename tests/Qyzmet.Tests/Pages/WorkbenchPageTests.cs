using System.Net;
using System.Text.RegularExpressions;
using Qyzmet.Platform.Seeding;
using static Qyzmet.Tests.Pages.CivilRegistryPageTests;

namespace Qyzmet.Tests.Pages;

/// <summary>The clerk's workbench pages (issue 11 "The clerk's workbench"; decisions D-319..D-324).</summary>
public sealed partial class WorkbenchPageTests(PortalHost host) : IClassFixture<PortalHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Issue 11: the registry executor works an application from the workbench: the queue line, the application view with
    // the submitted fields, the draft preview and the action buttons, every input labelled; the action's history line
    // afterwards. Staff of another unit get the not-found page (001a.md §3.1; D-319, D-324).
    [Fact]
    public async Task Workbench_QueueThenViewThenAct_LabelledInputs_OtherUnit404()
    {
        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Aigerim.Iin);
        var location = await ApplyAsync(citizen, "civil-registry.duplicate-certificate", new()
        {
            ["field.kind"] = "birth",
            ["field.birthDate"] = "15.03.1990",
            ["field.birthPlace"] = "Алматы",
            ["field.parents"] = "СЕРІКОВ СЕРІК",
        });
        var number = location["/applications/".Length..];
        await Infrastructure.GatewayDriver.PayOnPageAsync(host.Gateway, citizen, location);

        using var staff = host.Browser();
        await SignInAsync(staff, DemoData.RegistryExecutor.Iin);
        var queue = await staff.GetStringAsync("/desk?lang=ru", Ct);
        Assert.Contains($"href=\"/desk/applications/{number}\"", queue);
        Assert.Contains("Выдать повторное свидетельство", queue);
        AssertEveryInputLabelled(queue);
        Assert.DoesNotContain("civil-registry.duplicate-certificate", MainOf(queue).Replace("value=\"civil-registry.duplicate-certificate\"", "", StringComparison.Ordinal));

        var view = await staff.GetStringAsync($"/desk/applications/{number}?lang=ru", Ct);
        AssertEveryInputLabelled(view);
        Assert.Contains("СЕРІКОВ СЕРІК", view); // a submitted field, with its label
        Assert.Contains($"src=\"/api/desk/applications/{number}/preview\"", view);
        Assert.Contains("id=\"action-issue-duplicate\"", view);

        var done = await staff.PostAsync($"/desk/applications/{number}?handler=Act&lang=ru", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(view, "__RequestVerificationToken"),
            ["trigger"] = "issue-duplicate",
            ["reason"] = "Каб. 12",
        }), Ct);
        Assert.True(done.StatusCode == HttpStatusCode.Redirect, await done.Content.ReadAsStringAsync(Ct));
        var after = WebUtility.HtmlDecode(await staff.GetStringAsync(done.Headers.Location!.OriginalString, Ct));
        Assert.Contains($"№ {number}: Повторное свидетельство подготовлено", after);

        using var other = host.Browser();
        await SignInAsync(other, DemoData.LandExecutor.Iin);
        var notFound = await other.GetAsync($"/desk/applications/{number}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, notFound.StatusCode);
        Assert.Equal("text/html", notFound.Content.Headers.ContentType?.MediaType);
    }

    // D-321 (000.md para 5-1): the hearing time from the datetime-local picker is Almaty wall-clock time (UTC+5),
    // whatever the browser's zone; the typed dd.mm.yyyy HH:mm of D-316 still reads the same.
    [Fact]
    public void HearingPicker_IsReadAsAlmatyTime()
    {
        var expected = new DateTimeOffset(2026, 12, 1, 5, 30, 0, TimeSpan.Zero);
        Assert.Equal(expected, PortalFormat.LocalDateTimeInput("2026-12-01T10:30"));
        Assert.Equal(expected, PortalFormat.LocalDateTimeInput("01.12.2026 10:30"));
        Assert.Null(PortalFormat.LocalDateTimeInput("tomorrow"));
    }

    /// <summary>Issue 11 "Labels linked to inputs": every visible input, select and text area of the page's content has a label for it.</summary>
    private static void AssertEveryInputLabelled(string html)
    {
        var main = MainOf(html);
        var controls = Control().Matches(main).Select(m => m.Value).Where(c => !c.Contains("type=\"hidden\"", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(controls);
        foreach (var control in controls)
        {
            var id = Id().Match(control);
            Assert.True(id.Success, "no id: " + control);
            Assert.True(main.Contains($"for=\"{id.Groups[1].Value}\"", StringComparison.Ordinal), "no label for: " + control);
        }
    }

    private static string MainOf(string html) => html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

    [GeneratedRegex("<(input|select|textarea)\\b[^>]*>")]
    private static partial Regex Control();

    [GeneratedRegex("\\bid=\"([^\"]+)\"")]
    private static partial Regex Id();
}
