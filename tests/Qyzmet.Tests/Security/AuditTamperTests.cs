using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Security;

/// <summary>
/// Issue 17 "Audit chain" (ADR 0018): someone with database access edits audit rows behind the application's back (raw
/// SQL, bypassing every check of the platform); the verification (`qyzmet audit verify`, AuditLog.VerifyChainAsync) names
/// the first edited row, not a later one. Run on SQLite and PostgreSQL.
/// </summary>
public abstract class AuditTamperTests
{
    protected abstract QyzmetFactory Factory { get; }

    /// <summary>What someone with the database owner's rights runs first: the append-only triggers go.</summary>
    protected abstract string DropAppendOnlyGuards { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RowsEditedWithRawSql_VerifyNamesTheFirstEditedRow()
    {
        var client = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        for (var i = 0; i < 3; i++)
        {
            (await client.PostAsJsonAsync("/api/services/land.cadastral-info/applications", new { fields = new { cadastralNumber = "75-123-045-067" } }, Ct)).EnsureSuccessStatusCode();
        }

        using var scope = Factory.Services.CreateScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        Assert.Null(await audit.VerifyChainAsync(Ct));
        var sequences = await db.Audit.AsNoTracking().OrderBy(a => a.Sequence).Select(a => a.Sequence).ToListAsync(Ct);
        Assert.True(sequences.Count >= 6, $"only {sequences.Count} audit rows");
        var first = sequences[sequences.Count / 2];
        var later = sequences[^2];

        // The append-only triggers refuse the edit even from raw SQL; an intruder with the owner's rights drops them first.
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() =>
            db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET \"Details\" = 'edited' WHERE \"Sequence\" = {later}", Ct));
        await db.Database.ExecuteSqlRawAsync(DropAppendOnlyGuards, Ct);

        // A later row first (its own hash recomputed would not help: the next row's link breaks), then an earlier one.
        await db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET \"Details\" = 'edited' WHERE \"Sequence\" = {later}", Ct);
        Assert.Equal(later, await audit.VerifyChainAsync(Ct));
        await db.Database.ExecuteSqlAsync($"UPDATE audit_entries SET \"ActorId\" = '000000000000' WHERE \"Sequence\" = {first}", Ct);
        Assert.Equal(first, await audit.VerifyChainAsync(Ct));

        // A deleted row is caught at the row after it.
        var gap = sequences[1];
        await db.Database.ExecuteSqlAsync($"DELETE FROM audit_entries WHERE \"Sequence\" = {gap}", Ct);
        Assert.Equal(sequences[2], await audit.VerifyChainAsync(Ct));
    }
}

public sealed class SqliteAuditTamperTests : AuditTamperTests, IClassFixture<SqliteHostForAudit>
{
    private readonly SqliteHostForAudit _host;

    public SqliteAuditTamperTests(SqliteHostForAudit host) => _host = host;

    protected override QyzmetFactory Factory => _host.Factory;

    protected override string DropAppendOnlyGuards => "DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete;";
}

public sealed class PostgresAuditTamperTests(PostgresHost host) : AuditTamperTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;

    protected override string DropAppendOnlyGuards => "DROP TRIGGER audit_entries_append_only ON audit_entries;";
}

/// <summary>A SQLite host of its own: the test breaks its audit chain on purpose.</summary>
public sealed class SqliteHostForAudit : IAsyncLifetime
{
    public QyzmetFactory Factory { get; } = new("sqlite", null);

    public ValueTask InitializeAsync()
    {
        _ = Factory.Server;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
