using System.Net;
using System.Text.RegularExpressions;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Api;

namespace Qyzmet.Tests.Pages;

/// <summary>The desk pages' IIN form: posted in the body, answered with an address naming the person by a handle (D-639).</summary>
internal static class DeskPages
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Types the IIN into the desk's form (<c>/psc</c> or <c>/population/psc</c>) and posts it.</summary>
    public static async Task<HttpResponseMessage> PostIinAsync(HttpClient browser, string desk, string iin, string lang = "ru")
    {
        var page = await browser.GetStringAsync($"{desk}?lang={lang}", Ct);
        return await browser.PostAsync($"{desk}?lang={lang}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = CivilRegistryPageTests.Hidden(page, "__RequestVerificationToken"),
            [desk == "/psc" ? "applicantId" : "iin"] = iin,
        }), Ct);
    }

    /// <summary>The desk's address for the person (with the handle), checked to carry no IIN.</summary>
    public static async Task<string> OpenPersonAsync(HttpClient browser, string desk, string iin)
    {
        var response = await PostIinAsync(browser, desk, iin);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith(desk + "?subject=", location);
        Assert.DoesNotContain(iin, location);
        return location;
    }

    /// <summary>The handle of a desk address.</summary>
    public static string Subject(string location) =>
        Uri.UnescapeDataString(Regex.Match(location, "[?&]subject=(?<s>[^&]+)").Groups["s"].Value);
}

/// <summary>
/// D-639: a citizen's IIN never travels in the addresses of the PSC desks (004.md §2.1; a URL ends up in browser history,
/// proxies' logs and Referer headers): no link, form action or redirect on the desk flows carries it, the flows still reach
/// the form with the right applicant, and a handle is good only for the operator it was issued to and only for a while.
/// </summary>
public sealed partial class DeskSubjectPageTests(PortalHost host) : IClassFixture<PortalHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // D-639: the PSC desk (/psc) — identify, choose the service, reach the form filled with the person; nothing in an address.
    [Theory]
    [InlineData("ru")]
    [InlineData("kk")]
    public async Task PscDesk_IinIsPosted_AndNoAddressOnTheWayToTheFormCarriesIt(string lang)
    {
        using var op = host.Browser();
        await CivilRegistryPageTests.SignInAsync(op, DemoData.PscOperator.Iin);
        var iin = DemoData.Aigerim.Iin;

        var entry = await op.GetStringAsync($"/psc?lang={lang}", Ct);
        Assert.Matches("<form method=\"post\" action=\"/psc\"", entry);
        var desk = await DeskPages.OpenPersonAsync(op, "/psc", iin);
        var page = await op.GetStringAsync(desk + "&lang=" + lang, Ct);
        Assert.Contains(DemoData.Aigerim.FullName, page);
        AssertNoAddressCarries(page, iin);

        const string service = "real-estate.rights-reference";
        var choose = await op.GetAsync($"/psc?subject={Uri.EscapeDataString(DeskPages.Subject(desk))}&service={service}", Ct);
        Assert.Equal(HttpStatusCode.Redirect, choose.StatusCode);
        var apply = choose.Headers.Location!.OriginalString;
        Assert.StartsWith($"/apply/{service}?subject=", apply);
        Assert.DoesNotContain(iin, apply);
        var form = await op.GetStringAsync(apply + "&lang=" + lang, Ct);
        Assert.Contains($"name=\"ApplicantId\" value=\"{iin}\"", form);
        AssertNoAddressCarries(form, iin);
    }

    // D-639 with D-628: the workstation — identify, apply from its link, come back with "Заявка № … зарегистрирована".
    [Fact]
    public async Task Workstation_ApplyAndComeBack_NoLinkFormOrRedirectCarriesTheIin()
    {
        using var op = host.Browser();
        await CivilRegistryPageTests.SignInAsync(op, DemoData.PscOperator.Iin);
        var person = DemoData.Mira;

        var home = await DeskPages.OpenPersonAsync(op, "/population/psc", person.Iin);
        var page = await op.GetStringAsync(home + "&lang=kk", Ct);
        Assert.Contains(person.FullName, page);
        AssertNoAddressCarries(page, person.Iin);

        const string service = "population-documents.address-reference";
        var link = WebUtility.HtmlDecode(Regex.Match(page, "href=\"(?<href>/apply/" + Regex.Escape(service) + "[^\"]*)\"").Groups["href"].Value);
        Assert.DoesNotContain(person.Iin, link);
        var form = await op.GetStringAsync(link + "&lang=ru", Ct);
        Assert.Contains($"name=\"ApplicantId\" value=\"{person.Iin}\"", form);
        Assert.Equal(home, CivilRegistryPageTests.Hidden(form, "ReturnTo"));
        AssertNoAddressCarries(form, person.Iin);

        var submitted = await op.PostAsync("/apply/" + service, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = CivilRegistryPageTests.Hidden(form, "__RequestVerificationToken"),
            ["IdempotencyKey"] = CivilRegistryPageTests.Hidden(form, "IdempotencyKey"),
            ["ReturnTo"] = CivilRegistryPageTests.Hidden(form, "ReturnTo"),
            ["ApplicantId"] = person.Iin,
            ["field.about"] = "self",
        }), Ct);
        Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync(Ct));
        var back = submitted.Headers.Location!.OriginalString;
        Assert.StartsWith(home + "&submitted=", back);
        Assert.DoesNotContain(person.Iin, back);
        var number = Uri.UnescapeDataString(back[(back.IndexOf("submitted=", StringComparison.Ordinal) + "submitted=".Length)..]);
        var confirmation = await op.GetStringAsync(back + "&lang=ru", Ct);
        Assert.Contains($"Заявка № {number} зарегистрирована", confirmation);
        AssertNoAddressCarries(confirmation, person.Iin);
    }

    // D-639: a handle is the operator's own: another operator gets nobody (404, the reason in kk/ru, the IIN asked again).
    [Theory]
    [InlineData("ru", "Срок ссылки на этого человека истёк")]
    [InlineData("kk", "Бұл беттегі адам туралы деректердің мерзімі өтті")]
    public async Task Handle_OfAnotherOperator_IsRefused_AndNamesNobody(string lang, string reason)
    {
        using var op = host.Browser();
        await CivilRegistryPageTests.SignInAsync(op, DemoData.PscOperator.Iin);
        var person = DemoData.Nurlan;
        var desk = await DeskPages.OpenPersonAsync(op, "/psc", person.Iin);
        var home = await DeskPages.OpenPersonAsync(op, "/population/psc", person.Iin);
        var subject = Uri.EscapeDataString(DeskPages.Subject(home));

        using var colleague = host.Browser();
        await CivilRegistryPageTests.SignInAsync(colleague, QueueDemoDataIins.AlmatySecondOperator);
        foreach (var address in new[] { desk, home, $"/apply/population-documents.address-reference?subject={subject}",
            $"/psc?subject={subject}&service=population-documents.address-reference" })
        {
            var refused = await colleague.GetAsync(address + "&lang=" + lang, Ct);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            var html = await refused.Content.ReadAsStringAsync(Ct);
            Assert.Contains(reason, html);
            Assert.DoesNotContain(person.Iin, html);
            Assert.DoesNotContain(person.FullName, html);
        }

        // An altered handle is nobody's either.
        Assert.Equal(HttpStatusCode.NotFound, (await op.GetAsync("/psc?subject=" + subject[..^2] + "&lang=ru", Ct)).StatusCode);
    }

    // D-639: a handle expires (the injected clock): after its lifetime the operator's own address names nobody.
    [Fact]
    public async Task Handle_Expires()
    {
        using var op = host.Browser();
        await CivilRegistryPageTests.SignInAsync(op, DemoData.PscOperator.Iin);
        var home = await DeskPages.OpenPersonAsync(op, "/population/psc", DemoData.Almas.Iin);
        Assert.Equal(HttpStatusCode.OK, (await op.GetAsync(home, Ct)).StatusCode);

        host.Clock.Advance(Qyzmet.Portal.DeskSubjects.Lifetime + TimeSpan.FromMinutes(1));
        await CivilRegistryPageTests.SignInAsync(op, DemoData.PscOperator.Iin); // the session itself is shorter
        var expired = await op.GetAsync(home + "&lang=ru", Ct);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.DoesNotContain(DemoData.Almas.FullName, await expired.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>No href, form action or src of the page names the IIN (the IIN may be shown on the page, not in an address).</summary>
    private static void AssertNoAddressCarries(string html, string iin)
    {
        foreach (Match m in Regex.Matches(html, "(?:href|action|src|formaction)=\"(?<url>[^\"]*)\""))
        {
            Assert.DoesNotContain(iin, WebUtility.HtmlDecode(m.Groups["url"].Value));
        }

        Assert.DoesNotMatch("<form[^>]*method=\"get\"[^>]*>(?:(?!</form>)[\\s\\S])*name=\"(?:iin|applicantId|ApplicantId)\"", html);
    }
}
