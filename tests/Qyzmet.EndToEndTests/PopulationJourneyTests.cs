using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Qyzmet.Platform.Seeding;

namespace Qyzmet.EndToEndTests;

/// <summary>
/// Issue 14 in Debian's Chromium (004.md, population documents): an ID card applied for at the PSC registration-point
/// workstation and followed through production to the hand-over against the coupon; a registration at a new address from
/// the portal with the dwelling's owner co-signing with her EDS; an address reference about a close relative. The tests
/// share one host and each uses its own demo people (Nurlan for S1, Talgat registering at Aigerim's flat for S3, Talgat
/// about his daughter Dana for S5, which does not depend on where he is registered).
/// </summary>
public sealed class PopulationJourneyTests(RunningHost host) : IClassFixture<RunningHost>
{
    private const string AbaiFlat = "0201400098765432";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;


    // 004.md §3.1 items 3, 6, 7, 9.2; §4.2 step 6 (D-305, D-616..D-618): the IIN first, then the person and the S1 form;
    // the photograph and signature captured at the workstation; the duty paid; production to "ready" at the migration
    // police of the citizen's region; the hand-over against the coupon; the citizen sees the card handed over.
    [Fact]
    public async Task IdCard_AtThePscWorkstation_ProductionToIssue()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;
        var nurlan = DemoData.Nurlan;

        // 1. The operator enters the IIN: the person's name and date of birth are shown, then the services.
        var op = await Journey.SignedInAsync(browser, host, "ОПЕРАТОРОВА ӘСЕЛ");
        await op.GotoAsync("/population/psc?lang=ru");
        await op.Locator("#iin").FillAsync(nurlan.Iin);
        await op.Locator("form", new() { Has = op.Locator("#iin") }).GetByRole(AriaRole.Button).ClickAsync();
        var person = op.Locator("[data-testid=person]");
        await Assertions.Expect(person).ToContainTextAsync(nurlan.FullName);
        await Assertions.Expect(person).ToContainTextAsync(nurlan.BirthDate.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture));
        // D-639: the IIN was posted; the workstation's address names the person by the operator's handle, not the IIN.
        var home = op.Url;
        Assert.Contains("/population/psc?subject=", home);
        Assert.DoesNotContain(nurlan.Iin, home);

        // 2. The S1 form, filled and submitted on the citizen's behalf.
        await op.Locator("a[href^='/apply/population-documents.passport-id-card']").ClickAsync();
        await op.Locator("#f-document input[value=id-card]").CheckAsync();
        await op.Locator("#f-case input[value=replace-id-card]").CheckAsync();
        await op.Locator("#f-baseNumber").FillAsync("0" + nurlan.Iin[..8]);
        await op.Locator("#f-baseIssuedOn").FillAsync("15.01.2020");
        await op.Locator("#f-baseIssuer").FillAsync("МВД РК");
        await op.Locator("#f-term input[value=standard]").CheckAsync();
        await op.Locator("#f-photo input[value=workstation]").CheckAsync();
        await op.Locator("form button[type=submit]").Last.ClickAsync();
        // D-628: the operator is back at the workstation, which names the new application's number.
        await Assertions.Expect(op).ToHaveURLAsync(new Regex("/population/psc\\?subject=[^&]+&submitted=[0-9-]+"));
        Assert.DoesNotContain(nurlan.Iin, op.Url);
        var number = Regex.Match(op.Url, "submitted=([0-9-]+)").Groups[1].Value;
        Assert.NotEmpty(number);
        await Assertions.Expect(op.Locator("[data-testid=submitted]")).ToContainTextAsync($"Заявка № {number} зарегистрирована");

        // 3. Photograph (35×45 mm at 300 dpi: 413×531) and signature (827×236) captured at the workstation.
        await op.GotoAsync(home + "&lang=ru");
        var box = op.Locator($"[data-application='{number}']");
        await box.Locator($"#photo-{number}").SetInputFilesAsync(new FilePayload { Name = "photo.png", MimeType = "image/png", Buffer = Png(413, 531) });
        await box.Locator("form", new() { Has = op.Locator($"#photo-{number}") }).Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(op.Locator("[data-testid=done]")).ToBeVisibleAsync();
        box = op.Locator($"[data-application='{number}']");
        await box.Locator($"#signature-{number}").SetInputFilesAsync(new FilePayload { Name = "signature.png", MimeType = "image/png", Buffer = Png(827, 236) });
        await box.Locator("form", new() { Has = op.Locator($"#signature-{number}") }).Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(op.Locator($"[data-application='{number}']")).ToContainTextAsync("Фотография: снята; Подпись: снята");

        // 4. The duty (20% of the MCI) paid on the application's page through the gateway.
        await op.GotoAsync($"/applications/{number}");
        await Journey.PayAsync(op, host);
        await Assertions.Expect(op.Locator("body")).ToContainTextAsync("Заявка принята, выдан талон");

        // 5. The migration police of Almaty sends it to production; the document factory produces it (its task, ADR 0025).
        var officer = await Journey.SignedInAsync(browser, host, "ТІРКЕУБАЕВ НҰРЖАН");
        await officer.GotoAsync("/population/production?lang=ru");
        var row = officer.Locator($"tr[data-application='{number}']");
        await row.GetByRole(AriaRole.Button, new() { Name = "Передать в изготовление" }).ClickAsync();
        await Assertions.Expect(row.Locator("[data-testid=status]")).ToHaveTextAsync("Документ изготавливается");
        var factory = await Journey.SignedInAsync(browser, host, "ДАЙЫНДАУОВ ЕРЛАН");
        await factory.GotoAsync("/desk/tasks?lang=ru");
        await factory.Locator($"tr[data-application='{number}'] a").ClickAsync();
        await factory.GetByRole(AriaRole.Button, new() { Name = "Изготовлен, отправлен в ЦОН" }).ClickAsync();
        await officer.GotoAsync("/population/production?lang=ru");
        await Assertions.Expect(officer.Locator($"tr[data-application='{number}'] [data-testid=status]")).ToHaveTextAsync("Документ готов");

        // 6. The operator hands the card over against the coupon (its number is the application's).
        await op.GotoAsync(home + "&lang=ru");
        box = op.Locator($"[data-application='{number}']");
        await box.Locator($"#coupon-{number}").FillAsync(number);
        await box.Locator("form.hand-over button[type=submit]").ClickAsync();
        await Assertions.Expect(op.Locator("[data-testid=done]")).ToBeVisibleAsync();
        await Assertions.Expect(op.Locator($"[data-application='{number}'] [data-testid=status]")).ToHaveTextAsync("Документ выдан");

        // 7. The citizen sees the final status.
        var citizen = await Journey.SignedInAsync(browser, host, "ЖАНБОЛАТОВ НҰРЛАН");
        await citizen.GotoAsync($"/applications/{number}");
        await Assertions.Expect(citizen.Locator("body")).ToContainTextAsync("Документ выдан");
    }

    // 004.md §3.3 items 7, 9 (D-607): Talgat applies on the portal to register at Aigerim's flat; she co-signs the consent
    // with her EDS on her page (the test plays the browser's signer over the page's data-canonical); he pays; he is
    // registered there.
    [Fact]
    public async Task Registration_FromThePortal_OwnerCoSigns()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        var talgat = await Journey.SignedInAsync(browser, host, "ҚОЖАХМЕТ ТАЛҒАТ");
        await talgat.GotoAsync("/apply/population-documents.residence-registration?lang=ru");
        await talgat.Locator("#f-addressId").FillAsync(AbaiFlat);
        await talgat.Locator("#f-kind input[value=permanent]").CheckAsync();
        await talgat.Locator("#f-ownerIin").FillAsync(DemoData.Aigerim.Iin);
        await talgat.Locator("#f-rightDocument input[value=state-register]").CheckAsync();
        await talgat.Locator("#f-fromAbroad input[value=no]").CheckAsync();
        await talgat.Locator("#f-underSupervision input[value=no]").CheckAsync();
        await talgat.Locator("form button[type=submit]").Last.ClickAsync();
        await Assertions.Expect(talgat.Locator("body")).ToContainTextAsync("Ожидает согласия собственника");
        await Assertions.Expect(talgat.Locator("#stage")).ToHaveCountAsync(0); // D-622: no land stage on a registration
        var number = Regex.Match(talgat.Url, "/applications/([0-9-]+)").Groups[1].Value;
        Assert.NotEmpty(number);

        var aigerim = await Journey.SignedInAsync(browser, host, "ЖАНБОЛАТОВА АЙГЕРІМ");
        await aigerim.GotoAsync("/population/owner-consents?lang=ru");
        await aigerim.Locator("tr", new() { HasText = number }).GetByRole(AriaRole.Button, new() { Name = "Согласен", Exact = true }).ClickAsync();
        await Assertions.Expect(aigerim.Locator("h2#confirm-title")).ToContainTextAsync("Подтвердите согласие на регистрацию ЭЦП");
        var canonical = Convert.FromBase64String((await aigerim.Locator("[data-eds-answer] [data-canonical]").GetAttributeAsync("data-canonical"))!);
        var cms = await SignAsync(DemoData.Aigerim.Iin, canonical);
        await aigerim.Locator("[data-eds-answer] input[name=Signature]").EvaluateAsync("(e, v) => { e.value = v; e.form.submit(); }", cms);
        await Assertions.Expect(aigerim.Locator("[data-testid=consent-done]")).ToContainTextAsync(number);

        await talgat.GotoAsync($"/applications/{number}");
        await Assertions.Expect(talgat.Locator("body")).ToContainTextAsync("Ожидает оплаты госпошлины");
        await Journey.PayAsync(talgat, host);
        await talgat.ReloadAsync();
        await Assertions.Expect(talgat.Locator("body")).ToContainTextAsync("Зарегистрирован по месту жительства");
    }

    // 004.md §3.5 items 1, 9; §4.8–4.9 (D-606): Talgat asks on the portal for the reference about his daughter Dana (the
    // civil registry's birth act names him); it is issued at once, signed, and he downloads the PDF.
    [Fact]
    public async Task AddressReference_AboutARelative()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        var talgat = await Journey.SignedInAsync(browser, host, "ҚОЖАХМЕТ ТАЛҒАТ");
        await talgat.GotoAsync("/apply/population-documents.address-reference?lang=ru");
        await talgat.Locator("#f-about input[value=relative]").CheckAsync();
        await talgat.Locator("#f-subjectIin").FillAsync(DemoData.Dana.Iin);
        await talgat.Locator("form button[type=submit]").Last.ClickAsync();
        await Assertions.Expect(talgat.Locator("body")).ToContainTextAsync("Адресная справка выдана");
        var number = Regex.Match(talgat.Url, "/applications/([0-9-]+)").Groups[1].Value;
        Assert.NotEmpty(number);

        var download = await talgat.RunAndWaitForDownloadAsync(() => talgat.Locator($"a[href='/api/applications/{number}/document']").First.ClickAsync());
        var path = await download.PathAsync();
        var pdf = await File.ReadAllBytesAsync(path, Ct);
        Assert.Equal("%PDF"u8.ToArray(), pdf[..4]);

        await talgat.Locator("a[href^='/verify/']").First.ClickAsync();
        await Assertions.Expect(talgat.Locator(".checks .check-ok").First).ToBeVisibleAsync();
    }

    /// <summary>What the browser signer does with the person's demo key: a detached CMS over the page's canonical bytes.</summary>
    private async Task<string> SignAsync(string iin, byte[] canonical)
    {
        using var http = new HttpClient();
        using var key = X509CertificateLoader.LoadPkcs12(await http.GetByteArrayAsync(host.BaseUrl + $"/api/dev/keys/{iin}/sign", Ct), "qyzmet-demo",
            X509KeyStorageFlags.EphemeralKeySet);
        var cms = new SignedCms(new ContentInfo(canonical), detached: true);
        cms.ComputeSignature(new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, key) { IncludeOption = X509IncludeOption.EndCertOnly }, silent: true);
        return Convert.ToBase64String(cms.Encode());
    }

    /// <summary>A PNG whose header gives the size in pixels (the capture checks read only the header; see TestImages).</summary>
    private static byte[] Png(int width, int height)
    {
        var bytes = new byte[64];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(8), 13);
        "IHDR"u8.CopyTo(bytes.AsSpan(12));
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(bytes.AsSpan(20), height);
        bytes[24] = 8;
        bytes[25] = 2;
        return bytes;
    }
}
