using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Qyzmet.EndToEndTests;

/// <summary>
/// Issue 4 in Debian's Chromium: a citizen applies for a duplicate certificate (S1) and pays; the registry office
/// executor issues it from the desk page; the citizen downloads the signed copy marked «Дубликат». Skipped like the
/// other browser journeys where /usr/bin/chromium is absent.
/// </summary>
public sealed class CivilRegistryJourneyTests(RunningHost host) : IClassFixture<RunningHost>
{

    // 001a.md §3.2, decisions.md D-205..D-208, D-213: Igor applies to marry Mira, Mira consents on her page, Igor pays
    // and gets the notice of time, date and place; the office cannot record the act before the booked time.
    [Fact]
    public async Task Couple_AppliesToMarry_Consents_Pays_OfficeCannotRecordBeforeTheSlot()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        var igor = await Journey.SignedInAsync(browser, host, "ВЕРТКОВ ИГОРЬ");
        await igor.GotoAsync("/apply/civil-registry.marriage-application?lang=ru");
        await igor.Locator("#f-otherIin").FillAsync("741011400518");
        await igor.Locator("#f-office input[value=civil-registry-75]").CheckAsync();
        await igor.Locator("#f-desiredDate").FillAsync(DateTime.UtcNow.AddDays(20).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await igor.Locator("form button[type=submit]").Last.ClickAsync();
        await Assertions.Expect(igor.Locator("body")).ToContainTextAsync("Ожидает согласия будущего супруга");
        var number = Regex.Match(igor.Url, "/applications/([0-9-]+)").Groups[1].Value;

        var mira = await Journey.SignedInAsync(browser, host, "МАМЕТОВА МИРА");
        await mira.GotoAsync("/civil-registry/consents?lang=ru");
        await mira.Locator("tr", new() { HasText = number }).GetByRole(AriaRole.Button, new() { Name = "Дать согласие", Exact = true }).ClickAsync();
        // D-318: nothing is recorded yet; the answer must be certified. Mira has no registered phone, so she signs the
        // page's data-canonical with her signing key (here the test plays the browser signer) and only the CMS is posted.
        await Assertions.Expect(mira.Locator("h2#confirm-title")).ToContainTextAsync("Подтвердите согласие на брак");
        var canonical = Convert.FromBase64String((await mira.Locator("[data-eds-answer] [data-canonical]").GetAttributeAsync("data-canonical"))!);
        using (var http = new HttpClient())
        {
            using var key = X509CertificateLoader.LoadPkcs12(await http.GetByteArrayAsync(host.BaseUrl + "/api/dev/keys/741011400518/sign", TestContext.Current.CancellationToken), "qyzmet-demo",
                X509KeyStorageFlags.EphemeralKeySet);
            var cms = new SignedCms(new ContentInfo(canonical), detached: true);
            cms.ComputeSignature(new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, key) { IncludeOption = X509IncludeOption.EndCertOnly }, silent: true);
            await mira.Locator("[data-eds-answer] input[name=Signature]").EvaluateAsync("(e, v) => { e.value = v; e.form.submit(); }", Convert.ToBase64String(cms.Encode()));
        }

        await Assertions.Expect(mira.Locator("[data-testid=consent-done]")).ToContainTextAsync(number);
        await Assertions.Expect(mira.Locator("body")).ToContainTextAsync("Заявлений, ожидающих вашего согласия, нет.");

        await igor.ReloadAsync();
        await Assertions.Expect(igor.Locator("body")).ToContainTextAsync("Ожидает оплаты госпошлины");
        await Journey.PayAsync(igor, host);
        await Assertions.Expect(igor.Locator("body")).ToContainTextAsync("Назначено время регистрации брака");
        await igor.GetByTestId("verify-result").ClickAsync();
        await Assertions.Expect(igor.Locator("body")).ToContainTextAsync("Отдел ЗАГС Департамента юстиции г. Алматы");

        // D-213: the act is recorded at the booked time (20 days ahead), not before: the desk says when, and the
        // application stays scheduled. (Recording at the slot is covered with a moved clock in the page and API tests.)
        var staff = await Journey.SignedInAsync(browser, host, "ТІРКЕУОВА ГҮЛНАР");
        await staff.GotoAsync("/desk/civil-registry?lang=ru");
        await staff.Locator("tr", new() { HasText = number }).GetByRole(AriaRole.Button, new() { Name = "Зарегистрировать акт о браке" }).ClickAsync();
        await Assertions.Expect(staff.Locator(".error-summary")).ToContainTextAsync("Регистрация брака назначена на");
        await Assertions.Expect(staff.Locator("tr", new() { HasText = number })).ToHaveCountAsync(1);

        await igor.GotoAsync("/applications/" + number + "?lang=ru");
        await Assertions.Expect(igor.Locator("body")).ToContainTextAsync("Назначено время регистрации брака");
    }

    // 001a.md §3.1, §6.4, §8.2 rules 7–8: 1 MCI duty, accepted for processing, the office issues the duplicate.
    [Fact]
    public async Task Citizen_AppliesForDuplicate_OfficeIssuesIt_CitizenDownloads()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        var citizen = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl });
        await Journey.SignInAsync(citizen, host, "ЖАНБОЛАТОВА АЙГЕРІМ", "ru");
        await citizen.GotoAsync("/apply/civil-registry.duplicate-certificate?lang=ru");
        await citizen.Locator("#f-kind input[value=birth]").CheckAsync();
        await citizen.Locator("#f-birthDate").FillAsync("15.03.1990");
        await citizen.Locator("#f-birthPlace").FillAsync("Алматы");
        await citizen.Locator("#f-parents").FillAsync("СЕРІКОВ СЕРІК, СЕРІКОВА ГҮЛМИРА");
        await citizen.Locator("form button[type=submit]").Last.ClickAsync();
        await Assertions.Expect(citizen.Locator("body")).ToContainTextAsync("Ожидает оплаты госпошлины");
        var number = Regex.Match(citizen.Url, "/applications/([0-9-]+)").Groups[1].Value;

        await Journey.PayAsync(citizen, host);
        await Assertions.Expect(citizen.Locator("body")).ToContainTextAsync("Принят на обработку");

        var staff = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = host.BaseUrl });
        await Journey.SignInAsync(staff, host, "ТІРКЕУОВА ГҮЛНАР", "ru");
        await staff.GotoAsync("/desk/civil-registry?lang=ru");
        var row = staff.Locator("tr", new() { HasText = number });
        await row.Locator("input[name=reason]").FillAsync("Каб. 12");
        await row.GetByRole(AriaRole.Button, new() { Name = "Выдать повторное свидетельство" }).ClickAsync();
        await staff.Locator("tr", new() { HasText = number }).GetByRole(AriaRole.Button, new() { Name = "Отметить выдачу на руки" }).ClickAsync();
        await Assertions.Expect(staff.Locator("tr", new() { HasText = number })).ToHaveCountAsync(0);

        await citizen.ReloadAsync();
        await Assertions.Expect(citizen.Locator("body")).ToContainTextAsync("Повторное свидетельство выдано");
        await citizen.GetByTestId("verify-result").ClickAsync();
        await Assertions.Expect(citizen.Locator(".checks .check-ok")).ToHaveCountAsync(2);
        await Assertions.Expect(citizen.Locator("body")).ToContainTextAsync("Дубликат");
        await Assertions.Expect(citizen.Locator("body")).ToContainTextAsync("10-075-90-0001532");
    }
}
