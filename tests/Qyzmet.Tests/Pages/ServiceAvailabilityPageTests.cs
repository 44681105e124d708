using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Pages;

/// <summary>
/// A host where the ministry has suspended one service (Qyzmet:SuspendedServices, D-348) and one catalog service has no
/// online delivery (its handler left out, as for every service of the specs before it is built): the two pages a person
/// meets instead of the form.
/// </summary>
public sealed class ServiceAvailabilityHost : PortalHost
{
    public const string Suspended = "land.cadastral-info";
    public const string NotOffered = "land.title-document-info";

    protected override void Customize(IWebHostBuilder builder)
    {
        builder.UseSetting("Qyzmet:SuspendedServices:0", Suspended);
        builder.ConfigureTestServices(s => s.AddScoped(sp => new ProcedureRegistry(
            sp.GetServices<IStateServiceHandler>().Where(h => h.ServiceId != NotOffered), sp.GetRequiredService<IOptionsMonitor<PlatformOptions>>())));
    }
}

/// <summary>
/// Issue 11 "unavailable services show a page in the user's language with a way on, never raw JSON"; CASE-0004 (not yet
/// offered online) and CASE-0040 (suspended for now, D-348): kk/ru pages, and ProblemDetails on the API.
/// </summary>
public sealed class ServiceAvailabilityPageTests(ServiceAvailabilityHost host) : IClassFixture<ServiceAvailabilityHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("kk", "Жер учаскесіне кадастрлық ақпарат беру", "уақытша қолжетімсіз")]
    [InlineData("ru", "Предоставление кадастровой информации на земельный участок", "временно недоступна")]
    public async Task SuspendedService_ApplyPageSaysTemporarilyUnavailable_503_NoJson(string lang, string name, string words)
    {
        using var browser = host.Browser();
        await CivilRegistryPageTests.SignInAsync(browser, DemoData.Aigerim.Iin);
        var response = await browser.GetAsync($"/apply/{ServiceAvailabilityHost.Suspended}?lang={lang}", Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<html lang=\"{lang}\"", html);
        Assert.Contains(name, html);
        Assert.Contains(words, html);
        Assert.Contains("href=\"/\"", html);
        Assert.DoesNotContain("errorCode", html);
        Assert.DoesNotContain(ServiceAvailabilityHost.Suspended, PageText(html));

        var catalog = WebUtility.HtmlDecode(await browser.GetStringAsync($"/?lang={lang}", Ct));
        Assert.Contains(UiTexts.All["TemporarilyUnavailable"].For(lang), catalog);
        var details = WebUtility.HtmlDecode(await browser.GetStringAsync($"/services/{ServiceAvailabilityHost.Suspended}?lang={lang}", Ct));
        Assert.Contains(UiTexts.All["TemporarilyUnavailableLong"].For(lang), details);
        Assert.DoesNotContain($"href=\"/apply/{ServiceAvailabilityHost.Suspended}\"", details);
    }

    [Theory]
    [InlineData("kk", "әзірге қолжетімсіз")]
    [InlineData("ru", "пока недоступна")]
    public async Task NotYetOfferedService_ApplyPageSaysSoInTheLanguage_NoJson(string lang, string words)
    {
        using var browser = host.Browser();
        await CivilRegistryPageTests.SignInAsync(browser, DemoData.Aigerim.Iin);
        var response = await browser.GetAsync($"/apply/{ServiceAvailabilityHost.NotOffered}?lang={lang}", Ct);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<html lang=\"{lang}\"", html);
        Assert.Contains(words, html);
        Assert.Contains("href=\"/\"", html);
        Assert.DoesNotContain("errorCode", html);
        Assert.DoesNotContain(ServiceAvailabilityHost.NotOffered, PageText(html));
        Assert.Contains(UiTexts.All["NotYetAvailableLong"].For(lang), WebUtility.HtmlDecode(await browser.GetStringAsync($"/services/{ServiceAvailabilityHost.NotOffered}?lang={lang}", Ct)));
    }

    // D-348: the API refuses a new application to a suspended service with 503 CASE-0040, naming the service, and writes nothing;
    // the catalog marks it; a service not offered online stays 409 CASE-0004.
    [Fact]
    public async Task Api_SuspendedIs503Case0040_NotOfferedIs409Case0004()
    {
        using var client = host.Browser();
        await CivilRegistryPageTests.SignInAsync(client, DemoData.Aigerim.Iin);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        var suspended = await ApiResponses.ProblemAsync(await client.PostAsJsonAsync($"/api/services/{ServiceAvailabilityHost.Suspended}/applications",
            new { fields = new { cadastralNumber = "75-123-045-067" } }, Ct), HttpStatusCode.ServiceUnavailable);
        Assert.Equal("CASE-0040", suspended.GetProperty("errorCode").GetString());
        Assert.Contains("Предоставление кадастровой информации на земельный участок", suspended.GetProperty("detail").GetString());
        var notOffered = await ApiResponses.ProblemAsync(await client.PostAsJsonAsync($"/api/services/{ServiceAvailabilityHost.NotOffered}/applications",
            new { fields = new { cadastralNumber = "75-123-045-067" } }, Ct), HttpStatusCode.Conflict);
        Assert.Equal("CASE-0004", notOffered.GetProperty("errorCode").GetString());
        var mine = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/applications", Ct);
        Assert.DoesNotContain(ServiceAvailabilityHost.Suspended, mine.GetRawText());

        var services = await client.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/services", Ct);
        var entry = services.EnumerateArray().Single(s => s.GetProperty("id").GetString() == ServiceAvailabilityHost.Suspended);
        Assert.False(entry.GetProperty("available").GetBoolean());
        Assert.True(entry.GetProperty("suspended").GetBoolean());
    }

    private static string PageText(string html) => System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " ");
}
