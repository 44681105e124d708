using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Kernel.Calendar;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Seeding;
using Qyzmet.RealEstateCadastre;
using Qyzmet.RealEstateCadastre.Domain;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>Shared steps of the cadastre tests: applying, paying, desk actions.</summary>
public abstract class CadastreTestBase
{
    protected static readonly string Aigerim = DemoData.Aigerim.Iin;
    protected static readonly string Nurlan = DemoData.Nurlan.Iin;

    protected abstract QyzmetFactory Factory { get; }

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected Task<HttpClient> Inspector() => Factory.SignedInAsync(CadastreDemoData.Inspector.Iin);

    protected Task<HttpClient> Head() => Factory.SignedInAsync(CadastreDemoData.Head.Iin);

    protected Task<HttpClient> Clerk() => Factory.SignedInAsync(CadastreDemoData.ArchiveClerk.Iin);

    protected Task<HttpClient> Executor() => Factory.SignedInAsync(CadastreDemoData.Executor.Iin);

    protected static async Task<JsonElement> Submit(HttpClient client, string serviceId, object fields)
    {
        var response = await client.PostAsJsonAsync($"/api/services/{serviceId}/applications", new { fields }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    protected static async Task<JsonElement> Ok(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement;
    }

    protected static async Task<string> Code(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("errorCode").GetString()!;
    }

    protected static async Task<JsonElement> Act(HttpClient client, string number, string trigger) =>
        await Ok(await client.PostAsJsonAsync($"/api/applications/{number}/actions/{trigger}", new { reason = "desk" }, Ct));

    /// <summary>Pays the open fee through the simulated gateway (ADR 0020); the application afterwards.</summary>
    protected Task<JsonElement> Pay(HttpClient client, string number) => Factory.PayAsync(client, number);

    protected static async Task Attach(HttpClient client, string number, string name)
    {
        var content = new ByteArrayContent("%PDF-1.7 copy"u8.ToArray());
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync($"/api/applications/{number}/attachments", new MultipartFormDataContent { { content, "file", name } }, Ct)).StatusCode);
    }

    protected static string Status(JsonElement app) => app.GetProperty("status").GetString()!;

    protected static string Number(JsonElement app) => app.GetProperty("number").GetString()!;

    /// <summary>Submits S1-B/S1-C, pays the base cost, passes the completeness check and the archive: ready for inspection.</summary>
    protected async Task<(HttpClient Applicant, string Number, JsonElement App)> ToInspectionAsync(string applicantId, string serviceId, string cadastralNumber)
    {
        var applicant = await Factory.SignedInAsync(applicantId);
        var app = await Submit(applicant, serviceId, new { cadastralNumber, consent = "given" });
        var number = Number(app);
        Assert.Equal("completeness-check", Status(await Pay(applicant, number)));
        await Attach(applicant, number, "title.pdf");
        Assert.Equal("archive", Status(await Act(await Executor(), number, "accept")));
        Assert.Equal("inspection", Status(await Act(await Clerk(), number, "retrieve-file")));
        return (applicant, number, app);
    }

    protected static object Measurements(decimal totalArea, int structures) => new
    {
        visitedOn = "2026-11-24",
        totalArea,
        livingArea = decimal.Round(totalArea * 0.6m, 2),
        floorsAbove = 2,
        floorsBelow = 1,
        roomCount = 6,
        yearBuilt = 2021,
        wallMaterial = "brick",
        structures = Enumerable.Range(0, structures).Select(i => new { letter = "Г" + (i + 1), nameKk = "Қойма", nameRu = "Сарай", wallMaterial = "wood", area = 12.5m }).ToArray(),
        landPlotPlanNote = "annex added",
        floorPlansNote = "2 floors",
    };

    protected static object Svg(string text) => new
    {
        drawingBase64 = Convert.ToBase64String(Encoding.UTF8.GetBytes($"<svg xmlns=\"http://www.w3.org/2000/svg\"><text>{text}</text></svg>")),
        contentType = "image/svg+xml",
        note = text,
    };

    /// <summary>Inspector records the measurements and the abris, sends the passport for approval; the head signs.</summary>
    protected async Task<JsonElement> InspectAndSignAsync(string number, decimal totalArea, int structures)
    {
        var inspector = await Inspector();
        Assert.Equal(HttpStatusCode.NoContent, (await inspector.PostAsJsonAsync($"/api/cadastre/applications/{number}/inspection", Measurements(totalArea, structures), Ct)).StatusCode);
        await Ok(await inspector.PostAsJsonAsync($"/api/cadastre/applications/{number}/abris", Svg("abris"), Ct));
        Assert.Equal("approval", Status(await Act(inspector, number, "submit-for-approval")));
        return await Act(await Head(), number, "approve-sign");
    }
}

/// <summary>000.md S1-A, S1-B, S1-C, S2, refusals and hearings (para 4–7, 9, 11), run on SQLite and PostgreSQL.</summary>
public abstract class CadastreApiTests : CadastreTestBase
{
    // 000.md paras 4, 6, 7; App. 1 rows 3, 5, 6: base cost on applying, desks, inspection, the head's signature,
    // the additional payment, and only then the signed passport in the personal cabinet.
    [Fact]
    public async Task Passport_PrivateHouse_InspectionTwoStagePaymentThenSignedPassport()
    {
        var applicant = await Factory.SignedInAsync(Aigerim);
        var app = await Submit(applicant, "real-estate.cadastral-passport", new { cadastralNumber = "75-123-045-067:1", consent = "given" });
        var number = Number(app);
        Assert.Equal("awaiting-base-payment", Status(app));
        Assert.Equal(800_000, app.GetProperty("payment").GetProperty("amountTiyn").GetInt64()); // demo base cost of a private house
        Assert.Equal("sc-re-75", app.GetProperty("unitId").GetString());
        // Para 5: private houses are issued on the 5th working day.
        var expectedDue = WorkingCalendar.Statutory.Compute(Factory.Clock.GetUtcNow(), DeadlineRule.WorkingDays(5)).DueDate;
        Assert.Equal(expectedDue.ToString("yyyy-MM-dd"), app.GetProperty("dueOn").GetString());

        Assert.Equal("completeness-check", Status(await Pay(applicant, number)));
        // App. 1 row 8: without the title document's e-copy the package is not accepted.
        Assert.Equal("CAD-0002", await Code(await (await Executor()).PostAsJsonAsync($"/api/applications/{number}/actions/accept", new { }, Ct), HttpStatusCode.Conflict));
        await Attach(applicant, number, "title.pdf");
        Assert.Equal("archive", Status(await Act(await Executor(), number, "accept")));
        var inbox = await applicant.GetFromJsonAsync<JsonElement[]>("/api/cabinet/inbox", Ct);
        Assert.Contains(inbox!, m => m.GetProperty("body").GetString()!.Contains(expectedDue.ToString("dd.MM.yyyy")));

        // Only the archive clerk retrieves the inventory file.
        Assert.Equal("CASE-0002", await Code(await (await Inspector()).PostAsJsonAsync($"/api/applications/{number}/actions/retrieve-file", new { }, Ct), HttpStatusCode.Forbidden));
        Assert.Equal("inspection", Status(await Act(await Clerk(), number, "retrieve-file")));

        var inspector = await Inspector();
        Assert.Equal("CAD-0003", await Code(await inspector.PostAsJsonAsync($"/api/applications/{number}/actions/submit-for-approval", new { }, Ct), HttpStatusCode.Conflict));
        Assert.Equal(HttpStatusCode.NoContent, (await inspector.PostAsJsonAsync($"/api/cadastre/applications/{number}/inspection", Measurements(190m, 2), Ct)).StatusCode);
        var first = (await Ok(await inspector.PostAsJsonAsync($"/api/cadastre/applications/{number}/abris", Svg("first"), Ct))).GetProperty("id").GetInt64();
        var second = (await Ok(await inspector.PostAsJsonAsync($"/api/cadastre/applications/{number}/abris", Svg("second"), Ct))).GetProperty("id").GetInt64();
        Assert.Equal("approval", Status(await Act(inspector, number, "submit-for-approval")));
        var signed = await Act(await Head(), number, "approve-sign");
        Assert.Equal("awaiting-additional-payment", Status(signed));
        // Para 6: the result is not released before the additional payment.
        Assert.Equal(JsonValueKind.Null, signed.GetProperty("documentId").ValueKind);
        // Price list: 190 m² × 50 ₸ + 2 structures × 1 500 ₸ = 12 500 ₸ on top of the base cost.
        Assert.Equal(1_250_000, signed.GetProperty("payment").GetProperty("amountTiyn").GetInt64());

        var issued = await Pay(applicant, number);
        Assert.Equal("issued", Status(issued));
        var pdf = await applicant.GetAsync($"/api/applications/{number}/document", Ct);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{issued.GetProperty("documentId").GetString()}/verification", Ct);
        Assert.True(verification.GetProperty("signatureValid").GetBoolean());
        Assert.Contains(verification.GetProperty("statement").EnumerateArray(), r => r[1].GetString() == "190,00 м²");
        // D-304; para 7 step 7: signed by the head who approved and signed it, not by a platform key.
        Assert.Equal(CadastreDemoData.Head.Iin, verification.GetProperty("signer").GetProperty("iin").GetString());
        Assert.Equal("sc-re-75", verification.GetProperty("signer").GetProperty("unitId").GetString());

        // Para 7 step 3 and 9: both abrises stay in the inventory file; the first is cancelled, never corrected.
        var file = await inspector.GetFromJsonAsync<JsonElement[]>("/api/cadastre/objects/75-123-045-067:1/inventory", Ct);
        Assert.True(file!.Single(e => e.GetProperty("id").GetInt64() == first).GetProperty("cancelled").GetBoolean());
        Assert.False(file!.Single(e => e.GetProperty("id").GetInt64() == second).GetProperty("cancelled").GetBoolean());
        Assert.Equal(file!.Select(e => e.GetProperty("id").GetInt64()).Order(), file!.Select(e => e.GetProperty("id").GetInt64()));
        Assert.Contains(file!, e => e.GetProperty("kind").GetString() == "cost-calculation");
        var o = await applicant.GetFromJsonAsync<JsonElement>("/api/cadastre/objects/75-123-045-067:1", Ct);
        Assert.Equal(190m, o.GetProperty("totalArea").GetDecimal());
    }

    // 000.md para 6, issue 10 item 16: the signed passport is withheld until the additional payment. Before it, nothing
    // of it is reachable by any path: the object's record, the inventory listing, public verification (API and page),
    // the signature, the owner's download and the cabinet's list all behave as if it did not exist; after it, all work.
    [Fact]
    public async Task Passport_BeforeAdditionalPayment_WithheldOnEveryPathThenReleased()
    {
        var (applicant, number, _) = await ToInspectionAsync(DemoData.Talgat.Iin, "real-estate.cadastral-passport", "75-123-045-070:1");
        Assert.Equal("awaiting-additional-payment", Status(await InspectAndSignAsync(number, 24.5m, 0)));
        Guid documentId;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            var applicationId = (await db.Applications.AsNoTracking().SingleAsync(a => a.Number == number, Ct)).Id;
            documentId = (await db.Set<InventoryEntry>().AsNoTracking()
                .SingleAsync(e => e.ApplicationId == applicationId && e.Kind == InventoryKinds.Passport, Ct)).DocumentId!.Value;
        }

        var anonymous = Factory.CreateClient();
        async Task AllWithheld()
        {
            var o = await applicant.GetFromJsonAsync<JsonElement>("/api/cadastre/objects/75-123-045-070:1", Ct);
            Assert.Equal(JsonValueKind.Null, o.GetProperty("passport").GetProperty("documentId").ValueKind);
            Assert.DoesNotContain(documentId.ToString(), o.ToString(), StringComparison.OrdinalIgnoreCase);
            var file = await (await Inspector()).GetStringAsync("/api/cadastre/objects/75-123-045-070:1/inventory", Ct);
            Assert.DoesNotContain(documentId.ToString(), file, StringComparison.OrdinalIgnoreCase);
            Assert.Equal("CASE-0010", await Code(await anonymous.GetAsync($"/api/documents/{documentId}/verification", Ct), HttpStatusCode.NotFound));
            Assert.Equal("CASE-0010", await Code(await anonymous.GetAsync($"/api/documents/{documentId}/signature", Ct), HttpStatusCode.NotFound));
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/verify/{documentId}", Ct)).StatusCode);
            Assert.Equal("CASE-0010", await Code(await applicant.GetAsync($"/api/documents/{documentId}", Ct), HttpStatusCode.NotFound));
            Assert.Equal("CASE-0010", await Code(await applicant.GetAsync($"/api/applications/{number}/document", Ct), HttpStatusCode.NotFound));
            Assert.DoesNotContain(documentId.ToString(), await applicant.GetStringAsync("/api/cabinet/documents", Ct), StringComparison.OrdinalIgnoreCase);
        }

        await AllWithheld();
        Assert.Equal("issued", Status(await Pay(applicant, number)));

        var released = await applicant.GetFromJsonAsync<JsonElement>("/api/cadastre/objects/75-123-045-070:1", Ct);
        Assert.Equal(documentId, released.GetProperty("passport").GetProperty("documentId").GetGuid());
        Assert.Equal($"/api/documents/{documentId}", released.GetProperty("passport").GetProperty("documentUrl").GetString());
        Assert.True((await anonymous.GetFromJsonAsync<JsonElement>($"/api/documents/{documentId}/verification", Ct)).GetProperty("signatureValid").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/documents/{documentId}/signature", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/verify/{documentId}", Ct)).StatusCode);
        Assert.Equal("application/pdf", (await applicant.GetAsync($"/api/documents/{documentId}", Ct)).Content.Headers.ContentType?.MediaType);
        Assert.Equal("application/pdf", (await applicant.GetAsync($"/api/applications/{number}/document", Ct)).Content.Headers.ContentType?.MediaType);
        Assert.Contains((await applicant.GetFromJsonAsync<JsonElement[]>("/api/cabinet/documents", Ct))!, d => d.GetProperty("id").GetGuid() == documentId);
        // Only the owner downloads it; anyone else is told it does not exist.
        Assert.Equal("CASE-0010", await Code(await (await Factory.SignedInAsync(DemoData.Dana.Iin)).GetAsync($"/api/documents/{documentId}", Ct), HttpStatusCode.NotFound));
    }

    // 000.md App. 1 row 5: with a service contract the signed act of completed works must come with the full payment.
    [Fact]
    public async Task Passport_ServiceContract_ReleasedOnlyWithActOfCompletedWorks()
    {
        var applicant = await Factory.SignedInAsync(DemoData.Almas.Iin);
        var app = await Submit(applicant, "real-estate.cadastral-passport", new { cadastralNumber = "75-050-011-003:1:207", serviceContract = "yes", consent = "given" });
        var number = Number(app);
        await Pay(applicant, number);
        await Attach(applicant, number, "title.pdf");
        await Act(await Executor(), number, "accept");
        await Act(await Clerk(), number, "retrieve-file");
        Assert.Equal("awaiting-additional-payment", Status(await InspectAndSignAsync(number, 18.6m, 0)));
        // Checked before the gateway is even asked: no money may be taken for a payment that cannot close the application.
        var early = await applicant.PostAsync($"/api/applications/{number}/payment", null, Ct);
        Assert.Equal("CAD-0016", await Code(early, HttpStatusCode.Conflict));
        var still = await applicant.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
        Assert.Equal("requested", still.GetProperty("payment").GetProperty("status").GetString()); // nothing charged
        Factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await Attach(applicant, number, "act-of-completed-works.pdf");
        Assert.Equal("issued", Status(await Pay(applicant, number)));
    }

    // 000.md para 7 (P3), App. 3: the conclusion states the facts of change and carries the passport.
    [Fact]
    public async Task Conclusion_MeasuredDifferently_FactsOfChangeStatedPassportAttached()
    {
        var (applicant, number, app) = await ToInspectionAsync(DemoData.Igor.Iin, "real-estate.discrepancy-conclusion", "75-123-045-071:1");
        // Para 5: the first complexity category is issued on the 5th working day.
        Assert.Equal(WorkingCalendar.Statutory.Compute(DateTimeOffset.Parse(app.GetProperty("submittedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            DeadlineRule.WorkingDays(5)).DueDate.ToString("yyyy-MM-dd"), app.GetProperty("dueOn").GetString());
        await InspectAndSignAsync(number, 52m, 1);
        var issued = await Pay(applicant, number);
        Assert.Equal("issued", Status(issued));
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{issued.GetProperty("documentId").GetString()}/verification", Ct);
        Assert.Contains("ЗАКЛЮЧЕНИЕ", verification.GetProperty("titleRu").GetString());
        var facts = verification.GetProperty("statement").EnumerateArray().Single(r => r[0].GetString() == "Факты изменений")[1].GetString();
        Assert.True(int.Parse(facts!, System.Globalization.CultureInfo.InvariantCulture) >= 2); // area 48 → 52, structures 0 → 1
    }

    // 000.md para 5-1 and decisions.md D-402: apartments (3rd working day) are refused by a refusal notice, no hearing.
    [Fact]
    public async Task Refusal_ApartmentThreeDayTerm_DirectRefusalNotice()
    {
        var (applicant, number, _) = await ToInspectionAsync(Nurlan, "real-estate.cadastral-passport", "75-050-011-002:1:14");
        var refused = await Ok(await (await Inspector()).PostAsJsonAsync($"/api/applications/{number}/refusal", new { ground = "1", reason = "the title document is forged" }, Ct));
        Assert.Equal("refused", Status(refused));
        Assert.Contains("forged", refused.GetProperty("outcomeReason").GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await applicant.GetAsync($"/api/applications/{number}/hearing", Ct)).StatusCode);
    }

    // 000.md para 5-1: a term over 3 days → preliminary decision with the hearing's time and place, the objection;
    // the decision waits for the hearing (D-411; the decision itself: CadastreRenamingTests, whose host moves the clock).
    [Fact]
    public async Task Refusal_HouseFiveDayTerm_PreliminaryDecisionHearingObjectionDecisionWaits()
    {
        var (applicant, number, app) = await ToInspectionAsync(Nurlan, "real-estate.cadastral-passport", "75-123-045-067:1");
        var due = DateOnly.Parse(app.GetProperty("dueOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var inspector = await Inspector();
        Assert.Equal("CAD-0903", await Code(await inspector.PostAsJsonAsync($"/api/applications/{number}/refusal", new { ground = "2", reason = "illegal annex" }, Ct), HttpStatusCode.BadRequest));
        Assert.Equal("CAD-0901", await Code(await inspector.PostAsJsonAsync($"/api/applications/{number}/refusal", new { ground = "9", reason = "x" }, Ct), HttpStatusCode.BadRequest));
        var hearingAt = new DateTimeOffset(due.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(5));
        var preliminary = await Ok(await inspector.PostAsJsonAsync($"/api/applications/{number}/refusal",
            new { ground = "2", reason = "illegal annex", hearingAt, place = "Алматы, Сәтпаев к., 29, 305 каб." }, Ct));
        Assert.Equal("hearing", Status(preliminary));
        var hearing = await applicant.GetFromJsonAsync<JsonElement>($"/api/applications/{number}/hearing", Ct);
        Assert.Equal(WorkingCalendar.Statutory.AddWorkingDays(AlmatyTime.LocalDate(Factory.Clock.GetUtcNow()), 2).ToString("yyyy-MM-dd"), hearing.GetProperty("objectionDueOn").GetString());
        var inbox = await applicant.GetFromJsonAsync<JsonElement[]>("/api/cabinet/inbox", Ct);
        Assert.Contains(inbox!, m => m.GetProperty("body").GetString()!.Contains("305 каб."));

        Assert.Equal("hearing", Status(await Ok(await applicant.PostAsJsonAsync($"/api/applications/{number}/objection", new { text = "the annex is permitted" }, Ct))));
        Assert.Equal("CASE-0002", await Code(await inspector.PostAsJsonAsync($"/api/applications/{number}/hearing-decision", new { provide = true, reason = "x" }, Ct), HttpStatusCode.Forbidden));
        var head = await Head();
        // Issue 10 item 15: neither decision can be taken right after the hearing is set; nothing changes.
        Assert.Equal("CAD-0908", await Code(await head.PostAsJsonAsync($"/api/applications/{number}/hearing-decision", new { provide = false, reason = "refusal stands" }, Ct), HttpStatusCode.Conflict));
        Assert.Equal("CAD-0908", await Code(await head.PostAsJsonAsync($"/api/applications/{number}/hearing-decision", new { provide = true, reason = "objection upheld" }, Ct), HttpStatusCode.Conflict));
        Assert.Equal("hearing", Status(await applicant.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct)));
        Assert.Equal(JsonValueKind.Null, (await applicant.GetFromJsonAsync<JsonElement>($"/api/applications/{number}/hearing", Ct)).GetProperty("decision").ValueKind);
    }

    // 000.md para 4: an incomplete package ends with "refusal of further consideration", not a refusal of the service.
    [Fact]
    public async Task StopConsideration_IncompletePackage_NoticeOfRefusalOfFurtherConsideration()
    {
        var applicant = await Factory.SignedInAsync(DemoData.Mira.Iin);
        var app = await Submit(applicant, "real-estate.cadastral-passport", new { cadastralNumber = "75-310-002-015:1", consent = "given" });
        await Pay(applicant, Number(app));
        var stopped = await Ok(await (await Executor()).PostAsJsonAsync($"/api/applications/{Number(app)}/stop-consideration", new { reason = "no title document" }, Ct));
        Assert.Equal("consideration-stopped", Status(stopped));
        Assert.Equal("Ended", stopped.GetProperty("statusKind").GetString());
        Assert.Contains("no title document", stopped.GetProperty("outcomeReason").GetString());
    }

    // 000.md para 5: an extension needs the applicant's agreement and never goes beyond two months from applying.
    [Fact]
    public async Task Extension_AgreedByApplicant_NeverBeyondTwoMonths()
    {
        var (applicant, number, app) = await ToInspectionAsync(DemoData.Talgat.Iin, "real-estate.cadastral-passport", "75-123-045-070:1");
        var submitted = AlmatyTime.LocalDate(DateTimeOffset.Parse(app.GetProperty("submittedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        var inspector = await Inspector();
        Assert.Equal("CAD-0005", await Code(await inspector.PostAsJsonAsync($"/api/cadastre/applications/{number}/extension",
            new { dueOn = submitted.AddMonths(2).AddDays(1), reason = "complex" }, Ct), (HttpStatusCode)422));
        Assert.Equal("CAD-0007", await Code(await applicant.PostAsync($"/api/cadastre/applications/{number}/extension/agree", null, Ct), HttpStatusCode.Conflict));
        await Ok(await inspector.PostAsJsonAsync($"/api/cadastre/applications/{number}/extension", new { dueOn = submitted.AddMonths(2), reason = "annexes to measure" }, Ct));
        Assert.Equal(app.GetProperty("dueOn").GetString(), (await applicant.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct)).GetProperty("dueOn").GetString());

        // In the portal: the cabinet asks for the agreement, the extension page shows the proposal, the applicant agrees.
        var details = await applicant.GetStringAsync($"/applications/{number}?lang=ru", Ct);
        Assert.Contains($"href=\"/cadastre/extension/{number}\"", details);
        var page = await applicant.GetStringAsync($"/cadastre/extension/{number}?lang=ru", Ct);
        Assert.Contains(submitted.AddMonths(2).ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture), page);
        Assert.Contains("annexes to measure", page);
        var token = System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;
        var agree = await applicant.PostAsync($"/cadastre/extension/{number}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);
        Assert.Equal(HttpStatusCode.Redirect, agree.StatusCode);
        var agreed = await applicant.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
        Assert.Equal(submitted.AddMonths(2).ToString("yyyy-MM-dd"), agreed.GetProperty("dueOn").GetString());
        Assert.DoesNotContain("/cadastre/extension/", await applicant.GetStringAsync($"/applications/{number}", Ct));
        Assert.Equal("CAD-0007", await Code(await applicant.PostAsync($"/api/cadastre/applications/{number}/extension/agree", null, Ct), HttpStatusCode.Conflict));
    }

    // 000.md paras 9, 11, App. 2: the duplicate is a copy from the inventory file with the mark «Телнұсқа», 1st working day for apartments.
    [Fact]
    public async Task Duplicate_Apartment_CopyFromInventoryFileMarkedTelnuska()
    {
        var applicant = await Factory.SignedInAsync(Nurlan);
        var app = await Submit(applicant, "real-estate.cadastral-passport-duplicate", new { cadastralNumber = "75-050-011-002:1:14", consent = "given" });
        var number = Number(app);
        Assert.Equal(WorkingCalendar.Statutory.Compute(Factory.Clock.GetUtcNow(), DeadlineRule.WorkingDays(1)).DueDate.ToString("yyyy-MM-dd"), app.GetProperty("dueOn").GetString());
        Assert.Equal(200_000, app.GetProperty("payment").GetProperty("amountTiyn").GetInt64());
        Assert.Equal("archive", Status(await Pay(applicant, number)));
        Assert.Equal("preparation", Status(await Act(await Clerk(), number, "retrieve-file")));
        Assert.Equal("signing", Status(await Act(await Executor(), number, "prepare-copy")));
        var issued = await Act(await Head(), number, "sign");
        Assert.Equal("issued", Status(issued));
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{issued.GetProperty("documentId").GetString()}/verification", Ct);
        Assert.True(verification.GetProperty("isDuplicate").GetBoolean());
        Assert.Contains(verification.GetProperty("statement").EnumerateArray(), r => r[1].GetString()!.Contains("Телнұсқа"));
        Assert.Contains(verification.GetProperty("statement").EnumerateArray(), r => r[1].GetString() == "64,20 м²");
    }

    // decisions.md D-406 (App. 2 row 9 ground 2): only a right holder gets a duplicate; no passport on file → refusal.
    [Theory]
    [InlineData("75-050-011-002:1:14", "not a right holder")]
    [InlineData("75-310-002-015:1", "no cadastral passport")]
    public async Task Duplicate_NotHolderOrNoPassport_RefusedDirectly(string cadastralNumber, string reason)
    {
        var applicant = await Factory.SignedInAsync(cadastralNumber.StartsWith("75-310", StringComparison.Ordinal) ? DemoData.Mira.Iin : DemoData.Dana.Iin, "en");
        var app = await Submit(applicant, "real-estate.cadastral-passport-duplicate", new { cadastralNumber, consent = "given" });
        Assert.Equal("refused", Status(app));
        Assert.Contains(reason, app.GetProperty("outcomeReason").GetString());
        Assert.Equal(JsonValueKind.Null, app.GetProperty("payment").ValueKind);
    }

    // 000.md para 5 and App. 2 row 3: the term follows the object kind.
    [Theory]
    [InlineData("75-050-011-002:1:14", "real-estate.cadastral-passport", 3)]
    [InlineData("75-050-011-003:1:207", "real-estate.cadastral-passport", 3)]
    [InlineData("75-310-002-015:1", "real-estate.cadastral-passport", 5)]
    [InlineData("75-050-011-010:1", "real-estate.cadastral-passport", 7)]
    [InlineData("75-050-011-002:1", "real-estate.cadastral-passport", 10)]
    [InlineData("75-050-011-010:1", "real-estate.cadastral-passport-duplicate", 2)]
    [InlineData("75-050-011-002:1", "real-estate.cadastral-passport-duplicate", 3)]
    public async Task Deadline_ByObjectKind_FollowsParagraph5(string cadastralNumber, string serviceId, int workingDays)
    {
        var applicant = await Factory.SignedInAsync(DemoData.Baiterek.HeadIin);
        var response = await applicant.PostAsJsonAsync($"/api/services/{serviceId}/applications", new { fields = new { cadastralNumber, consent = "given" } }, Ct);
        var app = await Ok(response);
        Assert.Equal(WorkingCalendar.Statutory.Compute(DateTimeOffset.Parse(app.GetProperty("submittedAt").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            DeadlineRule.WorkingDays(workingDays)).DueDate.ToString("yyyy-MM-dd"), app.GetProperty("dueOn").GetString());
    }

    [Fact]
    public async Task Passport_UnknownObject_Refused422AndNothingWritten()
    {
        var applicant = await Factory.SignedInAsync(DemoData.Talgat.Iin);
        var response = await applicant.PostAsJsonAsync("/api/services/real-estate.cadastral-passport/applications", new { fields = new { cadastralNumber = "75-999-999-999:1", consent = "given" } }, Ct);
        Assert.Equal("CAD-0001", await Code(response, (HttpStatusCode)422));
    }

    // Issue 10 item 17: a malformed cadastral number in the address is the same 400 format error an application form
    // gives (K-0001 naming the field), on every endpoint that takes one, not "no such object" (CAD-0001, 422).
    [Theory]
    [InlineData("/api/cadastre/objects/{0}")]
    [InlineData("/api/cadastre/objects/{0}/inventory")]
    [InlineData("/api/cadastre/objects/{0}/inventory/1/drawing")]
    [InlineData("/api/cadastre/objects/{0}/history")]
    public async Task CadastralNumber_MalformedInAddress_FormatError400NamingTheField(string path)
    {
        var staff = await Inspector();
        foreach (var malformed in new[] { "75-123-45-067:1", "abc", "75-123-045-067:x" })
        {
            var response = await staff.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, Uri.EscapeDataString(malformed)), Ct);
            var body = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{malformed}: {(int)response.StatusCode} {body}");
            var problem = JsonDocument.Parse(body).RootElement;
            Assert.Equal("K-0001", problem.GetProperty("errorCode").GetString());
            Assert.Contains(malformed, problem.GetProperty("errors").GetProperty("number").ToString());
        }

        // A well-formed number that is not in the register is still "no such object".
        Assert.Equal("CAD-0001", await Code(await staff.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, path, "75-999-999-999:1"), Ct), (HttpStatusCode)422));
    }

    // 000.md S1-A (para 4, 6, App. 1 rows 3, 8): 1 working day; two e-copies; the object gets the next number on its plot (ADR 0011).
    [Fact]
    public async Task NewObjectData_HouseOnPlot_NextNumberAssignedAndNoticeIssued()
    {
        var applicant = await Factory.SignedInAsync(Aigerim);
        var app = await Submit(applicant, "real-estate.new-object-data", new
        {
            landPlotNumber = "75-123-045-067",
            kind = "private-garage",
            purpose = "Гараж",
            settlement = "Алматы",
            street = "Жаңа",
            buildingNumber = "45/1",
            totalArea = "36.5",
            floorsAbove = "1",
            yearBuilt = "2026",
            wallMaterial = "block",
            consent = "given",
        });
        var number = Number(app);
        Assert.Equal(WorkingCalendar.Statutory.Compute(Factory.Clock.GetUtcNow(), DeadlineRule.WorkingDays(1)).DueDate.ToString("yyyy-MM-dd"), app.GetProperty("dueOn").GetString());
        await Pay(applicant, number);
        await Attach(applicant, number, "acceptance-act.pdf");
        Assert.Equal("CAD-0002", await Code(await (await Executor()).PostAsJsonAsync($"/api/applications/{number}/actions/accept", new { }, Ct), HttpStatusCode.Conflict));
        await Attach(applicant, number, "plot-identification.pdf");
        Assert.Equal("data-entry", Status(await Act(await Executor(), number, "accept")));
        Assert.Equal("signing", Status(await Act(await Inspector(), number, "enter-data")));
        var issued = await Act(await Head(), number, "sign");
        Assert.Equal("issued", Status(issued));
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{issued.GetProperty("documentId").GetString()}/verification", Ct);
        var assigned = verification.GetProperty("statement").EnumerateArray().Single(r => r[0].GetString() == "Кадастровый номер")[1].GetString()!;
        Assert.StartsWith("75-123-045-067:", assigned);
        Assert.NotEqual("75-123-045-067:1", assigned); // :1 is the house already on the plot
        var o = await applicant.GetFromJsonAsync<JsonElement>($"/api/cadastre/objects/{assigned}", Ct);
        Assert.Equal("private-garage", o.GetProperty("kind").GetString());
    }

    // 000.md para 5-1: S1-A's term is 1 working day, so a refusal ground gives the refusal notice directly.
    [Fact]
    public async Task NewObjectData_RefusalGround_DirectRefusal()
    {
        var applicant = await Factory.SignedInAsync(DemoData.Igor.Iin);
        var app = await Submit(applicant, "real-estate.new-object-data", new
        {
            landPlotNumber = "75-123-045-080",
            kind = "other",
            purpose = "Склад",
            settlement = "Алматы",
            street = "Өндіріс",
            buildingNumber = "2",
            totalArea = "1000",
            floorsAbove = "1",
            yearBuilt = "2026",
            wallMaterial = "metal",
            consent = "given",
        });
        var number = Number(app);
        await Pay(applicant, number);
        await Attach(applicant, number, "a.pdf");
        await Attach(applicant, number, "b.pdf");
        await Act(await Executor(), number, "accept");
        var refused = await Ok(await (await Inspector()).PostAsJsonAsync($"/api/applications/{number}/refusal", new { ground = "2", reason = "the act is not registered" }, Ct));
        Assert.Equal("refused", Status(refused));
    }

    // D-414 (issue 14 item 6; ADR 0026; 000.md App. 9 "address"): the cadastre's object carries the address register's code;
    // its page, its passport (here the duplicate copied from the inventory file) and the rights register's reference print
    // the same dwelling with the same text in Kazakh and Russian.
    [Fact]
    public async Task CadastreAddress_SameCode_SamePrintInPassportObjectAndRightsReference()
    {
        var aigerim = await Factory.SignedInAsync(Aigerim, "ru");
        var register = await aigerim.GetFromJsonAsync<JsonElement>($"/api/addresses/{DemoAddresses.ZhamakayevHouse}", Ct);
        var houseKk = register.GetProperty("text").GetProperty("kk").GetString()!;
        var houseRu = register.GetProperty("text").GetProperty("ru").GetString()!;

        var o = await aigerim.GetFromJsonAsync<JsonElement>("/api/cadastre/objects/75-123-045-067:1", Ct);
        Assert.Equal(DemoAddresses.ZhamakayevHouse, o.GetProperty("addressCode").GetString());
        Assert.Equal(houseKk, o.GetProperty("address").GetProperty("kk").GetString());
        Assert.Equal(houseRu, o.GetProperty("address").GetProperty("ru").GetString());

        var app = await Submit(aigerim, "real-estate.cadastral-passport-duplicate", new { cadastralNumber = "75-123-045-067:1", consent = "given" });
        var number = Number(app);
        await Pay(aigerim, number);
        await Act(await Clerk(), number, "retrieve-file");
        await Act(await Executor(), number, "prepare-copy");
        var issued = await Act(await Head(), number, "sign");
        Assert.Equal("issued", Status(issued));
        var passport = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{issued.GetProperty("documentId").GetString()}/verification", Ct);
        Assert.Contains(passport.GetProperty("statement").EnumerateArray(), r => r[0].GetString() == "Адрес" && r[1].GetString() == houseRu);

        var rights = await Submit(aigerim, "real-estate.rights-reference", new { documentType = "id-card", region = "75" });
        var reference = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{rights.GetProperty("documentId").GetString()}/verification", Ct);
        Assert.Contains(reference.GetProperty("statement").EnumerateArray(), r => r[0].GetString() == "Объект" && r[1].GetString() == "Индивидуальный жилой дом, " + houseRu);
    }

    // D-414, D-357: a new object's data naming an address code that is malformed or not in the register is refused at
    // submission with 422 naming "addressCode" (the kernel's ADDR-0001/ADDR-0002), nothing stored; a registered code gives
    // the new object the register's address.
    [Fact]
    public async Task NewObjectData_AddressCode_CheckedAgainstTheRegister()
    {
        var applicant = await Factory.SignedInAsync(Aigerim, "ru");
        object Fields(string code) => new
        {
            landPlotNumber = "75-123-045-067",
            kind = "private-garage",
            purpose = "Гараж",
            addressCode = code,
            settlement = "Алматы",
            street = "Жамақаев",
            buildingNumber = "45",
            totalArea = "30",
            floorsAbove = "1",
            yearBuilt = "2026",
            wallMaterial = "block",
            consent = "given",
        };

        int count;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            count = await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().Applications.CountAsync(Ct);
        }

        foreach (var (code, error) in new[] { ("12345", "ADDR-0001"), ("9999999999999999", "ADDR-0002") })
        {
            var response = await applicant.PostAsJsonAsync("/api/services/real-estate.new-object-data/applications", new { fields = Fields(code) }, Ct);
            var problem = await ApiResponses.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
            Assert.Equal(error, problem.GetProperty("errorCode").GetString());
            Assert.True(problem.GetProperty("errors").TryGetProperty("addressCode", out _));
        }

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            Assert.Equal(count, await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().Applications.CountAsync(Ct));
        }

        var app = await Submit(applicant, "real-estate.new-object-data", Fields(DemoAddresses.ZhamakayevHouse));
        var number = Number(app);
        await Pay(applicant, number);
        await Attach(applicant, number, "acceptance-act.pdf");
        await Attach(applicant, number, "plot-identification.pdf");
        await Act(await Executor(), number, "accept");
        await Act(await Inspector(), number, "enter-data");
        var issued = await Act(await Head(), number, "sign");
        Assert.Equal("issued", Status(issued));
        var notice = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{issued.GetProperty("documentId").GetString()}/verification", Ct);
        var assigned = notice.GetProperty("statement").EnumerateArray().Single(r => r[0].GetString() == "Кадастровый номер")[1].GetString()!;
        var registerText = (await applicant.GetFromJsonAsync<JsonElement>($"/api/addresses/{DemoAddresses.ZhamakayevHouse}", Ct)).GetProperty("text");
        Assert.Contains(notice.GetProperty("statement").EnumerateArray(), r => r[0].GetString() == "Адрес" && r[1].GetString() == registerText.GetProperty("ru").GetString());
        var o = await applicant.GetFromJsonAsync<JsonElement>($"/api/cadastre/objects/{assigned}", Ct);
        Assert.Equal(DemoAddresses.ZhamakayevHouse, o.GetProperty("addressCode").GetString());
        Assert.Equal(registerText.GetProperty("kk").GetString(), o.GetProperty("address").GetProperty("kk").GetString());
    }

    [Fact]
    public async Task NewObjectData_BadNumbers_Refused400NothingWritten()
    {
        var applicant = await Factory.SignedInAsync(Aigerim);
        var response = await applicant.PostAsJsonAsync("/api/services/real-estate.new-object-data/applications", new
        {
            fields = new
            {
                landPlotNumber = "75-123-045-067:1",
                kind = "private-house",
                purpose = "x",
                settlement = "x",
                street = "x",
                buildingNumber = "1",
                totalArea = "abc",
                floorsAbove = "1",
                yearBuilt = "2026",
                wallMaterial = "brick",
                consent = "given",
            },
        }, Ct);
        Assert.Equal("CAD-0009", await Code(response, HttpStatusCode.BadRequest));
    }

    // 000.md App. 8, para 7 step 9: the inventory file cannot be edited or emptied, even with plain SQL.
    [Theory]
    [InlineData("UPDATE cad_inventory_entries SET \"Title\" = 'x'")]
    [InlineData("DELETE FROM cad_inventory_entries")]
    public async Task InventoryFile_ChangedWithSql_Refused(string sql)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        Assert.True(await db.Set<InventoryEntry>().AnyAsync(Ct));
        var error = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync(sql, Ct));
        Assert.NotNull(error);
        Assert.Contains("append-only", error.Message);
    }

    // 000.md App. 8: the context refuses to change a filed material too.
    [Fact]
    public async Task InventoryFile_ChangedThroughContext_Refused()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var entry = await db.Set<InventoryEntry>().OrderBy(e => e.Id).FirstAsync(Ct);
        db.Remove(entry);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(Ct));
    }

    // 000.md para 7: the passport keeps its legal force when the owner changes; the new owner gets a copy of the same one.
    [Fact]
    public async Task Passport_OwnerChanges_KeepsLegalForceNoReissue()
    {
        long passportBefore;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            var shop = await db.Set<CadastreObject>().Include(o => o.Holders).SingleAsync(o => o.CadastralNumber == "75-050-011-010:1", Ct);
            passportBefore = (await scope.ServiceProvider.GetRequiredService<CadastreRegistry>().CurrentAsync(shop.Id, InventoryKinds.Passport, Ct))!.Id;
            // The rights register records a sale (001b.md): the holder changes, nothing else.
            db.RemoveRange(shop.Holders);
            db.Add(new ObjectHolder { ObjectId = shop.Id, HolderId = DemoData.Dana.Iin, HolderName = DemoData.Dana.FullName, SharePercent = 100m, Since = new DateOnly(2026, 11, 20) });
            await db.SaveChangesAsync(Ct);
        }

        var dana = await Factory.SignedInAsync(DemoData.Dana.Iin);
        var o = await dana.GetFromJsonAsync<JsonElement>("/api/cadastre/objects/75-050-011-010:1", Ct);
        Assert.Equal(passportBefore, o.GetProperty("passport").GetProperty("id").GetInt64());
        var app = await Submit(dana, "real-estate.cadastral-passport-duplicate", new { cadastralNumber = "75-050-011-010:1", consent = "given" });
        Assert.Equal("awaiting-payment", Status(app));
    }

    // Roles: the inspection desk is the inspector's; others are refused with a code.
    [Fact]
    public async Task InspectionDesk_OtherRoles_Forbidden()
    {
        var (applicant, number, _) = await ToInspectionAsync(DemoData.Almas.Iin, "real-estate.cadastral-passport", "75-050-011-003:1:207");
        Assert.Equal("CAD-0015", await Code(await applicant.PostAsJsonAsync($"/api/cadastre/applications/{number}/inspection", Measurements(18.6m, 0), Ct), HttpStatusCode.Forbidden));
        Assert.Equal("CAD-0010", await Code(await (await Inspector()).PostAsJsonAsync($"/api/cadastre/applications/{number}/abris",
            new { drawingBase64 = Convert.ToBase64String("MZ"u8.ToArray()), contentType = "image/png" }, Ct), HttpStatusCode.BadRequest));
        // ADR 0013: a refusal is never a plain desk action here; it goes through /refusal (ground, hearing rule).
        Assert.Equal("CAD-0907", await Code(await (await Inspector()).PostAsJsonAsync($"/api/applications/{number}/actions/refuse", new { reason = "x" }, Ct), HttpStatusCode.Conflict));
        var desk = await (await Inspector()).GetFromJsonAsync<JsonElement[]>("/api/cadastre/desk", Ct);
        Assert.Contains(desk!, d => d.GetProperty("number").GetString() == number);
    }
}

public sealed class SqliteCadastreApiTests(SqliteHost host) : CadastreApiTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresCadastreApiTests(PostgresHost host) : CadastreApiTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
