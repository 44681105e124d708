using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Documents;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>
/// The clerk's workbench (issue 11 "The clerk's workbench"; issue 16 item 5) through HTTP, on SQLite and PostgreSQL:
/// the queue by unit and role, filters, keyset paging, deadline flags, the application view and its draft preview,
/// and staff of another unit seeing nothing.
/// </summary>
public abstract class DeskWorkbenchTests
{
    private const string Passport = "real-estate.cadastral-passport";
    private const string Discrepancy = "real-estate.discrepancy-conclusion";
    private const string Duplicate = "civil-registry.duplicate-certificate";
    private static int _units;
    private static int _serial = 700;
    private static int _numbers;

    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record TestUnit(string Id, string Executor, string Archive, string Inspector);

    /// <summary>A technical-inspection unit of its own, with an executor, an archive clerk and an inspector, so that each test's queue is its own.</summary>
    private async Task<TestUnit> NewUnitAsync()
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var id = "sc-re-wb" + Interlocked.Increment(ref _units).ToString(System.Globalization.CultureInfo.InvariantCulture);
        db.ProviderUnits.Add(new ProviderUnit { Id = id, Provider = "state-corporation", NameKk = "Сынақ бөлімі", NameRu = "Тестовый отдел", RegionCode = "75" });
        string Staff(string role)
        {
            var iin = Iin.Create(new DateOnly(1985, 1, 1), Sex.Male, Interlocked.Increment(ref _serial)).Value;
            db.Staff.Add(new StaffMember { Iin = iin, FullName = "СЫНАҚ " + role.ToUpperInvariant(), Role = role, UnitId = id });
            return iin;
        }

        var unit = new TestUnit(id, Staff(Roles.ProviderExecutor), Staff(Roles.ArchiveClerk), Staff(Roles.Inspector));
        await db.SaveChangesAsync(Ct);
        return unit;
    }

    /// <summary>Applications as the platform stores them, in a given step, submitted at a given time (numbers rise in insertion order).</summary>
    private async Task<List<string>> InsertAsync(string unit, string service, string status, int count, DateOnly? dueOn, DateTime submittedAt)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var numbers = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var number = "2026-8" + Interlocked.Increment(ref _numbers).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
            numbers.Add(number);
            db.Applications.Add(new Application
            {
                Id = Guid.CreateVersion7(),
                Number = number,
                ServiceId = service,
                ApplicantId = DemoData.Aigerim.Iin,
                ApplicantName = DemoData.Aigerim.FullName,
                SubmittedBy = DemoData.Aigerim.Iin,
                Channel = "portal",
                Status = status,
                FormJson = "{\"cadastralNumber\":\"75-123-045-067:1\",\"consent\":\"given\"}",
                UnitId = unit,
                SubmittedAt = submittedAt.AddSeconds(i),
                UpdatedAt = submittedAt.AddSeconds(i),
                AcceptedOn = AlmatyTime.LocalDate(new DateTimeOffset(submittedAt, TimeSpan.Zero)),
                DueOn = dueOn,
            });
        }

        await db.SaveChangesAsync(Ct);
        return numbers;
    }

    private DateOnly Today => AlmatyTime.LocalDate(Factory.Clock.GetUtcNow());

    private DateTime Now => Factory.Clock.GetUtcNow().UtcDateTime;

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private static List<string> Numbers(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()!)];

    // Issue 16 item 5 (000.md para 4: the executor checks completeness within 1 working day): the queue is filtered in
    // the database by unit and the role's steps. The old desk took the unit's 200 newest applications and filtered them
    // afterwards, so an executor with 383 newer applications awaiting payment saw none of the 5 waiting for them.
    [Fact]
    public async Task Queue_ManyNewerApplicationsInOtherSteps_ExecutorStillSeesTheirs()
    {
        var unit = await NewUnitAsync();
        var mine = await InsertAsync(unit.Id, Passport, "completeness-check", 5, Today.AddDays(9), Now.AddDays(-3));
        await InsertAsync(unit.Id, Passport, "awaiting-base-payment", 383, Today.AddDays(1), Now.AddHours(-1));

        var executor = await Factory.SignedInAsync(unit.Executor);
        var cadastreDesk = await executor.GetFromJsonAsync<JsonElement[]>("/api/cadastre/desk", Ct);
        Assert.Equal(mine, cadastreDesk!.Select(d => d.GetProperty("number").GetString()!).ToList());
        Assert.All(cadastreDesk!, d => Assert.Contains("accept", d.GetProperty("actions").EnumerateArray().Select(a => a.GetString())));

        var queue = await Json(await executor.GetAsync("/api/desk/queue", Ct));
        Assert.Equal(mine, Numbers(queue));
        Assert.True(queue.GetProperty("next").ValueKind == JsonValueKind.Null);
    }

    // Issue 11: each role's queue holds the steps that role acts on (000.md para 4, 7: executor, archive, inspector),
    // and a staff member of another unit sees none of this unit's applications.
    [Fact]
    public async Task Queue_ByRole_OnlyTheRolesStepsOfTheOwnUnit()
    {
        var unit = await NewUnitAsync();
        var check = await InsertAsync(unit.Id, Passport, "completeness-check", 2, Today.AddDays(5), Now);
        var archive = await InsertAsync(unit.Id, Passport, "archive", 2, Today.AddDays(5), Now);
        var inspection = await InsertAsync(unit.Id, Passport, "inspection", 1, Today.AddDays(5), Now);

        // The executor checks completeness and may refuse during the inspection (000.md para 4, 9); the archive clerk only retrieves files.
        Assert.Equal([.. check, .. inspection], Numbers(await Json(await (await Factory.SignedInAsync(unit.Executor)).GetAsync("/api/desk/queue", Ct))));
        Assert.Equal(archive, Numbers(await Json(await (await Factory.SignedInAsync(unit.Archive)).GetAsync("/api/desk/queue", Ct))));
        var inspector = await Json(await (await Factory.SignedInAsync(unit.Inspector)).GetAsync("/api/desk/queue?lang=ru", Ct));
        Assert.Equal(inspection, Numbers(inspector));
        var item = inspector.GetProperty("items")[0];
        Assert.Equal("Государственное техническое обследование", item.GetProperty("step").GetString());
        Assert.Equal(Qyzmet.Platform.Desk.DeskQueue.ServiceLabel(Passport).Ru, item.GetProperty("service").GetString()); // a label, never the id
        Assert.Equal(DemoData.Aigerim.FullName, item.GetProperty("applicantName").GetString());
        var refuse = item.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("trigger").GetString() == "preliminary-refusal");
        Assert.True(refuse.GetProperty("reasonRequired").GetBoolean());
        Assert.True(refuse.GetProperty("needsHearing").GetBoolean());

        // The open view of the unit holds every step under way; another unit's executor sees none of it.
        var open = Numbers(await Json(await (await Factory.SignedInAsync(unit.Executor)).GetAsync("/api/desk/queue?status=open&limit=100", Ct)));
        Assert.Equal([.. check, .. archive, .. inspection], open);
        var other = Numbers(await Json(await (await Factory.SignedInAsync(Qyzmet.RealEstateCadastre.CadastreDemoData.Executor.Iin)).GetAsync("/api/desk/queue?status=open&limit=100", Ct)));
        Assert.DoesNotContain(other, n => open.Contains(n));
    }

    // Issue 11: keyset pages are stable: the oldest due first, ties by number, applications without a due date last;
    // walking the pages returns each application once even when new applications arrive between pages.
    [Fact]
    public async Task Queue_KeysetPages_OldestDueFirst_EachOnce()
    {
        var unit = await NewUnitAsync();
        var late = await InsertAsync(unit.Id, Passport, "completeness-check", 2, Today.AddDays(8), Now);
        var undated = await InsertAsync(unit.Id, Passport, "completeness-check", 2, null, Now);
        var early = await InsertAsync(unit.Id, Passport, "completeness-check", 3, Today.AddDays(2), Now);
        var middle = await InsertAsync(unit.Id, Discrepancy, "completeness-check", 2, Today.AddDays(4), Now);
        List<string> expected = [.. early, .. middle, .. late, .. undated];

        var executor = await Factory.SignedInAsync(unit.Executor);
        var seen = new List<string>();
        string? next = null;
        var pages = 0;
        do
        {
            var page = await Json(await executor.GetAsync("/api/desk/queue?limit=2" + (next is null ? "" : "&after=" + Uri.EscapeDataString(next)), Ct));
            seen.AddRange(Numbers(page));
            next = page.GetProperty("next").GetString();
            if (pages++ == 1)
            {
                // Arrives while the clerk pages: due before the cursor, so it is not on a later page and nothing repeats.
                await InsertAsync(unit.Id, Passport, "completeness-check", 1, Today.AddDays(1), Now);
            }
        }
        while (next is not null && pages < 20);

        Assert.Equal(expected, seen);
        Assert.Equal(5, pages);
    }

    // Issue 11: the filters (service, step, status, due) work in the database; a wrong value is a 400 naming the field.
    [Fact]
    public async Task Queue_Filters_ServiceStepStatusDue_WrongValueNamesTheField()
    {
        var unit = await NewUnitAsync();
        var passport = await InsertAsync(unit.Id, Passport, "completeness-check", 2, Today.AddDays(3), Now);
        var discrepancy = await InsertAsync(unit.Id, Discrepancy, "completeness-check", 1, Today.AddDays(3), Now);
        var overdue = await InsertAsync(unit.Id, Passport, "completeness-check", 1, Today.AddDays(-1), Now.AddDays(-5));
        var today = await InsertAsync(unit.Id, Passport, "completeness-check", 1, Today, Now);
        var unpaid = await InsertAsync(unit.Id, Passport, "awaiting-base-payment", 1, Today.AddDays(6), Now);
        var closed = await InsertAsync(unit.Id, Passport, "issued", 1, Today.AddDays(-3), Now.AddDays(-9));

        var executor = await Factory.SignedInAsync(unit.Executor);
        async Task<List<string>> Q(string query) => Numbers(await Json(await executor.GetAsync("/api/desk/queue?limit=100&" + query, Ct)));
        Assert.Equal(discrepancy, await Q("service=" + Discrepancy));
        Assert.Equal(overdue, await Q("due=overdue"));
        Assert.Equal(today, await Q("due=today"));
        Assert.Equal(unpaid, await Q("status=open&step=awaiting-base-payment"));
        Assert.Equal(closed, await Q("status=closed"));
        Assert.Equal([.. overdue, .. today, .. passport, .. discrepancy], await Q("step=completeness-check"));

        foreach (var (query, field) in new[] { ("step=issued", "step"), ("status=everything", "status"), ("due=soon", "due"), ("service=land.cadastral-info", "service"), ("after=not-a-cursor", "after"), ("limit=0", "limit") })
        {
            var response = await executor.GetAsync("/api/desk/queue?" + query, Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, query + ": " + body);
            Assert.Contains("\"" + field + "\"", body);
        }
    }

    // Issue 11: overdue and due-today are Almaty calendar days of the platform's clock (TimeProvider), never the server's.
    [Fact]
    public async Task Queue_OverdueAndDueTodayFlags_FollowTheClock()
    {
        var unit = await NewUnitAsync();
        var today = (await InsertAsync(unit.Id, Passport, "completeness-check", 1, Today, Now))[0];
        var tomorrow = (await InsertAsync(unit.Id, Passport, "completeness-check", 1, Today.AddDays(1), Now))[0];
        async Task<Dictionary<string, (bool Overdue, bool DueToday)>> FlagsAsync()
        {
            var executor = await Factory.SignedInAsync(unit.Executor);
            var page = await Json(await executor.GetAsync("/api/desk/queue", Ct));
            return page.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("number").GetString()!,
                i => (i.GetProperty("overdue").GetBoolean(), i.GetProperty("dueToday").GetBoolean()));
        }

        var before = await FlagsAsync();
        Assert.Equal((false, true), before[today]);
        Assert.Equal((false, false), before[tomorrow]);

        Factory.Clock.Advance(TimeSpan.FromDays(1));
        try
        {
            var after = await FlagsAsync();
            Assert.Equal((true, false), after[today]);
            Assert.Equal((false, true), after[tomorrow]);
        }
        finally
        {
            Factory.Clock.Advance(-TimeSpan.FromDays(1));
        }
    }

    // Issue 11: the application as the clerk decides it — fields with labels, payments, attachments inline, the
    // applicant's previous applications to the unit, the actions with their declared labels; staff of another unit get
    // 404 for the view, the file and the action; the queue's and the view's reads are in the applicant's access log (D-305).
    [Fact]
    public async Task ApplicationView_WhatTheClerkNeeds_OtherUnit404_ReadsLogged()
    {
        var applicant = await Factory.SignedInAsync(DemoData.Nurlan.Iin);
        var first = await Submit(applicant, Passport, new { cadastralNumber = "75-050-011-002:1:14", consent = "given" });
        var app = await Submit(applicant, Passport, new { cadastralNumber = "75-050-011-002:1:14", consent = "given" });
        var number = app.GetProperty("number").GetString()!;
        await Factory.PayAsync(applicant, number);
        var content = new ByteArrayContent("%PDF-1.7 title"u8.ToArray());
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        Assert.Equal(HttpStatusCode.Created, (await applicant.PostAsync($"/api/applications/{number}/attachments", new MultipartFormDataContent { { content, "file", "title.pdf" } }, Ct)).StatusCode);

        var executor = await Factory.SignedInAsync(Qyzmet.RealEstateCadastre.CadastreDemoData.Executor.Iin, "ru");
        var view = await Json(await executor.GetAsync($"/api/desk/applications/{number}", Ct));
        Assert.Contains(view.GetProperty("fields").EnumerateArray(), f => f.GetProperty("value").GetString() == "75-050-011-002:1:14");
        Assert.Equal("paid", view.GetProperty("payments")[0].GetProperty("status").GetString());
        Assert.Contains(view.GetProperty("previous").EnumerateArray(), p => p.GetProperty("number").GetString() == first.GetProperty("number").GetString());
        var actions = view.GetProperty("actions").EnumerateArray().ToList();
        Assert.Contains(actions, a => a.GetProperty("trigger").GetString() == "accept" && a.GetProperty("label").GetString() == "Принять документы");
        Assert.Contains(actions, a => a.GetProperty("trigger").GetString() == "stop-consideration" && a.GetProperty("reasonRequired").GetBoolean());
        var fileUrl = view.GetProperty("attachments")[0].GetProperty("url").GetString()!;
        var file = await executor.GetAsync(fileUrl, Ct);
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains("sandbox", file.Headers.GetValues("Content-Security-Policy").Single());
        Assert.True(view.GetProperty("preview").ValueKind == JsonValueKind.Null); // accepting issues no document

        var otherUnit = await Factory.SignedInAsync(DemoData.RegistryExecutor.Iin);
        Assert.Equal(HttpStatusCode.NotFound, (await otherUnit.GetAsync($"/api/desk/applications/{number}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherUnit.GetAsync($"/api/desk/applications/{number}/preview", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherUnit.GetAsync(fileUrl, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherUnit.PostAsJsonAsync($"/api/applications/{number}/actions/accept", new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.GetAsync("/api/desk/queue", Ct)).StatusCode);

        var queue = await Json(await executor.GetAsync("/api/desk/queue?limit=100", Ct));
        Assert.Contains(number, Numbers(queue));
        var log = await Json(await applicant.GetAsync("/api/me/access-log?limit=100", Ct));
        Assert.Contains(log.GetProperty("items").EnumerateArray(), e => e.GetProperty("actorId").GetString() == Qyzmet.RealEstateCadastre.CadastreDemoData.Executor.Iin
            && e.GetProperty("applicationNumber").GetString() == number);
    }

    // Issue 11 "a preview of the document before signing" (D-322; 001a.md §3.1): the registry executor reads the
    // duplicate as it would be issued, marked as a draft; nothing is numbered, signed or stored.
    [Fact]
    public async Task Preview_DraftOfTheDuplicate_NothingIssued()
    {
        var applicant = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        var app = await Submit(applicant, Duplicate, new { kind = "birth", birthDate = "1990-03-15", birthPlace = "Алматы", parents = "СЕРІКОВ СЕРІК" });
        var number = app.GetProperty("number").GetString()!;
        await Factory.PayAsync(applicant, number);

        var executor = await Factory.SignedInAsync(DemoData.RegistryExecutor.Iin);
        var view = await Json(await executor.GetAsync($"/api/desk/applications/{number}", Ct));
        Assert.Equal($"/api/desk/applications/{number}/preview", view.GetProperty("preview").GetString());
        var documentsBefore = await DocumentCountAsync(number);
        var preview = await executor.GetAsync($"/api/desk/applications/{number}/preview", Ct);
        Assert.Equal("application/pdf", preview.Content.Headers.ContentType?.MediaType);
        var text = await PdfText.ExtractAsync(await preview.Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains("ЖОБА / ПРОЕКТ", text);
        Assert.Contains("Свидетельство о рождении", text);
        Assert.Equal(documentsBefore, await DocumentCountAsync(number));

        // Once issued, there is nothing left to preview at this step for this role: CASE-0030.
        await Json(await executor.PostAsJsonAsync($"/api/applications/{number}/actions/issue-duplicate", new { reason = "Каб. 12" }, Ct));
        var none = await executor.GetAsync($"/api/desk/applications/{number}/preview", Ct);
        Assert.Equal(HttpStatusCode.Conflict, none.StatusCode);
        Assert.Contains("CASE-0030", await none.Content.ReadAsStringAsync(Ct));
    }

    // D-346 (issue 11 "a preview of the document before signing", for every service): the cadastre head reads the
    // duplicate passport the "sign" step would issue (000.md para 9, App. 2: a copy marked «Телнұсқа»), as a draft, and
    // taking the preview leaves nothing behind: no document, the same status and history, no audit row.
    [Fact]
    public async Task Preview_EveryService_CadastreDuplicateBeforeTheHeadSigns_NothingWritten()
    {
        var applicant = await Factory.SignedInAsync(DemoData.Nurlan.Iin);
        var number = (await Submit(applicant, "real-estate.cadastral-passport-duplicate", new { cadastralNumber = "75-050-011-002:1:14", consent = "given" })).GetProperty("number").GetString()!;
        await Factory.PayAsync(applicant, number);
        var clerk = await Factory.SignedInAsync(Qyzmet.RealEstateCadastre.CadastreDemoData.ArchiveClerk.Iin);
        // Retrieving the file issues nothing: no preview for the archive clerk.
        Assert.Equal(JsonValueKind.Null, (await Json(await clerk.GetAsync($"/api/desk/applications/{number}", Ct))).GetProperty("preview").ValueKind);
        Assert.Contains("CASE-0030", await (await clerk.GetAsync($"/api/desk/applications/{number}/preview", Ct)).Content.ReadAsStringAsync(Ct));
        await Json(await clerk.PostAsJsonAsync($"/api/applications/{number}/actions/retrieve-file", new { }, Ct));
        var executor = await Factory.SignedInAsync(Qyzmet.RealEstateCadastre.CadastreDemoData.Executor.Iin);
        await Json(await executor.PostAsJsonAsync($"/api/applications/{number}/actions/prepare-copy", new { }, Ct));

        var head = await Factory.SignedInAsync(Qyzmet.RealEstateCadastre.CadastreDemoData.Head.Iin);
        var before = await TraceAsync(number);
        Assert.Equal($"/api/desk/applications/{number}/preview", (await Json(await head.GetAsync($"/api/desk/applications/{number}", Ct))).GetProperty("preview").GetString());
        var preview = await head.GetAsync($"/api/desk/applications/{number}/preview", Ct);
        Assert.Equal("application/pdf", preview.Content.Headers.ContentType?.MediaType);
        var text = await PdfText.ExtractAsync(await preview.Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains("ЖОБА / ПРОЕКТ", text);
        Assert.Contains("Телнұсқа", text);
        Assert.Equal(before, await TraceAsync(number));
        Assert.Equal("signing", (await Json(await applicant.GetAsync($"/api/applications/{number}", Ct))).GetProperty("status").GetString());
        // Not reachable by the applicant: the desk is for staff (K-0003).
        Assert.Equal(HttpStatusCode.Forbidden, (await applicant.GetAsync($"/api/desk/applications/{number}/preview", Ct)).StatusCode);

        // The real step still issues the passport: the preview did not use up its number or leave a half-made document.
        var issued = await Json(await head.PostAsJsonAsync($"/api/applications/{number}/actions/sign", new { }, Ct));
        Assert.Equal("issued", issued.GetProperty("status").GetString());
    }

    // D-346: services whose result the platform issues with no desk step (002.md land information, 001b.md register
    // references: issued automatically at registration) have nothing to preview at the desk.
    [Theory]
    [InlineData("land.cadastral-info", "{\"cadastralNumber\":\"75-123-045-067\"}")]
    [InlineData("real-estate.rights-reference", "{\"documentType\":\"id-card\",\"region\":\"75\"}")]
    public async Task Preview_AutomatedService_NothingToPreview(string serviceId, string fields)
    {
        var applicant = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        var number = (await Submit(applicant, serviceId, JsonDocument.Parse(fields).RootElement)).GetProperty("number").GetString()!;
        var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin);
        Assert.Equal(JsonValueKind.Null, (await Json(await admin.GetAsync($"/api/desk/applications/{number}", Ct))).GetProperty("preview").ValueKind);
        var none = await admin.GetAsync($"/api/desk/applications/{number}/preview", Ct);
        Assert.Equal(HttpStatusCode.Conflict, none.StatusCode);
        Assert.Contains("CASE-0030", await none.Content.ReadAsStringAsync(Ct));
    }

    /// <summary>What a preview must not change: the application's documents, status, version, history and audit rows.</summary>
    private async Task<string> TraceAsync(string number)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var app = await db.Applications.AsNoTracking().SingleAsync(a => a.Number == number, Ct);
        var documents = await db.Documents.CountAsync(d => d.ApplicationId == app.Id, Ct);
        var events = await db.ApplicationEvents.CountAsync(e => e.ApplicationId == app.Id, Ct);
        var subject = "application:" + number;
        var audit = await db.AuditPending.CountAsync(p => p.Subject == subject && p.Action.StartsWith("application."), Ct)
            + await db.Audit.CountAsync(e => e.Subject == subject && e.Action.StartsWith("application."), Ct);
        var inbox = await db.Inbox.CountAsync(m => m.ApplicationId == app.Id, Ct);
        return $"{app.Status} v{app.Version} documents {documents} events {events} audit {audit} inbox {inbox}";
    }

    private async Task<int> DocumentCountAsync(string number)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var id = await db.Applications.Where(a => a.Number == number).Select(a => a.Id).SingleAsync(Ct);
        return await db.Documents.CountAsync(d => d.ApplicationId == id, Ct);
    }

    private static async Task<JsonElement> Submit(HttpClient client, string serviceId, object fields)
    {
        var response = await client.PostAsJsonAsync($"/api/services/{serviceId}/applications", new { fields }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }
}

public sealed class SqliteDeskWorkbenchTests(SqliteHost host) : DeskWorkbenchTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresDeskWorkbenchTests(PostgresHost host) : DeskWorkbenchTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
