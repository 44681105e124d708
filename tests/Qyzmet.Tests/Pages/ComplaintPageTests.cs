using System.Net;
using System.Text.RegularExpressions;
using Qyzmet.Platform.Seeding;
using static Qyzmet.Tests.Pages.CivilRegistryPageTests;

namespace Qyzmet.Tests.Pages;

/// <summary>
/// The complaint pages (ADR 0022): the complaints section of the application page, the unit's complaints desk and the
/// protocols desk, in Kazakh and Russian, without internal ids (issue 11: pages never show ids or English on kk/ru pages).
/// </summary>
public sealed partial class ComplaintPageTests(PortalHost host) : IClassFixture<PortalHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // 003.md para 10: filed from the application page, answered at the head's desk; the citizen reads the answer and the
    // court note (para 11); a bad answer names the field in the page's language and stores nothing.
    [Fact]
    public async Task Complaint_FiledOnTheApplicationPage_AnsweredAtTheDesk_InKazakhWithoutIds()
    {
        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Aigerim.Iin);
        var location = await ApplyAsync(citizen, "land.cadastral-info", new() { ["field.cadastralNumber"] = "75-123-045-067" });
        var page = await citizen.GetStringAsync(location + "?lang=kk", Ct);
        Assert.Contains("Шағым беру", page);
        var filed = await citizen.PostAsync(location + "?handler=Complain", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(page, "__RequestVerificationToken"),
            ["addressee"] = "provider-head",
            ["subject"] = "decision",
            ["text"] = "Анықтамада ауыртпалық көрсетілмеген.",
        }), Ct);
        Assert.True(filed.StatusCode == HttpStatusCode.Redirect, await filed.Content.ReadAsStringAsync(Ct));
        page = WebUtility.HtmlDecode(await citizen.GetStringAsync(location + "?lang=kk", Ct));
        Assert.Contains("Тіркелді, қаралуда", page);
        Assert.Contains("Қызмет берушінің басшысына", page);
        var number = ComplaintNumber().Match(page).Value;
        Assert.NotEmpty(number);
        AssertNoIds(page);

        using var head = host.Browser();
        await SignInAsync(head, DemoData.LandHead.Iin);
        var desk = WebUtility.HtmlDecode(await head.GetStringAsync("/desk/complaints?lang=kk", Ct));
        Assert.Contains(number, desk);
        Assert.Contains("Бөлімшеге келген шағымдар", desk);
        AssertNoIds(desk);

        var noDecision = await head.PostAsync("/desk/complaints?handler=Answer&lang=kk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(desk, "__RequestVerificationToken"),
            ["complaint"] = number,
            ["reasons"] = "Тізілімде ауыртпалық жоқ.",
        }), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noDecision.StatusCode);
        Assert.Contains("«decision» өрісі", WebUtility.HtmlDecode(await noDecision.Content.ReadAsStringAsync(Ct)));

        var answered = await head.PostAsync("/desk/complaints?handler=Answer&lang=kk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(desk, "__RequestVerificationToken"),
            ["complaint"] = number,
            ["decision"] = "rejected",
            ["reasons"] = "Тізілімде ауыртпалық жоқ.",
        }), Ct);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains($"{number} шағымына жауап қол қойылып жіберілді", WebUtility.HtmlDecode(await answered.Content.ReadAsStringAsync(Ct)));

        var ru = WebUtility.HtmlDecode(await citizen.GetStringAsync(location + "?lang=ru", Ct));
        Assert.Contains("Отказано в удовлетворении", ru);
        Assert.Contains("Тізілімде ауыртпалық жоқ.", ru);
        Assert.Contains("обратиться в суд", ru);
        Assert.Contains("Обжаловать в уполномоченный орган", ru);
        AssertNoIds(ru);
    }

    // 003.md para 8: the ICT officer's form lists services by name; the head sees the sign button, not the form.
    [Fact]
    public async Task ProtocolsDesk_ServicesByName_RecordThenSign()
    {
        using var ict = host.Browser();
        await SignInAsync(ict, DemoData.LandIctOfficer.Iin);
        var form = WebUtility.HtmlDecode(await ict.GetStringAsync("/desk/protocols?lang=ru", Ct));
        Assert.Contains("Составить протокол", form);
        AssertNoIds(form);
        var recorded = await ict.PostAsync("/desk/protocols?handler=Record&lang=ru", new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", Hidden(form, "__RequestVerificationToken")),
            new("system", "АИС ГЗК"),
            new("description", "Реестр не отвечал."),
            new("startedAt", "2026-11-23T08:00"),
            new("endedAt", "2026-11-23T09:00"),
            new("services", "land.cadastral-info"),
        ]), Ct);
        var html = WebUtility.HtmlDecode(await recorded.Content.ReadAsStringAsync(Ct));
        Assert.True(recorded.StatusCode == HttpStatusCode.OK, html);
        Assert.Contains("Ожидает подписи руководителя", html);
        Assert.Contains("23.11.2026 08:00 — 23.11.2026 09:00", html);

        using var head = host.Browser();
        await SignInAsync(head, DemoData.LandHead.Iin);
        var desk = WebUtility.HtmlDecode(await head.GetStringAsync("/desk/protocols?lang=ru", Ct));
        Assert.Contains("Подписать протокол", desk);
        Assert.DoesNotContain("Составить протокол</button>", desk);
    }

    // D-727, D-730, D-731: a citizen files a complaint about a unit from the portal (the unit by name, no ids shown) and reads
    // it in "My complaints" with its term; a PSC operator registers one for a citizen and must name the citizen (kk message).
    [Fact]
    public async Task UnitComplaint_FiledFromThePortal_ListedInMyComplaints_InKazakhWithoutIds_AndAtThePsc()
    {
        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Almas.Iin);
        var form = WebUtility.HtmlDecode(await citizen.GetStringAsync("/complaints/new?lang=kk", Ct));
        Assert.Contains("Бөлімшеге шағым беру", form);
        Assert.Contains("Алматы қ. №1 ХҚКО", form);
        AssertNoIds(form);
        Assert.DoesNotContain("psc-almaty-1<", form);
        var filed = await citizen.PostAsync("/complaints/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(form, "__RequestVerificationToken"),
            ["UnitId"] = "psc-almaty-1",
            ["Addressee"] = "provider-head",
            ["Subject"] = "action",
            ["Text"] = "ХҚКО құжаттарды қабылдамады.",
        }), Ct);
        Assert.True(filed.StatusCode == HttpStatusCode.Redirect, await filed.Content.ReadAsStringAsync(Ct));
        var list = WebUtility.HtmlDecode(await citizen.GetStringAsync(filed.Headers.Location!.OriginalString + "&lang=kk", Ct));
        var number = ComplaintNumber().Match(list).Value;
        Assert.NotEmpty(number);
        Assert.Contains("Менің шағымдарым", list);
        Assert.Contains("Алматы қ. №1 ХҚКО", list);
        Assert.Contains("Тіркелді, қаралуда", list);
        AssertNoIds(list);

        using var op = host.Browser();
        await SignInAsync(op, DemoData.PscOperator.Iin);
        var desk = WebUtility.HtmlDecode(await op.GetStringAsync("/complaints/new?lang=kk", Ct));
        Assert.Contains("Шағым берушінің ЖСН-і", desk);
        var noIin = await op.PostAsync("/complaints/new?lang=kk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(desk, "__RequestVerificationToken"),
            ["UnitId"] = "psc-almaty-1",
            ["Addressee"] = "provider-head",
            ["Subject"] = "inaction",
            ["Text"] = "Құжаттар қабылданбады.",
        }), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noIin.StatusCode);
        Assert.Contains("«applicantId» өрісі", WebUtility.HtmlDecode(await noIin.Content.ReadAsStringAsync(Ct)));
        var registered = await op.PostAsync("/complaints/new?lang=kk", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(desk, "__RequestVerificationToken"),
            ["ApplicantId"] = DemoData.Almas.Iin,
            ["UnitId"] = "psc-almaty-1",
            ["Addressee"] = "provider-head",
            ["Subject"] = "inaction",
            ["Text"] = "Құжаттар қабылданбады.",
        }), Ct);
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        var byPsc = ComplaintNumber().Match(WebUtility.HtmlDecode(await registered.Content.ReadAsStringAsync(Ct))).Value;
        Assert.NotEmpty(byPsc);
        list = WebUtility.HtmlDecode(await citizen.GetStringAsync("/cabinet/complaints?lang=kk", Ct));
        Assert.Contains(byPsc, list);
        Assert.Contains("ХҚКО-да тіркелді", list);
    }

    /// <summary>The page's main part names no internal ids (values of form fields aside).</summary>
    private static void AssertNoIds(string html)
    {
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];
        var text = FieldValue().Replace(main, "");
        foreach (var id in new[] { "provider-head", "quality-authority", "land.cadastral-info", "land-centre-75", "registered", "rejected", "decision\"" })
        {
            Assert.DoesNotContain(id, FieldName().Replace(text, ""), StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("C[0-9]{4}-[0-9]{6}")]
    private static partial Regex ComplaintNumber();

    [GeneratedRegex("value=\"[^\"]*\"")]
    private static partial Regex FieldValue();

    [GeneratedRegex("(name|id|for|href|class)=\"[^\"]*\"")]
    private static partial Regex FieldName();
}
