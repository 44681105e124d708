using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Trust;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>
/// Decision D-304 (issue 10 item 2): every result carries the signature of an official of the unit that provided it —
/// 001b.md A para 7.13 "EDS of the registering body", 000.md "management signs the result" — never a platform-wide key,
/// and the public verification names that official, their position and unit.
/// </summary>
public abstract class ResultSigningTests
{
    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string, string> AutomatedResults => new()
    {
        // 002.md §4.1 step 7: the land-cadastre branch's head.
        { "land.cadastral-info", """{"cadastralNumber":"75-123-045-067"}""", "land-centre-75", DemoData.LandHead.FullName },
        // 001b.md Services A, B: the registering body (justice department) of the chosen region.
        { "real-estate.rights-reference", """{"documentType":"id-card","region":"75"}""", "real-estate-75", "ТІРКЕЛОВ БОЛАТ" },
        { "real-estate.absence-presence-reference", """{"region":"71"}""", "real-estate-71", "АСТАНОВА МАДИНА" },
        // 001b.md Service C: the registering body of the applicant's region.
        { "legal-entities.register-reference", $$"""{"kind":"registered-entity","bin":"{{DemoData.Baiterek.Bin}}"}""", "legal-entities-75", "ЗАҢҒАРОВ ТИМУР" },
    };

    [Theory]
    [MemberData(nameof(AutomatedResults))]
    public async Task AutomatedResult_SignedByTheUnitsAuthorisedOfficial_VerificationNamesThem(string serviceId, string fields, string unitId, string official)
    {
        var client = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        var app = await ApiResponses.CreatedAsync(await client.PostAsJsonAsync($"/api/services/{serviceId}/applications",
            new { fields = JsonSerializer.Deserialize<Dictionary<string, string>>(fields) }, Ct));
        Assert.Equal(unitId, app.GetProperty("unitId").GetString());
        var documentId = app.GetProperty("documentId").GetString();

        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{documentId}/verification", Ct);
        Assert.True(verification.GetProperty("signatureValid").GetBoolean());
        Assert.DoesNotContain("automated issuance", verification.GetProperty("signerSubject").GetString(), StringComparison.OrdinalIgnoreCase);
        var signer = verification.GetProperty("signer");
        Assert.Equal(official, signer.GetProperty("name").GetString());
        Assert.Equal(Roles.Labels[Roles.ProviderHead].Ru, signer.GetProperty("positionRu").GetString());
        Assert.Equal(unitId, signer.GetProperty("unitId").GetString());
        Assert.Contains(official.Split(' ')[0], verification.GetProperty("signerSubject").GetString(), StringComparison.Ordinal);

        // The page a QR code opens: name, position and unit, not a distinguished name.
        // In the page's language (D-326): the Kazakh unit name by default, the Russian one with ?lang=ru.
        var page = await Factory.CreateClient().GetStringAsync($"/verify/{documentId}", Ct);
        Assert.Contains(official, page, StringComparison.Ordinal);
        Assert.Contains(signer.GetProperty("unitKk").GetString()!, page, StringComparison.Ordinal);
        Assert.DoesNotContain("CN=", page, StringComparison.Ordinal);
        var ru = await Factory.CreateClient().GetStringAsync($"/verify/{documentId}?lang=ru", Ct);
        Assert.Contains(signer.GetProperty("unitRu").GetString()!, ru, StringComparison.Ordinal);
    }

    // Every demo unit that provides services names an authorised official who is a head of that unit (only the PSC
    // front office, the platform's administration and the 003.md units that sign nothing — offices, approving bodies,
    // monopolies, D-510 — issue no results; nor does the quality authority, whose complaint answers its answering head signs, D-722;
    // nor the document factory, whose card production is a task of the migration police's application, ADR 0025; nor the
    // Ministry of Internal Affairs, which only answers the complaints addressed to its head, signed by that head, D-728).
    [Fact]
    public async Task EveryResultIssuingDemoUnit_NamesAnAuthorisedHead()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var none = Qyzmet.Land.Features.GrantLandPlot.LandGrantDemoData.IssuingNoResults.ToList();
        var units = await db.ProviderUnits.AsNoTracking().Where(u => !u.Id.StartsWith("psc-") && u.Id != "platform" && u.Provider != "quality-authority"
            && u.Id != Qyzmet.PopulationDocuments.Common.DocumentFactory.UnitId && u.Id != Qyzmet.Kernel.Catalog.Ministries.InternalAffairsUnitId
            && !none.Contains(u.Id)).ToListAsync(Ct);
        var staff = await db.Staff.AsNoTracking().ToListAsync(Ct);

        Assert.True(units.Count >= 15);
        Assert.All(units, u => Assert.Contains(staff, s => s.Iin == u.ResultSignatoryIin && s.UnitId == u.Id && s.Role == Roles.ProviderHead));
    }

    // The start-up check: an official a unit names who is not a staff member of that unit is reported (the host stops).
    [Fact]
    public async Task StartUpCheck_SignatoryOutsideTheUnit_Reported()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        Assert.Empty(await ResultSigningKeys.CheckSignatoriesAsync(db, Ct));
        var signatory = await db.ProviderUnits.Where(u => u.Id == "land-centre-11").Select(u => u.ResultSignatoryIin).SingleAsync(Ct);
        await db.ProviderUnits.Where(u => u.Id == "land-centre-11").ExecuteUpdateAsync(s => s.SetProperty(u => u.ResultSignatoryIin, DemoData.LandHead.Iin), Ct);
        try
        {
            var problem = Assert.Single(await ResultSigningKeys.CheckSignatoriesAsync(db, Ct));
            Assert.Contains("land-centre-11", problem, StringComparison.Ordinal);
        }
        finally
        {
            await db.ProviderUnits.Where(u => u.Id == "land-centre-11").ExecuteUpdateAsync(s => s.SetProperty(u => u.ResultSignatoryIin, signatory), Ct);
        }
    }

    // No silent fallback: a unit that names no authorised official cannot issue; the request is refused with DOC-0001 and
    // nothing is written.
    [Fact]
    public async Task UnitWithoutAuthorisedOfficial_RefusedDoc0001_NothingWritten()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var signatory = await db.ProviderUnits.Where(u => u.Id == "land-centre-11").Select(u => u.ResultSignatoryIin).SingleAsync(Ct);
        await db.ProviderUnits.Where(u => u.Id == "land-centre-11").ExecuteUpdateAsync(s => s.SetProperty(u => u.ResultSignatoryIin, (string?)null), Ct);
        try
        {
            var before = await db.Applications.CountAsync(Ct);
            var client = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
            var response = await client.PostAsJsonAsync("/api/services/land.cadastral-info/applications",
                new { fields = new { cadastralNumber = "11-201-015-123" } }, Ct);

            var problem = await ApiResponses.ProblemAsync(response, HttpStatusCode.ServiceUnavailable);
            Assert.Equal("DOC-0001", problem.GetProperty("errorCode").GetString());
            Assert.Equal(before, await db.Applications.CountAsync(Ct));
        }
        finally
        {
            await db.ProviderUnits.Where(u => u.Id == "land-centre-11").ExecuteUpdateAsync(s => s.SetProperty(u => u.ResultSignatoryIin, signatory), Ct);
        }
    }

    // D-304, D-726, D-719: a result signed in a person's name is signed by an official of the unit in a signing role (its head,
    // or the quality authority's officer); anyone else is refused with DOC-0002, whose text says so (not "the head" only).
    [Fact]
    public async Task NamedSigner_NotInASigningRoleOfTheUnit_Doc0002_OfficerSigns()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<ResultSigningKeys>();
        var refused = await Assert.ThrowsAsync<Qyzmet.Kernel.Errors.QyzmetException>(() =>
            keys.ForAsync(new ResultSigning(DemoData.QualitySpecialist.UnitId, DemoData.QualitySpecialist.Iin), Ct));
        Assert.Equal("DOC-0002", refused.Error.Code);
        Assert.Contains("with signing authority (the unit's head, or the quality authority's officer)", refused.Error.Message.En, StringComparison.Ordinal);
        Assert.Contains("руководитель подразделения или должностное лицо уполномоченного органа", refused.Error.Message.Ru, StringComparison.Ordinal);
        Assert.DoesNotContain("Only the head of unit", refused.Error.Message.En, StringComparison.Ordinal);

        var (official, _, _) = await keys.ForAsync(new ResultSigning(DemoData.QualityHead.UnitId, DemoData.QualityHead.Iin), Ct);
        Assert.Equal(Roles.QualityOfficer, official.Role);
    }

    // D-718 (D-726): a database seeded before the quality authority's officials had their own role keeps them as provider-head
    // until the start-up's seeding brings them up to date: exactly those rows, once, however often the host starts.
    [Fact]
    public async Task StartUp_DatabaseSeededBeforeD726_QualityOfficersUpgradedIdempotently()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        string[] officers = [DemoData.QualityHead.Iin, DemoData.QualityNationalHead.Iin];
        await db.Staff.Where(s => officers.Contains(s.Iin)).ExecuteUpdateAsync(u => u.SetProperty(s => s.Role, Roles.ProviderHead), Ct);
        var others = await db.Staff.AsNoTracking().Where(s => !officers.Contains(s.Iin)).OrderBy(s => s.Iin).Select(s => s.Iin + s.Role).ToListAsync(Ct);

        await Qyzmet.Host.Infrastructure.DatabaseSetup.PrepareDatabaseAsync(Factory.Services, seedDemo: true, Ct);
        Assert.All(await db.Staff.AsNoTracking().Where(s => officers.Contains(s.Iin)).ToListAsync(Ct), s => Assert.Equal(Roles.QualityOfficer, s.Role));
        Assert.Equal(others, await db.Staff.AsNoTracking().Where(s => !officers.Contains(s.Iin)).OrderBy(s => s.Iin).Select(s => s.Iin + s.Role).ToListAsync(Ct));
        Assert.Equal(2, await RoleChangesAuditedAsync(scope, officers));

        // Again: nothing left to change, nothing audited twice.
        await Qyzmet.Host.Infrastructure.DatabaseSetup.PrepareDatabaseAsync(Factory.Services, seedDemo: true, Ct);
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<DemoSeeder>().UpgradeAsync(Ct));
        Assert.Equal(2, await RoleChangesAuditedAsync(scope, officers));
    }

    private static async Task<int> RoleChangesAuditedAsync(AsyncServiceScope scope, string[] iins)
    {
        await scope.ServiceProvider.GetRequiredService<Qyzmet.Platform.Audit.AuditLog>().ChainPendingAsync(Ct);
        var subjects = iins.Select(i => "staff:" + i).ToList();
        return await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().Audit.CountAsync(a => a.Action == "staff.role" && subjects.Contains(a.Subject), Ct);
    }
}

public sealed class SqliteResultSigningTests(SqliteHost host) : ResultSigningTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresResultSigningTests(PostgresHost host) : ResultSigningTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
