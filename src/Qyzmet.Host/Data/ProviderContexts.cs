using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Qyzmet.Platform.Data;

namespace Qyzmet.Host.Data;

/// <summary>
/// One context type per database provider, so each keeps its own migrations (Data/Migrations/Sqlite and
/// Data/Migrations/Postgres); the model itself is shared (ADR 0003).
/// </summary>
public sealed class SqliteQyzmetDbContext(DbContextOptions<SqliteQyzmetDbContext> options) : QyzmetDbContext(options)
{
    protected override void ConfigureModules(ModelBuilder modelBuilder) => HostModules.ConfigureModel(modelBuilder);
}

public sealed class PostgresQyzmetDbContext(DbContextOptions<PostgresQyzmetDbContext> options) : QyzmetDbContext(options)
{
    protected override void ConfigureModules(ModelBuilder modelBuilder)
    {
        HostModules.ConfigureModel(modelBuilder);
        // ADR 0019: the platform's counters are sequences on PostgreSQL (SQLite keeps cases_counters under the writer gate).
        foreach (var sequence in Platform.Cases.NumberSequence.PostgresSequences.Values)
        {
            modelBuilder.HasSequence<long>(sequence);
        }
    }
}

/// <summary>Used by `dotnet ef migrations add` only.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteQyzmetDbContext>
{
    public SqliteQyzmetDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteQyzmetDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Used by `dotnet ef migrations add` only; no server is contacted.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresQyzmetDbContext>
{
    public PostgresQyzmetDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresQyzmetDbContext>().UseNpgsql("Host=localhost;Database=design").Options);
}
