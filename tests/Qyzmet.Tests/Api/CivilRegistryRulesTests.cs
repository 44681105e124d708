using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.CivilRegistry;
using Qyzmet.CivilRegistry.Domain;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Registries;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>
/// Issue 10, civil registry (001a.md): one pending marriage application per person and the impediments checked again at
/// the record step (D-212), the act recorded on or after the booked time (D-213), slots and collection dates from the
/// working calendar (D-208, D-203), and every unit that receives work staffed (D-214). Own host: the tests move the clock.
/// </summary>
public abstract class CivilRegistryRulesTests
{
    private const string Duplicate = "civil-registry.duplicate-certificate";
    private const string Marriage = "civil-registry.marriage-application";
    private const string GoodCard = "4111 1111 1111 1111";
    private static int _serial = 800;

    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // 001a.md §3.2 refusal ground 3 (an undissolved marriage) and D-212: a person holds one pending marriage application;
    // a second one by either future spouse, or naming either of them, is refused before anything is registered.
    [Fact]
    public async Task S2_OnePendingApplicationPerPerson_SecondByEitherSpouseRefused()
    {
        var (man, woman) = await NewCoupleAsync();
        var manClient = await Factory.SignedInAsync(man);
        var womanClient = await Factory.SignedInAsync(woman);
        var first = await Submit(manClient, new { otherIin = woman, office = "civil-registry-75", desiredDate = Ahead(3) });
        Assert.Equal("awaiting-consent", first.GetProperty("status").GetString());
        var before = await ApplicationCount();

        var (otherMan, otherWoman) = await NewCoupleAsync();
        // The applicant again, with another partner.
        Assert.Equal("CR-0009", await Error(manClient, new { otherIin = otherWoman, office = "civil-registry-75", desiredDate = Ahead(3) }, HttpStatusCode.Conflict));
        // The other spouse applies the other way round (Mira with Igor).
        Assert.Equal("CR-0009", await Error(womanClient, new { otherIin = man, office = "civil-registry-75", desiredDate = Ahead(3) }, HttpStatusCode.Conflict));
        // Someone else names the bride.
        Assert.Equal("CR-0010", await Error(await Factory.SignedInAsync(otherMan), new { otherIin = woman, office = "civil-registry-75", desiredDate = Ahead(3) }, HttpStatusCode.Conflict));
        Assert.Equal(before, await ApplicationCount());

        // Concurrently: two grooms name the same free bride at once; exactly one application is accepted.
        var (_, bride) = await NewCoupleAsync();
        var grooms = new[] { (await NewCoupleAsync()).Man, (await NewCoupleAsync()).Man };
        var clients = await Task.WhenAll(grooms.Select(g => Factory.SignedInAsync(g)));
        var responses = await Task.WhenAll(clients.Select(c => c.PostAsJsonAsync($"/api/services/{Marriage}/applications",
            new { fields = new { otherIin = bride, office = "civil-registry-75", desiredDate = Ahead(3) } }, Ct)));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Conflict);

        // When the application ends (declined), both may apply again.
        Assert.Equal("declined", (await Answer(womanClient, first.GetProperty("number").GetString()!, "decline")).GetProperty("status").GetString());
        Assert.Equal("awaiting-consent", (await Submit(womanClient, new { otherIin = man, office = "civil-registry-75", desiredDate = Ahead(3) })).GetProperty("status").GetString());
    }

    // 001a.md §3.2 refusal ground 3, D-212: the impediments are checked again when the office records the act; a marriage
    // registered meanwhile (here at an office, outside the portal) stops the record with CR-0011, and nothing is written.
    [Fact]
    public async Task S2_RecordStep_MarriageRegisteredMeanwhile_RecordRefused()
    {
        var (man, woman) = await NewCoupleAsync();
        var (number, slot) = await ScheduledAsync(man, woman, "civil-registry-75");
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            var (otherMan, _) = await NewCoupleAsync();
            db.Add(new CivilAct
            {
                Kind = CivilActKind.Marriage,
                ActNumber = "50-075-26-" + number[5..],
                ActDate = AlmatyTime.LocalDate(Factory.Clock.GetUtcNow()),
                OfficeKk = "—",
                OfficeRu = "—",
                RegionCode = "75",
                HusbandIin = otherMan,
                HusbandName = "СЫНАҚОВ",
                WifeIin = woman,
                WifeName = "СЫНАҚОВА",
            });
            await db.SaveChangesAsync(Ct);
        }

        await AdvanceTo(slot);
        var executor = await Factory.SignedInAsync(DemoData.RegistryExecutor.Iin, "ru");
        var response = await executor.PostAsJsonAsync($"/api/applications/{number}/actions/record-marriage", new { reason = (string?)null }, Ct);
        var problem = await ApiResponses.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal("CR-0011", problem.GetProperty("errorCode").GetString());
        Assert.Contains("нерасторгнутом браке", problem.GetProperty("detail").GetString());
        var app = await executor.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
        Assert.Equal("scheduled", app.GetProperty("status").GetString());
        Assert.Equal(0, await MarriagesOf(man));
    }

    // 001a.md §3.2 result (a), D-213: the marriage is registered at the booked time; recording earlier is refused
    // (CR-0012), and the act recorded at the slot is dated on the day it is recorded.
    [Fact]
    public async Task S2_RecordBeforeBookedTime_Refused_AtTheSlotRecordedAndDatedThatDay()
    {
        var (man, woman) = await NewCoupleAsync();
        var (number, slot) = await ScheduledAsync(man, woman, "civil-registry-63");
        var executor = await Factory.SignedInAsync(CivilRegistryDemoData.Staff.Single(s => s.UnitId == "civil-registry-63").Iin);
        var early = await executor.PostAsJsonAsync($"/api/applications/{number}/actions/record-marriage", new { reason = (string?)null }, Ct);
        Assert.Equal("CR-0012", (await ApiResponses.ProblemAsync(early, HttpStatusCode.Conflict)).GetProperty("errorCode").GetString());
        Assert.Equal(0, await MarriagesOf(man));

        await AdvanceTo(slot.AddMinutes(20));
        executor = await Factory.SignedInAsync(CivilRegistryDemoData.Staff.Single(s => s.UnitId == "civil-registry-63").Iin); // the session has expired
        var recorded = await executor.PostAsJsonAsync($"/api/applications/{number}/actions/record-marriage", new { reason = (string?)null }, Ct);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var act = await db.Set<CivilAct>().AsNoTracking().SingleAsync(a => a.Kind == CivilActKind.Marriage && a.HusbandIin == man, Ct);
        Assert.Equal(DateOnly.FromDateTime(slot.DateTime), act.ActDate);
    }

    // Issue 10: every date the platform computes comes from the working calendar. 16 December 2026 is Independence Day.
    // 001a.md §3.2 result (a), D-208: a couple asking for 16 December gets the first slot of the next working day.
    // 001a.md §3.1 delivery, D-203, D-214: a duplicate for a person from region 11 goes to the Akmola registry office,
    // whose executor issues it and records the handover; issued on 15 December, it is collected from 17 December.
    // (One test: the clock must still be before 16 December for the first part; other tests move it only a few days.)
    [Fact]
    public async Task WorkingCalendar_WeddingSlotSkipsIndependenceDay_Region11DuplicateProcessedByItsOfficeCollectedAfterHoliday()
    {
        var (man, woman) = await NewCoupleAsync();
        var marriage = await Submit(await Factory.SignedInAsync(man), new { otherIin = woman, office = "civil-registry-71", desiredDate = "2026-12-16" });
        await Answer(await Factory.SignedInAsync(woman), marriage.GetProperty("number").GetString()!, "consent");
        var paid = await Pay(await Factory.SignedInAsync(man), marriage.GetProperty("number").GetString()!);
        Assert.Equal("17.12.2026 10:00", await Statement(paid, "Дата и время"));

        var igor = await Factory.SignedInAsync(DemoData.Igor.Iin, "ru");
        var app = await ApiResponses.CreatedAsync(await igor.PostAsJsonAsync($"/api/services/{Duplicate}/applications",
            new { fields = new { kind = "divorce", spouse = "МАМЕТОВА", marriagePlace = "Ақкөл", marriageDate = "1995-06-10" } }, Ct));
        Assert.Equal("civil-registry-11", app.GetProperty("unitId").GetString());
        var number = app.GetProperty("number").GetString()!;
        Assert.Equal("accepted", (await Pay(igor, number)).GetProperty("status").GetString());

        await AdvanceTo(new DateTimeOffset(2026, 12, 15, 12, 0, 0, TimeSpan.FromHours(5)));
        var executor = await Factory.SignedInAsync(CivilRegistryDemoData.Staff.Single(s => s.UnitId == "civil-registry-11").Iin);
        Assert.Contains((await executor.GetFromJsonAsync<JsonElement>("/api/applications", Ct)).GetProperty("items").EnumerateArray(),
            a => a.GetProperty("number").GetString() == number);
        Assert.Equal("ready-for-collection", (await Act(executor, number, "issue-duplicate")).GetProperty("status").GetString());
        Assert.Equal("handed-over", (await Act(executor, number, "record-issue")).GetProperty("status").GetString());
        igor = await Factory.SignedInAsync(DemoData.Igor.Iin, "ru"); // the session has expired
        var inbox = (await igor.GetFromJsonAsync<JsonElement[]>("/api/cabinet/inbox", Ct))!.Select(m => m.GetProperty("body").GetString()!).ToList();
        Assert.Contains(inbox, m => m.Contains("можно получить с 17.12.2026"));
    }

    // D-214: every unit a service can be assigned to has staff for each role its procedure needs (demo data), monitoring
    // says so; a unit without them is listed (admin endpoint, health), a region's work goes to the fallback office, and
    // with the fallback unstaffed too the submission is refused rather than stuck.
    [Fact]
    public async Task EveryAssignableUnit_HasStaffForEveryRoleItsProcedureNeeds_GapsAreMonitored()
    {
        var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin);
        var gaps = await admin.GetFromJsonAsync<JsonElement[]>("/api/admin/staffing", Ct);
        Assert.True(gaps!.Length == 0, string.Join("; ", gaps.Select(g => g.ToString())));
        Assert.Equal("healthy", (await Factory.CreateClient().GetFromJsonAsync<JsonElement>("/health/staffing", Ct)).GetProperty("status").GetString());
        var forbidden = await (await Factory.SignedInAsync(DemoData.RegistryExecutor.Iin)).GetAsync("/api/admin/staffing", Ct);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        // The same from the registry of procedures: each service's units (by its prefix) have every role it needs.
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var registry = scope.ServiceProvider.GetRequiredService<Qyzmet.Platform.Cases.ProcedureRegistry>();
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            var units = await db.ProviderUnits.AsNoTracking().Select(u => u.Id).ToListAsync(Ct);
            var staff = await db.Staff.AsNoTracking().ToListAsync(Ct);
            foreach (var handler in registry.All)
            {
                // ADR 0015: a provider's subdivisions ("<provider>/<subdivision>") are staffed together with it.
                var mine = units.Where(u => u.StartsWith(handler.UnitPrefix, StringComparison.Ordinal)).Select(Qyzmet.Platform.Cases.UnitStaffing.RootOf).Distinct().ToList();
                Assert.NotEmpty(mine);
                foreach (var unit in mine)
                {
                    foreach (var role in Qyzmet.Platform.Cases.UnitStaffing.RolesNeeded(handler.Procedure))
                    {
                        Assert.True(staff.Any(s => (s.UnitId == unit || s.UnitId.StartsWith(unit + "/", StringComparison.Ordinal)) && s.Role == role),
                            $"{handler.ServiceId}: {unit} has no {role}");
                    }
                }
            }

            // A new registry office with nobody in it yet.
            db.ProviderUnits.Add(new ProviderUnit { Id = "civil-registry-99", Provider = "civil-registry", NameKk = "Сынақ", NameRu = "Тест", RegionCode = "99" });
            await db.SaveChangesAsync(Ct);
        }

        try
        {
            gaps = await admin.GetFromJsonAsync<JsonElement[]>("/api/admin/staffing", Ct);
            Assert.Contains(gaps!, g => g.GetProperty("unitId").GetString() == "civil-registry-99" && g.GetProperty("serviceId").GetString() == Duplicate
                && g.GetProperty("missingRoles").EnumerateArray().Any(r => r.GetString() == Roles.ProviderExecutor));
            var health = await Factory.CreateClient().GetFromJsonAsync<JsonElement>("/health/staffing", Ct);
            Assert.Equal("degraded", health.GetProperty("status").GetString());

            // A person of region 99: the duplicate goes to Almaty's office (D-214 routing), not to the empty one.
            var person = await NewPersonAsync(Sex.Male, "99");
            var app = await ApiResponses.CreatedAsync(await (await Factory.SignedInAsync(person)).PostAsJsonAsync($"/api/services/{Duplicate}/applications",
                new { fields = new { kind = "name-change", surnameBefore = "ИВАНОВ" } }, Ct));
            Assert.Equal("civil-registry-75", app.GetProperty("unitId").GetString());

            // With nobody at Almaty's office either, the application is not accepted (503 CASE-0015, nothing stored).
            await using (var scope = Factory.Services.CreateAsyncScope())
            {
                await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().Staff.Where(s => s.Iin == DemoData.RegistryExecutor.Iin).ExecuteDeleteAsync(Ct);
            }

            var before = await ApplicationCount();
            var refused = await (await Factory.SignedInAsync(person)).PostAsJsonAsync($"/api/services/{Duplicate}/applications",
                new { fields = new { kind = "name-change", surnameBefore = "ИВАНОВ" } }, Ct);
            Assert.Equal("CASE-0015", (await ApiResponses.ProblemAsync(refused, HttpStatusCode.ServiceUnavailable)).GetProperty("errorCode").GetString());
            Assert.Equal(before, await ApplicationCount());
            gaps = await admin.GetFromJsonAsync<JsonElement[]>("/api/admin/staffing", Ct);
            Assert.Contains(gaps!, g => g.GetProperty("unitId").GetString() == "civil-registry-75" && g.GetProperty("serviceId").GetString() == Duplicate);
        }
        finally
        {
            await using var scope = Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            await db.ProviderUnits.Where(u => u.Id == "civil-registry-99").ExecuteDeleteAsync(Ct);
            if (!await db.Staff.AnyAsync(s => s.Iin == DemoData.RegistryExecutor.Iin, Ct))
            {
                db.Staff.Add(DemoData.RegistryExecutor);
                await db.SaveChangesAsync(Ct);
            }
        }
    }

    /// <summary>Submits, consents and pays an application of the couple; returns its number and the booked slot (Almaty time).</summary>
    private async Task<(string Number, DateTimeOffset Slot)> ScheduledAsync(string man, string woman, string office)
    {
        var manClient = await Factory.SignedInAsync(man);
        var number = (await Submit(manClient, new { otherIin = woman, office, desiredDate = Ahead(2) })).GetProperty("number").GetString()!;
        await Answer(await Factory.SignedInAsync(woman), number, "consent");
        var paid = await Pay(manClient, number);
        Assert.Equal("scheduled", paid.GetProperty("status").GetString());
        var when = DateTime.ParseExact((await Statement(paid, "Дата и время"))!, "dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
        return (number, new DateTimeOffset(when, TimeSpan.FromHours(5)));
    }

    /// <summary>A desired date some days after today's Almaty date on the (shared) test clock.</summary>
    private string Ahead(int days) =>
        AlmatyTime.LocalDate(Factory.Clock.GetUtcNow()).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void AdvanceToSync(DateTimeOffset instant)
    {
        var by = instant - Factory.Clock.GetUtcNow();
        if (by > TimeSpan.Zero)
        {
            Factory.Clock.Advance(by);
        }
    }

    private Task AdvanceTo(DateTimeOffset instant)
    {
        AdvanceToSync(instant);
        return Task.CompletedTask;
    }

    private async Task<(string Man, string Woman)> NewCoupleAsync() => (await NewPersonAsync(Sex.Male, "75"), await NewPersonAsync(Sex.Female, "75"));

    /// <summary>A new adult of the Individuals database with no civil acts.</summary>
    private async Task<string> NewPersonAsync(Sex sex, string region)
    {
        var serial = Interlocked.Increment(ref _serial);
        var birth = new DateOnly(1985, 1, 1).AddDays(serial);
        var iin = Iin.Create(birth, sex, serial).Value;
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        db.People.Add(new Person
        {
            Iin = iin,
            LastName = sex == Sex.Male ? "СЫНАҚОВ" : "СЫНАҚОВА",
            FirstName = "N" + serial.ToString(CultureInfo.InvariantCulture),
            BirthDate = birth,
            Sex = sex == Sex.Male ? "male" : "female",
            RegionCode = region,
            Address = "—",
        });
        await db.SaveChangesAsync(Ct);
        return iin;
    }

    private async Task<int> ApplicationCount()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().Applications.CountAsync(Ct);
    }

    private async Task<int> MarriagesOf(string husband)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().Set<CivilAct>().CountAsync(a => a.Kind == CivilActKind.Marriage && a.HusbandIin == husband, Ct);
    }

    private async Task<string?> Statement(JsonElement app, string label)
    {
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{app.GetProperty("documentId").GetString()}/verification", Ct);
        return verification.GetProperty("statement").EnumerateArray().Where(r => r[0].GetString() == label).Select(r => r[1].GetString()).FirstOrDefault();
    }

    private static async Task<JsonElement> Submit(HttpClient client, object fields) =>
        await ApiResponses.CreatedAsync(await client.PostAsJsonAsync($"/api/services/{Marriage}/applications", new { fields }, Ct));

    private static async Task<string?> Error(HttpClient client, object fields, HttpStatusCode expected) =>
        (await ApiResponses.ProblemAsync(await client.PostAsJsonAsync($"/api/services/{Marriage}/applications", new { fields }, Ct), expected)).GetProperty("errorCode").GetString();

    /// <summary>Pays the open fee through the simulated gateway (ADR 0020); the application afterwards.</summary>
    private Task<JsonElement> Pay(HttpClient client, string number) => Factory.PayAsync(client, number, GoodCard);

    private static async Task<JsonElement> Act(HttpClient staff, string number, string trigger)
    {
        var response = await staff.PostAsJsonAsync($"/api/applications/{number}/actions/{trigger}", new { reason = (string?)null }, Ct);
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
}

public sealed class SqliteCivilRegistryRulesTests(SqliteHost host) : CivilRegistryRulesTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresCivilRegistryRulesTests(PostgresHost host) : CivilRegistryRulesTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
