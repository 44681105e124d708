using Npgsql;

namespace Qyzmet.Tests.Infrastructure;

public sealed class PostgresServerTests(PostgresServer postgres)
{
    [Fact]
    public async Task Server_AcceptsConnections_AndReportsVersion()
    {
        postgres.EnsureAvailable();
        var ct = TestContext.Current.CancellationToken;

        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand("select version()", connection);
        var version = (string?)await command.ExecuteScalarAsync(ct);

        Assert.NotNull(version);
        Assert.StartsWith("PostgreSQL ", version, StringComparison.Ordinal);
        Assert.Equal("127.0.0.1", new NpgsqlConnectionStringBuilder(postgres.ConnectionString).Host);
    }

    [Fact]
    public async Task CreateDatabase_ReturnsIndependentDatabases()
    {
        postgres.EnsureAvailable();
        var ct = TestContext.Current.CancellationToken;
        var suffix = Guid.NewGuid().ToString("N")[..8];

        var first = postgres.CreateDatabase($"independent_a_{suffix}");
        var second = await postgres.CreateDatabaseAsync($"independent_b_{suffix}", ct);

        Assert.Equal($"independent_a_{suffix}", new NpgsqlConnectionStringBuilder(first).Database);
        Assert.Equal($"independent_b_{suffix}", new NpgsqlConnectionStringBuilder(second).Database);

        await ExecuteAsync(first, "create table marker (value text not null); insert into marker values ('first')", ct);

        Assert.Equal("first", await ScalarAsync(first, "select value from marker", ct));
        Assert.Equal(0L, await ScalarAsync(second, "select count(*) from pg_tables where tablename = 'marker'", ct));
        Assert.Equal($"independent_b_{suffix}", await ScalarAsync(second, "select current_database()", ct));
    }

    [Fact]
    public void CreateDatabase_ExistingName_Throws()
    {
        postgres.EnsureAvailable();
        var name = $"dup_{Guid.NewGuid():N}"[..20];

        postgres.CreateDatabase(name);

        var ex = Assert.Throws<PostgresException>(() => postgres.CreateDatabase(name));
        Assert.Equal(PostgresErrorCodes.DuplicateDatabase, ex.SqlState);
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task<object?> ScalarAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(ct);
    }
}
