using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Platform.Complaints;
using Qyzmet.Platform.Seeding;
using Qyzmet.PopulationDocuments;
using Qyzmet.PscQueue;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>
/// 004.md's complaint addressees as kernel data (D-728..D-731), through the HTTP API on SQLite and PostgreSQL: the head of the
/// provider, the head of the Ministry of Internal Affairs, the head of the centre that took the application, and the quality
/// authority, each with the standard's 15 working days counted by the working calendar; the S5 legal entity's outgoing
/// number; a complaint registered at the PSC for a citizen; the cabinet's "My complaints". The application complained about
/// is an S5 address reference (004.md §3.5), issued at once.
/// </summary>
public abstract class ComplaintAddresseeTests
{
    private const string Reference = "population-documents.address-reference";
    private static readonly string Aigerim = DemoData.Aigerim.Iin;

    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> Addressees => new()
    {
        // 004.md §7: "to the head of the provider" (the migration police of Aigerim's registration, Almaty).
        { ComplaintAddressees.ProviderHead, "migration-police-75", PopulationDemoData.Heads[0].Iin },
        // 004.md §7: "or to the head of the Ministry at 010000, Astana, Tauelsizdik Avenue 1".
        { ComplaintAddressees.MinistryHead, "mia", PopulationDemoData.MinistryHead.Iin },
        // 004.md §7: "against a centre employee: to the head of the centre" (the centre whose operator took the application).
        { ComplaintAddressees.CentreHead, "psc-almaty-1", QueueDemoData.AlmatyHead.Iin },
        // 004.md §4.10 row 6: the quality authority, 15 working days.
        { ComplaintAddressees.QualityAuthority, "quality-authority-75", DemoData.QualityHead.Iin },
    };

    // 004.md §4.10 row 4, §7 "Review period: 15 working days from registration at the provider, Ministry or centre" (D-728):
    // each addressee's unit receives it with the standard's term by the working calendar; an answer on the last allowed day is
    // on time, one a working day later is late (and the unanswered one is flagged overdue and may go to the higher body).
    [Theory]
    [MemberData(nameof(Addressees))]
    public async Task EachAddressee_ReceivesItWithFifteenWorkingDays_LastDayOnTime_NextDayLate(string addressee, string unitId, string answererIin)
    {
        var citizen = await Factory.SignedInAsync(Aigerim);
        var number = addressee == ComplaintAddressees.CentreHead ? await AtCentreAsync(Aigerim) : await OnPortalAsync(citizen);

        var onTime = await FileAsync(citizen, number, addressee);
        var late = await FileAsync(citizen, number, addressee);
        Assert.Equal(unitId, onTime.GetProperty("addresseeUnitId").GetString());
        Assert.Equal(15, onTime.GetProperty("termWorkingDays").GetInt32());
        Assert.Equal("004.md §4.10", onTime.GetProperty("termSource").GetString());
        var dueOn = DueOn(onTime);
        Assert.Equal(WorkingCalendar.Statutory.Compute(Factory.Clock.GetUtcNow(), DeadlineRule.WorkingDays(15)).DueDate, dueOn);

        var answerer = await Factory.SignedInAsync(answererIin);
        var desk = await answerer.GetFromJsonAsync<JsonElement[]>("/api/desk/complaints", Ct);
        Assert.Contains(desk!, c => c.GetProperty("number").GetString() == Number(late));

        AdvanceTo(dueOn, new TimeOnly(17, 0));
        answerer = await Factory.SignedInAsync(answererIin);
        var answered = await AnswerAsync(answerer, Number(onTime));
        Assert.True(answered.GetProperty("answeredOnTime").GetBoolean());
        Assert.False(answered.GetProperty("overdue").GetBoolean());

        AdvanceTo(WorkingCalendar.Statutory.NextWorkingDay(dueOn), new TimeOnly(9, 30));
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ComplaintOverdueJob>().RunOnceAsync(Ct);
        }

        citizen = await Factory.SignedInAsync(Aigerim);
        var unanswered = await citizen.GetFromJsonAsync<JsonElement>($"/api/complaints/{Number(late)}", Ct);
        Assert.True(unanswered.GetProperty("overdue").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, unanswered.GetProperty("overdueFlaggedAt").ValueKind);
        // D-723 unchanged: from any head to the quality authority; from the authority only court.
        Assert.Equal(addressee != ComplaintAddressees.QualityAuthority, unanswered.GetProperty("canEscalate").GetBoolean());

        answerer = await Factory.SignedInAsync(answererIin);
        var answeredLate = await AnswerAsync(answerer, Number(late));
        Assert.False(answeredLate.GetProperty("answeredOnTime").GetBoolean());
        Assert.True(answeredLate.GetProperty("overdue").GetBoolean());
    }

    // D-728: the addressees are the standard's data. A centre's head only where a centre took the application (CMP-0030); a
    // service whose standard names no Ministry (002.md: the kernel default) refuses it naming what it offers (CMP-0029);
    // nothing is stored.
    [Fact]
    public async Task Addressee_NotOfferedOrWithoutCentre_RefusedNamingTheField_NothingStored()
    {
        var citizen = await Factory.SignedInAsync(Aigerim, "ru");
        var number = await OnPortalAsync(citizen);
        var noCentre = await ApiResponses.ProblemAsync(await PostAsync(citizen, number, ComplaintAddressees.CentreHead), HttpStatusCode.BadRequest);
        Assert.Equal("CMP-0030", noCentre.GetProperty("errorCode").GetString());
        Assert.Contains("«addressee»", noCentre.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty((await citizen.GetFromJsonAsync<JsonElement[]>($"/api/applications/{number}/complaints", Ct))!);

        var land = await ApiResponses.CreatedAsync(await citizen.PostAsJsonAsync("/api/services/land.cadastral-info/applications",
            new { fields = new { cadastralNumber = "75-123-045-067" } }, Ct));
        var notOffered = await ApiResponses.ProblemAsync(await PostAsync(citizen, land.GetProperty("number").GetString()!, ComplaintAddressees.MinistryHead),
            HttpStatusCode.BadRequest);
        Assert.Equal("CMP-0029", notOffered.GetProperty("errorCode").GetString());
        Assert.Contains("руководителю услугодателя, в уполномоченный орган", notOffered.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    // D-415 (issue 14; 004.md §7, D-728): CMP-0002 and CMP-0029 name the addressees by their Kazakh or Russian names; no
    // API token (provider-head, ministry-head, centre-head, quality-authority) shows in a kk or ru message. English keeps the tokens.
    [Theory]
    [InlineData("kk", "министрліктің басшысына")]
    [InlineData("ru", "руководителю министерства")]
    public async Task AddresseeMessages_InKazakhAndRussian_NameTheKindsWithoutEnglishTokens(string language, string ministryHead)
    {
        var citizen = await Factory.SignedInAsync(Aigerim, language);
        var land = await ApiResponses.CreatedAsync(await citizen.PostAsJsonAsync("/api/services/land.cadastral-info/applications",
            new { fields = new { cadastralNumber = "75-123-045-067" } }, Ct));
        var number = land.GetProperty("number").GetString()!;
        var notOffered = (await ApiResponses.ProblemAsync(await PostAsync(citizen, number, ComplaintAddressees.MinistryHead), HttpStatusCode.BadRequest))
            .GetProperty("detail").GetString()!;
        var unknown = await ApiResponses.ProblemAsync(await PostAsync(citizen, number, "the-minister"), HttpStatusCode.BadRequest);
        Assert.Equal("CMP-0002", unknown.GetProperty("errorCode").GetString());
        var unknownDetail = unknown.GetProperty("detail").GetString()!;

        Assert.Contains(ministryHead, notOffered, StringComparison.Ordinal);
        Assert.Contains(ministryHead, unknownDetail, StringComparison.Ordinal);
        foreach (var token in ComplaintAddressees.All)
        {
            Assert.DoesNotContain(token, notOffered, StringComparison.Ordinal);
            Assert.DoesNotContain(token, unknownDetail, StringComparison.Ordinal);
        }

        var english = await Factory.SignedInAsync(Aigerim, "en");
        var en = (await ApiResponses.ProblemAsync(await PostAsync(english, number, ComplaintAddressees.MinistryHead), HttpStatusCode.BadRequest))
            .GetProperty("detail").GetString()!;
        Assert.Contains("provider-head, quality-authority", en, StringComparison.Ordinal);
    }

    // 004.md §6.9, §4.10 row 1 (S5 item 11): a legal entity's complaint gives its name, postal address and outgoing number
    // (D-729): without the number 422 CMP-0031 naming the field in Kazakh and Russian, nothing stored; with it, registered.
    [Fact]
    public async Task S5_LegalEntity_OutgoingNumberRequired_422InKazakhAndRussian()
    {
        var company = await Factory.SignedInAsync(DemoData.Nurlan.Iin, "ru");
        var app = await ApiResponses.CreatedAsync(await company.PostAsJsonAsync($"/api/services/{Reference}/applications",
            new { applicantId = DemoData.Baiterek.Bin, fields = new { about = "other", subjectIin = DemoData.Talgat.Iin, consent = "Письменное согласие от 21.11.2026" } }, Ct));
        var number = app.GetProperty("number").GetString()!;

        var ru = await ApiResponses.ProblemAsync(await PostAsync(company, number, ComplaintAddressees.ProviderHead), HttpStatusCode.UnprocessableEntity);
        Assert.Equal("CMP-0031", ru.GetProperty("errorCode").GetString());
        Assert.Contains("Поле «outgoingNumber»", ru.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var kk = await ApiResponses.ProblemAsync(await PostAsync(await Factory.SignedInAsync(DemoData.Nurlan.Iin, "kk"), number, ComplaintAddressees.ProviderHead),
            HttpStatusCode.UnprocessableEntity);
        Assert.Contains("«outgoingNumber» өрісі", kk.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty((await company.GetFromJsonAsync<JsonElement[]>($"/api/applications/{number}/complaints", Ct))!);

        var filed = await ApiResponses.CreatedAsync(await company.PostAsJsonAsync($"/api/applications/{number}/complaints",
            new { addressee = "ministry-head", subject = "action", text = "Справка выдана с опозданием.", outgoingNumber = "Исх. № 17-05/112" }, Ct));
        Assert.Equal("Исх. № 17-05/112", filed.GetProperty("outgoingNumber").GetString());
        Assert.Equal("mia", filed.GetProperty("addresseeUnitId").GetString());
    }

    // D-730 (004.md §4.10 row 1, 2′: a written complaint handed in at the centre is registered there): a PSC operator registers a
    // complaint about a unit for a citizen of the register; it records the centre and the operator; the citizen reads it in
    // the cabinet. Without a known person: 400 CMP-0033 naming applicantId.
    [Fact]
    public async Task Psc_FilesUnitComplaintForCitizen_RecordsCentreAndOperator()
    {
        var op = await Factory.SignedInAsync(DemoData.PscOperator.Iin, "ru");
        var body = new { unitId = "migration-police-11", addressee = "provider-head", subject = "inaction", text = "Жалоба на бездействие.", applicantId = (string?)null };
        var none = await ApiResponses.ProblemAsync(await op.PostAsJsonAsync("/api/complaints", body, Ct), HttpStatusCode.BadRequest);
        Assert.Equal("CMP-0033", none.GetProperty("errorCode").GetString());
        Assert.Contains("«applicantId»", none.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("CMP-0033", (await ApiResponses.ProblemAsync(await op.PostAsJsonAsync("/api/complaints", body with { applicantId = "000000000000" }, Ct),
            HttpStatusCode.BadRequest)).GetProperty("errorCode").GetString());

        var filed = await ApiResponses.CreatedAsync(await op.PostAsJsonAsync("/api/complaints", body with { applicantId = DemoData.Almas.Iin }, Ct));
        Assert.Equal("service-centre", filed.GetProperty("channel").GetString());
        Assert.Equal(DemoData.PscOperator.Iin, filed.GetProperty("filedBy").GetString());
        Assert.Equal("psc-almaty-1", filed.GetProperty("filedAtUnitId").GetString());
        Assert.Equal("migration-police-11", filed.GetProperty("addresseeUnitId").GetString());

        var almas = await Factory.SignedInAsync(DemoData.Almas.Iin);
        var mine = await almas.GetFromJsonAsync<JsonElement>("/api/complaints", Ct);
        Assert.Contains(mine.GetProperty("items").EnumerateArray(), c => c.GetProperty("number").GetString() == Number(filed));
    }

    // D-731 (004.md §4.10 "Portal variant": the personal cabinet shows each complaint): "My complaints" lists the person's
    // complaints on applications and about units, newest first, keyset-paged; nobody else's; staff are refused.
    [Fact]
    public async Task Cabinet_ListsBothKinds_NewestFirst_Paged_NotOthers()
    {
        var talgat = await Factory.SignedInAsync(DemoData.Talgat.Iin);
        var number = await OnPortalAsync(talgat);
        var onApp = await FileAsync(talgat, number, ComplaintAddressees.ProviderHead);
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var aboutUnit = await ApiResponses.CreatedAsync(await talgat.PostAsJsonAsync("/api/complaints",
            new { unitId = "psc-almaty-1", addressee = "provider-head", subject = "action", text = "Документы не приняли." }, Ct));
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var others = await FileAsync(await Factory.SignedInAsync(Aigerim), await OnPortalAsync(await Factory.SignedInAsync(Aigerim)), ComplaintAddressees.ProviderHead);

        var first = await talgat.GetFromJsonAsync<JsonElement>("/api/complaints?take=1", Ct);
        var item = Assert.Single(first.GetProperty("items").EnumerateArray());
        Assert.Equal(Number(aboutUnit), Number(item));
        Assert.Equal(JsonValueKind.Null, item.GetProperty("applicationNumber").ValueKind);
        var next = first.GetProperty("next").GetString();
        var second = await talgat.GetFromJsonAsync<JsonElement>($"/api/complaints?take=1&after={next}", Ct);
        var older = Assert.Single(second.GetProperty("items").EnumerateArray());
        Assert.Equal(Number(onApp), Number(older));
        Assert.Equal(number, older.GetProperty("applicationNumber").GetString());

        var all = (await talgat.GetFromJsonAsync<JsonElement>("/api/complaints", Ct)).GetProperty("items").EnumerateArray().Select(Number).ToList();
        Assert.DoesNotContain(Number(others), all);
        Assert.Equal(all.Count, all.Distinct().Count());

        var staff = await Factory.SignedInAsync(DemoData.LandExecutor.Iin);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync("/api/complaints", Ct)).StatusCode);
    }

    private static async Task<string> OnPortalAsync(HttpClient citizen)
    {
        var app = await ApiResponses.CreatedAsync(await citizen.PostAsJsonAsync($"/api/services/{Reference}/applications", new { fields = new { about = "self" } }, Ct));
        return app.GetProperty("number").GetString()!;
    }

    private async Task<string> AtCentreAsync(string applicantId)
    {
        var desk = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var app = await ApiResponses.CreatedAsync(await desk.PostAsJsonAsync($"/api/services/{Reference}/applications", new { applicantId, fields = new { about = "self" } }, Ct));
        return app.GetProperty("number").GetString()!;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string number, string addressee) =>
        client.PostAsJsonAsync($"/api/applications/{number}/complaints", new { addressee, subject = "action", text = "Справку выдали с ошибкой в адресе." }, Ct);

    private static async Task<JsonElement> FileAsync(HttpClient client, string number, string addressee) =>
        await ApiResponses.CreatedAsync(await PostAsync(client, number, addressee));

    private static async Task<JsonElement> AnswerAsync(HttpClient answerer, string complaint)
    {
        var response = await answerer.PostAsJsonAsync($"/api/complaints/{complaint}/answer",
            new { decision = "rejected", reasons = "Справка соответствует регистру.", remedy = (string?)null }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static string Number(JsonElement complaint) => complaint.GetProperty("number").GetString()!;

    private static DateOnly DueOn(JsonElement complaint) =>
        DateOnly.Parse(complaint.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Moves the shared clock forward to the Almaty date and time (never back: the class's tests share the clock).</summary>
    private void AdvanceTo(DateOnly date, TimeOnly time)
    {
        var by = AlmatyTime.FromLocal(date, time) - Factory.Clock.GetUtcNow();
        Assert.True(by >= TimeSpan.Zero, $"the shared clock is already past {date} {time}");
        Factory.Clock.Advance(by);
    }
}

public sealed class SqliteComplaintAddresseeTests(SqliteHost host) : ComplaintAddresseeTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresComplaintAddresseeTests(PostgresHost host) : ComplaintAddresseeTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
