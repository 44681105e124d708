using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Qyzmet.EndToEndTests;

/// <summary>
/// Complaints (ADR 0022; 003.md para 10-11) in Debian's Chromium: the citizen files a complaint from the application page,
/// the head of the land-cadastre branch answers it at the complaints desk and signs, and the citizen reads the signed answer
/// on the application page and checks it on the verification page.
/// </summary>
public sealed class ComplaintJourneyTests(RunningHost host) : IClassFixture<RunningHost>
{
    [Fact]
    public async Task Citizen_FilesAComplaint_HeadAnswers_CitizenReadsTheSignedAnswer()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        var citizen = await Journey.SignedInAsync(browser, host, "ЖАНБОЛАТОВА АЙГЕРІМ");
        await citizen.GotoAsync("/apply/land.cadastral-info?lang=ru");
        await citizen.Locator("#f-cadastralNumber").FillAsync("75-123-045-067");
        await citizen.Locator("form button[type=submit]").Last.ClickAsync();
        await Assertions.Expect(citizen).ToHaveURLAsync(new Regex("/applications/20"));
        var number = Regex.Match(citizen.Url, "/applications/([0-9-]+)").Groups[1].Value;

        // The complaint is filed from the application page and registered at once with its term.
        await citizen.Locator("#complaint-subject").SelectOptionAsync("decision");
        await citizen.Locator("#complaint-text").FillAsync("В справке не указано обременение участка.");
        await citizen.Locator("#send-complaint").ClickAsync();
        var complaint = citizen.Locator("#complaints article.complaint");
        await Assertions.Expect(complaint).ToHaveCountAsync(1);
        await Assertions.Expect(complaint).ToContainTextAsync("Зарегистрирована, на рассмотрении");
        await Assertions.Expect(complaint).ToContainTextAsync("Руководителю услугодателя");
        var complaintNumber = Regex.Match(await complaint.Locator("h3").InnerTextAsync(), "C[0-9]{4}-[0-9]+").Value;
        Assert.NotEmpty(complaintNumber);

        // The head's desk lists it with the application; the head rejects it with reasons and signs.
        var head = await Journey.SignedInAsync(browser, host, "БАСШЫБАЕВ МАРАТ");
        await head.GotoAsync("/desk/complaints?lang=ru");
        await Assertions.Expect(head.Locator("#complaints-queue tr", new() { HasText = complaintNumber })).ToContainTextAsync(number);
        var section = head.Locator($"section#complaint-{complaintNumber}");
        await section.Locator("input[name=decision][value=rejected]").CheckAsync();
        await section.Locator("textarea[name=reasons]").FillAsync("Обременений по участку в реестре нет.");
        await section.GetByRole(AriaRole.Button, new() { Name = "Подписать и направить ответ" }).ClickAsync();
        await Assertions.Expect(head.Locator("[role=status]")).ToContainTextAsync(complaintNumber);

        // The citizen reads the answer, the court note and the escalation offer, and checks the signature.
        await citizen.ReloadAsync();
        await Assertions.Expect(complaint).ToContainTextAsync("Отказано в удовлетворении");
        await Assertions.Expect(complaint).ToContainTextAsync("Обременений по участку в реестре нет.");
        await Assertions.Expect(complaint).ToContainTextAsync("обратиться в суд");
        await Assertions.Expect(complaint.GetByRole(AriaRole.Button, new() { Name = "Обжаловать в уполномоченный орган" })).ToBeVisibleAsync();
        await complaint.Locator("a.verify-answer").ClickAsync();
        await Assertions.Expect(citizen).ToHaveURLAsync(new Regex("/verify/"));
        await Assertions.Expect(citizen.Locator("body")).ToContainTextAsync("БАСШЫБАЕВ МАРАТ");
    }

    // D-727, D-731 (003.md para 10; 004.md §4.10 "Portal variant"): a citizen whose documents a centre refused files a
    // complaint about the centre from the portal, choosing it by name, and follows it in "My complaints" with its term.
    [Fact]
    public async Task Citizen_FilesAUnitComplaintFromThePortal_AndSeesItInMyComplaints()
    {
        var (playwright, browser) = await DebianChromium.LaunchAsync();
        using var _ = playwright;
        await using var __ = browser;

        var citizen = await Journey.SignedInAsync(browser, host, "ЖАНБОЛАТОВА АЙГЕРІМ");
        await citizen.GotoAsync("/?lang=ru");
        await citizen.GetByRole(AriaRole.Link, new() { Name = "Мои жалобы" }).First.ClickAsync();
        await Assertions.Expect(citizen).ToHaveURLAsync(new Regex("/cabinet/complaints"));
        await citizen.Locator("#complain-about-unit").ClickAsync();
        await Assertions.Expect(citizen).ToHaveURLAsync(new Regex("/complaints/new"));

        await citizen.Locator("#complaint-unit").SelectOptionAsync(new SelectOptionValue { Label = "ЦОН №1 г. Алматы" });
        await citizen.Locator("input[name=Addressee][value=provider-head]").CheckAsync();
        await citizen.Locator("#complaint-subject").SelectOptionAsync("action");
        await citizen.Locator("#complaint-text").FillAsync("В ЦОН отказались принять документы без объяснения причин.");
        await citizen.Locator("#send-complaint").ClickAsync();

        await Assertions.Expect(citizen).ToHaveURLAsync(new Regex("/cabinet/complaints"));
        await Assertions.Expect(citizen.Locator("#complaint-filed")).ToContainTextAsync("зарегистрирована");
        var row = citizen.Locator("table.my-complaints tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("ЦОН №1 г. Алматы");
        await Assertions.Expect(row).ToContainTextAsync("Зарегистрирована, на рассмотрении");
        await Assertions.Expect(row).ToContainTextAsync("Руководителю услугодателя");
        await Assertions.Expect(row).Not.ToContainTextAsync("psc-almaty-1");
    }
}
