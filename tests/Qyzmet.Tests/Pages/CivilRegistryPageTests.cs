using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Qyzmet.Platform.Seeding;

namespace Qyzmet.Tests.Pages;

/// <summary>
/// Issue 4 in the browser: S1 and S2 applied for through the generic form, paid on the application page, processed
/// at the registry office desk page; the other future spouse consents on their page (001a.md §3.1, §3.2; D-206).
/// </summary>
public sealed partial class CivilRegistryPageTests(PortalHost host) : IClassFixture<PortalHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // 001a.md §3.1 and §6.4: apply, pay 1 MCI, the office issues the duplicate and records the handover at its desk.
    [Fact]
    public async Task S1_AppliedPaidAndProcessedAtTheDesk_InTheBrowser()
    {
        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Aigerim.Iin);
        var location = await ApplyAsync(citizen, "civil-registry.duplicate-certificate", new()
        {
            ["field.kind"] = "birth",
            ["field.birthDate"] = "1990-03-15",
            ["field.birthPlace"] = "Алматы",
            ["field.parents"] = "СЕРІКОВ СЕРІК",
        });
        var number = location["/applications/".Length..];
        await PayAsync(citizen, location);
        Assert.Contains("Принят на обработку", await citizen.GetStringAsync(location + "?lang=ru", Ct));

        using var staff = host.Browser();
        await SignInAsync(staff, DemoData.RegistryExecutor.Iin);
        // Find the act from the queue: the applicant's acts are one link away.
        var desk = await staff.GetStringAsync("/desk/civil-registry", Ct);
        Assert.Contains($"href=\"/desk/civil-registry?iin={DemoData.Aigerim.Iin}\"", desk);
        Assert.Contains("10-075-90-0001532", await staff.GetStringAsync($"/desk/civil-registry?iin={DemoData.Aigerim.Iin}", Ct));
        await DeskActAsync(staff, number, "issue-duplicate", "Каб. 12");
        await DeskActAsync(staff, number, "record-issue", null);

        var page = await citizen.GetStringAsync(location + "?lang=ru", Ct);
        Assert.Contains("Повторное свидетельство выдано", page);
        Assert.Contains("href=\"/api" + location + "/document\"", page);
        Assert.Contains("Повторное свидетельство подготовлено", page); // the desk step in the history
    }

    // 001a.md §3.2: the other spouse consents on their page, the applicant pays, a slot is booked (notice of time,
    // date and place), and the office records the marriage act from its desk.
    [Fact]
    public async Task S2_ConsentPayBookAndRecordTheMarriage_InTheBrowser()
    {
        using var igor = host.Browser();
        await SignInAsync(igor, DemoData.Igor.Iin);
        var desired = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(20).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var location = await ApplyAsync(igor, "civil-registry.marriage-application", new()
        {
            ["field.otherIin"] = DemoData.Mira.Iin,
            ["field.office"] = "civil-registry-75",
            ["field.desiredDate"] = desired,
        });
        var number = location["/applications/".Length..];

        using var mira = host.Browser();
        await SignInAsync(mira, DemoData.Mira.Iin);
        Assert.Contains(number, await mira.GetStringAsync("/civil-registry/consents", Ct));
        // Mira has no registered phone: she signs her consent with her signing key (D-318).
        await ConsentPageTests.ConsentWithSignatureAsync(mira, DemoData.Mira.Iin, number);
        Assert.DoesNotContain(number, await mira.GetStringAsync("/civil-registry/consents", Ct));

        await PayAsync(igor, location);
        var scheduled = await igor.GetStringAsync(location + "?lang=ru", Ct);
        Assert.Contains("Назначено время регистрации брака", scheduled);
        Assert.Contains("href=\"/api" + location + "/document\"", scheduled);

        // D-213: before the booked time the desk refuses to record the act and says when it can be.
        using var early = host.Browser();
        await SignInAsync(early, DemoData.RegistryExecutor.Iin);
        var desk = await early.GetStringAsync("/desk/civil-registry?lang=ru", Ct);
        var refused = await early.PostAsync("/desk/civil-registry?handler=Act&lang=ru", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(desk, "__RequestVerificationToken"),
            ["number"] = number,
            ["trigger"] = "record-marriage",
            ["reason"] = "",
        }), Ct);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Регистрация брака назначена на", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(Ct)));

        // At the booked time (within the 30 days of D-208 from the desired date) the office records it.
        host.Clock.Advance(TimeSpan.FromDays(52));
        using var staff = host.Browser();
        await SignInAsync(staff, DemoData.RegistryExecutor.Iin);
        await DeskActAsync(staff, number, "record-marriage", null);
        await SignInAsync(igor, DemoData.Igor.Iin); // the earlier session has expired
        Assert.Contains("Брак зарегистрирован", await igor.GetStringAsync(location + "?lang=ru", Ct));

        // The new act is found by the desk's act search, and opens.
        var search = await staff.GetStringAsync("/desk/civil-registry?lang=ru&iin=" + DemoData.Mira.Iin, Ct);
        var link = ActLink().Matches(search).Select(m => m.Value).First();
        Assert.Contains(DemoData.Igor.Iin, await staff.GetStringAsync(WebUtility.HtmlDecode(link.Split('"')[1]), Ct));

        // The host is shared by this class: 52 days on from late November is a year without an MCI value yet, which
        // would make the other tests' fees fail depending on the order they run in.
        host.Clock.Advance(-TimeSpan.FromDays(52));
    }

    // Issue 4: the desk is for registry office staff only; a citizen gets the 403 page.
    [Fact]
    public async Task Desk_ForCitizen_Is403Page()
    {
        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Talgat.Iin);
        var response = await citizen.GetAsync("/desk/civil-registry", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task DeskActAsync(HttpClient staff, string number, string trigger, string? reason)
    {
        var desk = await staff.GetStringAsync("/desk/civil-registry", Ct);
        Assert.Contains($"value=\"{number}\"", desk);
        Assert.Contains($"value=\"{trigger}\"", desk);
        var response = await staff.PostAsync("/desk/civil-registry?handler=Act", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(desk, "__RequestVerificationToken"),
            ["number"] = number,
            ["trigger"] = trigger,
            ["reason"] = reason ?? "",
        }), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>The page's pay button sends the browser to the simulated gateway; it pays there and comes back (ADR 0020).</summary>
    private Task PayAsync(HttpClient browser, string location) => Infrastructure.GatewayDriver.PayOnPageAsync(host.Gateway, browser, location);

    internal static async Task<string> ApplyAsync(HttpClient browser, string service, Dictionary<string, string> fields)
    {
        var form = await browser.GetStringAsync("/apply/" + service, Ct);
        fields["__RequestVerificationToken"] = Hidden(form, "__RequestVerificationToken");
        fields["IdempotencyKey"] = Hidden(form, "IdempotencyKey");
        var response = await browser.PostAsync("/apply/" + service, new FormUrlEncodedContent(fields), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        return response.Headers.Location!.OriginalString;
    }

    internal static async Task SignInAsync(HttpClient browser, string iin)
    {
        var page = await browser.GetStringAsync("/signin", Ct);
        var response = await browser.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(page, "__RequestVerificationToken"),
            ["id"] = iin,
            ["returnUrl"] = "/applications",
        }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    internal static string Hidden(string html, string name)
    {
        var match = HiddenInput().Matches(html).FirstOrDefault(m => m.Groups["name"].Value == name);
        Assert.NotNull(match);
        return WebUtility.HtmlDecode(match.Groups["value"].Value);
    }

    [GeneratedRegex("<input name=\"(?<name>[^\"]+)\" type=\"hidden\" value=\"(?<value>[^\"]*)\"|<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("href=\"/desk/civil-registry\\?act=[0-9]+\"")]
    private static partial Regex ActLink();
}
