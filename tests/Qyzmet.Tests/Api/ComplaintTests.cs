using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Complaints;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>
/// Complaints and appeals (ADR 0022; 003.md para 10-11, 004.md §4.10; the Law's Art. 25 as the kernel default, D-720) and
/// technical-problem protocols (003.md para 8, D-725), through the HTTP API, on SQLite and on PostgreSQL. The application
/// complained about is АЙГЕРІМ's land cadastral information (002.md, no complaint terms of its own: the head 5 working
/// days, the quality authority 15), issued by the Almaty land-cadastre branch whose head is БАСШЫБАЕВ МАРАТ.
/// </summary>
public abstract class ComplaintTests
{
    private static readonly string Aigerim = DemoData.Aigerim.Iin;

    private static int _staffSerial;

    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // 003.md para 10 / D-720: registered with a number and the Almaty time; the head's term (5 WD by default) counted by the
    // working calendar from the registration day; the applicant sees status and term on the application.
    [Fact]
    public async Task File_ByApplicant_RegisteredWithTermByWorkingCalendar()
    {
        var (client, number) = await ApplyAsync();
        var complaint = await FileAsync(client, number, ComplaintAddressees.ProviderHead);

        Assert.StartsWith("C20", complaint.GetProperty("number").GetString(), StringComparison.Ordinal);
        Assert.Equal("registered", complaint.GetProperty("status").GetString());
        Assert.Equal("provider-head", complaint.GetProperty("addressee").GetString());
        Assert.Equal("portal", complaint.GetProperty("channel").GetString());
        var calendar = WorkingCalendar.Statutory;
        var expected = calendar.Compute(Factory.Clock.GetUtcNow(), DeadlineRule.WorkingDays(5)).DueDate;
        Assert.Equal(expected, DateOnly.Parse(complaint.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(5, complaint.GetProperty("termWorkingDays").GetInt32());
        Assert.False(complaint.GetProperty("overdue").GetBoolean());
        Assert.False(complaint.GetProperty("canEscalate").GetBoolean());

        var listed = await client.GetFromJsonAsync<JsonElement[]>($"/api/applications/{number}/complaints", Ct);
        Assert.Single(listed!, c => c.GetProperty("number").GetString() == complaint.GetProperty("number").GetString());

        // The quality authority's term is 15 working days, and the Almaty department receives it.
        var toAuthority = await FileAsync(client, number, ComplaintAddressees.QualityAuthority);
        Assert.Equal(15, toAuthority.GetProperty("termWorkingDays").GetInt32());
        var desk = await (await Factory.SignedInAsync(DemoData.QualityHead.Iin)).GetFromJsonAsync<JsonElement[]>("/api/desk/complaints", Ct);
        Assert.Contains(desk!, c => c.GetProperty("number").GetString() == toAuthority.GetProperty("number").GetString());
    }

    // D-721: only the applicant (or a PSC operator for them) files, through the one access rule (ApplicationService.VisibleTo);
    // bad input is a 400 naming the field, and nothing is stored.
    [Fact]
    public async Task File_OnlyByWhomTheAccessRuleAllows_BadInputNamesTheField()
    {
        var (client, number) = await ApplyAsync();

        var stranger = await Factory.SignedInAsync(DemoData.Almas.Iin);
        Assert.Equal("CASE-0008", await ErrorAsync(await PostAsync(stranger, number, ComplaintAddressees.ProviderHead), HttpStatusCode.NotFound));
        var unitStaff = await Factory.SignedInAsync(DemoData.LandExecutor.Iin);
        Assert.Equal("CMP-0004", await ErrorAsync(await PostAsync(unitStaff, number, ComplaintAddressees.ProviderHead), HttpStatusCode.Forbidden));
        var otherOperator = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        Assert.Equal("CASE-0008", await ErrorAsync(await PostAsync(otherOperator, number, ComplaintAddressees.ProviderHead), HttpStatusCode.NotFound));

        var badAddressee = await PostAsync(client, number, "the-minister");
        var problem = await ApiResponses.ProblemAsync(badAddressee, HttpStatusCode.BadRequest);
        Assert.Equal("CMP-0002", problem.GetProperty("errorCode").GetString());
        Assert.Contains("addressee", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var noText = await client.PostAsJsonAsync($"/api/applications/{number}/complaints", new { addressee = "provider-head", subject = "action", text = "  " }, Ct);
        Assert.Equal("CMP-0001", await ErrorAsync(noText, HttpStatusCode.BadRequest));
        Assert.Empty((await client.GetFromJsonAsync<JsonElement[]>($"/api/applications/{number}/complaints", Ct))!);

        // The PSC operator who submitted it files for the citizen, through the centre.
        var psc = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var byPsc = await ApiResponses.CreatedAsync(await psc.SendAsync(SubmitRequest(Aigerim), Ct));
        var filed = await FileAsync(psc, byPsc.GetProperty("number").GetString()!, ComplaintAddressees.ProviderHead);
        Assert.Equal("service-centre", filed.GetProperty("channel").GetString());
    }

    // 003.md para 10: "within 5 working days". An answer on the last allowed day is on time: not flagged, not overdue; the
    // answer is a document signed by the head who answers (D-722), verifiable at /verify, in the applicant's cabinet, and says
    // that court remains open (003.md para 11).
    [Fact]
    public async Task Answer_OnLastAllowedDay_OnTime_SignedByTheHead_Verifiable()
    {
        var (client, number) = await ApplyAsync();
        var complaint = await FileAsync(client, number, ComplaintAddressees.ProviderHead);
        var dueOn = DueOn(complaint);
        AdvanceTo(dueOn, new TimeOnly(17, 0));
        client = await Factory.SignedInAsync(Aigerim);
        await RunOverdueScanAsync();

        var head = await Factory.SignedInAsync(DemoData.LandHead.Iin);
        var desk = await head.GetFromJsonAsync<JsonElement[]>("/api/desk/complaints", Ct);
        var row = Assert.Single(desk!, c => c.GetProperty("number").GetString() == Number(complaint));
        Assert.False(row.GetProperty("overdue").GetBoolean());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("overdueFlaggedAt").ValueKind);

        var answered = await AnswerAsync(head, Number(complaint), "rejected", "The certificate states the register as it stands.", null);
        Assert.Equal("rejected", answered.GetProperty("status").GetString());
        Assert.True(answered.GetProperty("answeredOnTime").GetBoolean());
        Assert.False(answered.GetProperty("overdue").GetBoolean());
        Assert.Contains("суд", answered.GetProperty("courtNote").GetProperty("ru").GetString(), StringComparison.Ordinal);
        // Rejected by the head: the applicant may go to the higher body.
        Assert.True(answered.GetProperty("canEscalate").GetBoolean());

        var documentId = answered.GetProperty("answerDocumentId").GetString()!;
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{documentId}/verification", Ct);
        Assert.True(verification.GetProperty("signatureValid").GetBoolean());
        Assert.Equal(DemoData.LandHead.FullName, verification.GetProperty("signer").GetProperty("name").GetString());
        Assert.Equal("land-centre-75", verification.GetProperty("signer").GetProperty("unitId").GetString());
        var page = await Factory.CreateClient().GetStringAsync($"/verify/{documentId}?lang=ru", Ct);
        Assert.Contains(DemoData.LandHead.FullName, page, StringComparison.Ordinal);

        var cabinet = await client.GetFromJsonAsync<JsonElement[]>("/api/cabinet/documents", Ct);
        Assert.Contains(cabinet!, d => d.GetProperty("id").GetString() == documentId && d.GetProperty("kind").GetString() == "complaint-answer");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/documents/{documentId}", Ct)).StatusCode);

        // Answered once: a second answer is refused.
        Assert.Equal("CMP-0007", await ErrorAsync(await head.PostAsJsonAsync($"/api/complaints/{Number(complaint)}/answer",
            new { decision = "upheld", reasons = "x", remedy = "y" }, Ct), HttpStatusCode.Conflict));
    }

    // One day after the term: the overdue scan flags it (once), the applicant may escalate; an answer now is late.
    [Fact]
    public async Task Answer_OneDayLate_FlaggedOverdue_EscalationAllowed()
    {
        var (client, number) = await ApplyAsync();
        var complaint = await FileAsync(client, number, ComplaintAddressees.ProviderHead);
        var dueOn = DueOn(complaint);
        AdvanceTo(WorkingCalendar.Statutory.NextWorkingDay(dueOn), new TimeOnly(9, 30));
        client = await Factory.SignedInAsync(Aigerim);

        await RunOverdueScanAsync();
        await RunOverdueScanAsync();
        var read = await client.GetFromJsonAsync<JsonElement>($"/api/complaints/{Number(complaint)}", Ct);
        Assert.True(read.GetProperty("overdue").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, read.GetProperty("overdueFlaggedAt").ValueKind);
        Assert.True(read.GetProperty("canEscalate").GetBoolean());

        var head = await Factory.SignedInAsync(DemoData.LandHead.Iin);
        var late = await AnswerAsync(head, Number(complaint), "upheld", "The certificate missed the encumbrance.", "Issue a corrected certificate within 3 working days.");
        Assert.False(late.GetProperty("answeredOnTime").GetBoolean());
        Assert.True(late.GetProperty("overdue").GetBoolean());
        Assert.Equal("Issue a corrected certificate within 3 working days.", late.GetProperty("remedy").GetString());
    }

    // 004.md §4.10 row 6 / D-723: unanswered in time, the applicant escalates to the quality authority, which has its own
    // term (15 WD); escalation happens once, and not before the head's term passed unless rejected.
    [Fact]
    public async Task Escalation_ToQualityAuthority_OwnTerm_OnceAndOnlyWhenAllowed()
    {
        var (client, number) = await ApplyAsync();
        var complaint = await FileAsync(client, number, ComplaintAddressees.ProviderHead);
        Assert.Equal("CMP-0011", await ErrorAsync(await client.PostAsJsonAsync($"/api/complaints/{Number(complaint)}/escalation", new { }, Ct), HttpStatusCode.Conflict));

        AdvanceTo(WorkingCalendar.Statutory.NextWorkingDay(DueOn(complaint)), new TimeOnly(11, 0));
        client = await Factory.SignedInAsync(Aigerim);
        var escalated = await ApiResponses.CreatedAsync(await client.PostAsJsonAsync($"/api/complaints/{Number(complaint)}/escalation",
            new { text = "No answer came within the term." }, Ct));
        Assert.Equal("quality-authority", escalated.GetProperty("addressee").GetString());
        Assert.Equal(15, escalated.GetProperty("termWorkingDays").GetInt32());
        Assert.Equal(Number(complaint), escalated.GetProperty("escalatedFrom").GetString());
        Assert.Equal(WorkingCalendar.Statutory.Compute(Factory.Clock.GetUtcNow(), DeadlineRule.WorkingDays(15)).DueDate, DueOn(escalated));
        Assert.Equal("CMP-0011", await ErrorAsync(await client.PostAsJsonAsync($"/api/complaints/{Number(complaint)}/escalation", new { }, Ct), HttpStatusCode.Conflict));

        // The provider's head cannot answer the authority's complaint; the authority's head does, in their own signature.
        Assert.Equal("CMP-0005", await ErrorAsync(await (await Factory.SignedInAsync(DemoData.LandHead.Iin)).PostAsJsonAsync(
            $"/api/complaints/{Number(escalated)}/answer", new { decision = "rejected", reasons = "x" }, Ct), HttpStatusCode.NotFound));
        var specialist = await Factory.SignedInAsync(DemoData.QualitySpecialist.Iin);
        Assert.Equal("CMP-0006", await ErrorAsync(await specialist.PostAsJsonAsync(
            $"/api/complaints/{Number(escalated)}/answer", new { decision = "rejected", reasons = "x" }, Ct), HttpStatusCode.Forbidden));
        var authority = await Factory.SignedInAsync(DemoData.QualityHead.Iin);
        Assert.Equal("CMP-0009", await ErrorAsync(await authority.PostAsJsonAsync(
            $"/api/complaints/{Number(escalated)}/answer", new { decision = "upheld", reasons = "The branch did not answer." }, Ct), HttpStatusCode.BadRequest));
        var answer = await AnswerAsync(authority, Number(escalated), "upheld", "The branch did not answer.", "Answer the complaint and correct the certificate.");
        Assert.True(answer.GetProperty("answeredOnTime").GetBoolean());
        Assert.False(answer.GetProperty("canEscalate").GetBoolean()); // after the quality authority: court
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{answer.GetProperty("answerDocumentId").GetString()}/verification", Ct);
        Assert.Equal(DemoData.QualityHead.FullName, verification.GetProperty("signer").GetProperty("name").GetString());

        var original = await client.GetFromJsonAsync<JsonElement>($"/api/complaints/{Number(complaint)}", Ct);
        Assert.Equal(Number(escalated), original.GetProperty("escalatedTo").GetString());
        Assert.False(original.GetProperty("canEscalate").GetBoolean());
    }

    // D-726 (003.md para 10; 004.md §4.10: the head of the provider and the authorised body each answer what is addressed to
    // them): the quality authority's officer (role quality-officer) answers the authority's complaints in their own signature,
    // not the head's (another unit's: not found); a provider's head answers none of the authority's, not even one seated in the
    // authority's unit (forbidden).
    [Fact]
    public async Task QualityOfficer_AnswersOnlyTheAuthoritys_AndNoProviderHeadAnswersThem()
    {
        var (client, number) = await ApplyAsync();
        var toHead = await FileAsync(client, number, ComplaintAddressees.ProviderHead);
        var toAuthority = await FileAsync(client, number, ComplaintAddressees.QualityAuthority);
        var officer = await Factory.SignedInAsync(DemoData.QualityHead.Iin);
        var reply = new { decision = "rejected", reasons = "The certificate states the register as it stands." };

        Assert.Equal("CMP-0005", await ErrorAsync(await officer.PostAsJsonAsync($"/api/complaints/{Number(toHead)}/answer", reply, Ct), HttpStatusCode.NotFound));
        var landHead = await Factory.SignedInAsync(DemoData.LandHead.Iin);
        Assert.Equal("CMP-0005", await ErrorAsync(await landHead.PostAsJsonAsync($"/api/complaints/{Number(toAuthority)}/answer", reply, Ct), HttpStatusCode.NotFound));
        var seatedHead = await Factory.SignedInAsync(await AddStaffAsync(Roles.ProviderHead, "quality-authority-75"));
        Assert.Equal("CMP-0006", await ErrorAsync(await seatedHead.PostAsJsonAsync($"/api/complaints/{Number(toAuthority)}/answer", reply, Ct), HttpStatusCode.Forbidden));
        Assert.Equal("registered", (await client.GetFromJsonAsync<JsonElement>($"/api/complaints/{Number(toAuthority)}", Ct)).GetProperty("status").GetString());

        var answered = await AnswerAsync(officer, Number(toAuthority), "rejected", "The certificate states the register as it stands.", null);
        Assert.Equal("rejected", answered.GetProperty("status").GetString());
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{answered.GetProperty("answerDocumentId").GetString()}/verification", Ct);
        Assert.True(verification.GetProperty("signatureValid").GetBoolean());
        Assert.Equal(DemoData.QualityHead.FullName, verification.GetProperty("signer").GetProperty("name").GetString());
        Assert.Equal(Roles.QualityOfficer, verification.GetProperty("signer").GetProperty("role").GetString());
        Assert.Equal("Должностное лицо уполномоченного органа по оценке и контролю за качеством", verification.GetProperty("signer").GetProperty("positionRu").GetString());

        // The head still answers the complaint addressed to the head.
        Assert.Equal("rejected", (await AnswerAsync(landHead, Number(toHead), "rejected", "No error in the certificate.", null)).GetProperty("status").GetString());
    }

    // D-727 (003.md para 10: a complaint about the action or inaction of the provider or its officials, not only on an
    // application): a PSC refused to accept documents, so there is no application number; the applicant names the unit, the
    // complaint goes to the unit's head with the kernel's 5 working days (or to the authority with 15), counted by the working
    // calendar; only its applicant sees it; bad input names the field and stores nothing.
    [Fact]
    public async Task File_AboutUnitWithoutApplication_AddressedAndTermedAsOnAnApplication()
    {
        var client = await Factory.SignedInAsync(Aigerim);
        const string psc = "psc-almaty-1";
        var body = new { unitId = psc, addressee = "provider-head", subject = "action", text = "The centre refused to accept my documents." };

        Assert.Equal("CMP-0028", await ErrorAsync(await client.PostAsJsonAsync("/api/complaints", body with { unitId = "no-such-unit" }, Ct), HttpStatusCode.BadRequest));
        Assert.Equal("CMP-0028", await ErrorAsync(await client.PostAsJsonAsync("/api/complaints", body with { unitId = "quality-authority-75" }, Ct), HttpStatusCode.BadRequest));
        Assert.Equal("CMP-0003", await ErrorAsync(await client.PostAsJsonAsync("/api/complaints", body with { subject = "decision" }, Ct), HttpStatusCode.BadRequest));
        // D-730: a PSC operator files one only for a named person of the register (CMP-0033 naming applicantId); staff of a unit never.
        Assert.Equal("CMP-0033", await ErrorAsync(await (await Factory.SignedInAsync(DemoData.PscOperator.Iin)).PostAsJsonAsync("/api/complaints", body, Ct), HttpStatusCode.BadRequest));
        Assert.Equal("CMP-0004", await ErrorAsync(await (await Factory.SignedInAsync(DemoData.LandExecutor.Iin)).PostAsJsonAsync("/api/complaints", body, Ct), HttpStatusCode.Forbidden));

        var complaint = await ApiResponses.CreatedAsync(await client.PostAsJsonAsync("/api/complaints", body, Ct));
        Assert.Equal(JsonValueKind.Null, complaint.GetProperty("applicationNumber").ValueKind);
        Assert.Equal(psc, complaint.GetProperty("unitId").GetString());
        Assert.Equal("registered", complaint.GetProperty("status").GetString());
        Assert.Equal(5, complaint.GetProperty("termWorkingDays").GetInt32());
        Assert.Equal(WorkingCalendar.Statutory.Compute(Factory.Clock.GetUtcNow(), DeadlineRule.WorkingDays(5)).DueDate, DueOn(complaint));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/complaints/{Number(complaint)}", Ct)).StatusCode);
        Assert.Equal("CMP-0005", await ErrorAsync(await (await Factory.SignedInAsync(DemoData.Almas.Iin)).GetAsync($"/api/complaints/{Number(complaint)}", Ct), HttpStatusCode.NotFound));

        // The centre's head answers it, in a signed answer in the applicant's cabinet.
        var head = await Factory.SignedInAsync(Qyzmet.PscQueue.QueueDemoData.AlmatyHead.Iin);
        var desk = await head.GetFromJsonAsync<JsonElement[]>("/api/desk/complaints", Ct);
        Assert.Contains(desk!, c => c.GetProperty("number").GetString() == Number(complaint));
        var answered = await AnswerAsync(head, Number(complaint), "upheld", "The operator had to accept the documents.", "Accept the documents on the next visit.");
        var cabinet = await client.GetFromJsonAsync<JsonElement[]>("/api/cabinet/documents", Ct);
        Assert.Contains(cabinet!, d => d.GetProperty("id").GetString() == answered.GetProperty("answerDocumentId").GetString());

        // To the authority: the Almaty department, 15 working days.
        var toAuthority = await ApiResponses.CreatedAsync(await client.PostAsJsonAsync("/api/complaints", body with { addressee = "quality-authority", subject = "inaction" }, Ct));
        Assert.Equal(15, toAuthority.GetProperty("termWorkingDays").GetInt32());
        var officer = await Factory.SignedInAsync(DemoData.QualityHead.Iin);
        Assert.Contains((await officer.GetFromJsonAsync<JsonElement[]>("/api/desk/complaints", Ct))!, c => c.GetProperty("number").GetString() == Number(toAuthority));
    }

    // 003.md para 8 / D-725: the ICT officer records, the head signs; only the unit's applications of the named services with a
    // step in progress in the window show the protocol, and only once signed.
    [Fact]
    public async Task TechnicalProtocol_ShownOnAffectedApplicationsOnly()
    {
        var (client, affected) = await ApplyAsync(); // issued at once: in progress only at its submission instant
        var submittedAt = Factory.Clock.GetUtcNow();
        Factory.Clock.Advance(TimeSpan.FromHours(2));
        var (_, later) = await ApplyAsync(); // submitted after the window
        client = await Factory.SignedInAsync(Aigerim);

        var ict = await Factory.SignedInAsync(DemoData.LandIctOfficer.Iin);
        var request = new
        {
            system = "АИС ГЗК",
            description = "The cadastre register did not answer.",
            startedAt = submittedAt.AddMinutes(-30),
            endedAt = submittedAt.AddMinutes(30),
            services = new[] { "land.cadastral-info" },
        };
        Assert.Equal("CMP-0024", await ErrorAsync(await (await Factory.SignedInAsync(DemoData.LandExecutor.Iin)).PostAsJsonAsync("/api/technical-protocols", request, Ct), HttpStatusCode.Forbidden));
        Assert.Equal("CMP-0021", await ErrorAsync(await ict.PostAsJsonAsync("/api/technical-protocols",
            request with { endedAt = Factory.Clock.GetUtcNow().AddHours(1) }, Ct), HttpStatusCode.BadRequest));
        Assert.Equal("CMP-0022", await ErrorAsync(await ict.PostAsJsonAsync("/api/technical-protocols",
            request with { services = new[] { "no.such-service" } }, Ct), HttpStatusCode.BadRequest));
        var protocol = await ApiResponses.CreatedAsync(await ict.PostAsJsonAsync("/api/technical-protocols", request, Ct));
        var protocolNumber = protocol.GetProperty("number").GetString()!;
        var otherService = await ApiResponses.CreatedAsync(await ict.PostAsJsonAsync("/api/technical-protocols",
            request with { services = new[] { "land.identification-document-info" } }, Ct));

        Assert.Empty((await client.GetFromJsonAsync<JsonElement[]>($"/api/applications/{affected}/technical-protocols", Ct))!);
        Assert.Equal("CMP-0025", await ErrorAsync(await ict.PostAsync($"/api/technical-protocols/{protocolNumber}/signature", null, Ct), HttpStatusCode.Forbidden));
        var head = await Factory.SignedInAsync(DemoData.LandHead.Iin);
        var signed = await head.PostAsync($"/api/technical-protocols/{protocolNumber}/signature", null, Ct);
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await head.PostAsync($"/api/technical-protocols/{otherService.GetProperty("number").GetString()}/signature", null, Ct)).StatusCode);

        var shown = await client.GetFromJsonAsync<JsonElement[]>($"/api/applications/{affected}/technical-protocols", Ct);
        var row = Assert.Single(shown!);
        Assert.Equal(protocolNumber, row.GetProperty("number").GetString());
        Assert.Equal(AlmatyTime.FormatDateTime(submittedAt.AddMinutes(-30)), row.GetProperty("startedAtAlmaty").GetString());
        Assert.Empty((await client.GetFromJsonAsync<JsonElement[]>($"/api/applications/{later}/technical-protocols", Ct))!);

        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{row.GetProperty("documentId").GetString()}/verification", Ct);
        Assert.True(verification.GetProperty("signatureValid").GetBoolean());
        Assert.Equal(DemoData.LandHead.FullName, verification.GetProperty("signer").GetProperty("name").GetString());
    }

    // 003.md para 10: the standard's own terms (5 / 15) and the provider's head, who sits in its management subdivision while
    // the application is at the office (ADR 0015; D-721).
    [Fact]
    public async Task File_LandGranting_TermsOfItsStandard_ToTheHeadOfTheProvider()
    {
        var client = await Factory.SignedInAsync(Aigerim);
        var fields = new Dictionary<string, string?>
        {
            ["akim"] = "district",
            ["plotAddress"] = "Ақмола обл., Целиноград ауд., Қосшы қ., Жастар к., 15",
            ["areaHectares"] = "0.1000",
            ["purpose"] = "Жеке тұрғын үй құрылысы үшін",
            ["rightKind"] = "temporary-paid",
            ["plot"] = """{"type":"Polygon","coordinates":[[[71.36,50.975],[71.360357,50.975],[71.360357,50.97536],[71.36,50.97536],[71.36,50.975]]]}""",
            ["exemption"] = "none",
            ["consent"] = "given",
        };
        var app = await ApiResponses.CreatedAsync(await client.PostAsJsonAsync("/api/services/land.plot-for-construction/applications", new { fields }, Ct));
        var number = app.GetProperty("number").GetString()!;
        var complaint = await FileAsync(client, number, ComplaintAddressees.ProviderHead);
        Assert.Equal(5, complaint.GetProperty("termWorkingDays").GetInt32());
        Assert.Equal("003.md para 10", complaint.GetProperty("termSource").GetString());
        var management = await Factory.SignedInAsync(Qyzmet.Land.Features.GrantLandPlot.LandGrantDemoData.Management.Iin);
        var desk = await management.GetFromJsonAsync<JsonElement[]>("/api/desk/complaints", Ct);
        Assert.Contains(desk!, c => c.GetProperty("number").GetString() == Number(complaint));
        var toAuthority = await FileAsync(client, number, ComplaintAddressees.QualityAuthority);
        Assert.Equal(15, toAuthority.GetProperty("termWorkingDays").GetInt32());
    }

    /// <summary>A staff member added for the test (the hosts are shared: a new IIN each call).</summary>
    private async Task<string> AddStaffAsync(string role, string unitId)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var iin = Iin.Create(new DateOnly(1977, 7, 7), Sex.Female, 700 + Interlocked.Increment(ref _staffSerial)).Value;
        db.Staff.Add(new StaffMember { Iin = iin, FullName = "СЫНАҚ БАСШЫ", Role = role, UnitId = unitId });
        await db.SaveChangesAsync(Ct);
        return iin;
    }

    private async Task<(HttpClient Client, string Number)> ApplyAsync()
    {
        var client = await Factory.SignedInAsync(Aigerim);
        var app = await ApiResponses.CreatedAsync(await client.SendAsync(SubmitRequest(null), Ct));
        Assert.Equal("issued", app.GetProperty("status").GetString());
        return (client, app.GetProperty("number").GetString()!);
    }

    private static HttpRequestMessage SubmitRequest(string? applicantId)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/services/land.cadastral-info/applications")
        {
            Content = JsonContent.Create(new { applicantId, fields = new { cadastralNumber = "75-123-045-067" } }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return request;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string number, string addressee) =>
        client.PostAsJsonAsync($"/api/applications/{number}/complaints",
            new { addressee, subject = "decision", text = "The certificate does not show the mortgage registered in 2025." }, Ct);

    private static async Task<JsonElement> FileAsync(HttpClient client, string number, string addressee) =>
        await ApiResponses.CreatedAsync(await PostAsync(client, number, addressee));

    private static async Task<JsonElement> AnswerAsync(HttpClient head, string complaint, string decision, string reasons, string? remedy)
    {
        var response = await head.PostAsJsonAsync($"/api/complaints/{complaint}/answer", new { decision, reasons, remedy }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement;
    }

    private static async Task<string?> ErrorAsync(HttpResponseMessage response, HttpStatusCode expected) =>
        (await ApiResponses.ProblemAsync(response, expected)).GetProperty("errorCode").GetString();

    private static string Number(JsonElement complaint) => complaint.GetProperty("number").GetString()!;

    private static DateOnly DueOn(JsonElement complaint) =>
        DateOnly.Parse(complaint.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Moves the shared clock forward to the Almaty date and time (never back: other tests share the clock).</summary>
    private void AdvanceTo(DateOnly date, TimeOnly time)
    {
        var target = AlmatyTime.FromLocal(date, time);
        var by = target - Factory.Clock.GetUtcNow();
        Assert.True(by >= TimeSpan.Zero, $"the shared clock is already past {target}");
        Factory.Clock.Advance(by);
    }

    private async Task RunOverdueScanAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ComplaintOverdueJob>().RunOnceAsync(Ct);
    }
}

public sealed class SqliteComplaintTests(SqliteHost host) : ComplaintTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresComplaintTests(PostgresHost host) : ComplaintTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
