using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Seeding;
using Qyzmet.RealEstateCadastre;

namespace Qyzmet.Tests.Pages;

/// <summary>
/// Issue 11 "Language and wording" on the pages: the sign-in page, the desks and the access log show declared
/// labels (role, unit, step, service), never ids; forms take dates as dd.mm.yyyy (D-316).
/// </summary>
public sealed partial class DeclaredLabelsPageTests(PortalHost host) : IClassFixture<PortalHost>
{
    private const string Passport = "real-estate.cadastral-passport";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Issue 11: the demo accounts name each staff member's role and unit, not "provider-executor" or "sc-re-75".
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task SignInPage_ShowsNoRawRoleOrUnitIds(string lang)
    {
        using var browser = host.Browser();
        var page = await browser.GetStringAsync("/signin?lang=" + lang, Ct);
        var ids = await IdsAsync();
        AssertNoIds(page, ids);
        Assert.Contains(Roles.Label(Roles.Inspector).For(lang), WebUtility.HtmlDecode(page));
        Assert.Contains(lang == "ru" ? "Администрация платформы" : "Платформа әкімшілігі", WebUtility.HtmlDecode(page));
    }

    // Issue 11: the cadastre desk's buttons are the declared verbs ("Принять документы"), its role and service are
    // named; firing one reports the declared history line. The history on the application page reads the same.
    [Fact]
    public async Task CadastreDesk_ButtonsAreDeclaredVerbs_NoTriggerIds()
    {
        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Aigerim.Iin);
        var location = await ApplyAsync(citizen, Passport, new() { ["field.cadastralNumber"] = "75-123-045-067:1", ["field.consent"] = "given" });
        var number = location["/applications/".Length..];
        await PayAsync(citizen, location);
        await AttachAsync(citizen, location); // the title document's e-copy (000.md App. 1 row 8)

        using var executor = host.Browser();
        await SignInAsync(executor, CadastreDemoData.Executor.Iin);
        var ids = await IdsAsync();
        var desk = await executor.GetStringAsync("/cadastre/desk?lang=ru", Ct);
        Assert.Contains(number, desk);
        AssertNoIds(desk, ids);
        var text = VisibleText(desk);
        Assert.Contains("Принять документы", text);
        Assert.Contains("Отказать в дальнейшем рассмотрении", text);
        Assert.Contains("Исполнитель услугодателя", text);

        var accepted = await executor.PostAsync("/cadastre/desk?handler=Act&lang=ru", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(desk, "__RequestVerificationToken"),
            ["number"] = number,
            ["trigger"] = "accept",
        }), Ct);
        var after = await accepted.Content.ReadAsStringAsync(Ct);
        Assert.Contains($"№ {number}: Документы приняты", WebUtility.HtmlDecode(after));
        AssertNoIds(after, ids);

        using var archive = host.Browser();
        await SignInAsync(archive, CadastreDemoData.ArchiveClerk.Iin);
        var archiveDesk = await archive.GetStringAsync("/cadastre/desk?lang=kk", Ct);
        AssertNoIds(archiveDesk, ids);
        Assert.Contains("Түгендеу ісін мұрағаттан беру", VisibleText(archiveDesk));

        var details = await citizen.GetStringAsync(location + "?lang=ru", Ct);
        AssertNoIds(details, ids);
        Assert.Contains("Документы приняты", VisibleText(details));
    }

    // Issue 11: the registry office desk's buttons are declared verbs, and the act search takes the date as dd.mm.yyyy.
    [Fact]
    public async Task CivilRegistryDesk_ButtonsAreDeclaredVerbs_DateSearchIsDdMmYyyy()
    {
        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Aigerim.Iin);
        var location = await ApplyAsync(citizen, "civil-registry.duplicate-certificate", new()
        {
            ["field.kind"] = "birth",
            ["field.birthDate"] = "15.03.1990", // D-316: dd.mm.yyyy, as the form asks
            ["field.birthPlace"] = "Алматы",
            ["field.parents"] = "СЕРІКОВ СЕРІК",
        });
        await PayAsync(citizen, location);

        using var staff = host.Browser();
        await SignInAsync(staff, DemoData.RegistryExecutor.Iin);
        var ids = await IdsAsync();
        var desk = await staff.GetStringAsync("/desk/civil-registry?lang=ru", Ct);
        AssertNoIds(desk, ids);
        Assert.Contains("Выдать повторное свидетельство", VisibleText(desk));
        Assert.Contains("Отказать", VisibleText(desk));
        Assert.Matches("<input id=\"date\" name=\"date\" type=\"text\"[^>]*placeholder=\"дд.мм.гггг\"", desk);

        var search = await staff.GetAsync("/desk/civil-registry?lang=ru&date=15.03.1990", Ct);
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        Assert.Contains("value=\"15.03.1990\"", await search.Content.ReadAsStringAsync(Ct));

        // The opened act lists its fields by their declared names, not the record's property names.
        var found = await staff.GetStringAsync($"/desk/civil-registry?lang=ru&iin={DemoData.Aigerim.Iin}", Ct);
        var act = ActLink().Match(found);
        Assert.True(act.Success, "no act link");
        var opened = VisibleText(await staff.GetStringAsync(WebUtility.HtmlDecode(act.Value) + "&lang=ru", Ct));
        Assert.Contains("Номер актовой записи", opened);
        Assert.Contains("Дата рождения", opened);
        Assert.DoesNotMatch("\\b(ActNumber|ActDate|SubjectIin|SubjectName|OfficeKk|OfficeRu|RegionCode|Kind)\\b", opened);
    }

    // Issue 11, D-316: a date field is a text input showing dd.mm.yyyy; the typed date reaches the service as ISO.
    [Fact]
    public async Task ApplyForm_DatesAreDdMmYyyy()
    {
        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Aigerim.Iin);
        var form = await citizen.GetStringAsync("/apply/civil-registry.duplicate-certificate?lang=ru", Ct);
        Assert.DoesNotContain("type=\"date\"", form);
        Assert.Matches("name=\"field.birthDate\"[^>]*type=\"text\"[^>]*placeholder=\"дд.мм.гггг\"", form);

        // A date that is not dd.mm.yyyy is refused naming that form, and the typed text stays in the box.
        var bad = await citizen.PostAsync("/apply/civil-registry.duplicate-certificate?lang=ru", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(form, "__RequestVerificationToken"),
            ["IdempotencyKey"] = Hidden(form, "IdempotencyKey"),
            ["field.kind"] = "birth",
            ["field.birthDate"] = "15/03/1990",
            ["field.birthPlace"] = "Алматы",
            ["field.parents"] = "СЕРІКОВ СЕРІК",
        }), Ct);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var badPage = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync(Ct));
        Assert.Contains("дд.мм.гггг", badPage);
        Assert.DoesNotContain("ГГГГ-ММ-ДД", badPage);
        Assert.Contains("value=\"15/03/1990\"", badPage);

        var location = await ApplyAsync(citizen, "civil-registry.duplicate-certificate", new()
        {
            ["field.kind"] = "birth",
            ["field.birthDate"] = "15.03.1990",
            ["field.birthPlace"] = "Алматы",
            ["field.parents"] = "СЕРІКОВ СЕРІК",
        });
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var app = await db.Applications.AsNoTracking().SingleAsync(a => a.Number == location.Substring("/applications/".Length), Ct);
        Assert.Equal("1990-03-15", JsonSerializer.Deserialize<Dictionary<string, string>>(app.FormJson)!["birthDate"]);
    }

    // Issue 11, D-305: the access log names the reader's role and the purpose as "Өтініш № …: <service name>".
    [Fact]
    public async Task AccessLog_PurposeIsLocalized_NoServiceIds()
    {
        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Dana.Iin);
        var location = await ApplyAsync(citizen, Passport, new() { ["field.cadastralNumber"] = "75-123-045-067:1", ["field.consent"] = "given" });
        var number = location["/applications/".Length..];

        using var executor = host.Browser();
        await SignInAsync(executor, CadastreDemoData.Executor.Iin);
        Assert.Equal(HttpStatusCode.OK, (await executor.GetAsync(location, Ct)).StatusCode);

        var log = await citizen.GetStringAsync("/cabinet/access-log?lang=kk", Ct);
        var text = VisibleText(log);
        Assert.Contains($"Өтініш № {number}: ", text);
        Assert.Contains(Qyzmet.Kernel.Catalog.ServiceCatalog.Find(Passport)!.Name.Kk, text);
        Assert.DoesNotContain("application", text);
        Assert.DoesNotContain(Passport, text);
        AssertNoIds(log, await IdsAsync());
    }

    private sealed record Ids(HashSet<string> Tokens, IReadOnlyList<string> ServiceIds);

    /// <summary>Every id a page must not show: triggers and steps, roles, units, and the services' ids.</summary>
    private async Task<Ids> IdsAsync()
    {
        using var scope = host.Services.CreateScope();
        var registry = scope.ServiceProvider.GetRequiredService<ProcedureRegistry>();
        var units = await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().ProviderUnits.Select(u => u.Id).ToListAsync(Ct);
        var tokens = registry.All.SelectMany(h => h.Procedure.Steps).Concat(CommonSteps.Labels.Keys)
            .Concat(Roles.Labels.Keys).Concat(units).ToHashSet(StringComparer.Ordinal);
        return new Ids(tokens, [.. registry.All.Select(h => h.ServiceId)]);
    }

    private static void AssertNoIds(string html, Ids ids)
    {
        var text = VisibleText(html);
        var shown = Token().Matches(text).Select(m => m.Value).Where(ids.Tokens.Contains).Distinct().ToList();
        Assert.True(shown.Count == 0, "ids on the page: " + string.Join(", ", shown));
        Assert.All(ids.ServiceIds, id => Assert.DoesNotContain(id, text));
    }

    /// <summary>What a person reads: the text between the tags and the buttons' captions, without scripts and styles.</summary>
    private static string VisibleText(string html) =>
        WebUtility.HtmlDecode(Tags().Replace(Scripts().Replace(html, " "), " "));

    private static async Task<string> ApplyAsync(HttpClient browser, string service, Dictionary<string, string> fields)
    {
        var form = await browser.GetStringAsync("/apply/" + service, Ct);
        fields["__RequestVerificationToken"] = Hidden(form, "__RequestVerificationToken");
        fields["IdempotencyKey"] = Hidden(form, "IdempotencyKey");
        var response = await browser.PostAsync("/apply/" + service, new FormUrlEncodedContent(fields), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
        return response.Headers.Location!.OriginalString;
    }

    private static async Task AttachAsync(HttpClient browser, string location)
    {
        var page = await browser.GetStringAsync(location, Ct);
        var file = new ByteArrayContent("%PDF-1.7 copy"u8.ToArray());
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        var response = await browser.PostAsync(location + "?handler=Attach", new MultipartFormDataContent
        {
            { new StringContent(Hidden(page, "__RequestVerificationToken")), "__RequestVerificationToken" },
            { file, "file", "title.pdf" },
        }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>The page's pay button sends the browser to the simulated gateway; it pays there and comes back (ADR 0020).</summary>
    private Task PayAsync(HttpClient browser, string location) => Infrastructure.GatewayDriver.PayOnPageAsync(host.Gateway, browser, location);

    private static async Task SignInAsync(HttpClient browser, string iin)
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

    private static string Hidden(string html, string name)
    {
        var match = HiddenInput().Matches(html).FirstOrDefault(m => m.Groups["name"].Value == name);
        Assert.NotNull(match);
        return WebUtility.HtmlDecode(match.Groups["value"].Value);
    }

    [GeneratedRegex("<input name=\"(?<name>[^\"]+)\" type=\"hidden\" value=\"(?<value>[^\"]*)\"|<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex Scripts();

    [GeneratedRegex("/desk/civil-registry\\?act=[0-9]+")]
    private static partial Regex ActLink();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*")]
    private static partial Regex Token();
}
