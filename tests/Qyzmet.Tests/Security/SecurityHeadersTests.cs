using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Security;

/// <summary>
/// Issue 17 "Browser-side attacks" (ADR 0024, D-800, D-801): security headers on every response, cookies HttpOnly, SameSite
/// and Secure over TLS, a new session at sign-in (session fixation), no open redirect after sign-in, and no inline script
/// the content security policy does not name.
/// </summary>
public sealed partial class SecurityHeadersTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private QyzmetFactory Factory => host.Factory;

    private HttpClient Browser(bool tls = false) => Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri(tls ? "https://localhost" : "http://localhost"),
    });

    [Theory]
    [InlineData("/")]
    [InlineData("/signin")]
    [InlineData("/api/services")]
    [InlineData("/css/site.css")]
    [InlineData("/js/eds.js")]
    [InlineData("/no-such-page")]
    [InlineData("/api/applications/does-not-exist")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        var response = await Browser().GetAsync(path, Ct);
        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        var scriptSrc = Directive(csp, "script-src");
        Assert.DoesNotContain("'unsafe-inline'", scriptSrc, StringComparison.Ordinal);
        Assert.DoesNotContain("'unsafe-eval'", scriptSrc, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS over plain http would be ignored and is not sent");
    }

    [Fact]
    public async Task OverTls_StrictTransportSecurityIsSent()
    {
        var response = await Browser(tls: true).GetAsync("/", Ct);
        Assert.StartsWith("max-age=31536000", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", false)]
    [InlineData("/signin", false)]
    [InlineData("/?lang=ru", false)]
    [InlineData("/applications", true)]
    [InlineData("/cabinet/access-log", true)]
    [InlineData("/land/map", true)]
    [InlineData("/psc", true)]
    [InlineData("/desk", true)]
    public async Task EveryInlineScript_IsNamedByItsHashInThePolicy(string path, bool signedIn)
    {
        var browser = signedIn ? await SignedInAsync(path is "/psc" ? DemoData.PscOperator.Iin : path is "/desk" ? DemoData.LandExecutor.Iin : DemoData.Aigerim.Iin) : Browser();
        var response = await browser.GetAsync(path, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");
        var html = await response.Content.ReadAsStringAsync(Ct);
        var scriptSrc = Directive(Header(response, "Content-Security-Policy"), "script-src");
        var inline = InlineScript().Matches(html).Select(m => m.Groups["body"].Value).ToList();
        Assert.NotEmpty(inline); // the layout's line is there; the test would pass vacuously otherwise
        foreach (var script in inline)
        {
            var hash = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script))) + "'";
            Assert.True(scriptSrc.Contains(hash, StringComparison.Ordinal), $"{path}: inline script '{script}' is not in script-src ({scriptSrc})");
        }
    }

    /// <summary>Inline event handlers and javascript: links are refused by the policy: none may be written in a page.</summary>
    [Fact]
    public void NoPage_HasInlineEventHandlersOrJavascriptLinks()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var offenders = Directory.EnumerateFiles(src, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (f, i, line)))
            .Where(x => InlineHandler().IsMatch(x.line) || x.line.Contains("javascript:", StringComparison.OrdinalIgnoreCase))
            .Select(x => $"{Path.GetRelativePath(src, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, string.Join('\n', offenders));
    }

    [Fact]
    public async Task SignInOverTls_CookiesAreSecureHttpOnlyStrict()
    {
        var browser = Browser(tls: true);
        var page = await browser.GetAsync("/signin", Ct);
        var antiforgery = Assert.Single(SetCookies(page), c => c.StartsWith(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        AssertFlags(antiforgery, secure: true);

        var response = await PostSignInAsync(browser, await page.Content.ReadAsStringAsync(Ct), DemoData.Aigerim.Iin, "/applications");
        var session = Assert.Single(SetCookies(response), c => c.StartsWith("qyzmet-session=", StringComparison.Ordinal));
        AssertFlags(session, secure: true);
    }

    [Fact]
    public async Task SignInOverPlainHttp_CookiesAreHttpOnlyStrictButNotSecure()
    {
        var browser = Browser();
        var page = await browser.GetAsync("/signin", Ct);
        var response = await PostSignInAsync(browser, await page.Content.ReadAsStringAsync(Ct), DemoData.Aigerim.Iin, "/applications");
        var session = Assert.Single(SetCookies(response), c => c.StartsWith("qyzmet-session=", StringComparison.Ordinal));
        AssertFlags(session, secure: false);
    }

    /// <summary>
    /// Session fixation: a browser that already carries a session (planted by someone else, or the previous person's at a
    /// shared computer) gets a new session id at sign-in, and the old cookie is dead from then on.
    /// </summary>
    [Fact]
    public async Task SignIn_StartsANewSessionAndEndsTheOneTheBrowserCarried()
    {
        var planted = await DevSignInAsync(WithCookie(null), DemoData.Almas.Iin);
        Assert.Equal(HttpStatusCode.OK, (await WithCookie(planted).GetAsync("/api/me/access-log", Ct)).StatusCode);

        // The same browser (it sends the planted cookie) signs in as someone else.
        var fresh = await DevSignInAsync(WithCookie(planted), DemoData.Aigerim.Iin);
        Assert.NotEqual(planted, fresh);
        Assert.Equal(HttpStatusCode.OK, (await WithCookie(fresh).GetAsync("/api/me/access-log", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(planted).GetAsync("/api/me/access-log", Ct)).StatusCode);
    }

    private static async Task<string> DevSignInAsync(HttpClient client, string iin)
    {
        var response = await client.PostAsJsonAsync("/api/dev/sign-in", new { id = iin }, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var setCookie = Assert.Single(SetCookies(response), c => c.StartsWith("qyzmet-session=", StringComparison.Ordinal));
        return setCookie.Split(';')[0];
    }

    /// <summary>Open redirect: after sign-in the browser is sent only to an address of the portal itself.</summary>
    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example/phish")]
    [InlineData("\\\\evil.example")]
    [InlineData("http:/evil.example")]
    [InlineData("javascript:alert(1)")]
    public async Task SignIn_WithAForeignReturnUrl_GoesToTheApplicationsInstead(string returnUrl)
    {
        var browser = Browser();
        var page = await browser.GetStringAsync("/signin", Ct);
        var response = await PostSignInAsync(browser, page, DemoData.Aigerim.Iin, returnUrl);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/applications", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignIn_WithALocalReturnUrl_GoesThere()
    {
        var browser = Browser();
        var page = await browser.GetStringAsync("/signin", Ct);
        var response = await PostSignInAsync(browser, page, DemoData.Aigerim.Iin, "/cabinet/access-log?lang=ru");
        Assert.Equal("/cabinet/access-log?lang=ru", response.Headers.Location!.OriginalString);
    }

    private async Task<HttpClient> SignedInAsync(string iin)
    {
        var browser = Browser();
        Assert.Equal(HttpStatusCode.OK, (await browser.PostAsJsonAsync("/api/dev/sign-in", new { id = iin }, Ct)).StatusCode);
        return browser;
    }

    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient browser, string page, string iin, string returnUrl) =>
        await browser.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Pages.CivilRegistryPageTests.Hidden(page, "__RequestVerificationToken"),
            ["id"] = iin,
            ["returnUrl"] = returnUrl,
        }), Ct);

    private HttpClient WithCookie(string? cookie)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (cookie is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", cookie);
        }

        return client;
    }

    private static void AssertFlags(string setCookie, bool secure)
    {
        var flags = setCookie.Split(';').Select(p => p.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("httponly", flags);
        Assert.Contains("samesite=strict", flags);
        Assert.Equal(secure, flags.Contains("secure"));
    }

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : response.Content.Headers.TryGetValues(name, out var content) ? string.Join(", ", content)
        : throw new Xunit.Sdk.XunitException($"{name} missing on {response.RequestMessage?.RequestUri} ({(int)response.StatusCode})");

    private static string Directive(string csp, string name) =>
        csp.Split(';').Select(d => d.Trim()).FirstOrDefault(d => d.StartsWith(name + " ", StringComparison.Ordinal)) ?? "";

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Qyzmet.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex InlineScript();

    [GeneratedRegex("\\son[a-z]+\\s*=\\s*\"", RegexOptions.IgnoreCase)]
    private static partial Regex InlineHandler();
}
