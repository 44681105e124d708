using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Seeding;
using Qyzmet.RealEstateCadastre.Features.CorrectOnRenaming;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>000.md para 7 (P2): free corrections of passports after renaming decisions, and hearings; own host, since it renames demo data and moves the clock.</summary>
public abstract class CadastreRenamingTests : CadastreTestBase
{
    // Para 7: a street renamed by the local bodies → every affected passport corrected within 1 working day, free,
    // in batches; the owners are notified; the history shows the old and the new value.
    [Fact]
    public async Task StreetRenamed_PassportsCorrectedInBatchesOwnersNotifiedHistoryOldAndNew()
    {
        var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin);
        var citizen = await Factory.SignedInAsync(Aigerim);
        Assert.Equal("CAD-0015", await Code(await citizen.PostAsJsonAsync("/api/cadastre/renaming-decisions", new { }, Ct), HttpStatusCode.Forbidden));
        Assert.Equal("CAD-0011", await Code(await admin.PostAsJsonAsync("/api/cadastre/renaming-decisions", new { number = "1", kind = "street" }, Ct), HttpStatusCode.BadRequest));

        var created = await Ok(await admin.PostAsJsonAsync("/api/cadastre/renaming-decisions", new
        {
            number = "12/345",
            decidedOn = "2026-11-20",
            authority = "Алматы қаласы мәслихаты мен әкімдігі",
            kind = "street",
            settlement = "Алматы",
            street = (string?)null,
            oldValue = "Жамақаев",
            newValue = "Бауыржан Момышұлы",
        }, Ct));
        var calendar = Qyzmet.Kernel.Calendar.WorkingCalendar.Statutory;
        Assert.Equal(calendar.AddWorkingDays(calendar.AcceptanceDay(Factory.Clock.GetUtcNow()), 1).ToString("yyyy-MM-dd"),
            created.GetProperty("dueOn").GetString());

        // Batches of one object: three objects stand on that street (house, garage, workshop).
        var runs = 0;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var corrections = scope.ServiceProvider.GetRequiredService<RenamingCorrections>();
            while (runs < 10 && await corrections.RunBatchAsync(Ct, batchSize: 1) > 0)
            {
                runs++;
            }
        }

        Assert.True(runs >= 3);
        var decision = await admin.GetFromJsonAsync<JsonElement>($"/api/cadastre/renaming-decisions/{created.GetProperty("id").GetInt64()}", Ct);
        Assert.Equal(3, decision.GetProperty("correctedCount").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, decision.GetProperty("completedAt").ValueKind);

        var garage = await citizen.GetFromJsonAsync<JsonElement>("/api/cadastre/objects/75-123-045-070:1", Ct);
        Assert.Contains("Бауыржан Момышұлы", garage.GetProperty("address").GetProperty("ru").GetString());
        // D-414: an object with an address code prints the address register's text; its own settlement/street text is
        // corrected, but the printed address changes only when the register does (ADR 0026).
        var house = await citizen.GetFromJsonAsync<JsonElement>("/api/cadastre/objects/75-123-045-067:1", Ct);
        var registered = await citizen.GetFromJsonAsync<JsonElement>($"/api/addresses/{DemoAddresses.ZhamakayevHouse}", Ct);
        Assert.Equal(registered.GetProperty("text").GetProperty("ru").GetString(), house.GetProperty("address").GetProperty("ru").GetString());
        Assert.Equal("Бауыржан Момышұлы", house.GetProperty("street").GetString());
        var passportDocument = house.GetProperty("passport").GetProperty("documentId").GetString();
        Assert.NotNull(passportDocument); // the corrected passport is a new signed document, free of charge
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{passportDocument}/verification", Ct);
        Assert.Contains(verification.GetProperty("statement").EnumerateArray(), r => r[1].GetString()!.Contains("Жамақаев → Бауыржан Момышұлы"));

        // Issue 10 item 18, D-412: the owner downloads the corrected passport free (no S2 duplicate needed). The seeded
        // passport had no e-document (D-410): equal shares since the same day → the lower IIN owns the correction.
        var ownerIin = string.CompareOrdinal(Aigerim, Nurlan) < 0 ? Aigerim : Nurlan;
        var owner = await Factory.SignedInAsync(ownerIin);
        var ownersView = await owner.GetFromJsonAsync<JsonElement>("/api/cadastre/objects/75-123-045-067:1", Ct);
        var download = await owner.GetAsync(ownersView.GetProperty("passport").GetProperty("documentUrl").GetString(), Ct);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(await download.Content.ReadAsByteArrayAsync(Ct), 0, 4));
        Assert.Contains((await owner.GetFromJsonAsync<JsonElement[]>("/api/cabinet/documents", Ct))!, d => d.GetProperty("id").GetString() == passportDocument);
        var coOwner = await Factory.SignedInAsync(ownerIin == Aigerim ? Nurlan : Aigerim);
        Assert.Equal(JsonValueKind.Null, (await coOwner.GetFromJsonAsync<JsonElement>("/api/cadastre/objects/75-123-045-067:1", Ct)).GetProperty("passport").GetProperty("documentUrl").ValueKind);
        Assert.Equal("CASE-0010", await Code(await coOwner.GetAsync($"/api/documents/{passportDocument}", Ct), HttpStatusCode.NotFound));

        var history = await citizen.GetFromJsonAsync<JsonElement[]>("/api/cadastre/objects/75-123-045-067:1/history", Ct);
        var change = Assert.Single(history!).GetProperty("changes")[0];
        Assert.Equal("Жамақаев", change.GetProperty("oldValue").GetString());
        Assert.Equal("Бауыржан Момышұлы", change.GetProperty("newValue").GetString());

        var inbox = await citizen.GetFromJsonAsync<JsonElement[]>("/api/cabinet/inbox", Ct);
        Assert.Contains(inbox!, m => m.GetProperty("subject").GetString()!.Contains("75-123-045-067:1"));
        var nurlanInbox = await (await Factory.SignedInAsync(Nurlan)).GetFromJsonAsync<JsonElement[]>("/api/cabinet/inbox", Ct);
        Assert.Contains(nurlanInbox!, m => m.GetProperty("subject").GetString()!.Contains("75-123-045-067:1"));

        // The old passport stays in the inventory file, cancelled by the corrected one.
        var file = await (await Inspector()).GetFromJsonAsync<JsonElement[]>("/api/cadastre/objects/75-123-045-067:1/inventory", Ct);
        var passports = file!.Where(e => e.GetProperty("kind").GetString() == "passport").ToList();
        Assert.Equal(2, passports.Count);
        Assert.True(passports[0].GetProperty("cancelled").GetBoolean());
    }

    // Para 7: renumbering a building's cadastral number renumbers the premises inside it too.
    [Fact]
    public async Task CadastralNumberChanged_BuildingAndItsPremisesRenumbered()
    {
        var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin);
        await Ok(await admin.PostAsJsonAsync("/api/cadastre/renaming-decisions", new
        {
            number = "7/1",
            decidedOn = "2026-11-20",
            authority = "Алматы қаласының әкімдігі",
            kind = "cadastral-number",
            oldValue = "75-050-011-003:1",
            newValue = "75-050-011-003:5",
        }, Ct));
        while ((await Ok(await admin.PostAsync("/api/cadastre/renaming-decisions/run", null, Ct))).GetProperty("corrected").GetInt32() > 0)
        {
        }

        var room = await (await Factory.SignedInAsync(DemoData.Almas.Iin)).GetFromJsonAsync<JsonElement>("/api/cadastre/objects/75-050-011-003:5:207", Ct);
        Assert.Equal("75-050-011-003:5", room.GetProperty("parentNumber").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await admin.GetAsync("/api/cadastre/objects/75-050-011-003:1:207", Ct)).StatusCode);
    }

    // 000.md para 5-1, D-403: the objection is accepted only within 2 working days of the notice; a new hearing
    // notice needs at least 3 working days before the due date (otherwise: agree an extension first).
    [Fact]
    public async Task Hearing_ObjectionAfterWindowRefused_NoticeTooCloseToDeadlineRefused()
    {
        var (_, number, app) = await ToInspectionAsync(DemoData.Talgat.Iin, "real-estate.cadastral-passport", "75-123-045-070:1");
        var due = DateOnly.Parse(app.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var hearingAt = new DateTimeOffset(due.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(5));
        await Ok(await (await Inspector()).PostAsJsonAsync($"/api/applications/{number}/refusal", new { ground = "2", reason = "annex", hearingAt, place = "305" }, Ct));
        var today = Qyzmet.Kernel.Calendar.AlmatyTime.LocalDate(Factory.Clock.GetUtcNow());
        var objectionDue = Qyzmet.Kernel.Calendar.WorkingCalendar.Statutory.AddWorkingDays(today, 2);
        Factory.Clock.Advance(TimeSpan.FromDays(objectionDue.DayNumber - today.DayNumber + 1));
        var applicant = await Factory.SignedInAsync(DemoData.Talgat.Iin);
        Assert.Equal("CAD-0905", await Code(await applicant.PostAsJsonAsync($"/api/applications/{number}/objection", new { text = "late" }, Ct), HttpStatusCode.Conflict));
        // D-411: the decision waits for the hearing itself (held on the due date here).
        Assert.Equal("CAD-0908", await Code(await (await Head()).PostAsJsonAsync($"/api/applications/{number}/hearing-decision", new { provide = true, reason = "early" }, Ct), HttpStatusCode.Conflict));
        Factory.Clock.Advance(hearingAt - Factory.Clock.GetUtcNow());
        await Ok(await (await Head()).PostAsJsonAsync($"/api/applications/{number}/hearing-decision", new { provide = true, reason = "no objection, reconsidered" }, Ct));
        Assert.Equal("CAD-0902", await Code(await (await Inspector()).PostAsJsonAsync($"/api/applications/{number}/refusal",
            new { ground = "2", reason = "again", hearingAt, place = "305" }, Ct), HttpStatusCode.Conflict));
    }

    // 000.md para 5-1, issue 10 item 15, D-411: the final decision comes only after the hearing time and the objection
    // window. Before either, both decisions are refused (CAD-0908) and change nothing; after them the refusal stands,
    // with the preliminary decision's reason, or the service continues at the step where it was.
    [Theory]
    [InlineData(false, "refused")]
    [InlineData(true, "inspection")]
    public async Task HearingDecision_OnlyAfterHearingTimeAndObjectionWindow(bool provide, string outcome)
    {
        var (applicant, number, _) = await ToInspectionAsync(provide ? DemoData.Igor.Iin : DemoData.Dana.Iin, "real-estate.cadastral-passport", "75-310-002-015:1");
        var calendar = Qyzmet.Kernel.Calendar.WorkingCalendar.Statutory;
        var today = Qyzmet.Kernel.Calendar.AlmatyTime.LocalDate(Factory.Clock.GetUtcNow());
        var objectionDue = calendar.AddWorkingDays(today, 2);
        var hearingAt = Qyzmet.Kernel.Calendar.AlmatyTime.FromLocal(calendar.AddWorkingDays(objectionDue, 1), new TimeOnly(10, 0));
        await Ok(await (await Inspector()).PostAsJsonAsync($"/api/applications/{number}/refusal", new { ground = "2", reason = "annex built without permit", hearingAt, place = "305" }, Ct));
        // A fresh session each time: the clock moves by days.
        async Task<HttpResponseMessage> Decide() =>
            await (await Head()).PostAsJsonAsync($"/api/applications/{number}/hearing-decision", new { provide, reason = "after the hearing" }, Ct);

        // Right after the hearing is set.
        Assert.Equal("CAD-0908", await Code(await Decide(), HttpStatusCode.Conflict));
        // On the last day of the objection window.
        Factory.Clock.Advance(Qyzmet.Kernel.Calendar.AlmatyTime.FromLocal(objectionDue, new TimeOnly(17, 0)) - Factory.Clock.GetUtcNow());
        Assert.Equal("CAD-0908", await Code(await Decide(), HttpStatusCode.Conflict));
        // The window is over, but the hearing has not been held yet.
        Factory.Clock.Advance(hearingAt - Factory.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        Assert.Equal("CAD-0908", await Code(await Decide(), HttpStatusCode.Conflict));
        applicant = await Factory.SignedInAsync(provide ? DemoData.Igor.Iin : DemoData.Dana.Iin);
        Assert.Equal("hearing", Status(await applicant.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct)));

        Factory.Clock.Advance(TimeSpan.FromMinutes(61));
        var decided = await Ok(await (await Head()).PostAsJsonAsync($"/api/applications/{number}/hearing-decision", new { provide, reason = "after the hearing" }, Ct));
        Assert.Equal(outcome, Status(decided));
        if (!provide)
        {
            Assert.Contains("annex built without permit", decided.GetProperty("outcomeReason").GetString());
        }
    }

    // 000.md para 6 and para 7 (P2), D-412: a renaming correction of a passport still awaiting its additional payment
    // is withheld too, and released with the application: the correction is no way around the payment.
    [Fact]
    public async Task RenamingCorrection_OfWithheldPassport_StaysWithheldUntilAdditionalPayment()
    {
        var (applicant, number, _) = await ToInspectionAsync(DemoData.Mira.Iin, "real-estate.cadastral-passport", "75-310-002-015:1");
        Assert.Equal("awaiting-additional-payment", Status(await InspectAndSignAsync(number, 44m, 0)));
        var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin);
        await Ok(await admin.PostAsJsonAsync("/api/cadastre/renaming-decisions", new
        {
            number = "9/15",
            decidedOn = "2026-11-20",
            authority = "Алматы қаласының әкімдігі",
            kind = "building-number",
            settlement = "Алматы",
            street = "«Қарағай» бағбандық серіктестігі",
            oldValue = "15",
            newValue = "15А",
        }, Ct));
        while ((await Ok(await admin.PostAsync("/api/cadastre/renaming-decisions/run", null, Ct))).GetProperty("corrected").GetInt32() > 0)
        {
        }

        var inventory = await (await Inspector()).GetFromJsonAsync<JsonElement[]>("/api/cadastre/objects/75-310-002-015:1/inventory", Ct);
        var corrected = inventory!.Last(e => e.GetProperty("kind").GetString() == "passport");
        Assert.True(corrected.GetProperty("withheld").GetBoolean());
        applicant = await Factory.SignedInAsync(DemoData.Mira.Iin);
        var before = await applicant.GetFromJsonAsync<JsonElement>("/api/cadastre/objects/75-310-002-015:1", Ct);
        Assert.Equal(JsonValueKind.Null, before.GetProperty("passport").GetProperty("documentId").ValueKind);
        Assert.DoesNotContain((await applicant.GetFromJsonAsync<JsonElement[]>("/api/cabinet/documents", Ct))!,
            d => d.GetProperty("kind").GetString() == "real-estate.cadastral-passport");

        var issued = await Pay(applicant, number);
        Assert.Equal("issued", Status(issued));
        var documentId = issued.GetProperty("documentId").GetString();
        var after = await applicant.GetFromJsonAsync<JsonElement>("/api/cadastre/objects/75-310-002-015:1", Ct);
        Assert.Equal(documentId, after.GetProperty("passport").GetProperty("documentId").GetString());
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{documentId}/verification", Ct);
        Assert.Contains(verification.GetProperty("statement").EnumerateArray(), r => r[1].GetString()!.Contains("15 → 15А"));
    }

    // 000.md App. 1 row 6: the base cost is payable within the window (D-404); unpaid, the application lapses.
    [Fact]
    public async Task Passport_BaseCostUnpaid_Expires()
    {
        var applicant = await Factory.SignedInAsync(DemoData.Mira.Iin);
        var app = await Submit(applicant, "real-estate.cadastral-passport", new { cadastralNumber = "75-310-002-015:1", consent = "given" });
        Factory.Clock.Advance(TimeSpan.FromHours(73));
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Qyzmet.Platform.Timers.DueTimersJob>().RunOnceAsync(Ct);
        }

        applicant = await Factory.SignedInAsync(DemoData.Mira.Iin);
        Assert.Equal("expired", Status(await applicant.GetFromJsonAsync<JsonElement>($"/api/applications/{Number(app)}", Ct)));
    }
}

public sealed class SqliteCadastreRenamingTests(SqliteHost host) : CadastreRenamingTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresCadastreRenamingTests(PostgresHost host) : CadastreRenamingTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
