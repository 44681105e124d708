using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Land.Domain;
using Qyzmet.Land.Features.GrantLandPlot;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>003.md: granting a land plot for construction, every branch, with the approvals as parallel tasks (ADR 0015).</summary>
public abstract class LandGrantApiTests
{
    private const string Service = GrantLandPlotService.Id;

    private const string Plot = """{"type":"Polygon","coordinates":[[[76.7801,50.4501],[76.7811,50.4501],[76.7811,50.4508],[76.7801,50.4508],[76.7801,50.4501]]]}""";

    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<HttpClient> As(Qyzmet.Platform.Identity.StaffMember staff) => Factory.SignedInAsync(staff.Iin);

    private static object Fields(string akim = "district", string exemption = "none", string? proof = null, string plot = Plot, string area = "0.1000") => new Dictionary<string, string?>
    {
        ["akim"] = akim,
        ["plotAddress"] = "Ақмола обл., Аршалы ауд., Аршалы а., Жастар к., 15",
        ["areaHectares"] = area,
        ["purpose"] = "Жеке тұрғын үй құрылысы үшін",
        ["rightKind"] = "temporary-paid",
        ["plot"] = plot,
        ["exemption"] = exemption,
        ["exemptionProof"] = proof,
        ["consent"] = "given",
    };

    private static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }

    private static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode expected, string code)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        var root = JsonDocument.Parse(body).RootElement;
        Assert.Equal(code, root.GetProperty("errorCode").GetString());
        return root;
    }

    private static async Task<string> Act(HttpClient client, string number, string trigger) =>
        (await Ok(await client.PostAsJsonAsync($"/api/applications/{number}/actions/{trigger}", new { reason = "desk" }, Ct))).GetProperty("status").GetString()!;

    private async Task<JsonElement> Application(HttpClient client, string number) => await Ok(await client.GetAsync($"/api/applications/{number}", Ct));

    private async Task<(HttpClient Applicant, string Number)> SubmitAsync(string applicantIin, object fields)
    {
        var applicant = await Factory.SignedInAsync(applicantIin);
        var app = await Ok(await applicant.PostAsJsonAsync($"/api/services/{Service}/applications", new { fields }, Ct));
        Assert.Equal(GrantLandPlotService.Registration, app.GetProperty("status").GetString());
        return (applicant, app.GetProperty("number").GetString()!);
    }

    /// <summary>003.md para 6 Stage 1 steps 1–4: office 15 min, management 1 WD, head same day, executor sends to all at once.</summary>
    private async Task<(HttpClient Applicant, string Number)> ToApprovalsAsync(string applicantIin, object fields, bool village = false)
    {
        var (applicant, number) = await SubmitAsync(applicantIin, fields);
        Assert.Equal(GrantLandPlotService.ManagementReview, await Act(await As(village ? LandGrantDemoData.VillageOffice : LandGrantDemoData.Office), number, "register"));
        Assert.Equal(GrantLandPlotService.ExecutorAssignment, await Act(await As(village ? LandGrantDemoData.VillageAkim : LandGrantDemoData.Management), number, "refer"));
        Assert.Equal(GrantLandPlotService.ChoiceActPreparation, await Act(await As(LandGrantDemoData.ArchitectureHead), number, "assign-executor"));
        Assert.Equal(GrantLandPlotService.Approvals, await Act(await As(LandGrantDemoData.ArchitectureExecutor), number, "send-for-approval"));
        return (applicant, number);
    }

    private static async Task<JsonElement> TaskOf(HttpClient desk, string number, string kind)
    {
        var queue = await Ok(await desk.GetAsync("/api/tasks", Ct));
        return queue.EnumerateArray().Single(t => t.GetProperty("applicationNumber").GetString() == number && t.GetProperty("kind").GetString() == kind);
    }

    private static async Task<JsonElement> Complete(HttpClient desk, string number, string kind, string outcome, string? comment = null, bool scan = false)
    {
        var task = await TaskOf(desk, number, kind);
        return await Ok(await desk.PostAsJsonAsync($"/api/tasks/{task.GetProperty("id").GetString()}/complete", new
        {
            outcome,
            comment,
            scanBase64 = scan ? Convert.ToBase64String("%PDF-1.7 heritage conclusion"u8.ToArray()) : null,
            scanFileName = scan ? "heritage.pdf" : null,
        }, Ct));
    }

    /// <summary>Every party answers; <paramref name="negative"/> names one that answers negatively.</summary>
    private async Task AnswerAllAsync(string number, string? negative = null)
    {
        async Task Answer(Qyzmet.Platform.Identity.StaffMember staff, string kind, string yes, string no, bool scan = false) =>
            await Complete(await As(staff), number, kind, kind == negative ? no : yes, kind == negative ? "the plot lies in a protection zone" : null, scan);
        await Answer(LandGrantDemoData.Sanitary, "conclusion-sanitary", "positive", "negative");
        await Answer(LandGrantDemoData.StateCorporation, "conclusion-state-corporation", "positive", "negative");
        await Answer(LandGrantDemoData.Power, "conditions-power", "conditions-issued", "connection-impossible");
        await Answer(LandGrantDemoData.Water, "conditions-water", "conditions-issued", "connection-impossible");
        // 003.md para 6 step 4: the heritage body has no account; the executor records its paper answer with the scan.
        await Answer(LandGrantDemoData.ArchitectureExecutor, "conclusion-heritage", "positive", "negative", scan: true);
    }

    /// <summary>Stage 1 steps 5, 7: the final act prepared and signed by the architecture head → awaiting agreement.</summary>
    private async Task FinalActAsync(string number)
    {
        Assert.Equal(GrantLandPlotService.FinalActSigning, await Act(await As(LandGrantDemoData.ArchitectureExecutor), number, "prepare-final-act"));
        Assert.Equal(GrantLandPlotService.AwaitingAgreement, await Act(await As(LandGrantDemoData.ArchitectureHead), number, "sign-final-act"));
    }

    private async Task RunTimersAsync()
    {
        using var scope = Factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<Qyzmet.Platform.Timers.DueTimersJob>().RunOnceAsync(Ct);
    }

    private T Db<T>(Func<QyzmetDbContext, T> read)
    {
        using var scope = Factory.Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<QyzmetDbContext>());
    }

    private string? SignerOf(string number, string kind) =>
        Db(db => db.Documents.Where(d => d.Kind == kind && db.Applications.Any(a => a.Id == d.ApplicationId && a.Number == number)).Select(d => d.SignerIin).Single());

    // D-346 (issue 11 "a preview of the document before signing"): before the architecture head signs the final choice act
    // (003.md para 6 Stage 1 step 7) the head reads it as a draft; the terms it would start (timers) and the act itself are
    // not written, and signing afterwards issues it as usual.
    [Fact]
    public async Task FinalAct_PreviewBeforeTheHeadSigns_DraftOnlyNothingWritten()
    {
        var (_, number) = await ToApprovalsAsync(DemoData.Aigerim.Iin, Fields());
        await AnswerAllAsync(number);
        Assert.Equal(GrantLandPlotService.FinalActSigning, await Act(await As(LandGrantDemoData.ArchitectureExecutor), number, "prepare-final-act"));
        var head = await As(LandGrantDemoData.ArchitectureHead);
        (int Documents, int Timers) Trace() => Db(db =>
        {
            var id = db.Applications.Where(a => a.Number == number).Select(a => a.Id).Single();
            return (db.Documents.Count(d => d.ApplicationId == id), db.Timers.Count(t => t.ApplicationId == id));
        });
        var before = Trace();
        Assert.Equal($"/api/desk/applications/{number}/preview", (await Ok(await head.GetAsync($"/api/desk/applications/{number}", Ct))).GetProperty("preview").GetString());
        var preview = await head.GetAsync($"/api/desk/applications/{number}/preview", Ct);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var text = await Qyzmet.Tests.Documents.PdfText.ExtractAsync(await preview.Content.ReadAsByteArrayAsync(Ct));
        Assert.Contains("ЖОБА / ПРОЕКТ", text);
        Assert.Contains("ОКОНЧАТЕЛЬНЫЙ АКТ ВЫБОРА", text);
        Assert.Equal(before, Trace());
        Assert.Equal(GrantLandPlotService.AwaitingAgreement, await Act(head, number, "sign-final-act"));
        Assert.Equal(before.Documents + 1, Trace().Documents);
    }

    // 003.md para 6 (Stage 1 and Stage 2), Standard items 3, 5: all approvals positive → final act signed by the architecture
    // head → agreed and paid → plan, approval, decision signed by management, registered by the office → the right in the cadastre,
    // visible at once in the 002.md ownership information service.
    [Fact]
    public async Task AllPositive_FinalAct_AgreeAndPay_Stage2_RegisteredRightAndSignedDecision()
    {
        var (applicant, number) = await ToApprovalsAsync(DemoData.Aigerim.Iin, Fields());
        var tasks = await Ok(await applicant.GetAsync($"/api/applications/{number}/tasks", Ct));
        // Sent at once to every party, each with its own term: bodies 12 WD, monopolies 5 WD (para 6 step 4).
        Assert.Equal(5, tasks.GetArrayLength());
        Assert.All(tasks.EnumerateArray(), t => Assert.Equal("open", t.GetProperty("status").GetString()));
        var sanitary = tasks.EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "conclusion-sanitary").GetProperty("dueOn").GetString();
        var power = tasks.EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "conditions-power").GetProperty("dueOn").GetString();
        var opened = Factory.Clock.GetUtcNow();
        Assert.Equal(Qyzmet.Kernel.Calendar.WorkingCalendar.Statutory.Compute(opened, Qyzmet.Kernel.Calendar.DeadlineRule.WorkingDays(12)).DueDate.ToString("yyyy-MM-dd"), sanitary);
        Assert.Equal(Qyzmet.Kernel.Calendar.WorkingCalendar.Statutory.Compute(opened, Qyzmet.Kernel.Calendar.DeadlineRule.WorkingDays(5)).DueDate.ToString("yyyy-MM-dd"), power);

        await AnswerAllAsync(number);
        Assert.Equal(GrantLandPlotService.FinalActPreparation, (await Application(applicant, number)).GetProperty("status").GetString());
        await FinalActAsync(number);
        // Results are signed by the official of the unit: the final act by the architecture head.
        Assert.Equal(LandGrantDemoData.ArchitectureHead.Iin, SignerOf(number, "land.final-choice-act"));

        Assert.Equal(GrantLandPlotService.AwaitingPayment, await Act(applicant, number, "agree"));
        var app = await Application(applicant, number);
        Assert.Equal(GrantLandPlotService.DemoPlanPrice.Tiyn, app.GetProperty("payment").GetProperty("amountTiyn").GetInt64());
        var paid = await Factory.PayAsync(applicant, number);
        Assert.Equal(GrantLandPlotService.PlanPreparation, paid.GetProperty("status").GetString());
        // Standard item 3: Stage 2 has its own 18 working days from the agreement and payment.
        Assert.Equal(Qyzmet.Kernel.Calendar.WorkingCalendar.Statutory.Compute(Factory.Clock.GetUtcNow(), Qyzmet.Kernel.Calendar.DeadlineRule.WorkingDays(18)).DueDate.ToString("yyyy-MM-dd"),
            paid.GetProperty("dueOn").GetString());

        Assert.Equal(GrantLandPlotService.PlanApproval, await Act(await As(LandGrantDemoData.StateCorporation), number, "submit-plan"));
        Assert.Equal(GrantLandPlotService.DecisionDrafting, await Act(await As(LandGrantDemoData.LandHead), number, "approve-plan"));
        Assert.Equal(GrantLandPlotService.DecisionSigning, await Act(await As(LandGrantDemoData.LandExecutor), number, "draft-decision"));
        Assert.Equal(GrantLandPlotService.DecisionRegistration, await Act(await As(LandGrantDemoData.Management), number, "sign-decision"));
        Assert.Equal(GrantLandPlotService.Granted, await Act(await As(LandGrantDemoData.Office), number, "register-decision"));

        Assert.Equal(LandGrantDemoData.Management.Iin, SignerOf(number, "land.grant-decision"));
        var pdf = await applicant.GetAsync($"/api/applications/{number}/document", Ct);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        var cadastral = Db(db => db.Set<LandPlotHolder>().Where(h => h.HolderId == DemoData.Aigerim.Iin && h.CadastralNumber.StartsWith("11-201-099-")).Select(h => h.CadastralNumber).Single());
        var info = await Ok(await applicant.PostAsJsonAsync("/api/services/land.cadastral-info/applications", new { fields = new { cadastralNumber = cadastral } }, Ct));
        Assert.Equal("issued", info.GetProperty("status").GetString());
    }

    // 003.md para 6 step 6 and para 9 ground 3: one negative conclusion → the reasoned refusal drafted (1 WD), the head decides;
    // the term is over 3 WD, so the para 5-1 hearing comes first (ADR 0013), and the refusal is signed by the architecture head.
    [Fact]
    public async Task OneNegativeApproval_ReasonedRefusalAfterHearing()
    {
        var (applicant, number) = await ToApprovalsAsync(DemoData.Nurlan.Iin, Fields());
        await AnswerAllAsync(number, negative: "conditions-water");
        Assert.Equal(GrantLandPlotService.RefusalDrafting, (await Application(applicant, number)).GetProperty("status").GetString());
        Assert.Equal(GrantLandPlotService.RefusalSigning, await Act(await As(LandGrantDemoData.ArchitectureExecutor), number, "draft-refusal"));
        var head = await As(LandGrantDemoData.ArchitectureHead);
        // The refusal goes only through the refusal capability (ground, reason, hearing).
        await Problem(await head.PostAsJsonAsync($"/api/applications/{number}/actions/refuse", new { reason = "x" }, Ct), HttpStatusCode.Conflict, "CAD-0907");
        var hearingAt = Qyzmet.Kernel.Calendar.AlmatyTime.FromLocal(Qyzmet.Kernel.Calendar.AlmatyTime.LocalDate(Factory.Clock.GetUtcNow()).AddDays(7), new TimeOnly(11, 0));
        var refused = await Ok(await head.PostAsJsonAsync($"/api/applications/{number}/refusal",
            new { ground = "3", reason = "water utility: connection impossible", hearingAt, place = "Аршалы, Ленин к., 1" }, Ct));
        Assert.Equal(GrantLandPlotService.Hearing, refused.GetProperty("status").GetString());
        Factory.Clock.Advance(TimeSpan.FromDays(8));
        head = await As(LandGrantDemoData.ArchitectureHead); // sessions do not outlive the days that passed
        var decided = await Ok(await head.PostAsJsonAsync($"/api/applications/{number}/hearing-decision", new { provide = false, reason = "no objection" }, Ct));
        Assert.Equal(GrantLandPlotService.Refused, decided.GetProperty("status").GetString());
        Assert.Equal(LandGrantDemoData.ArchitectureHead.Iin, SignerOf(number, "land.refusal"));
    }

    // 003.md para 6 step 4: a monopoly has 5 WD; past them its task is flagged overdue and escalated to the heads, while the
    // case waits for its answer (the join needs every party).
    [Fact]
    public async Task MonopolyLate_TaskOverdueFlaggedAndEscalated()
    {
        var (applicant, number) = await ToApprovalsAsync(DemoData.Dana.Iin, Fields());
        var power = await As(LandGrantDemoData.Power);
        var open = await TaskOf(power, number, "conditions-power");
        Assert.False(open.GetProperty("overdue").GetBoolean());
        // To the first minute after the end of its fifth working day (Almaty).
        Factory.Clock.Advance(open.GetProperty("dueAt").GetDateTime().ToUniversalTime() - Factory.Clock.GetUtcNow().UtcDateTime + TimeSpan.FromMinutes(1));
        await RunTimersAsync();
        power = await As(LandGrantDemoData.Power);
        applicant = await Factory.SignedInAsync(DemoData.Dana.Iin);
        var late = await TaskOf(power, number, "conditions-power");
        Assert.True(late.GetProperty("overdue").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, late.GetProperty("escalatedAt").ValueKind);
        // The 12-WD tasks are not late yet.
        Assert.False((await TaskOf(await As(LandGrantDemoData.Sanitary), number, "conclusion-sanitary")).GetProperty("overdue").GetBoolean());
        var inbox = await Ok(await (await As(LandGrantDemoData.ArchitectureHead)).GetAsync("/api/cabinet/inbox", Ct));
        Assert.Contains(inbox.EnumerateArray(), m => m.GetRawText().Contains(number, StringComparison.Ordinal));
        var history = await Ok(await power.GetAsync($"/api/tasks/{late.GetProperty("id").GetString()}", Ct));
        Assert.Contains(history.GetProperty("history").EnumerateArray(), e => e.GetProperty("event").GetString() == "escalated");
        Assert.Equal(GrantLandPlotService.Approvals, (await Application(applicant, number)).GetProperty("status").GetString());
        // The late answer still counts.
        await AnswerAllAsync(number);
        Assert.Equal(GrantLandPlotService.FinalActPreparation, (await Application(applicant, number)).GetProperty("status").GetString());
    }

    // 003.md para 6 step 9 and the paragraph after Stage 1: 3 WD to agree and pay; the unagreed act stays valid 10 WD, then the
    // State Corporation notifies the applicant and returns it for cancellation (D-505).
    [Fact]
    public async Task ApplicantSilent_Past3WorkingDaysFlagged_Past10ReturnedForCancellation()
    {
        var (applicant, number) = await ToApprovalsAsync(DemoData.Talgat.Iin, Fields());
        await AnswerAllAsync(number);
        await FinalActAsync(number);
        Factory.Clock.Advance(TimeSpan.FromDays(6));
        await RunTimersAsync();
        applicant = await Factory.SignedInAsync(DemoData.Talgat.Iin);
        Assert.Equal(GrantLandPlotService.AgreementOverdue, (await Application(applicant, number)).GetProperty("status").GetString());
        Factory.Clock.Advance(TimeSpan.FromDays(12));
        await RunTimersAsync();
        applicant = await Factory.SignedInAsync(DemoData.Talgat.Iin);
        Assert.Equal(GrantLandPlotService.ReturnedForCancellation, (await Application(applicant, number)).GetProperty("status").GetString());
        await Problem(await applicant.PostAsJsonAsync($"/api/applications/{number}/actions/agree", new { }, Ct), HttpStatusCode.Conflict, "CASE-0001");
    }

    // Standard item 6: free of charge for orphans and children without parental care until 18 (proof recorded); an adult
    // claiming it is refused before anything is stored.
    [Fact]
    public async Task Exemption_MinorWithProofPaysNothing_AdultRefused()
    {
        var adult = await Factory.SignedInAsync(DemoData.Mira.Iin);
        await Problem(await adult.PostAsJsonAsync($"/api/services/{Service}/applications", new { fields = Fields(exemption: "orphan", proof: "decision 12") }, Ct),
            HttpStatusCode.UnprocessableEntity, "LG-0003");
        var noProof = await adult.PostAsJsonAsync($"/api/services/{Service}/applications", new { fields = Fields(exemption: "orphan", proof: "") }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, noProof.StatusCode);
        Assert.Contains("exemptionProof", await noProof.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var (applicant, number) = await ToApprovalsAsync(DemoData.Almas.Iin, Fields(exemption: "orphan", proof: "Аршалы ауданы әкімдігінің қорғаншылық туралы қаулысы № 45, 12.03.2020"));
        await AnswerAllAsync(number);
        await FinalActAsync(number);
        Assert.Equal(GrantLandPlotService.PlanPreparation, await Act(applicant, number, "agree"));
        Assert.Equal(0, Db(db => db.Payments.Count(p => db.Applications.Any(a => a.Id == p.ApplicationId && a.Number == number))));
    }

    // 003.md para 6 Stage 2 step 3 variant: when the village akim decides, the approved plan goes to the akim's office, which drafts
    // the order; the akim signs it.
    [Fact]
    public async Task AkimVariant_PlanToAkimOffice_OrderSignedByAkim()
    {
        var (applicant, number) = await ToApprovalsAsync(DemoData.Igor.Iin, Fields(akim: "village"), village: true);
        await AnswerAllAsync(number);
        await FinalActAsync(number);
        Assert.Equal(GrantLandPlotService.AwaitingPayment, await Act(applicant, number, "agree"));
        await Factory.PayAsync(applicant, number);
        Assert.Equal(GrantLandPlotService.PlanApproval, await Act(await As(LandGrantDemoData.StateCorporation), number, "submit-plan"));
        Assert.Equal(GrantLandPlotService.OrderDrafting, await Act(await As(LandGrantDemoData.LandHead), number, "approve-plan"));
        Assert.Equal(GrantLandPlotService.DecisionSigning, await Act(await As(LandGrantDemoData.VillageOffice), number, "draft-order"));
        Assert.Equal(GrantLandPlotService.DecisionRegistration, await Act(await As(LandGrantDemoData.VillageAkim), number, "sign-decision"));
        Assert.Equal(GrantLandPlotService.Granted, await Act(await As(LandGrantDemoData.VillageOffice), number, "register-decision"));
        Assert.Equal(LandGrantDemoData.VillageAkim.Iin, SignerOf(number, "land.grant-decision"));
    }

    // ADR 0015: a task is worked only by its unit (others: 404); a negative answer needs reasons; a paper answer needs its scan.
    [Fact]
    public async Task Tasks_OnlyTheUnitAnswers_NegativeNeedsReasons_PaperNeedsScan()
    {
        var (_, number) = await ToApprovalsAsync(DemoData.Aigerim.Iin, Fields());
        var task = await TaskOf(await As(LandGrantDemoData.Sanitary), number, "conclusion-sanitary");
        var id = task.GetProperty("id").GetString();
        var other = await As(LandGrantDemoData.Power);
        await Problem(await other.GetAsync($"/api/tasks/{id}", Ct), HttpStatusCode.NotFound, "TASK-0001");
        await Problem(await other.PostAsJsonAsync($"/api/tasks/{id}/complete", new { outcome = "positive" }, Ct), HttpStatusCode.NotFound, "TASK-0001");
        var sanitary = await As(LandGrantDemoData.Sanitary);
        await Problem(await sanitary.PostAsJsonAsync($"/api/tasks/{id}/complete", new { outcome = "maybe" }, Ct), HttpStatusCode.BadRequest, "TASK-0003");
        await Problem(await sanitary.PostAsJsonAsync($"/api/tasks/{id}/complete", new { outcome = "negative" }, Ct), HttpStatusCode.BadRequest, "TASK-0006");
        var executor = await As(LandGrantDemoData.ArchitectureExecutor);
        var paper = await TaskOf(executor, number, "conclusion-heritage");
        await Problem(await executor.PostAsJsonAsync($"/api/tasks/{paper.GetProperty("id").GetString()}/complete", new { outcome = "positive" }, Ct), HttpStatusCode.BadRequest, "TASK-0004");
        Assert.Equal("open", (await TaskOf(sanitary, number, "conclusion-sanitary")).GetProperty("status").GetString());
    }

    // Bad input is a 4xx naming the field, and nothing is stored.
    [Fact]
    public async Task BadPlotOrArea_RefusedWithTheField_NothingStored()
    {
        var client = await Factory.SignedInAsync(DemoData.Dana.Iin);
        var before = Db(db => db.Applications.Count());
        var plot = await Problem(await client.PostAsJsonAsync($"/api/services/{Service}/applications", new { fields = Fields(plot: """{"type":"Point","coordinates":[76.78,50.45]}""") }, Ct),
            HttpStatusCode.UnprocessableEntity, "LG-0002");
        Assert.True(plot.GetProperty("errors").TryGetProperty("plot", out _), plot.GetRawText());
        var area = await Problem(await client.PostAsJsonAsync($"/api/services/{Service}/applications", new { fields = Fields(area: "-1") }, Ct),
            HttpStatusCode.BadRequest, "LG-0001");
        Assert.True(area.GetProperty("errors").TryGetProperty("areaHectares", out _), area.GetRawText());
        Assert.Equal(before, Db(db => db.Applications.Count()));
    }
}

public sealed class SqliteLandGrantApiTests(SqliteHost host) : LandGrantApiTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresLandGrantApiTests(PostgresHost host) : LandGrantApiTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
