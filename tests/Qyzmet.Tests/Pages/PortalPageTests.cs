using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Qyzmet.Platform.Seeding;

namespace Qyzmet.Tests.Pages;

/// <summary>The real clock, moved forward by hand where a page test must reach a later time (e.g. a booked slot).</summary>
public sealed class OffsetClock : TimeProvider
{
    private TimeSpan _offset;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

    public void Advance(TimeSpan by) => _offset += by;
}

/// <summary>One host with its own temporary data folder, shared by the portal page tests.</summary>
public class PortalHost : WebApplicationFactory<Program>
{
    private readonly string _dataPath = Path.Combine(Path.GetTempPath(), "qyzmet-pages-" + Guid.NewGuid().ToString("N"));

    private Infrastructure.TestGateway? _gateway;

    public OffsetClock Clock { get; } = new();

    /// <summary>The simulated payment gateway the pages send the browser to (ADR 0020).</summary>
    public Infrastructure.TestGateway Gateway => _gateway ??= new Infrastructure.TestGateway(_dataPath, Clock, () => Server.CreateHandler());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Qyzmet:DataPath", _dataPath);
        _ = Gateway;
        Infrastructure.TestGateway.Wire(builder, () => Gateway);
        builder.UseSetting("Qyzmet:TimerScanSeconds", "0");
        builder.UseSetting("Qyzmet:Limits:SignInPerAddress", "1000000"); // one test address for all (D-802)
        builder.UseSetting("Qyzmet:Limits:SignInPerIin", "1000000");
        builder.ConfigureTestServices(s =>
        {
            s.RemoveAll<TimeProvider>();
            s.AddSingleton<TimeProvider>(Clock);
        });
        Customize(builder);
    }

    /// <summary>A test host's own settings or services on top of the shared ones.</summary>
    protected virtual void Customize(IWebHostBuilder builder)
    {
    }

    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the OS.
        }
    }
}

public sealed partial class PortalPageTests(PortalHost host) : IClassFixture<PortalHost>
{
    private const string CadastralInfo = "land.cadastral-info";

    [Fact]
    public async Task Catalog_IsInKazakhByDefault_AndInRussianWithLangRu()
    {
        using var browser = host.Browser();
        var kk = await browser.GetStringAsync("/", TestContext.Current.CancellationToken);
        Assert.Contains("Жер учаскесіне кадастрлық ақпарат беру", kk);
        Assert.Contains(UiTexts.All["Available"].Kk, kk);
        Assert.Contains("href=\"/services/land.cadastral-info\"", kk);

        var ru = await browser.GetStringAsync("/?lang=ru", TestContext.Current.CancellationToken);
        Assert.Contains(UiTexts.All["Area.Land"].Ru, ru);
        Assert.Contains("lang=\"ru\"", ru);
        Assert.DoesNotContain(UiTexts.All["Area.Land"].Kk, ru);
    }

    [Theory]
    [InlineData("/?lang=kk")]
    [InlineData("/?lang=ru")]
    [InlineData("/services/land.cadastral-info?lang=ru")]
    [InlineData("/services/civil-registry.marriage-application?lang=kk")]
    public async Task CatalogPages_ShowNoSpecReferences(string url)
    {
        // Issue 11: "001a.md §3.1" under each entry and "Источник: 002.md §3.2" are analyst notes, not for citizens.
        using var browser = host.Browser();
        var html = await browser.GetStringAsync(url, TestContext.Current.CancellationToken);
        Assert.DoesNotMatch(@"\b00[0-4][ab]?\.md\b", html);
    }

    [Fact]
    public async Task ServicePage_ShowsTheStandard_AndAnApplyButton()
    {
        using var browser = host.Browser();
        var html = await browser.GetStringAsync("/services/" + CadastralInfo + "?lang=en", TestContext.Current.CancellationToken);
        Assert.Contains("href=\"/apply/" + CadastralInfo + "\"", html);
        Assert.Contains(UiTexts.All["LegalSource"].En, html);

        var missing = await browser.GetAsync("/services/no.such-service", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<html", await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Apply_WhenSignedOut_RedirectsToSignIn()
    {
        using var browser = host.Browser();
        var response = await browser.GetAsync("/apply/" + CadastralInfo, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin?", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("ReturnUrl=%2Fapply%2Fland.cadastral-info", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CadastralInfo_SubmittedThroughTheForm_IsIssuedWithADownloadLink()
    {
        using var browser = host.Browser();
        await SignInAsync(browser, DemoData.Aigerim.Iin);
        var location = await SubmitCadastralAsync(browser, "75-123-045-067");
        Assert.Matches("^/applications/[0-9]{4}-[0-9]{7}$", location);

        var page = await browser.GetStringAsync(location, TestContext.Current.CancellationToken);
        Assert.Contains("Анықтама берілді", page);
        Assert.Contains("href=\"/api" + location + "/document\"", page);
        Assert.Matches("href=\"/verify/[0-9a-f-]{36}\"", page);

        var list = await browser.GetStringAsync("/applications", TestContext.Current.CancellationToken);
        Assert.Contains(location, list);
    }

    [Fact]
    public async Task InvalidCadastralNumber_ShowsTheFieldError_AndCreatesNothing()
    {
        using var browser = host.Browser();
        await SignInAsync(browser, DemoData.Talgat.Iin);
        var form = await browser.GetStringAsync("/apply/" + CadastralInfo + "?lang=ru", TestContext.Current.CancellationToken);
        var response = await browser.PostAsync("/apply/" + CadastralInfo + "?lang=ru", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(form),
            ["IdempotencyKey"] = Hidden(form, "IdempotencyKey"),
            ["field.cadastralNumber"] = "12-34",
        }), TestContext.Current.CancellationToken);

        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("class=\"error-summary\"", html);
        Assert.Contains("class=\"error-message\"", html);
        Assert.Contains("value=\"12-34\"", html);

        var list = await browser.GetStringAsync("/applications?lang=ru", TestContext.Current.CancellationToken);
        Assert.Contains(UiTexts.All["NoApplications"].Ru, list);
    }

    [Fact]
    public async Task AnotherPersonsApplication_IsNotFound()
    {
        using var owner = host.Browser();
        await SignInAsync(owner, DemoData.Dana.Iin);
        var location = await SubmitCadastralAsync(owner, "75-123-045-067");

        using var stranger = host.Browser();
        await SignInAsync(stranger, DemoData.Igor.Iin);
        var response = await stranger.GetAsync(location, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(DemoData.Dana.FullName, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    // 001b.md §4.2 steps 1 and 7 (A-App 3): the PSC operator requests the reference for the citizen and prints the PDF for them.
    [Fact]
    public async Task PscOperator_RequestsARightsReferenceForACitizen_AndPrintsThePdf()
    {
        const string service = "real-estate.rights-reference";
        using var browser = host.Browser();
        await SignInAsync(browser, DemoData.PscOperator.Iin);
        var person = await DeskPages.OpenPersonAsync(browser, "/psc", DemoData.Aigerim.Iin);
        var desk = await browser.GetAsync($"{person}&service={service}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, desk.StatusCode);
        var applyUrl = desk.Headers.Location!.OriginalString;
        Assert.StartsWith("/apply/" + service, applyUrl, StringComparison.Ordinal);

        var form = await browser.GetStringAsync(applyUrl, TestContext.Current.CancellationToken);
        var response = await browser.PostAsync(applyUrl, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(form),
            ["IdempotencyKey"] = Hidden(form, "IdempotencyKey"),
            ["ApplicantId"] = DemoData.Aigerim.Iin,
            ["field.documentType"] = "id-card",
            ["field.region"] = "75",
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;

        var page = await browser.GetStringAsync(location, TestContext.Current.CancellationToken);
        Assert.Contains(DemoData.Aigerim.FullName, page);
        var pdf = await browser.GetByteArrayAsync("/api" + location + "/document", TestContext.Current.CancellationToken);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);
    }

    // Issue 6: the cadastre services are generic portal services: the form from the handler, then the payment offer.
    [Fact]
    public async Task CadastralPassport_AppliedThroughTheForm_OffersTheBaseCost()
    {
        using var browser = host.Browser();
        await SignInAsync(browser, DemoData.Aigerim.Iin);
        var form = await browser.GetStringAsync("/apply/real-estate.cadastral-passport", TestContext.Current.CancellationToken);
        Assert.Contains("field.cadastralNumber", form);
        var response = await browser.PostAsync("/apply/real-estate.cadastral-passport", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(form),
            ["IdempotencyKey"] = Hidden(form, "IdempotencyKey"),
            ["field.cadastralNumber"] = "75-123-045-067:1",
            ["field.consent"] = "given",
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await browser.GetStringAsync(response.Headers.Location!.OriginalString, TestContext.Current.CancellationToken);
        Assert.Contains("Базалық құнын төлеу күтілуде", page);
        Assert.Contains(new Qyzmet.Kernel.Money.Tenge(800_000).ToString(), System.Net.WebUtility.HtmlDecode(page));
        Assert.Contains("handler=Attach", page); // the title document's e-copy is attached from this page (App. 1 row 8)
    }

    // Issue 6: the technical-inspection desk lists the unit's work for the staff member's role.
    [Fact]
    public async Task CadastreDesk_ForInspector_Opens_ForCitizen_Forbidden()
    {
        using var browser = host.Browser();
        await SignInAsync(browser, Qyzmet.RealEstateCadastre.CadastreDemoData.Inspector.Iin);
        var page = await browser.GetAsync("/cadastre/desk", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Техникалық зерттеп-қарау бөлімі", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Igor.Iin);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.GetAsync("/cadastre/desk", TestContext.Current.CancellationToken)).StatusCode);
    }

    private static async Task SignInAsync(HttpClient browser, string iin)
    {
        var page = await browser.GetStringAsync("/signin", TestContext.Current.CancellationToken);
        Assert.Contains($"value=\"{iin}\"", page);
        var response = await browser.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(page),
            ["id"] = iin,
            ["returnUrl"] = "/applications",
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/applications", response.Headers.Location!.OriginalString);
    }

    private static async Task<string> SubmitCadastralAsync(HttpClient browser, string number)
    {
        var form = await browser.GetStringAsync("/apply/" + CadastralInfo, TestContext.Current.CancellationToken);
        var response = await browser.PostAsync("/apply/" + CadastralInfo, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(form),
            ["IdempotencyKey"] = Hidden(form, "IdempotencyKey"),
            ["field.cadastralNumber"] = number,
        }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    private static string Token(string html) => Hidden(html, "__RequestVerificationToken");

    private static string Hidden(string html, string name)
    {
        var match = HiddenInput().Matches(html).FirstOrDefault(m => m.Groups["name"].Value == name);
        Assert.NotNull(match);
        return WebUtility.HtmlDecode(match.Groups["value"].Value);
    }

    [GeneratedRegex("<input name=\"(?<name>[^\"]+)\" type=\"hidden\" value=\"(?<value>[^\"]*)\"|<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();
}
