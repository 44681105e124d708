using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Seeding;
using Qyzmet.PopulationDocuments.Features.RegisterResidence;
using Qyzmet.Tests.Population;

namespace Qyzmet.Tests.Pages;

/// <summary>
/// Issue 14: the population documents' pages (ADR 0014: in the module) — the PSC registration-point workstation, the
/// migration-police production desk and the dwelling owner's co-signature — in Kazakh and Russian with no internal ids.
/// </summary>
public sealed partial class PopulationPageTests(PortalHost host) : IClassFixture<PortalHost>
{
    private const string PassportIdCard = "population-documents.passport-id-card";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string FactoryOperator =>
        Qyzmet.PopulationDocuments.PopulationDemoData.Staff.Single(s => s.UnitId == "document-factory" && s.Role == Qyzmet.Platform.Identity.Roles.ProviderExecutor).Iin;

    private static string Officer(string region) =>
        Qyzmet.PopulationDocuments.PopulationDemoData.Staff.Single(s => s.UnitId == "migration-police-" + region && s.Role == Qyzmet.Platform.Identity.Roles.ProviderExecutor).Iin;

    // 004.md §3.1 items 3, 6, 9.2, §6.1 (D-305, D-616..D-618): the IIN is checked and the person shown before any form; the
    // S1 form, the photo and signature captured, the coupon to print, production to "ready" at the migration police, the
    // hand-over against the coupon at the workstation.
    [Fact]
    public async Task Workstation_IinFirst_IdCardApplied_PhotoCaptured_ProducedAndHandedOver()
    {
        using var desk = host.Browser();
        await CivilRegistryPageTests.SignInAsync(desk, DemoData.PscOperator.Iin);

        var wrong = await DeskPages.PostIinAsync(desk, "/population/psc", "123", "kk");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.DoesNotContain("/apply/" + PassportIdCard, await wrong.Content.ReadAsStringAsync(Ct));

        var dana = DemoData.Dana;
        var home = await DeskPages.OpenPersonAsync(desk, "/population/psc", dana.Iin);
        var subject = DeskPages.Subject(home);
        var found = await desk.GetStringAsync(home + "&lang=kk", Ct);
        Assert.Contains(dana.FullName, found);
        Assert.Contains(dana.BirthDate.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture), found);
        Assert.Contains("Қызметті таңдаңыз", found);
        Assert.Equal(5, Regex.Matches(found, "href=\"/apply/population-documents\\.").Count);
        AssertNoInternalIds(found);

        // D-628: the operator applies from the workstation's link and comes back to the workstation, which names the number.
        var link = WebUtility.HtmlDecode(Regex.Match(found, "href=\"(?<href>/apply/" + Regex.Escape(PassportIdCard) + "[^\"]*)\"").Groups["href"].Value);
        Assert.Contains("returnTo=", link);
        var form = await desk.GetStringAsync(link, Ct);
        Assert.Equal(home, CivilRegistryPageTests.Hidden(form, "ReturnTo"));
        var submitted = await desk.PostAsync("/apply/" + PassportIdCard, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = CivilRegistryPageTests.Hidden(form, "__RequestVerificationToken"),
            ["IdempotencyKey"] = CivilRegistryPageTests.Hidden(form, "IdempotencyKey"),
            ["ReturnTo"] = CivilRegistryPageTests.Hidden(form, "ReturnTo"),
            ["ApplicantId"] = dana.Iin,
            ["field.document"] = "id-card",
            ["field.case"] = "replace-id-card",
            ["field.baseNumber"] = "0" + dana.Iin[..8],
            ["field.baseIssuedOn"] = "15.01.2020",
            ["field.baseIssuer"] = "МВД РК",
            ["field.term"] = "standard",
            ["field.photo"] = "workstation",
        }), Ct);
        Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync(Ct));
        var back = submitted.Headers.Location!.OriginalString;
        Assert.StartsWith(home + "&submitted=", back);
        var number = Uri.UnescapeDataString(back[(back.IndexOf("submitted=", StringComparison.Ordinal) + "submitted=".Length)..]);
        var location = "/applications/" + number;
        var confirmation = await desk.GetStringAsync(back + "&lang=ru", Ct);
        Assert.Contains($"Заявка № {number} зарегистрирована", confirmation);
        // A number that is not this person's application is not confirmed.
        Assert.DoesNotContain("data-testid=\"submitted\"", await desk.GetStringAsync(home + "&submitted=2026-0000000&lang=ru", Ct));

        // A photo of the wrong proportions is refused on the page in the page's language, naming the field.
        var page = await desk.GetStringAsync(home + "&lang=ru", Ct);
        Assert.Contains($"data-application=\"{number}\"", page);
        var refused = await Upload(desk, page, subject, number, "photo", TestImages.Png(531, 531));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Поле «photo»: изображение 531×531 пикселей", await refused.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Redirect, (await Upload(desk, page, subject, number, "photo", TestImages.Jpeg(413, 531))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Upload(desk, page, subject, number, "signature", TestImages.Png(827, 236))).StatusCode);

        await Infrastructure.GatewayDriver.PayOnPageAsync(host.Gateway, desk, location);
        page = await desk.GetStringAsync(home + "&lang=ru", Ct);
        Assert.Contains("Фотография: снята; Подпись: снята", page);
        Assert.Contains($"href=\"/api/applications/{number}/document\"", page);
        Assert.Contains("Распечатать / скачать талон (PDF)", page);

        // D-629: the citizen's page calls the coupon the coupon, not "the result".
        using var citizen = host.Browser();
        await CivilRegistryPageTests.SignInAsync(citizen, dana.Iin);
        var accepted = await citizen.GetStringAsync(location + "?lang=kk", Ct);
        Assert.Contains("Өтінімді тіркеу талонын жүктеу (PDF)", accepted);
        Assert.DoesNotContain("Нәтижені жүктеу", accepted);
        accepted = await citizen.GetStringAsync(location + "?lang=ru", Ct);
        Assert.Contains("Скачать талон регистрации заявки (PDF)", accepted);
        Assert.DoesNotContain("Скачать результат", accepted);

        // The migration-police officer of Dana's unit (Astana) sends it to production from the desk (ADR 0025).
        using var officer = host.Browser();
        await CivilRegistryPageTests.SignInAsync(officer, Officer("71"));
        var production = await officer.GetStringAsync("/population/production?lang=kk", Ct);
        Assert.Contains("Дайындауға жіберу", production);
        Assert.DoesNotContain("Дайын деп белгілеу", production);
        AssertNoInternalIds(production);
        var acted = await officer.PostAsync("/population/production", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = CivilRegistryPageTests.Hidden(production, "__RequestVerificationToken"),
            ["number"] = number,
            ["trigger"] = "start-production",
        }), Ct);
        Assert.True(acted.StatusCode == HttpStatusCode.Redirect, await acted.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Құжат дайындалуда", await citizen.GetStringAsync(location + "?lang=kk", Ct));
        Assert.Contains("Документ изготавливается", await citizen.GetStringAsync(location + "?lang=ru", Ct));

        // The document factory's operator answers the production task at the task desk: produced → ready at the centre.
        using var factory = host.Browser();
        await CivilRegistryPageTests.SignInAsync(factory, FactoryOperator);
        var tasks = await factory.GetStringAsync("/desk/tasks?lang=kk", Ct);
        Assert.Contains(number, tasks);
        var taskId = Regex.Match(await factory.GetStringAsync("/api/tasks", Ct), "\"id\":\"(?<id>[^\"]+)\",\"applicationNumber\":\"" + Regex.Escape(number) + "\"").Groups["id"].Value;
        Assert.NotEmpty(taskId);
        var task = await factory.GetStringAsync($"/desk/tasks/{taskId}?lang=kk", Ct);
        Assert.Contains("Дайындалды, ХҚКО-ға жіберілді", task);
        var done = await factory.PostAsync($"/desk/tasks/{taskId}", new MultipartFormDataContent
        {
            { new StringContent(CivilRegistryPageTests.Hidden(task, "__RequestVerificationToken")), "__RequestVerificationToken" },
            { new StringContent("produced"), "outcome" },
        }, Ct);
        Assert.True(done.StatusCode == HttpStatusCode.Redirect, await done.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Құжат дайын", await officer.GetStringAsync("/population/production?lang=kk", Ct));
        Assert.Contains("Документ готов", await citizen.GetStringAsync(location + "?lang=ru", Ct));

        // The hand-over against the coupon: a wrong coupon is refused; the right one hands the card over.
        page = await desk.GetStringAsync(home + "&lang=ru", Ct);
        Assert.Contains("Выдача по талону", page);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await HandOver(desk, page, subject, number, "2026-0000000")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await HandOver(desk, page, subject, number, number)).StatusCode);
        Assert.Contains("Документ выдан", await desk.GetStringAsync(home + "&lang=ru", Ct));
    }

    // 004.md §3.3 item 9 (the owner's EDS; D-607): the owner sees the registration waiting for her, and her answer is
    // recorded only with her signature over the answer's canonical form, made on her side.
    [Fact]
    public async Task OwnerConsents_OwnerSignsTheConsentInTheBrowser_RegistrationGoesOnToPayment()
    {
        using var talgat = host.Browser();
        await CivilRegistryPageTests.SignInAsync(talgat, DemoData.Talgat.Iin);
        var location = await CivilRegistryPageTests.ApplyAsync(talgat, "population-documents.residence-registration", new()
        {
            ["field.addressId"] = "0201400098765432",
            ["field.kind"] = "permanent",
            ["field.ownerIin"] = DemoData.Aigerim.Iin,
            ["field.rightDocument"] = "state-register",
            ["field.fromAbroad"] = "no",
            ["field.underSupervision"] = "no",
        });
        var number = location["/applications/".Length..];

        using var aigerim = host.Browser();
        await CivilRegistryPageTests.SignInAsync(aigerim, DemoData.Aigerim.Iin);
        var list = await aigerim.GetStringAsync("/population/owner-consents?lang=kk", Ct);
        Assert.Contains(number, list);
        Assert.Contains(DemoData.Talgat.FullName, list);
        Assert.Contains("<th>Өтініш беруші</th>", list); // D-623: the person asking is the applicant, not a "recipient"
        AssertNoInternalIds(list);
        var chosen = await aigerim.PostAsync("/population/owner-consents", new FormUrlEncodedContent(ConsentPageTests.Form(list, number, "consent")), Ct);
        var step = await chosen.Content.ReadAsStringAsync(Ct);
        Assert.True(chosen.StatusCode == HttpStatusCode.OK, step);
        var canonical = Convert.FromBase64String(Regex.Match(step, "data-canonical=\"(?<b64>[^\"]+)\"").Groups["b64"].Value);
        Assert.Equal(OwnerConsents.CanonicalForm(number, consent: true, DemoData.Aigerim.Iin), canonical);

        // Another person's key does not certify her answer.
        var forged = ConsentPageTests.Form(step, number, "consent");
        forged.Add(new("Signature", await SignAsync(aigerim, DemoData.Talgat.Iin, canonical)));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await aigerim.PostAsync("/population/owner-consents?handler=Confirm", new FormUrlEncodedContent(forged), Ct)).StatusCode);
        Assert.Contains(number, await aigerim.GetStringAsync("/population/owner-consents", Ct));

        var answer = ConsentPageTests.Form(step, number, "consent");
        answer.Add(new("Signature", await SignAsync(aigerim, DemoData.Aigerim.Iin, canonical)));
        var confirmed = await aigerim.PostAsync("/population/owner-consents?handler=Confirm", new FormUrlEncodedContent(answer), Ct);
        Assert.True(confirmed.StatusCode == HttpStatusCode.Redirect, await confirmed.Content.ReadAsStringAsync(Ct));
        Assert.Contains("№ " + number, await aigerim.GetStringAsync(confirmed.Headers.Location!.OriginalString + "&lang=ru", Ct));
        await using var scope = host.Services.CreateAsyncScope();
        Assert.Equal("awaiting-payment", await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().Applications.Where(a => a.Number == number).Select(a => a.Status).SingleAsync(Ct));

        // D-622 (004.md §3.3 items 7, 9; D-553 rests on 003.md's agree-and-pay): paying is no gate between two stages, so
        // the registration's page shows no land "stage" (no "Your turn: agree the act and pay") while it awaits the duty.
        var awaitingDuty = await talgat.GetStringAsync(location + "?lang=kk", Ct);
        Assert.Contains("Мемлекеттік баж төленуін күтуде", awaitingDuty);
        Assert.DoesNotContain("id=\"stage\"", awaitingDuty);
        Assert.DoesNotContain("актіні келісу", awaitingDuty);
    }

    // D-623 (ADR 0014: no internal ids on kk/ru pages; 004.md §3.3): the S3 form's address hint names no API address.
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task RegistrationForm_AddressHint_NamesNoApi(string lang)
    {
        using var mira = host.Browser();
        await CivilRegistryPageTests.SignInAsync(mira, DemoData.Mira.Iin);
        var form = await mira.GetStringAsync("/apply/population-documents.residence-registration?lang=" + lang, Ct);
        Assert.Contains("16 цифр", form);
        Assert.DoesNotContain("/api/population", form);
    }

    // Issue 14 (portal, 004.md §3.0): the citizen's page offers exactly the portal services of 004.md.
    [Fact]
    public async Task PortalPage_OffersTheThreePortalServices_AndTheOwnerConsents()
    {
        using var igor = host.Browser();
        await CivilRegistryPageTests.SignInAsync(igor, DemoData.Igor.Iin);
        var page = await igor.GetStringAsync("/population?lang=kk", Ct);
        Assert.Equal(3, Regex.Matches(page, "href=\"/apply/population-documents\\.").Count);
        Assert.Contains("href=\"/population/owner-consents\"", page);
        AssertNoInternalIds(page);
    }

    // Issue 11/14: the verification page in Kazakh shows the population document's rows in Kazakh, labels and values alike
    // (the address and the kind of registration as the document prints them in Kazakh); the Russian page in Russian.
    [Fact]
    public async Task VerifyPage_InKazakh_ShowsKazakhValues_OfAnAddressReference()
    {
        using var nurlan = host.Browser();
        await CivilRegistryPageTests.SignInAsync(nurlan, DemoData.Nurlan.Iin);
        var location = await CivilRegistryPageTests.ApplyAsync(nurlan, "population-documents.address-reference", new() { ["field.about"] = "self" });
        var app = await nurlan.GetStringAsync("/api" + location, Ct);
        var documentId = Regex.Match(app, "\"documentId\":\"(?<id>[^\"]+)\"").Groups["id"].Value;
        Assert.NotEmpty(documentId);

        var kk = WebUtility.HtmlDecode(await nurlan.GetStringAsync($"/verify/{documentId}?lang=kk", Ct));
        Assert.Contains("Мына мекенжай бойынша тіркелген", kk);
        Assert.Contains("Абай даңғылы", kk);
        Assert.DoesNotContain("пр. Абая", kk);
        Assert.DoesNotContain("Зарегистрирован по адресу", kk);

        var ru = WebUtility.HtmlDecode(await nurlan.GetStringAsync($"/verify/{documentId}?lang=ru", Ct));
        Assert.Contains("Зарегистрирован по адресу", ru);
        Assert.Contains("пр. Абая", ru);
    }

    private static void AssertNoInternalIds(string html)
    {
        var text = Regex.Replace(Regex.Replace(html, "<script.*?</script>|<[^>]+>", " ", RegexOptions.Singleline), "&[a-z#0-9]+;", " ");
        Assert.DoesNotContain("population-documents", text);
        Assert.DoesNotContain("migration-police", text);
        Assert.DoesNotContain("in-production", text);
        Assert.DoesNotContain("start-production", text);
    }

    private static async Task<string> SignAsync(HttpClient browser, string keyOwner, byte[] canonical)
    {
        using var key = X509CertificateLoader.LoadPkcs12(await browser.GetByteArrayAsync($"/api/dev/keys/{keyOwner}/sign", Ct), "qyzmet-demo", X509KeyStorageFlags.EphemeralKeySet);
        return Convert.ToBase64String(new DocumentSigner().SignDetached(canonical, key));
    }

    private static async Task<HttpResponseMessage> Upload(HttpClient browser, string page, string subject, string number, string kind, byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        var form = new MultipartFormDataContent
        {
            { new StringContent(CivilRegistryPageTests.Hidden(page, "__RequestVerificationToken")), "__RequestVerificationToken" },
            { new StringContent(subject), "Subject" },
            { new StringContent(number), "number" },
            { new StringContent(kind), "kind" },
            { file, "file", kind + ".jpg" },
        };
        return await browser.PostAsync("/population/psc?handler=Biometric", form, Ct);
    }

    private static async Task<HttpResponseMessage> HandOver(HttpClient browser, string page, string subject, string number, string coupon) =>
        await browser.PostAsync("/population/psc?handler=HandOver", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = CivilRegistryPageTests.Hidden(page, "__RequestVerificationToken"),
            ["Subject"] = subject,
            ["number"] = number,
            ["coupon"] = coupon,
            ["receivedBy"] = "in-person",
        }), Ct);
}
