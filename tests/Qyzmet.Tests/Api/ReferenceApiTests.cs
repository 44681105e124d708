using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>The register references of 001b.md (Services A, B and C), run once on SQLite and once on PostgreSQL.</summary>
public abstract class ReferenceApiTests
{
    private const string RightsReference = "real-estate.rights-reference";
    private const string PresenceReference = "real-estate.absence-presence-reference";
    private const string EntityReference = "legal-entities.register-reference";

    private const string House = "75-123-045-067:1";
    private const string Garage = "75-123-045-067:2";
    private const string Flat = "75-456-012-003:1:5";
    private const string FormerParking = "75-456-012-003:1:42";
    private const string AkkolHouse = "11-205-031-017:1";
    private const string Office = "75-789-001-010:1";

    private static readonly string Aigerim = DemoData.Aigerim.Iin;
    private static readonly string Nurlan = DemoData.Nurlan.Iin;
    private static readonly string Igor = DemoData.Igor.Iin;
    private static readonly string Talgat = DemoData.Talgat.Iin;
    private static readonly string Mira = DemoData.Mira.Iin;
    private static readonly string Baiterek = DemoData.Baiterek.Bin;
    private static readonly string AgroDala = DemoData.AgroDala.Bin;

    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // 001b.md §6.3: objects table, rights (co-owners too), encumbrances (mortgage, arrest) and claims/transactions;
    // §4.1 P9: a signed e-reference verifiable by anyone.
    [Fact]
    public async Task RightsReference_HolderOfSeveralObjects_ListsEveryTableOfTheForm()
    {
        var client = await Factory.SignedInAsync(Aigerim);
        var app = await Submit(client, RightsReference, new { documentType = "id-card", region = "75" });
        Assert.Equal("issued", app.GetProperty("status").GetString());
        Assert.Equal("real-estate-75", app.GetProperty("unitId").GetString());
        await AssertPdfAsync(client, app);

        var rows = await StatementAsync(app);
        Assert.Contains(rows, r => r.Key == "Кадастровый номер" && r.Value == House);
        Assert.Contains(rows, r => r.Key == "Кадастровый номер" && r.Value == Flat);
        Assert.DoesNotContain(rows, r => r.Value.Contains(FormerParking));
        Assert.Contains(rows, r => r.Key == "Право" && r.Value.Contains(Nurlan) && r.Value.Contains("1/2"));
        Assert.Contains(rows, r => r.Key == "Обременение" && r.Value.StartsWith("Ипотека"));
        Assert.Contains(rows, r => r.Key == "Обременение" && r.Value.StartsWith("Арест"));
        Assert.Contains(rows, r => r.Key == "Правопритязание, сделка" && r.Value.Contains("Брачный договор"));
        Assert.Contains(rows, r => r.Key == "Выдана" && r.Value.Contains("15.03.1990") && r.Value.Contains(Aigerim));
    }

    // 001b.md §8.3 R3: no registered right in the register → refusal message, no document.
    [Theory]
    [MemberData(nameof(PeopleWithoutCurrentRights))]
    public async Task RightsReference_NoCurrentRights_RefusedR3(string iin)
    {
        var app = await Submit(await Factory.SignedInAsync(iin), RightsReference, new { region = "11" });
        Assert.Equal("refused", app.GetProperty("status").GetString());
        Assert.Contains(iin, app.GetProperty("outcomeReason").GetString());
        Assert.Equal(JsonValueKind.Null, app.GetProperty("documentId").ValueKind);
    }

    public static TheoryData<string> PeopleWithoutCurrentRights => [DemoData.Igor.Iin, DemoData.Talgat.Iin];

    // 001b.md §3.1 (individuals and legal entities) and §4.2 (a PSC operator fills the request on the portal).
    [Fact]
    public async Task RightsReference_LegalEntityAtPsc_ListsItsObjectWithLease()
    {
        var operatorClient = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var app = await Submit(operatorClient, RightsReference, new { region = "75" }, Baiterek);
        Assert.Equal("issued", app.GetProperty("status").GetString());
        Assert.Equal("service-centre", app.GetProperty("channel").GetString());
        await AssertPdfAsync(operatorClient, app);
        var rows = await StatementAsync(app);
        Assert.Contains(rows, r => r.Key == "Кадастровый номер" && r.Value == Office);
        Assert.Contains(rows, r => r.Key == "Обременение" && r.Value.StartsWith("Аренда") && r.Value.Contains(AgroDala));
        Assert.Contains(rows, r => r.Key == "Выдана" && r.Value.Contains("БИН " + Baiterek));

        var none = await Submit(operatorClient, RightsReference, new { region = "11" }, AgroDala);
        Assert.Equal("refused", none.GetProperty("status").GetString());
    }

    // 001b.md §6.1 field 3: the region is mandatory.
    [Fact]
    public async Task RightsReference_RegionMissing_Returns400WithField()
    {
        var response = await (await Factory.SignedInAsync(Aigerim)).PostAsJsonAsync($"/api/services/{RightsReference}/applications", new { fields = new { } }, Ct);
        var problem = await Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal("K-0001", problem.GetProperty("errorCode").GetString());
        Assert.Contains("region", problem.GetRawText());
    }

    // 001b.md §6.4 items 7 and 8: current rights, then rights previously registered to the person.
    [Fact]
    public async Task PresenceReference_CurrentAndEndedRights_BothBlocks()
    {
        var client = await Factory.SignedInAsync(Aigerim);
        var app = await Submit(client, PresenceReference, new { documentType = "id-card", region = "75" });
        Assert.Equal("issued", app.GetProperty("status").GetString());
        await AssertPdfAsync(client, app);
        var rows = await StatementAsync(app);
        Assert.Contains(rows, r => r.Key == "Зарегистрировано" && r.Value.StartsWith(House));
        Assert.Contains(rows, r => r.Key == "Зарегистрировано" && r.Value.StartsWith(Flat) && r.Value.Contains("Единоличная"));
        Assert.Contains(rows, r => r.Key == "Обременение" && r.Value.StartsWith(Flat) && r.Value.Contains("Ипотека"));
        Assert.Contains(rows, r => r.Key == "Ранее зарегистрировано" && r.Value.StartsWith(FormerParking) && r.Value.Contains("12.04.2021"));
    }

    // 001b.md §6.4: a person with only ended rights gets "none" for current rights and the ended block.
    [Fact]
    public async Task PresenceReference_OnlyEndedRights_StatesNoneCurrent()
    {
        var rows = await StatementAsync(await Submit(await Factory.SignedInAsync(Igor), PresenceReference, new { region = "11" }));
        Assert.Contains(rows, r => r.Key == "Зарегистрировано" && r.Value == "НЕТ");
        Assert.Contains(rows, r => r.Key == "Ранее зарегистрировано" && r.Value.StartsWith(AkkolHouse));
    }

    // 001b.md §6.4 ambiguity resolved by D-103: a reference of absence is issued, not refused, when there is nothing.
    [Fact]
    public async Task PresenceReference_NoRightsAtAll_IssuedAsAbsence()
    {
        var app = await Submit(await Factory.SignedInAsync(Talgat), PresenceReference, new { region = "63" });
        Assert.Equal("issued", app.GetProperty("status").GetString());
        Assert.Equal("real-estate-hq", app.GetProperty("unitId").GetString());
        var rows = await StatementAsync(app);
        Assert.Contains(rows, r => r.Key == "Зарегистрировано" && r.Value == "НЕТ");
        Assert.Contains(rows, r => r.Key == "Ранее зарегистрировано" && r.Value == "НЕТ");

        var operatorClient = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var entity = await StatementAsync(await Submit(operatorClient, PresenceReference, new { region = "11" }, AgroDala));
        Assert.Contains(entity, r => r.Key == "Выдана" && r.Value.Contains("БИН " + AgroDala));
        Assert.Contains(entity, r => r.Key == "Зарегистрировано" && r.Value == "НЕТ");
    }

    // Issue 5: "a real-estate transaction recorded in the rights register changes the next reference immediately".
    [Fact]
    public async Task Transaction_TransferRecorded_NextReferencesOfBothHoldersReflectIt()
    {
        var registrar = await Factory.SignedInAsync(DemoData.RealEstateRegistrar.Iin);
        var response = await registrar.PostAsJsonAsync("/api/real-estate/transactions", new
        {
            kind = "transfer",
            cadastralNumber = Garage,
            fromHolderId = Nurlan,
            toHolderId = Mira,
            basisKk = "2026 жылғы 20 қарашадағы № 9-100 сатып алу-сату шарты",
            basisRu = "Договор купли-продажи № 9-100 от 20.11.2026",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var mira = await StatementAsync(await Submit(await Factory.SignedInAsync(Mira), RightsReference, new { region = "75" }));
        Assert.Contains(mira, r => r.Key == "Кадастровый номер" && r.Value == Garage);
        Assert.Contains(mira, r => r.Key == "Кадастровый номер" && r.Value == AkkolHouse);

        var nurlan = await StatementAsync(await Submit(await Factory.SignedInAsync(Nurlan), PresenceReference, new { region = "75" }));
        Assert.Contains(nurlan, r => r.Key == "Ранее зарегистрировано" && r.Value.StartsWith(Garage));
        Assert.DoesNotContain(nurlan, r => r.Key == "Зарегистрировано" && r.Value.StartsWith(Garage));

        await using var scope = Factory.Services.CreateAsyncScope();
        // ADR 0018: audit rows are chained by the chain writer shortly after commit; chain what is pending before reading.
        await scope.ServiceProvider.GetRequiredService<Qyzmet.Platform.Audit.AuditLog>().ChainPendingAsync(Ct);
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        Assert.True(await db.Audit.AnyAsync(a => a.Action == "real-estate.transfer" && a.Subject == Garage && a.ActorId == DemoData.RealEstateRegistrar.Iin, Ct));
    }

    // Issue 5 and 001b.md §6.3 table 3: a registered arrest shows in the next reference; once released, it is gone.
    [Fact]
    public async Task Transaction_EncumbranceAddedThenReleased_NextReferenceFollows()
    {
        var admin = await Factory.SignedInAsync(DemoData.Administrator.Iin);
        var party = "Судебный исполнитель тест " + Guid.NewGuid().ToString("N")[..6];
        var added = await admin.PostAsJsonAsync("/api/real-estate/transactions", new
        {
            kind = "encumber",
            cadastralNumber = Office,
            encumbranceKind = "arrest",
            interestedParty = party,
            basisKk = "Сот орындаушысының қаулысы",
            basisRu = "Постановление судебного исполнителя",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var id = (await added.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("recordId").GetInt64();

        var operatorClient = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var with = await StatementAsync(await Submit(operatorClient, RightsReference, new { region = "75" }, Baiterek));
        Assert.Contains(with, r => r.Key == "Обременение" && r.Value.StartsWith("Арест") && r.Value.Contains(party));

        var released = await admin.PostAsJsonAsync("/api/real-estate/transactions", new
        {
            kind = "release",
            cadastralNumber = Office,
            encumbranceId = id,
            basisKk = "Тыйымды алу туралы қаулы",
            basisRu = "Постановление о снятии ареста",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, released.StatusCode);
        var without = await StatementAsync(await Submit(operatorClient, RightsReference, new { region = "75" }, Baiterek));
        Assert.DoesNotContain(without, r => r.Value.Contains(party));
    }

    // Only a registrar of rights (or an administrator) records transactions; errors say what is wrong.
    [Fact]
    public async Task Transaction_NotRegistrarOrBadInput_RejectedWithCode()
    {
        var body = new { kind = "transfer", cadastralNumber = House, fromHolderId = Aigerim, toHolderId = Talgat, basisKk = "x", basisRu = "x" };
        var asApplicant = await (await Factory.SignedInAsync(Aigerim)).PostAsJsonAsync("/api/real-estate/transactions", body, Ct);
        Assert.Equal("RE-0006", (await Problem(asApplicant, HttpStatusCode.Forbidden)).GetProperty("errorCode").GetString());

        var registrar = await Factory.SignedInAsync(DemoData.RealEstateRegistrar.Iin);
        var unknown = await registrar.PostAsJsonAsync("/api/real-estate/transactions", body with { cadastralNumber = "75-999-999-999:1" }, Ct);
        Assert.Equal("RE-0001", (await Problem(unknown, HttpStatusCode.NotFound)).GetProperty("errorCode").GetString());
        var notHolder = await registrar.PostAsJsonAsync("/api/real-estate/transactions", body with { fromHolderId = Talgat }, Ct);
        Assert.Equal("RE-0002", (await Problem(notHolder, HttpStatusCode.Conflict)).GetProperty("errorCode").GetString());
    }

    // 001b.md §6.5 C1: every field of the registered-entity form, for an individual asking about a company.
    [Fact]
    public async Task EntityReference_RegisteredEntity_HasEveryFieldOfC1()
    {
        var client = await Factory.SignedInAsync(Aigerim);
        var app = await Submit(client, EntityReference, new { kind = "registered-entity", bin = Baiterek });
        Assert.Equal("issued", app.GetProperty("status").GetString());
        await AssertPdfAsync(client, app);
        var rows = await StatementAsync(app);
        Assert.Contains(rows, r => r.Key == "Наименование" && r.Value == "ТОО «Байтерек Курылыс»");
        Assert.Contains(rows, r => r.Key == "Регистрирующий орган" && r.Value.Contains("Алматы"));
        Assert.Contains(rows, r => r.Key == "Вид регистрации" && r.Value == "Перерегистрация");
        Assert.Contains(rows, r => r.Key == "Дата и номер последней регистрации (перерегистрации)" && r.Value == "12 марта 2018 года № 10452-1910-ЖШС");
        Assert.Contains(rows, r => r.Key == "Дата первичной регистрации" && r.Value == "14 мая 2010 года");
        Assert.Contains(rows, r => r.Key == "БИН" && r.Value == Baiterek);
        Assert.Contains(rows, r => r.Key == "РНН");
        Assert.Contains(rows, r => r.Key == "ОКПО");
        Assert.Contains(rows, r => r.Key == "Первый руководитель" && r.Value == DemoData.Nurlan.FullName);
        Assert.Contains(rows, r => r.Key == "Учредители (участники, граждане-инициаторы)" && r.Value.Contains(Nurlan + "), 60%") && r.Value.Contains(Aigerim));
        Assert.Contains(rows, r => r.Key == "Вид деятельности" && r.Value.Contains("Строительство"));
        Assert.Contains(rows, r => r.Key == "Юридический адрес");

        var branch = await StatementAsync(await Submit(client, EntityReference, new { kind = "registered-entity", bin = DemoData.BaiterekAstanaBranch.Bin }));
        Assert.Contains(branch, r => r.Key == "Вид регистрации" && r.Value == "Учётная регистрация филиала");
    }

    // 001b.md §6.5 C2: one group per branch and representative office; "ЖОҚ" when there are none.
    [Fact]
    public async Task EntityReference_Branches_ListsBranchAndOfficeOrNone()
    {
        var operatorClient = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var app = await Submit(operatorClient, EntityReference, new { kind = "branches" }, Baiterek);
        var rows = await StatementAsync(app);
        Assert.Contains(rows, r => r.Key == "Наименование филиала (представительства)" && r.Value == DemoData.BaiterekAstanaBranch.NameRu);
        Assert.Contains(rows, r => r.Key == "Наименование филиала (представительства)" && r.Value == DemoData.BaiterekShymkentOffice.NameRu);
        Assert.Contains(rows, r => r.Key == "БИН" && r.Value == DemoData.BaiterekAstanaBranch.Bin);

        var none = await StatementAsync(await Submit(operatorClient, EntityReference, new { kind = "branches" }, AgroDala));
        Assert.Contains(none, r => r.Key == "Филиал (представительство) юридического лица" && r.Value == "НЕТ");
    }

    // 001b.md §6.5 C3: the individual's identity document and every entity they participate in; none → "ЖОҚ".
    [Fact]
    public async Task EntityReference_IndividualParticipation_ListsEntitiesOrNone()
    {
        var rows = await StatementAsync(await Submit(await Factory.SignedInAsync(Mira), EntityReference, new { kind = "individual-participation" }));
        Assert.Contains(rows, r => r.Key == "Участие физического лица в юридических лицах, филиалах и представительствах" && r.Value == DemoData.Mira.FullName);
        Assert.Contains(rows, r => r.Key == "БИН" && r.Value == DemoData.QalaInvest.Bin);

        var talgat = await StatementAsync(await Submit(await Factory.SignedInAsync(Talgat), EntityReference, new { kind = "individual-participation" }));
        Assert.Contains(talgat, r => r.Key == "Участие физического лица в юридических лицах, филиалах и представительствах" && r.Value == "НЕТ");
    }

    // 001b.md §3.3: C3 is about an individual; a legal entity is told to use C4.
    [Fact]
    public async Task EntityReference_IndividualParticipationForLegalEntity_Rejected422()
    {
        var response = await (await Factory.SignedInAsync(DemoData.PscOperator.Iin)).PostAsJsonAsync($"/api/services/{EntityReference}/applications",
            new { applicantId = Baiterek, fields = new { kind = "individual-participation" } }, Ct);
        Assert.Equal("LE-0001", (await Problem(response, (HttpStatusCode)422)).GetProperty("errorCode").GetString());
        var noBin = await (await Factory.SignedInAsync(Aigerim)).PostAsJsonAsync($"/api/services/{EntityReference}/applications",
            new { fields = new { kind = "registered-entity" } }, Ct);
        Assert.Equal("LE-0002", (await Problem(noBin, HttpStatusCode.BadRequest)).GetProperty("errorCode").GetString());
    }

    // 001b.md §6.5 C4 field 13: a company's participation in others (Baiterek founded Qala Invest), "ЖОҚ" when none.
    [Fact]
    public async Task EntityReference_EntityParticipation_ListsHoldingsOrNone()
    {
        var operatorClient = await Factory.SignedInAsync(DemoData.PscOperator.Iin);
        var rows = await StatementAsync(await Submit(operatorClient, EntityReference, new { kind = "entity-participation" }, Baiterek));
        Assert.Contains(rows, r => r.Key == "Участие юридического лица в других юридических лицах" && r.Value.Contains(DemoData.QalaInvest.Bin) && r.Value.Contains("70%"));

        var none = await StatementAsync(await Submit(operatorClient, EntityReference, new { kind = "entity-participation", bin = AgroDala }, AgroDala));
        Assert.Contains(none, r => r.Key == "Участие юридического лица в других юридических лицах" && r.Value == "НЕТ");
    }

    // 001b.md §8.3 R3: the subject BIN is not in the Legal entities database → refusal message.
    [Fact]
    public async Task EntityReference_UnknownBin_RefusedR3()
    {
        var bin = Bin.Create(2011, 1, BinEntityType.ResidentLegalEntity, BinAttribute.HeadOrganisation, 9999).Value;
        var app = await Submit(await Factory.SignedInAsync(Aigerim), EntityReference, new { kind = "registered-entity", bin });
        Assert.Equal("refused", app.GetProperty("status").GetString());
        Assert.Contains(bin, app.GetProperty("outcomeReason").GetString());
    }

    // 001b.md §7 (confidentiality, C-para 15): another person cannot read someone's reference or its PDF.
    [Theory]
    [InlineData(RightsReference)]
    [InlineData(PresenceReference)]
    public async Task References_AnotherPerson_CannotReadThem(string serviceId)
    {
        var app = await Submit(await Factory.SignedInAsync(Aigerim), serviceId, new { region = "75" });
        var number = app.GetProperty("number").GetString();
        var stranger = await Factory.SignedInAsync(Talgat);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/applications/{number}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/applications/{number}/document", Ct)).StatusCode);
    }

    private async Task<List<KeyValuePair<string, string>>> StatementAsync(JsonElement app)
    {
        Assert.Equal("issued", app.GetProperty("status").GetString());
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{app.GetProperty("documentId").GetString()}/verification", Ct);
        Assert.True(verification.GetProperty("hashMatches").GetBoolean());
        Assert.True(verification.GetProperty("signatureValid").GetBoolean());
        return [.. verification.GetProperty("statement").EnumerateArray().Select(r => new KeyValuePair<string, string>(r[0].GetString()!, r[1].GetString()!))];
    }

    private static async Task AssertPdfAsync(HttpClient client, JsonElement app)
    {
        var pdf = await client.GetAsync($"/api/applications/{app.GetProperty("number").GetString()}/document", Ct);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(Ct), 0, 5));
    }

    private static async Task<JsonElement> Submit(HttpClient client, string serviceId, object fields, string? applicantId = null) =>
        await ApiResponses.CreatedAsync(await client.PostAsJsonAsync($"/api/services/{serviceId}/applications", new { applicantId, fields }, Ct));

    private static Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode expected) => ApiResponses.ProblemAsync(response, expected);
}

public sealed class SqliteReferenceApiTests(SqliteHost host) : ReferenceApiTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresReferenceApiTests(PostgresHost host) : ReferenceApiTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
