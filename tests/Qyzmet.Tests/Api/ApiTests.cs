using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Timers;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>The HTTP behaviour of the platform, run once on SQLite and once on PostgreSQL.</summary>
public abstract class ApiTests
{
    private static readonly string Aigerim = DemoData.Aigerim.Iin;
    private static readonly string Almas = DemoData.Almas.Iin;
    private static readonly string Talgat = DemoData.Talgat.Iin;
    private static readonly string Dana = DemoData.Dana.Iin;

    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Health_DatabaseReachable_Returns200()
    {
        var response = await Factory.CreateClient().GetAsync("/health", Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Iin_Valid_ReturnsBirthDateAndSex()
    {
        var json = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/identifiers/iin/{Aigerim}", Ct);
        Assert.True(json.GetProperty("valid").GetBoolean());
        Assert.Equal("1990-03-15", json.GetProperty("birthDate").GetString());
        Assert.Equal("female", json.GetProperty("sex").GetString());
    }

    [Theory]
    [InlineData("12345", "ID-0001")]
    [InlineData("90031540011X", "ID-0002")]
    public async Task Iin_Invalid_Returns400ProblemWithCode(string value, string code)
    {
        var response = await Factory.CreateClient().GetAsync($"/api/identifiers/iin/{value}", Ct);
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal(code, problem.GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task Iin_ChecksumWrong_MessageInRussianWhenAskedInRussian()
    {
        var wrong = Aigerim[..11] + ((Aigerim[11] - '0' + 1) % 10);
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");
        var problem = await Problem(await client.GetAsync($"/api/identifiers/iin/{wrong}", Ct), HttpStatusCode.BadRequest);
        Assert.Matches("[а-яА-Я]", problem.GetProperty("detail").GetString()!);
    }

    [Fact]
    public async Task Bin_Valid_ReturnsRegistrationMonthAndType()
    {
        var json = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/identifiers/bin/{DemoData.Baiterek.Bin}", Ct);
        Assert.Equal("2010-05", json.GetProperty("registrationMonth").GetString());
        Assert.Equal("resident-legal-entity", json.GetProperty("entityType").GetString());
    }

    // ADR 0004: a request after 18:30 on Friday is accepted on Monday; 5 working days end the next Monday.
    [Fact]
    public async Task Deadline_FridayEvening_AcceptedMondayAndCountsWorkingDays()
    {
        var json = await Factory.CreateClient().GetFromJsonAsync<JsonElement>(
            "/api/calendar/deadline?submittedAt=2026-11-20T19:00:00%2B05:00&workingDays=5", Ct);
        Assert.Equal("2026-11-23", json.GetProperty("acceptedOn").GetString());
        Assert.Equal("2026-11-30", json.GetProperty("dueDate").GetString());
        var skipped = json.GetProperty("nonWorkingDaysSkipped").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("2026-11-21", skipped);
        Assert.Contains("2026-11-22", skipped);
    }

    [Theory]
    [InlineData("/api/calendar/deadline?workingDays=5", "H-0001")]
    [InlineData("/api/calendar/deadline?submittedAt=2026-11-20T19:00:00&workingDays=5", "H-0001")]
    [InlineData("/api/calendar/deadline?submittedAt=2026-11-20T19:00:00Z", "H-0002")]
    [InlineData("/api/calendar/deadline?submittedAt=2026-11-20T19:00:00Z&workingDays=-1", "CAL-0001")]
    public async Task Deadline_BadParameters_Return400(string url, string code)
    {
        var problem = await Problem(await Factory.CreateClient().GetAsync(url, Ct), HttpStatusCode.BadRequest);
        Assert.Equal(code, problem.GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task Catalog_ListsEveryServiceWithAvailability()
    {
        var services = await Factory.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/services", Ct);
        Assert.NotNull(services);
        Assert.True(services.Length >= 20);
        bool Available(string id) => services.Single(s => s.GetProperty("id").GetString() == id).GetProperty("available").GetBoolean();
        Assert.True(Available("land.cadastral-info"));
        Assert.True(Available("civil-registry.status-reference"));
        Assert.True(Available("real-estate.cadastral-passport"));
        Assert.True(Available("population-documents.address-reference"));
        Assert.True(Available("land.plot-for-construction"));
        // Every standard of the five regulations is now offered: a catalog entry without its procedure would show here.
        Assert.All(services, s => Assert.True(s.GetProperty("available").GetBoolean(), s.GetProperty("id").GetString()));
        Assert.All(services, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("name").GetProperty("kk").GetString())));
        var unknown = await Factory.CreateClient().GetAsync("/api/services/no.such-service", Ct);
        Assert.Equal("CASE-0003", (await Problem(unknown, HttpStatusCode.NotFound)).GetProperty("errorCode").GetString());
    }

    // 002.md §4.2 Process 9: present data → a certificate signed by the provider, verifiable by anyone.
    [Fact]
    public async Task LandCadastralInfo_KnownPlot_IssuesSignedVerifiableCertificate()
    {
        var client = await Factory.SignedInAsync(Aigerim);
        var app = await Submit(client, "land.cadastral-info", new { cadastralNumber = "75-123-045-067" });
        Assert.Equal("issued", app.GetProperty("status").GetString());
        Assert.Equal("land-centre-75", app.GetProperty("unitId").GetString());

        var pdf = await client.GetAsync($"/api/applications/{app.GetProperty("number").GetString()}/document", Ct);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(Ct), 0, 5));

        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>(
            $"/api/documents/{app.GetProperty("documentId").GetString()}/verification", Ct);
        Assert.True(verification.GetProperty("hashMatches").GetBoolean());
        Assert.True(verification.GetProperty("signatureValid").GetBoolean());
        Assert.Contains(verification.GetProperty("statement").EnumerateArray(), r => r[1].GetString() == "75-123-045-067");
    }

    // 002.md §4.2 Process 8: data absent in the land cadastre → refusal notice, no document.
    [Fact]
    public async Task LandCadastralInfo_UnknownPlot_Refused()
    {
        var client = await Factory.SignedInAsync(Aigerim);
        var app = await Submit(client, "land.cadastral-info", new { cadastralNumber = "75-999-999-999" });
        Assert.Equal("refused", app.GetProperty("status").GetString());
        Assert.Contains("75-999-999-999", app.GetProperty("outcomeReason").GetString());
        Assert.Equal(JsonValueKind.Null, app.GetProperty("documentId").ValueKind);
    }

    // 002.md §3.3: the ownership service needs no input; the applicant's plots are listed, or refused if none.
    [Fact]
    public async Task LandOwnership_ByApplicant_IssuedWhenHoldingPlotsRefusedOtherwise()
    {
        var dana = await Submit(await Factory.SignedInAsync(Dana), "land.ownership-info", new { });
        Assert.Equal("issued", dana.GetProperty("status").GetString());
        var talgat = await Submit(await Factory.SignedInAsync(Talgat), "land.ownership-info", new { });
        Assert.Equal("refused", talgat.GetProperty("status").GetString());
    }

    // 002.md §4.2: at the PSC the operator applies on the consumer's behalf; legal entities by BIN.
    [Fact]
    public async Task PscOperator_AppliesForLegalEntity_ResultBelongsToEntity()
    {
        var operatorClient = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var app = await Submit(operatorClient, "land.title-document-info", new { cadastralNumber = "11-201-015-123" }, DemoData.AgroDala.Bin);
        Assert.Equal("issued", app.GetProperty("status").GetString());
        Assert.Equal("service-centre", app.GetProperty("channel").GetString());
        Assert.Equal(DemoData.AgroDala.Bin, app.GetProperty("applicantId").GetString());

        var missing = await operatorClient.PostAsJsonAsync("/api/services/land.ownership-info/applications", new { fields = new { } }, Ct);
        Assert.Equal("CASE-0007", (await Problem(missing, HttpStatusCode.BadRequest)).GetProperty("errorCode").GetString());
    }

    // 001a.md §3.0: the civil registry e-services are for individuals only.
    [Fact]
    public async Task StatusReference_ForLegalEntity_Refused422()
    {
        var operatorClient = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var response = await operatorClient.PostAsJsonAsync("/api/services/civil-registry.status-reference/applications",
            new { applicantId = DemoData.Baiterek.Bin, fields = new { kind = "birth", birthDate = "2010-05-14", birthPlace = "x", parents = "x" } }, Ct);
        Assert.Equal("CASE-0006", (await Problem(response, (HttpStatusCode)422)).GetProperty("errorCode").GetString());
    }

    // 001a.md §3.3, §8.1: duty of 30% of the MCI (2026: 4 325 ₸ → 1 297,50 ₸), declined card reported, then issued.
    [Fact]
    public async Task StatusReference_Birth_PayThirtyPercentMciThenReferenceIssued()
    {
        var client = await Factory.SignedInAsync(Almas);
        var app = await Submit(client, "civil-registry.status-reference",
            new { kind = "birth", birthDate = "2009-08-24", birthPlace = "Аршалы", parents = "СМИРНОВ ВИТАЛИЙ, БЕЙСЕБАЕВА НУРГУЛЬ" });
        Assert.Equal("awaiting-payment", app.GetProperty("status").GetString());
        Assert.Equal(129_750, app.GetProperty("payment").GetProperty("amountTiyn").GetInt64());
        var number = app.GetProperty("number").GetString();

        // 001a.md para 6(11): a declined card is reported with its reason (the gateway's failure code) and may be retried.
        var declined = await Factory.PayAsync(client, number, GatewayDriver.DeclinedCard);
        Assert.Equal("awaiting-payment", declined.GetProperty("status").GetString());
        Assert.Equal("failed", declined.GetProperty("payment").GetProperty("attempt").GetProperty("status").GetString());
        Assert.Equal("P0010", declined.GetProperty("payment").GetProperty("attempt").GetProperty("failureCode").GetString());

        var result = await Factory.PayAsync(client, number);
        Assert.StartsWith("R2026-", result.GetProperty("payment").GetProperty("receiptNumber").GetString());
        Assert.Equal("issued", result.GetProperty("status").GetString());

        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>(
            $"/api/documents/{result.GetProperty("documentId").GetString()}/verification", Ct);
        Assert.Contains(verification.GetProperty("statement").EnumerateArray(), r => r[1].GetString() == "№ 10-101-09-0000007");
    }

    // 001a.md §3.3 refusal ground 3: the requested data are absent in the civil registry.
    [Fact]
    public async Task StatusReference_NoMatchingAct_RefusedWithoutPayment()
    {
        var client = await Factory.SignedInAsync(Talgat);
        var app = await Submit(client, "civil-registry.status-reference", new { kind = "name-change", surnameBefore = "ИВАНОВ" });
        Assert.Equal("refused", app.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, app.GetProperty("payment").ValueKind);
    }

    // 001a.md §8.2 rule 7: unpaid after 24 hours → expired, "you may submit a new request"; paying later is refused.
    [Fact]
    public async Task StatusReference_UnpaidFor24Hours_ExpiresAndCannotBePaid()
    {
        var client = await Factory.SignedInAsync(Talgat);
        var app = await Submit(client, "civil-registry.status-reference", new { kind = "name-change", surnameBefore = "кожахметов" });
        Assert.Equal("awaiting-payment", app.GetProperty("status").GetString());
        var number = app.GetProperty("number").GetString();

        Factory.Clock.Advance(TimeSpan.FromHours(23));
        await RunTimers();
        client = await Factory.SignedInAsync(Talgat); // the 30-minute session expired on the test clock too
        Assert.Equal("awaiting-payment", (await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct)).GetProperty("status").GetString());
        Factory.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        Assert.True(await RunTimers() >= 1);
        client = await Factory.SignedInAsync(Talgat);

        var expired = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
        Assert.Equal("expired", expired.GetProperty("status").GetString());
        Assert.Contains("new request", expired.GetProperty("outcomeReason").GetString());
        var late = await client.PostAsync($"/api/applications/{number}/payment", null, Ct);
        Assert.Equal("PAY-0101", (await Problem(late, HttpStatusCode.Conflict)).GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task Submit_SameIdempotencyKey_ReturnsSameApplicationAndConflictsOnDifferentBody()
    {
        var client = await Factory.SignedInAsync(Aigerim);
        var key = Guid.NewGuid().ToString();
        var first = await Submit(client, "land.identification-document-info", new { cadastralNumber = "75-123-045-067" }, key: key);
        var again = await client.SendAsync(Request("land.identification-document-info", new { cadastralNumber = "75-123-045-067" }, null, key), Ct);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first.GetProperty("number").GetString(), (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("number").GetString());
        var different = await client.SendAsync(Request("land.identification-document-info", new { cadastralNumber = "11-201-015-123" }, null, key), Ct);
        Assert.Equal("K-0007", (await Problem(different, HttpStatusCode.Conflict)).GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task Submit_BadInput_Returns4xxAndWritesNothing()
    {
        var client = await Factory.SignedInAsync(DemoData.Igor.Iin);
        var missing = await client.PostAsJsonAsync("/api/services/land.cadastral-info/applications", new { fields = new { } }, Ct);
        var problem = await Problem(missing, HttpStatusCode.BadRequest);
        Assert.Equal("K-0001", problem.GetProperty("errorCode").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("cadastralNumber", out _));

        var malformedNumber = await client.PostAsJsonAsync("/api/services/land.cadastral-info/applications", new { fields = new { cadastralNumber = "75/123" } }, Ct);
        Assert.Equal("K-0001", (await Problem(malformedNumber, HttpStatusCode.BadRequest)).GetProperty("errorCode").GetString());

        var unknownField = await client.PostAsJsonAsync("/api/services/land.cadastral-info/applications", new { fields = new { cadastralNumber = "75-123-045-067", colour = "red" } }, Ct);
        Assert.True((await Problem(unknownField, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("colour", out _));

        var badJson = await client.PostAsync("/api/services/land.cadastral-info/applications", new StringContent("{\"fields\": {", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal("K-0006", (await Problem(badJson, HttpStatusCode.BadRequest)).GetProperty("errorCode").GetString());

        var huge = await client.PostAsync("/api/services/land.cadastral-info/applications",
            new StringContent("{\"fields\":{\"cadastralNumber\":\"" + new string('7', 300_000) + "\"}}", Encoding.UTF8, "application/json"), Ct);
        Assert.Equal("K-0005", (await Problem(huge, HttpStatusCode.RequestEntityTooLarge)).GetProperty("errorCode").GetString());

        var unknownService = await client.PostAsJsonAsync("/api/services/land.nothing/applications", new { fields = new { } }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknownService.StatusCode);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/applications", Ct);
        Assert.Equal(0, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Applications_OtherApplicantsAndAnonymous_CannotSeeThem()
    {
        var owner = await Factory.SignedInAsync(Dana);
        var app = await Submit(owner, "land.cadastral-info", new { cadastralNumber = "71-305-022-001" });
        var number = app.GetProperty("number").GetString();

        var stranger = await Factory.SignedInAsync(Aigerim);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/applications/{number}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/applications/{number}/document", Ct)).StatusCode);
        var otherUnitStaff = await Factory.SignedInAsync(DemoData.RegistryExecutor.Iin);
        Assert.Equal(HttpStatusCode.NotFound, (await otherUnitStaff.GetAsync($"/api/applications/{number}", Ct)).StatusCode);
        var anonymous = Factory.CreateClient();
        Assert.Equal("K-0004", (await Problem(await anonymous.GetAsync($"/api/applications/{number}", Ct), HttpStatusCode.Unauthorized)).GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task Applications_KeysetPagination_ReturnsEachApplicationOnce()
    {
        var client = await Factory.SignedInAsync(DemoData.Nurlan.Iin);
        for (var i = 0; i < 3; i++)
        {
            await Submit(client, "land.cadastral-info", new { cadastralNumber = "75-123-045-067" });
            Factory.Clock.Advance(TimeSpan.FromSeconds(1));
        }

        var first = await client.GetFromJsonAsync<JsonElement>("/api/applications?limit=2", Ct);
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        var second = await client.GetFromJsonAsync<JsonElement>($"/api/applications?limit=2&after={Uri.EscapeDataString(first.GetProperty("next").GetString()!)}", Ct);
        var numbers = first.GetProperty("items").EnumerateArray().Concat(second.GetProperty("items").EnumerateArray())
            .Select(i => i.GetProperty("number").GetString()).ToList();
        Assert.Equal(3, numbers.Distinct().Count());
    }

    // Procedure engine: a trigger the declaration does not give the actor is refused with a code, never ignored.
    [Fact]
    public async Task Action_NotPermittedForRoleOrState_RefusedWithCode()
    {
        var client = await Factory.SignedInAsync(Almas);
        var app = await Submit(client, "civil-registry.status-reference",
            new { kind = "birth", birthDate = "2009-08-24", birthPlace = "Аршалы", parents = "—" });
        var number = app.GetProperty("number").GetString();
        var asApplicant = await client.PostAsJsonAsync($"/api/applications/{number}/actions/expire", new { }, Ct);
        Assert.Equal("CASE-0002", (await Problem(asApplicant, HttpStatusCode.Forbidden)).GetProperty("errorCode").GetString());
        var wrongState = await client.PostAsJsonAsync($"/api/applications/{number}/actions/issue", new { }, Ct);
        Assert.Equal("CASE-0001", (await Problem(wrongState, HttpStatusCode.Conflict)).GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task AuditChain_AfterWork_IsIntact()
    {
        await Submit(await Factory.SignedInAsync(Aigerim), "land.cadastral-info", new { cadastralNumber = "75-123-045-067" });
        await using var scope = Factory.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<AuditLog>().VerifyChainAsync(Ct));
    }

    // Issued documents, audit rows, the "who viewed my data" log and the evidence of how an application was certified
    // cannot be changed or deleted, even with plain SQL (database triggers).
    [Theory]
    [InlineData("UPDATE documents_documents SET \"Sha256\" = 'x'")]
    [InlineData("DELETE FROM documents_documents")]
    [InlineData("UPDATE audit_entries SET \"Action\" = 'x'")]
    [InlineData("DELETE FROM audit_entries")]
    [InlineData("UPDATE trust_person_access_log SET \"Purpose\" = 'x'")]
    [InlineData("DELETE FROM trust_person_access_log")]
    [InlineData("UPDATE trust_application_confirmations SET \"Method\" = 'x'")]
    [InlineData("DELETE FROM trust_application_confirmations")]
    public async Task ImmutableRecords_ChangedWithSql_Refused(string sql)
    {
        // A PSC operator applying on Aigerim's behalf reads her data (an access-log row) and certifies the request.
        await Submit(await Factory.SignedInAsync(DemoData.PscOperator.Iin), "land.cadastral-info", new { cadastralNumber = "75-123-045-067" }, Aigerim);
        await using var scope = Factory.Services.CreateAsyncScope();
        // ADR 0018: audit rows are chained by the chain writer shortly after commit; chain what is pending before reading.
        await scope.ServiceProvider.GetRequiredService<AuditLog>().ChainPendingAsync(Ct);
        var db = scope.ServiceProvider.GetRequiredService<Qyzmet.Platform.Data.QyzmetDbContext>();
        var error = await Record.ExceptionAsync(() => Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, sql, Ct));
        Assert.NotNull(error);
        Assert.Contains("append-only", error.Message);
    }

    // decisions.md D-412: the release of a withheld document is never changed or taken back, even with plain SQL.
    [Theory]
    [InlineData("UPDATE documents_releases SET \"ReleasedBy\" = 'x'")]
    [InlineData("DELETE FROM documents_releases")]
    public async Task DocumentRelease_ChangedWithSql_Refused(string sql)
    {
        await Submit(await Factory.SignedInAsync(Aigerim), "land.cadastral-info", new { cadastralNumber = "75-123-045-067" });
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Qyzmet.Platform.Data.QyzmetDbContext>();
        var unreleased = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstAsync(
            db.Documents.Where(d => !db.DocumentReleases.Any(r => r.DocumentId == d.Id)).Select(d => d.Id), Ct);
        db.DocumentReleases.Add(new Qyzmet.Platform.Documents.DocumentRelease { DocumentId = unreleased, ReleasedAt = Factory.Clock.GetUtcNow().UtcDateTime, ReleasedBy = "test" });
        await db.SaveChangesAsync(Ct);
        var error = await Record.ExceptionAsync(() => Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.ExecuteSqlRawAsync(db.Database, sql, Ct));
        Assert.NotNull(error);
        Assert.Contains("append-only", error.Message);
    }

    [Fact]
    public async Task Attachments_PdfOnOpenApplication_StoredAndListedOthersRefused()
    {
        var client = await Factory.SignedInAsync(Almas);
        var app = await Submit(client, "civil-registry.status-reference", new { kind = "birth", birthDate = "2009-08-24", birthPlace = "Аршалы", parents = "—" });
        var number = app.GetProperty("number").GetString();
        static MultipartFormDataContent File(byte[] bytes, string type)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
            return new MultipartFormDataContent { { content, "file", "act.pdf" } };
        }

        var pdf = "%PDF-1.7 test"u8.ToArray();
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsync($"/api/applications/{number}/attachments", File(pdf, "application/pdf"), Ct)).StatusCode);
        var list = await client.GetFromJsonAsync<JsonElement[]>($"/api/applications/{number}/attachments", Ct);
        Assert.Equal("act.pdf", Assert.Single(list!).GetProperty("fileName").GetString());

        var exe = await client.PostAsync($"/api/applications/{number}/attachments", File("MZ\x90"u8.ToArray(), "application/pdf"), Ct);
        Assert.Equal("CASE-0011", (await Problem(exe, HttpStatusCode.UnsupportedMediaType)).GetProperty("errorCode").GetString());
        var stranger = await Factory.SignedInAsync(Dana);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/applications/{number}/attachments", File(pdf, "application/pdf"), Ct)).StatusCode);

        var issued = await Submit(client, "land.cadastral-info", new { cadastralNumber = "75-123-045-067" });
        var closed = await client.PostAsync($"/api/applications/{issued.GetProperty("number").GetString()}/attachments", File(pdf, "application/pdf"), Ct);
        Assert.Equal("CASE-0014", (await Problem(closed, HttpStatusCode.Conflict)).GetProperty("errorCode").GetString());
    }

    // Issue 2 §2g: SMS/e-mail go through the outbox and every delivery is logged; only administrators read it.
    [Fact]
    public async Task Outbox_FinalStatusSms_DeliveredAndLogged()
    {
        await Submit(await Factory.SignedInAsync(Aigerim), "land.cadastral-info", new { cadastralNumber = "75-123-045-067" });
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().RunOnceAsync(Ct);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await (await Factory.SignedInAsync(Aigerim)).GetAsync("/api/admin/outbox", Ct)).StatusCode);
        var outbox = await (await Factory.SignedInAsync(DemoData.Administrator.Iin)).GetFromJsonAsync<JsonElement[]>("/api/admin/outbox", Ct);
        var sms = outbox!.First(m => m.GetProperty("address").GetString() == DemoData.Aigerim.MobilePhone);
        Assert.NotEqual(JsonValueKind.Null, sms.GetProperty("deliveredAt").ValueKind);
        Assert.NotEmpty(sms.GetProperty("deliveries").EnumerateArray());
    }

    // Issue 2 §4: MCI values per year are data an administrator loads; the next fee uses them.
    [Fact]
    public async Task Mci_AdministratorSetsYear_OthersForbiddenBadValuesRefused()
    {
        var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync("/api/payments/mci/2027", new { tenge = 4500m }, Ct)).StatusCode);
        var rates = await Factory.CreateClient().GetFromJsonAsync<JsonElement[]>("/api/payments/mci", Ct);
        Assert.Contains(rates!, r => r.GetProperty("year").GetInt32() == 2027 && r.GetProperty("tenge").GetDecimal() == 4500m);
        Assert.Equal("H-0007", (await Problem(await admin.PutAsJsonAsync("/api/payments/mci/2027", new { tenge = -1m }, Ct), HttpStatusCode.BadRequest)).GetProperty("errorCode").GetString());
        var citizen = await Factory.SignedInAsync(Aigerim);
        Assert.Equal(HttpStatusCode.Forbidden, (await citizen.PutAsJsonAsync("/api/payments/mci/2027", new { tenge = 1m }, Ct)).StatusCode);
    }

    [Fact]
    public async Task Cabinet_Inbox_HasSubmissionAndResultMessages()
    {
        var client = await Factory.SignedInAsync(DemoData.Mira.Iin, "ru");
        var app = await Submit(client, "land.cadastral-info", new { cadastralNumber = "11-201-015-123" });
        var inbox = await client.GetFromJsonAsync<JsonElement[]>("/api/cabinet/inbox", Ct);
        Assert.NotNull(inbox);
        Assert.Contains(inbox, m => m.GetProperty("subject").GetString()!.Contains(app.GetProperty("number").GetString()!) && m.GetProperty("subject").GetString()!.Contains("Справка выдана"));
    }

    private async Task<int> RunTimers()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DueTimersJob>().RunOnceAsync(Ct);
    }

    private static HttpRequestMessage Request(string serviceId, object fields, string? applicantId, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/services/{serviceId}/applications")
        {
            Content = JsonContent.Create(new { applicantId, fields }),
        };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return request;
    }

    private static async Task<JsonElement> Submit(HttpClient client, string serviceId, object fields, string? applicantId = null, string? key = null) =>
        await ApiResponses.CreatedAsync(await client.SendAsync(Request(serviceId, fields, applicantId, key), Ct));

    private static Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode expected) => ApiResponses.ProblemAsync(response, expected);
}

public sealed class SqliteApiTests(SqliteHost host) : ApiTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresApiTests(PostgresHost host) : ApiTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
