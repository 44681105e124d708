using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Seeding;

namespace Qyzmet.Tests.Pages;

/// <summary>
/// Issue 11, "the PSC desk": the operator's IIN is checked and the person shown from the register before the form
/// opens (001b.md §4.2 step 1; 002.md §4.2 Condition 1), the read is in the person's access log (D-305), the service
/// choice is readable and grouped by area, and staff see their desks instead of the citizen's cabinet in the menu.
/// </summary>
public sealed partial class PortalPageTests
{
    // 002.md §4.2 Condition 1: the consumer is identified in the Individuals database before anything is typed in.
    [Fact]
    public async Task PscDesk_ValidIin_ShowsNameAndBirthDateFromTheRegister_AndLogsTheRead()
    {
        var ct = TestContext.Current.CancellationToken;
        using var browser = host.Browser();
        await SignInAsync(browser, DemoData.PscOperator.Iin);
        var before = await AccessRowsAsync(DemoData.Talgat.Iin, DemoData.PscOperator.Iin);

        var desk = await DeskPages.OpenPersonAsync(browser, "/psc", DemoData.Talgat.Iin);
        var response = await browser.GetAsync(desk + "&lang=ru", ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(ct);
        Assert.Contains(DemoData.Talgat.FullName, html);
        Assert.Contains("12.01.1977", html);
        Assert.Contains("name=\"service\"", html);

        // D-305: the operator's reading of the person is in the person's log, with the operator and the desk as the purpose.
        Assert.Equal(before + 1, await AccessRowsAsync(DemoData.Talgat.Iin, DemoData.PscOperator.Iin));
        using var talgat = host.Browser();
        await SignInAsync(talgat, DemoData.Talgat.Iin);
        var log = await talgat.GetStringAsync("/cabinet/access-log?lang=ru", ct);
        Assert.Contains(DemoData.PscOperator.FullName, log);
        // The purpose in the person's language (D-317), not the stored form.
        Assert.Contains("Установление личности в ЦОН", log);
        Assert.DoesNotContain(ApplicationService.PscDeskPurpose, log);
    }

    // Issue 11: a mistyped IIN is refused at once, in the page's language, and no service can be chosen for it.
    [Theory]
    [InlineData("ru")]
    [InlineData("kk")]
    public async Task PscDesk_WrongCheckDigit_IsRefusedAtOnce_WithTheIdentifierMessage(string lang)
    {
        var ct = TestContext.Current.CancellationToken;
        using var browser = host.Browser();
        await SignInAsync(browser, DemoData.PscOperator.Iin);
        var good = DemoData.Aigerim.Iin;
        var wrong = good[..11] + (char)('0' + ((good[11] - '0' + 1) % 10));

        var response = await DeskPages.PostIinAsync(browser, "/psc", wrong, lang);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(ct);
        var message = lang == "ru" ? "12-я (контрольная) цифра должна быть" : "12-ші (бақылау) цифр";
        Assert.Contains(message, html);
        Assert.Contains("role=\"alert\"", html);
        Assert.DoesNotContain("name=\"service\"", html);
        Assert.DoesNotContain(DemoData.Aigerim.FullName, html);
    }

    // 002.md §4.2 Condition 1: a well-formed IIN of nobody in the register is refused before the form, not at submission.
    [Fact]
    public async Task PscDesk_UnknownPerson_IsRefusedAtOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        using var browser = host.Browser();
        await SignInAsync(browser, DemoData.PscOperator.Iin);
        var nobody = Iin.Create(new DateOnly(1980, 1, 1), Sex.Male, 4321).Value;

        var desk = await DeskPages.OpenPersonAsync(browser, "/psc", nobody);
        var response = await browser.GetAsync(desk + "&service=real-estate.rights-reference&lang=ru", ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(ct);
        Assert.Contains("Данные услугополучателя не найдены в государственной базе данных", html);
        Assert.DoesNotContain("name=\"service\"", html);
    }

    // Issue 11: the service choice shows full names (name and variant) grouped by area, never ids as text.
    [Fact]
    public async Task PscDesk_ServiceChoice_IsGroupedByArea_WithFullNames()
    {
        var ct = TestContext.Current.CancellationToken;
        using var browser = host.Browser();
        await SignInAsync(browser, DemoData.PscOperator.Iin);
        var html = await browser.GetStringAsync(await DeskPages.OpenPersonAsync(browser, "/psc", DemoData.Aigerim.Iin) + "&lang=ru", ct);
        Assert.Contains($"<optgroup label=\"{UiTexts.All["Area.CivilRegistry"].Ru}\">", html);
        Assert.Contains($"<optgroup label=\"{UiTexts.All["Area.Land"].Ru}\">", html);
        var marriage = Qyzmet.Kernel.Catalog.ServiceCatalog.Find("civil-registry.marriage-application")!;
        Assert.Contains($"<option value=\"{marriage.Id}\">{WebUtility.HtmlEncode(marriage.Name.Ru)}", html.Replace("&#x2014;", "—"));
        Assert.DoesNotContain($">{marriage.Id}<", html);
    }

    // Issue 11: staff do not see the citizen's cabinet items ("marriage consent", inbox, "who viewed my data"); they see their desk.
    [Theory]
    [InlineData("psc", "/psc")]
    [InlineData("registry", "/desk/civil-registry")]
    public async Task Layout_ForStaff_HidesCitizenItems_AndShowsTheirDesk(string who, string desk)
    {
        var ct = TestContext.Current.CancellationToken;
        using var browser = host.Browser();
        await SignInAsync(browser, who == "psc" ? DemoData.PscOperator.Iin : DemoData.RegistryExecutor.Iin);
        var html = await browser.GetStringAsync("/?lang=ru", ct);
        var menu = html[html.IndexOf("class=\"main-nav\"", StringComparison.Ordinal)..html.IndexOf("class=\"who\"", StringComparison.Ordinal)];
        Assert.Contains($"href=\"{desk}\"", menu);
        Assert.DoesNotContain("href=\"/civil-registry/consents\"", menu);
        Assert.DoesNotContain("href=\"/cabinet/access-log\"", menu);
        Assert.DoesNotContain("href=\"/inbox\"", menu);
        Assert.DoesNotContain(UiTexts.All["MyApplications"].Ru, menu);

        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Aigerim.Iin);
        var own = await citizen.GetStringAsync("/?lang=ru", ct);
        Assert.Contains("href=\"/civil-registry/consents\"", own);
        Assert.Contains("href=\"/cabinet/access-log\"", own);
        Assert.DoesNotContain("href=\"/psc\"", own);
    }

    private async Task<int> AccessRowsAsync(string personIin, string actorId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        return await db.PersonAccesses.CountAsync(a => a.PersonIin == personIin && a.ActorId == actorId && a.Purpose == ApplicationService.PscDeskPurpose,
            TestContext.Current.CancellationToken);
    }
}
