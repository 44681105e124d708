using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Seeding;

namespace Qyzmet.Tests.Pages;

/// <summary>
/// Issue 11, "The citizen's application page": what was submitted, the exact service, the due date, who acts now and
/// the step's deadline, appointments on the page, localized history, the upload box only where the form declares
/// e-copies, and an inbox that shows each message's text. Checked in Kazakh and in Russian.
/// </summary>
public sealed partial class ApplicationPageTests(PortalHost host) : IClassFixture<PortalHost>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // 001a.md §3.1 / §6.1: the request's fields are shown with the form's labels, a choice by its label and a date as
    // dd.MM.yyyy; while the duty is open the applicant acts, within the 24-hour step limit (§4.4 App. 3).
    [Theory]
    [InlineData("kk", "Куәлік түрі", "Туу туралы", "Туған күні", "Сіз (өтініш беруші)", "Осы қадамның мерзімі", "Қызмет берушінің бөлімі")]
    [InlineData("ru", "Вид свидетельства", "О рождении", "Дата рождения", "Вы (заявитель)", "Срок этого шага", "Подразделение услугодателя")]
    public async Task ApplicationPage_ShowsSubmittedFields_WhoActsNow_AndTheStepDeadline(string lang, string kindLabel, string kindValue, string dateLabel,
        string applicant, string stepDue, string office)
    {
        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Aigerim.Iin);
        var location = await ApplyAsync(citizen, "civil-registry.duplicate-certificate", new()
        {
            ["field.kind"] = "birth",
            ["field.birthDate"] = "1990-03-15",
            ["field.birthPlace"] = "Алматы",
            ["field.parents"] = "СЕРІКОВ СЕРІК",
        });

        var page = Html(await citizen.GetStringAsync(location + "?lang=" + lang, Ct));
        var fields = Section(page, "submitted-fields");
        Assert.Contains($"<dt>{kindLabel}</dt><dd>{kindValue}</dd>", fields);
        Assert.Contains($"<dt>{dateLabel}</dt><dd>15.03.1990</dd>", fields);
        Assert.DoesNotContain(">birth<", page);
        Assert.DoesNotContain("civil-registry.duplicate-certificate", page); // no internal service id

        var next = Section(page, "what-next");
        Assert.Contains(applicant, next);
        Assert.Contains(stepDue, next);
        Assert.Matches(@"\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}", next);

        await PayAsync(citizen, location);
        var accepted = Section(Html(await citizen.GetStringAsync(location + "?lang=" + lang, Ct)), "what-next");
        Assert.Contains(office, accepted);
        Assert.DoesNotContain(applicant, accepted);
    }

    // Issue 11: the history reads as steps in the page's language; the platform's internal notes ("submitted via
    // portal", "paid, receipt …") never show; the channel and the receipt are given in words.
    [Theory]
    [InlineData("kk", "электрондық үкімет порталы арқылы", "түбіртек №")]
    [InlineData("ru", "через портал электронного правительства", "квитанция №")]
    public async Task ApplicationHistory_HasNoInternalNotes(string lang, string via, string receipt)
    {
        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Aigerim.Iin);
        var location = await ApplyAsync(citizen, "civil-registry.duplicate-certificate", new()
        {
            ["field.kind"] = "birth",
            ["field.birthDate"] = "1990-03-15",
            ["field.birthPlace"] = "Алматы",
            ["field.parents"] = "СЕРІКОВ СЕРІК",
        });
        await PayAsync(citizen, location);

        var page = Html(await citizen.GetStringAsync(location + "?lang=" + lang, Ct));
        Assert.DoesNotContain("submitted via", page);
        Assert.DoesNotContain("paid, receipt", page);
        Assert.DoesNotContain("duty ", page);
        Assert.Contains(via, page);
        Assert.Contains(receipt, page);
    }

    // 000.md S1-B: the page names the exact service (the variant, not the umbrella S1 title) and its due date (dd.MM.yyyy,
    // counted in working days); the cadastre form declares e-copies (App. 1 rows 5-8), so the upload box is offered.
    [Theory]
    [InlineData("kk", "Жылжымайтын мүлік объектісінің кадастрлық паспортын беру", "Орындау мерзімі")]
    [InlineData("ru", "Выдача кадастрового паспорта объекта недвижимости", "Срок оказания")]
    public async Task ApplicationPage_NamesTheVariant_AndTheDueDate(string lang, string variant, string due)
    {
        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Aigerim.Iin);
        var location = await ApplyAsync(citizen, "real-estate.cadastral-passport", new()
        {
            ["field.cadastralNumber"] = "75-123-045-067:1",
            ["field.consent"] = "given",
        });
        var page = Html(await citizen.GetStringAsync(location + "?lang=" + lang, Ct));
        Assert.Contains(variant, page);
        Assert.Matches($@"<dt>{due}</dt><dd>\d{{2}}\.\d{{2}}\.\d{{4}}</dd>", page);
        Assert.Contains("handler=Attach", page);
        Assert.DoesNotContain("(real-estate.cadastral-passport)", page);
    }

    // Issue 11: a service whose form declares no e-copies (001a.md §3.1: the data come from the registry) offers no
    // upload box, in either language.
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task ApplicationPage_OffersNoUploadBox_WhereTheFormDeclaresNoCopies(string lang)
    {
        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Aigerim.Iin);
        var location = await ApplyAsync(citizen, "civil-registry.duplicate-certificate", new()
        {
            ["field.kind"] = "birth",
            ["field.birthDate"] = "1990-03-15",
            ["field.birthPlace"] = "Алматы",
            ["field.parents"] = "СЕРІКОВ СЕРІК",
        });
        var page = await citizen.GetStringAsync(location + "?lang=" + lang, Ct);
        Assert.DoesNotContain("handler=Attach", page);
        Assert.DoesNotContain("type=\"file\"", page);
    }

    // Issue 11: who acts now is derived from the declaration's roles, generically: in the cadastre's inspection step
    // the technical inspector (000.md para 7), with the timers of the platform never counted while a person can act.
    [Fact]
    public void ActingParties_FollowTheDeclaredRoles()
    {
        using var scope = host.Services.CreateScope();
        var registry = scope.ServiceProvider.GetRequiredService<ProcedureRegistry>();
        var passport = registry.Get("real-estate.cadastral-passport").Procedure;
        Assert.Contains(ProcedureParty.Inspector, passport.ActingParties("inspection"));
        Assert.Equal([ProcedureParty.Applicant], passport.ActingParties("awaiting-base-payment"));
        Assert.Empty(passport.ActingParties("issued"));
        var marriage = registry.Get("civil-registry.marriage-application").Procedure;
        Assert.Equal([ProcedureParty.System], marriage.ActingParties("paid"));
        Assert.Equal([ProcedureParty.Office], marriage.ActingParties("scheduled"));
    }

    // 001a.md §3.2: the notice of the time, date and place of registration is on the page (Almaty time), not only in the
    // PDF; and the inbox shows each message's text under its subject, not the subject twice. Both languages.
    [Fact]
    public async Task MarriageSlot_OnThePage_AndInboxShowsTheText()
    {
        using var applicant = host.Browser();
        await SignInAsync(applicant, DemoData.Igor.Iin);
        var desired = AlmatyDate(host.Clock.GetUtcNow()).AddDays(20);
        var location = await ApplyAsync(applicant, "civil-registry.marriage-application", new()
        {
            ["field.otherIin"] = DemoData.Mira.Iin,
            ["field.office"] = "civil-registry-75",
            ["field.desiredDate"] = desired.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        var number = location["/applications/".Length..];

        using var other = host.Browser();
        await SignInAsync(other, DemoData.Mira.Iin);
        // D-318: the consent is certified before it is recorded (Mira has no phone: she signs).
        await ConsentPageTests.ConsentWithSignatureAsync(other, DemoData.Mira.Iin, number);
        await PayAsync(applicant, location);

        foreach (var (lang, heading, what, place, statusText) in new[]
        {
            ("kk", "Уақыты мен орны", "Некеге тұруды тіркеу", "Алматы қ. Әділет департаментінің АХАЖ бөлімі", "жаңа мәртебесі"),
            ("ru", "Время и место", "Регистрация брака", "Отдел ЗАГС Департамента юстиции г. Алматы", "Новый статус заявления"),
        })
        {
            var page = Html(await applicant.GetStringAsync(location + "?lang=" + lang, Ct));
            var appointment = page[page.IndexOf("id=\"appointment\"", StringComparison.Ordinal)..];
            appointment = appointment[..appointment.IndexOf("</section>", StringComparison.Ordinal)];
            Assert.Contains(heading, appointment);
            Assert.Contains(what, appointment);
            Assert.Contains(place, appointment);
            // D-208: a slot from the desired date, 10:00–17:30 Almaty time.
            var slot = Regex.Match(appointment, @"(\d{2}\.\d{2}\.\d{4}) (\d{2}):(\d{2})");
            Assert.True(slot.Success, appointment);
            Assert.True(DateOnly.ParseExact(slot.Groups[1].Value, "dd.MM.yyyy", CultureInfo.InvariantCulture) >= desired);
            Assert.InRange(int.Parse(slot.Groups[2].Value, CultureInfo.InvariantCulture), 10, 17);

            var inbox = Html(await applicant.GetStringAsync("/inbox?lang=" + lang, Ct));
            Assert.Contains(statusText, inbox);
            var items = InboxItem().Matches(inbox);
            Assert.NotEmpty(items);
            Assert.All(items, item => Assert.NotEqual(item.Groups["subject"].Value.Trim(), item.Groups["text"].Value.Trim()));
            Assert.Contains($"href=\"/applications/{number}\"", inbox);
        }
    }

    // 001a.md §3.1 result (b), D-203: where and from which working day the paper duplicate is collected is on the page.
    [Theory]
    [InlineData("kk", "Қайталама куәлікті алу", "Қай күннен бастап")]
    [InlineData("ru", "Получение повторного свидетельства", "Начиная с")]
    public async Task DuplicateCollection_PlaceAndDay_OnThePage(string lang, string what, string from)
    {
        using var citizen = host.Browser();
        await SignInAsync(citizen, DemoData.Aigerim.Iin);
        var location = await ApplyAsync(citizen, "civil-registry.duplicate-certificate", new()
        {
            ["field.kind"] = "birth",
            ["field.birthDate"] = "1990-03-15",
            ["field.birthPlace"] = "Алматы",
            ["field.parents"] = "СЕРІКОВ СЕРІК",
        });
        var number = location["/applications/".Length..];
        await PayAsync(citizen, location);
        Assert.DoesNotContain("id=\"appointment\"", await citizen.GetStringAsync(location + "?lang=" + lang, Ct));

        using var staff = host.Browser();
        await SignInAsync(staff, DemoData.RegistryExecutor.Iin);
        var desk = await staff.GetStringAsync("/desk/civil-registry", Ct);
        var response = await staff.PostAsync("/desk/civil-registry?handler=Act", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Hidden(desk, "__RequestVerificationToken"),
            ["number"] = number,
            ["trigger"] = "issue-duplicate",
            ["reason"] = "",
        }), Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(Ct));

        var appointment = Section(Html(await citizen.GetStringAsync(location + "?lang=" + lang, Ct)), "appointment");
        Assert.Contains(what, appointment);
        Assert.Contains(from, appointment);
        var day = Regex.Match(appointment, @"\d{2}\.\d{2}\.\d{4}");
        Assert.True(day.Success, appointment);
        Assert.True(DateOnly.ParseExact(day.Value, "dd.MM.yyyy", CultureInfo.InvariantCulture) > AlmatyDate(host.Clock.GetUtcNow()));
    }

    private static DateOnly AlmatyDate(DateTimeOffset now) => Qyzmet.Kernel.Calendar.AlmatyTime.LocalDate(now);

    private static string Html(string page) => WebUtility.HtmlDecode(page);

    /// <summary>The element with the id, up to its closing tag (sections and lists in these pages do not nest).</summary>
    private static string Section(string page, string id)
    {
        var start = page.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no #{id} on the page");
        var ends = new[] { page.IndexOf("</section>", start, StringComparison.Ordinal), page.IndexOf("</dl>", start, StringComparison.Ordinal) }.Where(e => e > 0);
        return page[start..ends.Min()];
    }

    /// <summary>The page's pay button sends the browser to the simulated gateway; it pays there and comes back (ADR 0020).</summary>
    private Task PayAsync(HttpClient browser, string location) => Infrastructure.GatewayDriver.PayOnPageAsync(host.Gateway, browser, location);

    // The page-form helpers are CivilRegistryPageTests' (one copy for the page tests).
    private static Task<string> ApplyAsync(HttpClient browser, string service, Dictionary<string, string> fields) =>
        CivilRegistryPageTests.ApplyAsync(browser, service, fields);

    private static Task SignInAsync(HttpClient browser, string iin) => CivilRegistryPageTests.SignInAsync(browser, iin);

    private static string Hidden(string html, string name) => CivilRegistryPageTests.Hidden(html, name);

    [GeneratedRegex("<h2 class=\"message-subject\">(?<subject>[^<]*)</h2>\\s*<p class=\"muted small\">[^<]*</p>\\s*<p class=\"message-text\">(?<text>[^<]*)</p>")]
    private static partial Regex InboxItem();
}
