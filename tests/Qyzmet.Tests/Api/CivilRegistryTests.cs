using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.CivilRegistry.Domain;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Timers;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>Civil registry S1 (duplicate certificate), S2 (marriage application) and the registry desk (001a.md), through HTTP.</summary>
public abstract class CivilRegistryTests
{
    private const string Duplicate = "civil-registry.duplicate-certificate";
    private const string Marriage = "civil-registry.marriage-application";
    private const string Reference = "civil-registry.status-reference";
    private const string GoodCard = "4111 1111 1111 1111";
    private static readonly string Aigerim = DemoData.Aigerim.Iin;
    private static readonly string Almas = DemoData.Almas.Iin;
    private static readonly string Talgat = DemoData.Talgat.Iin;
    private static readonly string Igor = DemoData.Igor.Iin;
    private static readonly string Mira = DemoData.Mira.Iin;
    private static readonly string Dana = DemoData.Dana.Iin;
    private static readonly string Executor = DemoData.RegistryExecutor.Iin;

    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // 001a.md §3.1, §6.4, §8.2 rules 7–8: fee 1 MCI; after payment the §6.4 notice; the office issues the duplicate
    // (marked «Телнұсқа / Дубликат»), the applicant is told where and when to collect it, and the handover is recorded.
    [Fact]
    public async Task S1_Birth_PaidThenDeskIssuesDuplicateWithMarkAndCollectionNotice()
    {
        var client = await Factory.SignedInAsync(Aigerim, "ru");
        var app = await Submit(client, Duplicate, new { kind = "birth", birthDate = "1990-03-15", birthPlace = "Алматы", parents = "СЕРІКОВ СЕРІК" });
        Assert.Equal("awaiting-payment", app.GetProperty("status").GetString());
        Assert.Equal(432_500, app.GetProperty("payment").GetProperty("amountTiyn").GetInt64()); // 1 MCI 2026
        Assert.Equal("civil-registry-75", app.GetProperty("unitId").GetString());
        var number = app.GetProperty("number").GetString()!;

        var paid = await Pay(client, number);
        Assert.Equal("accepted", paid.GetProperty("status").GetString());
        // §6.4 / §8.2 rule 8: the signed notice (QR for the barcode) is the result shown until the duplicate is issued.
        Assert.Equal("№ " + number, await Statement(paid, "Номер запроса"));
        Assert.Equal(DemoData.Aigerim.FullName + ", 1990", await Statement(paid, "Заявитель"));
        var inbox = await Inbox(client);
        // §6.4: bilingual, with the applicant's name and year of birth, the request number and "in paper form".
        Assert.Contains(inbox, m => m.Contains($"принят на обработку") && m.Contains("в бумажном виде") && m.Contains("ХАБАРЛАМА") && m.Contains(number)
            && m.Contains(DemoData.Aigerim.FullName + ", 1990"));

        // The applicant cannot fire the office's triggers (CASE-0002); staff of another unit cannot see it (404).
        var asApplicant = await client.PostAsJsonAsync($"/api/applications/{number}/actions/issue-duplicate", new { }, Ct);
        Assert.Equal("CASE-0002", (await Problem(asApplicant, HttpStatusCode.Forbidden)).GetProperty("errorCode").GetString());
        var otherUnit = await Factory.SignedInAsync(DemoData.LandExecutor.Iin);
        Assert.Equal(HttpStatusCode.NotFound, (await otherUnit.PostAsJsonAsync($"/api/applications/{number}/actions/issue-duplicate", new { }, Ct)).StatusCode);

        // At the desk: find the act, issue the duplicate, record the handover.
        var executor = await Factory.SignedInAsync(Executor);
        var queue = await executor.GetFromJsonAsync<JsonElement>("/api/applications", Ct);
        Assert.Contains(queue.GetProperty("items").EnumerateArray(), a => a.GetProperty("number").GetString() == number);
        var acts = await executor.GetFromJsonAsync<JsonElement[]>($"/api/civil-registry/acts?iin={Aigerim}", Ct);
        Assert.Contains(acts!, a => a.GetProperty("actNumber").GetString() == "10-075-90-0001532");
        var issued = await Act(executor, number, "issue-duplicate", "Каб. 12");
        Assert.Equal("ready-for-collection", issued.GetProperty("status").GetString());

        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{issued.GetProperty("documentId").GetString()}/verification", Ct);
        Assert.Contains(verification.GetProperty("statement").EnumerateArray(), r => r[1].GetString() == "Дубликат");
        Assert.Contains(verification.GetProperty("statement").EnumerateArray(), r => r[1].GetString() == "№ 10-075-90-0001532");
        var pdf = await client.GetAsync($"/api/applications/{number}/document", Ct);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(Ct), 0, 5));
        Assert.Contains(await Inbox(client), m => m.Contains("можно получить") && m.Contains("Отдел ЗАГС Департамента юстиции г. Алматы") && m.Contains("Каб. 12"));

        var done = await Act(executor, number, "record-issue", null);
        Assert.Equal("handed-over", done.GetProperty("status").GetString());
        var history = (await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct)).GetProperty("history").EnumerateArray()
            .Select(h => h.GetProperty("action").GetString()).ToList();
        Assert.Equal(["submit", "request-payment", "pay", "issue-duplicate", "record-issue"], history);
    }

    // 001a.md §3.1 SFU list names the PSC operator (decisions.md D-203): the operator applies for the citizen and takes
    // the duty; the application is the citizen's and goes to the registry office of the citizen's region.
    [Fact]
    public async Task S1_AtThePscDesk_OperatorAppliesAndPaysForTheCitizen()
    {
        var operatorClient = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var app = await ApiResponses.CreatedAsync(await operatorClient.PostAsJsonAsync($"/api/services/{Duplicate}/applications",
            new { applicantId = Talgat, fields = new { kind = "name-change", surnameBefore = "КОЖАХМЕТОВ" } }, Ct));
        Assert.Equal(Talgat, app.GetProperty("applicantId").GetString());
        Assert.Equal("civil-registry-63", app.GetProperty("unitId").GetString());
        Assert.Equal("accepted", (await Pay(operatorClient, app.GetProperty("number").GetString()!)).GetProperty("status").GetString());
    }

    // decisions.md D-201 (001a.md §8.3.5): paternity and adoption duplicates are found by the child's date of birth,
    // for the child or a (adoptive) parent; the other kinds by the §3.1 inputs.
    [Theory]
    [InlineData("paternity", "Almas", "2009-08-24")]
    [InlineData("adoption", "Igor", "1995-12-01")]
    [InlineData("adoption", "Dana", "1995-12-01")]
    public async Task S1_PaternityAndAdoption_FoundByChildsBirthDate_OfferedPayment(string kind, string who, string childBirthDate)
    {
        var iin = who switch { "Almas" => Almas, "Igor" => Igor, _ => Dana };
        var app = await Submit(await Factory.SignedInAsync(iin), Duplicate, new { kind, childBirthDate, childName = "—", parentsInfo = "—" });
        Assert.Equal("awaiting-payment", app.GetProperty("status").GetString());
    }

    // 001a.md §3.1 refusal ground 3 (process 9): the requested data are absent in the civil registry → refusal, no payment.
    [Theory]
    [InlineData("marriage")]
    [InlineData("divorce")]
    [InlineData("paternity")]
    [InlineData("adoption")]
    [InlineData("birth")]
    [InlineData("name-change")]
    public async Task S1_RequestedDataAbsent_RefusedWithoutPayment(string kind)
    {
        object fields = kind switch
        {
            "marriage" or "divorce" => new { kind, spouse = "—", marriagePlace = "—", marriageDate = "2001-01-01" },
            "paternity" or "adoption" => new { kind, childBirthDate = "2001-01-01", childName = "—", parentsInfo = "—" },
            "birth" => new { kind, birthDate = "1977-01-13", birthPlace = "—", parents = "—" },
            _ => new { kind, surnameBefore = "ИВАНОВ" },
        };
        var app = await Submit(await Factory.SignedInAsync(Talgat, "ru"), Duplicate, fields);
        Assert.Equal("refused", app.GetProperty("status").GetString());
        Assert.Contains("не найден", app.GetProperty("outcomeReason").GetString());
        Assert.Equal(JsonValueKind.Null, app.GetProperty("payment").ValueKind);
    }

    // 001a.md §8.2 rule 7: unpaid for 24 hours → expired with "you may submit a new request".
    [Fact]
    public async Task S1_UnpaidFor24Hours_ExpiresYouMayApplyAgain()
    {
        var client = await Factory.SignedInAsync(Talgat);
        var app = await Submit(client, Duplicate, new { kind = "name-change", surnameBefore = "Кожахметов" });
        Assert.Equal("awaiting-payment", app.GetProperty("status").GetString());
        Factory.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        Assert.True(await RunTimers() >= 1);
        client = await Factory.SignedInAsync(Talgat);
        var expired = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{app.GetProperty("number").GetString()}", Ct);
        Assert.Equal("expired", expired.GetProperty("status").GetString());
        Assert.Contains("new request", expired.GetProperty("outcomeReason").GetString());
    }

    // 001a.md §3.1: the authorised body processes the request; when it cannot confirm the act it refuses, with its reason.
    [Fact]
    public async Task S1_DeskCannotConfirmAct_RefusesWithReason()
    {
        var client = await Factory.SignedInAsync(DemoData.Nurlan.Iin);
        var app = await Submit(client, Duplicate, new { kind = "marriage", spouse = "ЖАНБОЛАТОВА", marriagePlace = "Алматы", marriageDate = "2015-09-12" });
        var number = app.GetProperty("number").GetString()!;
        await Pay(client, number);
        var refused = await Act(await Factory.SignedInAsync(Executor), number, "refuse", "архивтік кітап зақымдалған");
        Assert.Equal("refused", refused.GetProperty("status").GetString());
        Assert.Contains("архивтік кітап", (await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct)).GetProperty("outcomeReason").GetString());
    }

    // 001a.md §3.2 ground 3: facts preventing marriage, checked against the registry, each with its own refusal (D-207).
    [Theory]
    [InlineData("Igor", "Aigerim", "нерасторгнутом браке")] // Aigerim's 2015 marriage has no divorce act
    [InlineData("Almas", "Dana", "не достигнет 18 лет")]
    [InlineData("Talgat", "Dana", "родителем и ребёнком")] // Dana's birth act names Talgat as father
    [InlineData("Talgat", "Mira", "общий родитель")] // their birth acts share the mother
    [InlineData("Igor", "Dana", "усыновителем")] // adoption act
    [InlineData("Mira", "Dana", "между мужчиной и женщиной")]
    public async Task S2_Impediment_RefusedWithItsOwnReason(string applicant, string other, string reason)
    {
        var app = await Submit(await Factory.SignedInAsync(Iin(applicant), "ru"), Marriage, new { otherIin = Iin(other), office = "civil-registry-75", desiredDate = "2026-12-10" });
        Assert.Equal("refused", app.GetProperty("status").GetString());
        Assert.Contains(reason, app.GetProperty("outcomeReason").GetString());
        Assert.Equal(JsonValueKind.Null, app.GetProperty("payment").ValueKind);
    }

    [Fact]
    public async Task S2_BadInput_CodedErrorsNothingRegistered()
    {
        var client = await Factory.SignedInAsync(Igor);
        var self = await client.PostAsJsonAsync($"/api/services/{Marriage}/applications", new { fields = new { otherIin = Igor, office = "civil-registry-75", desiredDate = "2026-12-10" } }, Ct);
        Assert.Equal("CR-0002", (await Problem(self, (HttpStatusCode)422)).GetProperty("errorCode").GetString());
        var unknown = await client.PostAsJsonAsync($"/api/services/{Marriage}/applications", new { fields = new { otherIin = DemoData.RegistryExecutor.Iin, office = "civil-registry-75", desiredDate = "2026-12-10" } }, Ct);
        Assert.Equal("CR-0001", (await Problem(unknown, (HttpStatusCode)422)).GetProperty("errorCode").GetString());
        var past = await client.PostAsJsonAsync($"/api/services/{Marriage}/applications", new { fields = new { otherIin = Mira, office = "civil-registry-75", desiredDate = "2020-01-01" } }, Ct);
        Assert.Equal("CR-0003", (await Problem(past, (HttpStatusCode)422)).GetProperty("errorCode").GetString());
    }

    // 001a.md §3.2: consent of the other spouse (D-206), duty 1 MCI, notice of time, date and place from a slot booking
    // (no double booking), the office records the marriage act, and then an S3 marriage reference about it is issued.
    [Fact]
    public async Task S2_ConsentPayBookRecordThenS3ReferenceAboutTheNewMarriage()
    {
        var igor = await Factory.SignedInAsync(Igor, "ru");
        var mira = await Factory.SignedInAsync(Mira, "ru");
        var fields = new { otherIin = Mira, office = "civil-registry-75", desiredDate = "2026-12-02" };

        // The other spouse declines: the application ends.
        var declined = (await Submit(igor, Marriage, fields)).GetProperty("number").GetString()!;
        Assert.Equal("declined", (await Answer(mira, declined, "decline")).GetProperty("status").GetString());

        var first = await Submit(igor, Marriage, fields);
        Assert.Equal("awaiting-consent", first.GetProperty("status").GetString());
        var number = first.GetProperty("number").GetString()!;
        var pending = await mira.GetFromJsonAsync<JsonElement[]>("/api/civil-registry/marriage-consents", Ct);
        Assert.Contains(pending!, p => p.GetProperty("number").GetString() == number);

        // Only the other spouse can consent: not the applicant, through neither endpoint.
        Assert.Equal(HttpStatusCode.NotFound, (await igor.PostAsync($"/api/civil-registry/marriage-applications/{number}/consent", null, Ct)).StatusCode);
        var generic = await igor.PostAsJsonAsync($"/api/applications/{number}/actions/consent", new { }, Ct);
        Assert.Equal("CASE-0002", (await Problem(generic, HttpStatusCode.Forbidden)).GetProperty("errorCode").GetString());

        Assert.Equal("awaiting-payment", (await Answer(mira, number, "consent")).GetProperty("status").GetString());
        var app = await igor.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
        Assert.Equal(432_500, app.GetProperty("payment").GetProperty("amountTiyn").GetInt64());
        var scheduled = await Pay(igor, number);
        Assert.Equal("scheduled", scheduled.GetProperty("status").GetString());
        Assert.Equal("02.12.2026 10:00", await Statement(scheduled, "Дата и время"));
        Assert.Contains(await Inbox(mira), m => m.Contains("02.12.2026 10:00") && m.Contains("Отдел ЗАГС Департамента юстиции г. Алматы"));

        // A second booking for the same office and day gets the next slot, never the same one. This one is made at the
        // PSC desk (decisions.md D-211) for another couple (D-212: Igor and Mira hold one application at a time): the
        // operator applies for the groom and takes the duty.
        var psc = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var (groom, bride) = await NewCoupleAsync();
        var atPsc = await ApiResponses.CreatedAsync(await psc.PostAsJsonAsync($"/api/services/{Marriage}/applications", new { applicantId = groom, fields = new { otherIin = bride, office = "civil-registry-75", desiredDate = "2026-12-02" } }, Ct));
        var second = atPsc.GetProperty("number").GetString()!;
        await Answer(await Factory.SignedInAsync(bride), second, "consent");
        Assert.Equal("02.12.2026 10:30", await Statement(await Pay(psc, second), "Дата и время"));

        // 001a.md §3.2 Appendix 3 (the authorised body checks the data) / D-210: the office refuses a scheduled
        // registration at its desk with its reason; the slot is released.
        var executorDesk = await Factory.SignedInAsync(Executor);
        Assert.Equal("refused", (await Act(executorDesk, second, "refuse", "паспорт жарамсыз")).GetProperty("status").GetString());
        Assert.Contains("паспорт жарамсыз", (await psc.GetFromJsonAsync<JsonElement>($"/api/applications/{second}", Ct)).GetProperty("outcomeReason").GetString());
        Assert.Equal(0, await Bookings(second));
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            var taken = await db.Set<MarriageBooking>().AsNoTracking().FirstAsync(b => b.OfficeUnitId == "civil-registry-75", Ct);
            db.Add(new MarriageBooking { OfficeUnitId = taken.OfficeUnitId, SlotStart = taken.SlotStart, ApplicationId = Guid.NewGuid(), BookedAt = DateTime.UtcNow });
            await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        }

        // D-208: two consents at the same instant for the same office and date never get the same slot (two couples).
        var racing = new List<(string Number, HttpClient Bride)>();
        for (var i = 0; i < 2; i++)
        {
            var (m, w) = await NewCoupleAsync();
            racing.Add(((await Submit(await Factory.SignedInAsync(m), Marriage, new { otherIin = w, office = "civil-registry-63", desiredDate = "2026-12-03" })).GetProperty("number").GetString()!,
                await Factory.SignedInAsync(w)));
        }

        var answers = await Task.WhenAll(racing.Select(async r => (await r.Bride.PostAsync($"/api/civil-registry/marriage-applications/{r.Number}/consent", null, Ct)).StatusCode));
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            var slots = await db.Set<MarriageBooking>().Where(b => b.OfficeUnitId == "civil-registry-63").Select(b => b.SlotStart).ToListAsync(Ct);
            Assert.Equal(slots.Count, slots.Distinct().Count());
            Assert.Equal(answers.Count(a => a == HttpStatusCode.OK), slots.Count);
            Assert.All(answers, a => Assert.True(a is HttpStatusCode.OK or HttpStatusCode.Conflict, a.ToString()));
            Assert.Equal(2, slots.Count);
        }

        // Consented but unpaid: the slot is held until the payment window ends (D-208); it is 10:30 again, which the
        // refusal above released.
        var (silentGroom, silentBride) = await NewCoupleAsync();
        var silent = (await Submit(await Factory.SignedInAsync(silentGroom), Marriage, new { otherIin = silentBride, office = "civil-registry-75", desiredDate = "2026-12-02" })).GetProperty("number").GetString()!;
        await Answer(await Factory.SignedInAsync(silentBride), silent, "consent");
        Assert.Equal(1, await Bookings(silent));
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            var id = await db.Applications.Where(a => a.Number == silent).Select(a => a.Id).SingleAsync(Ct);
            var held = await db.Set<MarriageBooking>().Where(b => b.ApplicationId == id).Select(b => b.SlotStart).SingleAsync(Ct);
            Assert.Equal(new DateTime(2026, 12, 2, 5, 30, 0, DateTimeKind.Utc), DateTime.SpecifyKind(held, DateTimeKind.Utc));
        }

        // 001a.md §3.2 ground 3 / D-208: no free slot in the chosen office within 30 days → refused before any payment.
        var full = new DateOnly(2026, 12, 14);
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            for (var day = full; day < full.AddDays(30); day = day.AddDays(1))
            {
                foreach (var time in Qyzmet.CivilRegistry.Features.MarriageApplication.MarriageApplicationService.SlotTimes)
                {
                    db.Add(new MarriageBooking { OfficeUnitId = "civil-registry-71", SlotStart = DateTime.SpecifyKind(day.ToDateTime(time).AddHours(-5), DateTimeKind.Utc), ApplicationId = Guid.NewGuid(), BookedAt = DateTime.UtcNow });
                }
            }

            await db.SaveChangesAsync(Ct);
        }

        var (fullGroom, fullBride) = await NewCoupleAsync();
        var fullGroomClient = await Factory.SignedInAsync(fullGroom, "ru");
        var noSlot = (await Submit(fullGroomClient, Marriage, new { otherIin = fullBride, office = "civil-registry-71", desiredDate = "2026-12-14" })).GetProperty("number").GetString()!;
        Assert.Equal("refused", (await Answer(await Factory.SignedInAsync(fullBride), noSlot, "consent")).GetProperty("status").GetString());
        var refused = await fullGroomClient.GetFromJsonAsync<JsonElement>($"/api/applications/{noSlot}", Ct);
        Assert.Contains("нет свободного времени", refused.GetProperty("outcomeReason").GetString());
        Assert.Equal(JsonValueKind.Null, refused.GetProperty("payment").ValueKind);

        // Staff of another unit cannot act (404); the applicant cannot record the marriage (CASE-0002).
        Assert.Equal(HttpStatusCode.NotFound, (await (await Factory.SignedInAsync(DemoData.LandExecutor.Iin)).PostAsJsonAsync($"/api/applications/{number}/actions/record-marriage", new { }, Ct)).StatusCode);
        Assert.Equal("CASE-0002", (await Problem(await igor.PostAsJsonAsync($"/api/applications/{number}/actions/record-marriage", new { }, Ct), HttpStatusCode.Forbidden)).GetProperty("errorCode").GetString());

        // D-213: the act is recorded at the booked time (02.12.2026 10:00 Almaty), not before.
        await AdvanceTo(new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.FromHours(5)));
        var executor = await Factory.SignedInAsync(Executor);
        Assert.Equal("married", (await Act(executor, number, "record-marriage", null)).GetProperty("status").GetString());
        var acts = await executor.GetFromJsonAsync<JsonElement[]>("/api/civil-registry/acts?date=2026-12-02", Ct);
        var act = Assert.Single(acts!);
        Assert.Equal(Igor, act.GetProperty("husbandIin").GetString());
        Assert.Equal(Mira, act.GetProperty("wifeIin").GetString());

        // 001a.md §3.3: the wife gets a marriage reference about the new act.
        mira = await Factory.SignedInAsync(Mira, "ru");
        var reference = await Submit(mira, Reference, new { kind = "marriage", spouse = "ВЕРТКОВ", marriagePlace = "Алматы", marriageDate = "2026-12-02" });
        var issued = await Pay(mira, reference.GetProperty("number").GetString()!);
        Assert.Equal("issued", issued.GetProperty("status").GetString());
        Assert.Equal("№ " + act.GetProperty("actNumber").GetString(), await Statement(issued, "Номер актовой записи"));

        Factory.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        await RunTimers();
        var expired = await (await Factory.SignedInAsync(silentGroom)).GetFromJsonAsync<JsonElement>($"/api/applications/{silent}", Ct);
        Assert.Equal("expired", expired.GetProperty("status").GetString());
        Assert.Equal(0, await Bookings(silent)); // the held slot is released
    }

    // 001a.md §3.3, §6.5.1–6.5.4, §8.2 rule 10: each of the four references carries every field of its template,
    // bilingual, signed (the signature verifies), with the QR verification link standing for the barcode (D-008).
    [Theory]
    [InlineData("Almas", "birth", "Орган регистрации=Отдел ЗАГС Управления юстиции Абайского района Восточно-Казахстанской области|Гражданин(ка)=СМИРНОВ АЛМАС|Дата рождения=24.08.2009|Дата записи в книге регистрации актов о рождении=25.08.2009|Номер актовой записи=№ 10-101-09-0000007|Отец (Ф.И.О.)=СМИРНОВ ВИТАЛИЙ|Мать (Ф.И.О.)=БЕЙСЕБАЕВА НУРГУЛЬ ОМИРТАЕВНА|Место рождения (город, район, область)=АРШАЛЫНСКИЙ, АКМОЛИНСКАЯ, РЕСПУБЛИКА КАЗАХСТАН")]
    [InlineData("Talgat", "name-change", "Орган регистрации=Отдел ЗАГС Управления юстиции Абайского района Восточно-Казахстанской области|Дата рождения=12.01.1977|Гражданин(ка) (до перемены)=КОЖАХМЕТОВ ТАЛГАТ ДУЙСЕНХАНОВИЧ|Дата актовой записи=14.07.2009|Номер актовой записи=№ 70-171-09-0000002|Фамилия: до → после=КОЖАХМЕТОВ → ҚОЖАХМЕТ|Имя: до → после=ТАЛГАТ → ТАЛҒАТ|Отчество: до → после=ДУЙСЕНХАНОВИЧ → ДҮЙСЕНХАНҰЛЫ")]
    [InlineData("Igor", "divorce", "Орган регистрации=Отдел ЗАГС Управления юстиции Аккольского района Акмолинской области|Гражданин=ВЕРТКОВ ИГОРЬ НИКОЛАЕВИЧ|Дата рождения=28.09.1969|Гражданка=МАМЕТОВА МИРА|Дата рождения=11.10.1974|Дата записи в книге регистрации актов о расторжении брака=18.08.2009|Номер актовой записи=№ 60-101-09-0000001|После расторжения брака присвоены фамилии: мужу=ВЕРТКОВ|После расторжения брака присвоены фамилии: жене=МАМЕТОВА")]
    [InlineData("Aigerim", "marriage", "Орган регистрации=Отдел ЗАГС Департамента юстиции города Алматы|Гражданин=ЖАНБОЛАТОВ НҰРЛАН ҚАЙРАТҰЛЫ|Гражданка=СЕРІКОВА АЙГЕРІМ СЕРІКҚЫЗЫ|Дата записи в книге регистрации актов о заключении брака=12.09.2015|Номер актовой записи=№ 50-075-15-0000001|После заключения брака присвоены фамилии: мужу=ЖАНБОЛАТОВ|После заключения брака присвоены фамилии: жене=ЖАНБОЛАТОВА")]
    public async Task S3_EachTemplate_HasEveryFieldSignedBilingual(string who, string kind, string expected)
    {
        object fields = kind switch
        {
            "birth" => new { kind, birthDate = "2009-08-24", birthPlace = "Аршалы", parents = "—" },
            "name-change" => new { kind, surnameBefore = "Кожахметов" },
            "divorce" => new { kind, spouse = "—", marriagePlace = "—", marriageDate = "1995-06-10" },
            _ => new { kind, spouse = "—", marriagePlace = "—", marriageDate = "2015-09-12" },
        };
        var client = await Factory.SignedInAsync(Iin(who), "ru");
        var app = await Submit(client, Reference, fields);
        var issued = await Pay(client, app.GetProperty("number").GetString()!);
        Assert.Equal("issued", issued.GetProperty("status").GetString());
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{issued.GetProperty("documentId").GetString()}/verification", Ct);
        Assert.True(verification.GetProperty("signatureValid").GetBoolean());
        Assert.True(verification.GetProperty("hashMatches").GetBoolean());
        Assert.Equal("АНЫҚТАМА", verification.GetProperty("titleKk").GetString());
        Assert.Equal("СПРАВКА", verification.GetProperty("titleRu").GetString());
        var rows = verification.GetProperty("statement").EnumerateArray().Select(r => r[0].GetString() + "=" + r[1].GetString()).ToList();
        foreach (var row in expected.Split('|'))
        {
            Assert.Contains(row, rows);
        }

        var pdf = await client.GetByteArrayAsync($"/api/applications/{app.GetProperty("number").GetString()}/document", Ct);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(pdf, 0, 5));
    }

    // D-305, issue 11 "Who viewed my data": a registry clerk's search that shows a person's acts, and opening an act,
    // are reads of every person named in them; each sees who read it and why, in their language.
    [Fact]
    public async Task Desk_SearchAndActView_AppearInWhoViewedMyData()
    {
        var executor = await Factory.SignedInAsync(Executor);
        var acts = await executor.GetFromJsonAsync<JsonElement[]>($"/api/civil-registry/acts?iin={Igor}", Ct);
        var act = acts!.First();
        await executor.GetFromJsonAsync<JsonElement>($"/api/civil-registry/acts/{act.GetProperty("id").GetInt64()}", Ct);

        var igor = await Factory.SignedInAsync(Igor, "ru");
        var log = (await igor.GetFromJsonAsync<JsonElement>("/api/me/access-log?limit=50", Ct)).GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("actorId").GetString() == Executor).Select(e => e.GetProperty("purpose").GetString()).ToList();
        Assert.Contains(Qyzmet.Platform.Trust.AccessPurposes.RegistrySearch, log);
        Assert.Contains(Qyzmet.Platform.Trust.AccessPurposes.ActView(act.GetProperty("actNumber").GetString()!), log);
        var page = await igor.GetStringAsync("/cabinet/access-log?lang=ru", Ct);
        Assert.Contains("Поиск актовых записей гражданского состояния", page);
        Assert.Contains("Просмотр актовой записи № " + act.GetProperty("actNumber").GetString(), page);
    }

    // Issue 4 registry desk: staff of a civil-registry office search by IIN, name, date or number (bounded); others 403.
    [Fact]
    public async Task Desk_SearchAndView_StaffOnlyBoundedAndValidated()
    {
        var executor = await Factory.SignedInAsync(Executor);
        var byName = await executor.GetFromJsonAsync<JsonElement[]>("/api/civil-registry/acts?name=верт", Ct);
        Assert.Contains(byName!, a => a.GetProperty("kind").GetString() == "divorce");
        var byNumber = await executor.GetFromJsonAsync<JsonElement[]>("/api/civil-registry/acts?number=№ 30-071-01-0000017", Ct);
        var adoption = Assert.Single(byNumber!);
        Assert.Equal(Igor, adoption.GetProperty("adoptiveFatherIin").GetString());
        var one = await executor.GetFromJsonAsync<JsonElement>($"/api/civil-registry/acts/{adoption.GetProperty("id").GetInt64()}", Ct);
        Assert.Equal("adoption", one.GetProperty("kind").GetString());
        var page = await executor.GetFromJsonAsync<JsonElement[]>($"/api/civil-registry/acts?date=1995-06-10&limit=1", Ct);
        Assert.Single(page!);

        // Keyset pages: the next page continues after the last id, never repeating it.
        var first = Assert.Single((await executor.GetFromJsonAsync<JsonElement[]>("/api/civil-registry/acts?name=верт&limit=1", Ct))!);
        var next = Assert.Single((await executor.GetFromJsonAsync<JsonElement[]>($"/api/civil-registry/acts?name=верт&limit=1&after={first.GetProperty("id").GetInt64()}", Ct))!);
        Assert.True(next.GetProperty("id").GetInt64() < first.GetProperty("id").GetInt64());

        Assert.Equal("CR-0008", (await Problem(await executor.GetAsync("/api/civil-registry/acts", Ct), HttpStatusCode.BadRequest)).GetProperty("errorCode").GetString());
        Assert.Equal("CR-0008", (await Problem(await executor.GetAsync("/api/civil-registry/acts?date=10.06.1995", Ct), HttpStatusCode.BadRequest)).GetProperty("errorCode").GetString());
        Assert.Equal("CR-0007", (await Problem(await executor.GetAsync("/api/civil-registry/acts/999999", Ct), HttpStatusCode.NotFound)).GetProperty("errorCode").GetString());
        foreach (var outsider in new[] { Aigerim, DemoData.LandExecutor.Iin, DemoData.PscOperator.Iin })
        {
            var response = await (await Factory.SignedInAsync(outsider)).GetAsync($"/api/civil-registry/acts?iin={Igor}", Ct);
            Assert.Equal("CR-0006", (await Problem(response, HttpStatusCode.Forbidden)).GetProperty("errorCode").GetString());
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await Factory.CreateClient().GetAsync($"/api/civil-registry/acts?iin={Igor}", Ct)).StatusCode);
    }

    [Fact]
    public async Task DeskPage_StaffSeeSearchAndQueue_OthersGet403Page()
    {
        var executor = await Factory.SignedInAsync(Executor, "ru");
        var page = await executor.GetAsync($"/desk/civil-registry?iin={Igor}", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("50-101-95-0000011", html);
        var forbidden = await (await Factory.SignedInAsync(Aigerim)).GetAsync("/desk/civil-registry", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("text/html", forbidden.Content.Headers.ContentType?.MediaType);
    }

    private static int _serial = 600;

    /// <summary>Two new adults of the Individuals database with no civil acts: a couple with no impediment.</summary>
    private async Task<(string Man, string Woman)> NewCoupleAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var iins = new List<string>();
        foreach (var sex in new[] { Qyzmet.Kernel.Identifiers.Sex.Male, Qyzmet.Kernel.Identifiers.Sex.Female })
        {
            var serial = Interlocked.Increment(ref _serial);
            var birth = new DateOnly(1990, 1, 1).AddDays(serial);
            var iin = Qyzmet.Kernel.Identifiers.Iin.Create(birth, sex, serial).Value;
            db.People.Add(new Qyzmet.Platform.Registries.Person
            {
                Iin = iin,
                LastName = sex == Qyzmet.Kernel.Identifiers.Sex.Male ? "СЫНАҚОВ" : "СЫНАҚОВА",
                FirstName = "N" + serial,
                BirthDate = birth,
                Sex = sex == Qyzmet.Kernel.Identifiers.Sex.Male ? "male" : "female",
                RegionCode = "75",
                Address = "Алматы қ.",
            });
            iins.Add(iin);
        }

        await db.SaveChangesAsync(Ct);
        return (iins[0], iins[1]);
    }

    /// <summary>Moves the shared test clock forward to the instant (never back).</summary>
    private Task AdvanceTo(DateTimeOffset instant)
    {
        var by = instant - Factory.Clock.GetUtcNow();
        if (by > TimeSpan.Zero)
        {
            Factory.Clock.Advance(by);
        }

        return Task.CompletedTask;
    }

    private async Task<int> Bookings(string number)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var id = await db.Applications.Where(a => a.Number == number).Select(a => a.Id).SingleAsync(Ct);
        return await db.Set<MarriageBooking>().CountAsync(b => b.ApplicationId == id, Ct);
    }

    private static string Iin(string name) => name switch
    {
        "Igor" => Igor,
        "Aigerim" => Aigerim,
        "Almas" => Almas,
        "Talgat" => Talgat,
        "Mira" => Mira,
        _ => Dana,
    };

    private async Task<string?> Statement(JsonElement app, string label)
    {
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{app.GetProperty("documentId").GetString()}/verification", Ct);
        return verification.GetProperty("statement").EnumerateArray().Where(r => r[0].GetString() == label).Select(r => r[1].GetString()).FirstOrDefault();
    }

    private static async Task<List<string>> Inbox(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement[]>("/api/cabinet/inbox", Ct))!.Select(m => m.GetProperty("subject").GetString() + " " + m.GetProperty("body").GetString())];

    /// <summary>Pays the open fee through the simulated gateway (ADR 0020); the application afterwards.</summary>
    private Task<JsonElement> Pay(HttpClient client, string number) => Factory.PayAsync(client, number, GoodCard);

    private static async Task<JsonElement> Act(HttpClient staff, string number, string trigger, string? reason)
    {
        var response = await staff.PostAsJsonAsync($"/api/applications/{number}/actions/{trigger}", new { reason }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<JsonElement> Answer(HttpClient spouse, string number, string answer)
    {
        var response = await spouse.PostAsync($"/api/civil-registry/marriage-applications/{number}/{answer}", null, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private async Task<int> RunTimers()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DueTimersJob>().RunOnceAsync(Ct);
    }

    private static async Task<JsonElement> Submit(HttpClient client, string serviceId, object fields)
    {
        return await ApiResponses.CreatedAsync(await client.PostAsJsonAsync($"/api/services/{serviceId}/applications", new { fields }, Ct));
    }

    private static Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode expected) => ApiResponses.ProblemAsync(response, expected);
}

public sealed class SqliteCivilRegistryTests(SqliteHost host) : CivilRegistryTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresCivilRegistryTests(PostgresHost host) : CivilRegistryTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
