using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Platform.Seeding;

namespace Qyzmet.EndToEndTests;

/// <summary>
/// The platform plus the development signer (NCALayer protocol) started in-process on a free loopback port; the page
/// is told to try wss:// then ws:// on that port, exactly as it tries NCALayer's 13579. Each journey says which key the
/// "citizen" picks in the signer, or that they cancel.
/// </summary>
public sealed class SignerHost : RunningHost
{
    private readonly int _signerPort = FreePort();

    public NcaLayerDevSigner? Signer { get; private set; }

    /// <summary>The citizen's choice in the signer: a key file among the offered ones, or null to cancel.</summary>
    public Func<DevSignerRequest, string?> Choose { get; set; } = _ => null;

    protected override IEnumerable<string> ExtraArguments =>
        [$"--Qyzmet:NcaLayer:Urls=wss://127.0.0.1:{_signerPort} ws://127.0.0.1:{_signerPort}"];

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        await StartSignerAsync();
    }

    public async Task StartSignerAsync() =>
        Signer = await NcaLayerDevSigner.StartAsync(Path.Combine(DataPath, "pki", "keys"), _signerPort, [BaseUrl], r => Task.FromResult(Choose(r)));

    public async Task StopSignerAsync()
    {
        if (Signer is not null)
        {
            await Signer.DisposeAsync();
            Signer = null;
        }
    }

    public string Key(string fileName) => Path.Combine(DataPath, "pki", "keys", fileName);

    public override async ValueTask DisposeAsync()
    {
        await StopSignerAsync();
        await base.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>
/// Issue 12 in Debian's Chromium: the key never leaves the citizen's side. Sign-in signs the server's challenge as
/// XMLDSig and certifying a request signs its canonical form as CMS, both through the NCALayer protocol
/// (ncalayer-js-client) against the development signer; cancelling, an absent NCALayer and a wrong key are explained
/// in the page's language (000.md para 4: "удостоверенный ЭЦП").
/// </summary>
public sealed class SigningJourneyTests(SignerHost host) : IClassFixture<SignerHost>
{
    private const string Aigerim = "900315400116";
    private const string Baiterek = "100540012349";

    // Opening a PKCS#12 in the page (PBES2 and the PKCS#12 MAC in JavaScript) is slow on a loaded CI machine.
    private static readonly LocatorAssertionsToHaveTextOptions Slow = new() { Timeout = 30_000 };

    [Fact]
    public async Task Citizen_SignsInByXmlDsig_AppliesWithCms_ResultVerifies()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl, Locale = "ru-RU" });
        var asked = new List<string>();
        host.Choose = r =>
        {
            asked.Add($"{r.Method}:{r.KeyType}");
            return host.Key(Aigerim + (r.KeyType == "AUTHENTICATION" ? "-auth.p12" : "-sign.p12"));
        };

        await page.GotoAsync("/signin?lang=ru");
        await page.Locator("#eds-sign-in").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/applications$"));
        await Assertions.Expect(page.Locator(".who")).ToContainTextAsync(Aigerim);

        await page.GotoAsync("/apply/land.cadastral-info");
        await page.Locator("#f-cadastralNumber").FillAsync("75-123-045-067");
        await page.Locator("#eds-certify").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/applications/20"));
        Assert.Equal(["signXml:AUTHENTICATION", "createCAdESFromBase64:SIGNATURE"], asked);

        await page.GetByTestId("verify-result").ClickAsync();
        await Assertions.Expect(page.Locator(".checks .check-ok")).ToHaveCountAsync(2);
    }

    // D-308 unchanged: the company's key (OU=BIN) held by its head applies for the company.
    [Fact]
    public async Task CompanyHead_AppliesForTheCompany_WithTheCompanyKey()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl, Locale = "ru-RU" });
        host.Choose = r => host.Key(r.KeyType == "AUTHENTICATION" ? Aigerim + "-auth.p12" : $"{Aigerim}-{Baiterek}-sign.p12");

        await page.GotoAsync("/signin?lang=ru");
        await page.Locator("#eds-sign-in").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/applications$"));
        await page.GotoAsync("/apply/land.cadastral-info");
        await page.Locator("#f-applicantId").FillAsync(Baiterek);
        await page.Locator("#f-cadastralNumber").FillAsync("75-123-045-067");
        await page.Locator("#eds-certify").ClickAsync();
        // Accepted: the page redirects to the new application only after the server verified the company key's CMS.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/applications/20"));
    }

    // D-318 (001a.md §3.2): the other future spouse's consent is certified on the consent page through the same NCALayer
    // client as a request: her signing key signs the answer's canonical form, and only the CMS reaches the server.
    [Fact]
    public async Task OtherSpouse_ConsentsWithNcaLayer_AnswerRecorded()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var person = DemoData.Igor.Iin;
        host.Choose = r => host.Key(person + (r.KeyType == "AUTHENTICATION" ? "-auth.p12" : "-sign.p12"));

        var igor = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl, Locale = "ru-RU" });
        await igor.GotoAsync("/signin?lang=ru");
        await igor.Locator("#eds-sign-in").ClickAsync();
        await Assertions.Expect(igor).ToHaveURLAsync(new Regex("/applications$"));
        await igor.GotoAsync("/apply/civil-registry.marriage-application?lang=ru");
        await igor.Locator("#f-otherIin").FillAsync(DemoData.Mira.Iin);
        await igor.Locator("#f-office input[value=civil-registry-75]").CheckAsync();
        await igor.Locator("#f-desiredDate").FillAsync(DateTime.UtcNow.AddDays(20).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await igor.Locator("#eds-certify").ClickAsync();
        await Assertions.Expect(igor).ToHaveURLAsync(new Regex("/applications/20"));
        var number = Regex.Match(igor.Url, "/applications/([0-9-]+)").Groups[1].Value;

        person = DemoData.Mira.Iin;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseUrl, Locale = "ru-RU" });
        var mira = await context.NewPageAsync();
        await mira.GotoAsync("/signin?lang=ru");
        await mira.Locator("#eds-sign-in").ClickAsync();
        await Assertions.Expect(mira).ToHaveURLAsync(new Regex("/applications$"));
        await mira.GotoAsync("/civil-registry/consents?lang=ru");
        await mira.Locator("tr", new() { HasText = number }).GetByRole(AriaRole.Button, new() { Name = "Дать согласие", Exact = true }).ClickAsync();
        await mira.Locator("[data-eds-answer] #eds-certify").ClickAsync();
        await Assertions.Expect(mira.Locator("[data-testid=consent-done]")).ToContainTextAsync(number);
    }

    [Fact]
    public async Task CancelledSigning_IsExplained_NothingSubmitted()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl, Locale = "ru-RU" });
        host.Choose = _ => null;

        await page.GotoAsync("/signin?lang=ru");
        await page.Locator("#eds-sign-in").ClickAsync();
        await Assertions.Expect(page.Locator("[data-eds-status]")).ToHaveTextAsync("Подписание отменено: ничего не отправлено.");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/signin"));

        await page.Locator("form", new() { HasText = "СМИРНОВ АЛМАС" }).GetByRole(AriaRole.Button).ClickAsync();
        await page.GotoAsync("/apply/land.cadastral-info?lang=kk");
        await page.Locator("#f-cadastralNumber").FillAsync("75-123-045-067");
        await page.Locator("#eds-certify").ClickAsync();
        await Assertions.Expect(page.Locator("[data-eds-status]")).ToHaveTextAsync("Қол қою тоқтатылды: ешнәрсе жіберілмеді.");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/apply/land.cadastral-info"));
    }

    [Fact]
    public async Task NcaLayerAbsent_IsExplained()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl });
        await host.StopSignerAsync();
        try
        {
            await page.GotoAsync("/signin?lang=kk");
            await page.Locator("#eds-sign-in").ClickAsync();
            await Assertions.Expect(page.Locator("[data-eds-status]")).ToContainTextAsync("NCALayer іске қосылмаған");
            await page.GotoAsync("/signin?lang=ru");
            await page.Locator("#eds-sign-in").ClickAsync();
            await Assertions.Expect(page.Locator("[data-eds-status]")).ToContainTextAsync("NCALayer не запущен");
        }
        finally
        {
            await host.StartSignerAsync();
        }
    }

    // The signing key (SIGN) chosen to sign in: TRUST-0008 in the page's language, no session.
    [Fact]
    public async Task WrongKey_IsExplained()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl });
        host.Choose = _ => host.Key(Aigerim + "-sign.p12");

        await page.GotoAsync("/signin?lang=ru");
        await page.Locator("#eds-sign-in").ClickAsync();
        await Assertions.Expect(page.Locator(".error-summary")).ToContainTextAsync("ключ аутентификации (AUTH)");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/signin"));
    }

    // Issue 12 item 4: a .p12 opened in the browser (PKI.js + WebCrypto) signs in and certifies a request; no request the
    // page makes carries the file or its password (the test watches every request and its body).
    [Fact]
    public async Task KeyFileInTheBrowser_SignsInAndApplies_FileAndPasswordNeverLeave()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl, Locale = "ru-RU" });
        var requests = new List<(string Method, string Url, byte[] Body)>();
        page.Request += (_, r) =>
        {
            lock (requests)
            {
                requests.Add((r.Method, r.Url, r.PostDataBuffer ?? []));
            }
        };
        var authFile = host.Key(Aigerim + "-auth.p12");
        var signFile = host.Key(Aigerim + "-sign.p12");

        await page.GotoAsync("/signin?lang=ru");
        await page.Locator("details.keyfile summary").ClickAsync();
        await page.Locator("#p12-file").SetInputFilesAsync(authFile);
        await page.Locator("#p12-password").FillAsync("wrong-password");
        await page.Locator("#p12-sign-in").ClickAsync();
        await Assertions.Expect(page.Locator("[data-keyfile-status]")).ToHaveTextAsync("Не удалось открыть файл ключа: неверный пароль или файл не PKCS#12 (.p12).", Slow);
        await page.Locator("#p12-password").FillAsync("qyzmet-demo");
        await page.Locator("#p12-sign-in").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/applications$"), new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator(".who")).ToContainTextAsync(Aigerim);

        await page.GotoAsync("/apply/land.cadastral-info");
        await page.Locator("#f-cadastralNumber").FillAsync("75-123-045-067");
        await page.Locator("details.keyfile summary").ClickAsync();
        await page.Locator("#p12-file").SetInputFilesAsync(signFile);
        await page.Locator("#p12-password").FillAsync("qyzmet-demo");
        await page.Locator("#p12-certify").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/applications/20"), new() { Timeout = 30_000 });

        List<(string Method, string Url, byte[] Body)> seen;
        lock (requests)
        {
            seen = [.. requests];
        }

        Assert.Contains(seen, r => r.Method == "POST" && r.Url.Contains("handler=Cms", StringComparison.Ordinal));
        Assert.Contains(seen, r => r.Method == "POST" && r.Url.Contains("/apply/land.cadastral-info", StringComparison.Ordinal));
        foreach (var file in new[] { File.ReadAllBytes(authFile), File.ReadAllBytes(signFile) })
        {
            var window = file.AsSpan(file.Length / 2, 48).ToArray();
            var base64 = Convert.ToBase64String(file)[..64];
            Assert.All(seen, r =>
            {
                var text = System.Text.Encoding.Latin1.GetString(r.Body);
                Assert.False(r.Body.AsSpan().IndexOf(window) >= 0, $"key file bytes in {r.Method} {r.Url}");
                Assert.DoesNotContain(base64, text + Uri.UnescapeDataString(text.Replace('+', ' ')), StringComparison.Ordinal);
                Assert.DoesNotContain("qyzmet-demo", text + r.Url, StringComparison.Ordinal);
            });
        }
    }
}
