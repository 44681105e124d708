using Microsoft.EntityFrameworkCore;
using Qyzmet.Host.Data;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Quartz;

namespace Qyzmet.Host.Infrastructure;

public static class DatabaseSetup
{
    /// <summary>
    /// SQLite under the data folder by default; PostgreSQL when Qyzmet:Database:Provider is "postgres"
    /// (connection string ConnectionStrings:Qyzmet). Handlers depend on <see cref="QyzmetDbContext"/> only.
    /// </summary>
    public static IServiceCollection AddQyzmetDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Qyzmet:Database:Provider"] ?? "sqlite";
        var connectionString = configuration.GetConnectionString("Qyzmet");
        if (provider.Equals("postgres", StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Qyzmet:Database:Provider is postgres but ConnectionStrings:Qyzmet is empty.");
            }

            // D-345: a request waits a bounded time for a pooled connection, then gets 503 (H-0009), never a 500 after 15 s.
            var bounded = LoadShedding.BoundPoolWait(connectionString, configuration);
            services.AddDbContext<PostgresQyzmetDbContext>(o => o.UseNpgsql(bounded));
            services.AddScoped<QyzmetDbContext>(sp => sp.GetRequiredService<PostgresQyzmetDbContext>());
        }
        else if (provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            var dataPath = configuration["Qyzmet:DataPath"] ?? new PlatformOptions().DataPath;
            Directory.CreateDirectory(dataPath);
            // appsettings.json ships an empty ConnectionStrings:Qyzmet; empty means "the file under DataPath" too.
            connectionString = string.IsNullOrWhiteSpace(connectionString) ? $"Data Source={Path.Combine(dataPath, "qyzmet.db")};Pooling=True" : connectionString;
            // D-341: one in-process queue for SQLite's single writer, shared by every context on this database file.
            var gate = SqliteWriterGate.For(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource);
            services.AddDbContext<SqliteQyzmetDbContext>((sp, o) =>
            {
                gate.Log ??= sp.GetRequiredService<ILoggerFactory>().CreateLogger<SqliteWriterGate>();
                o.UseSqlite(connectionString).AddInterceptors(gate);
            });
            services.AddScoped<QyzmetDbContext>(sp => sp.GetRequiredService<SqliteQyzmetDbContext>());
        }
        else
        {
            throw new InvalidOperationException($"Unknown Qyzmet:Database:Provider '{provider}': use sqlite or postgres.");
        }

        return services;
    }

    /// <summary>
    /// On PostgreSQL, Quartz keeps its schedule in the same database and the instances form a cluster: each recurring
    /// scan fires on one instance at a time, and a dead instance's work is recovered by the others. Quartz creates
    /// its own qrtz_ tables on first start (they are Quartz's schema, not ours, so they are not in our migrations).
    /// On SQLite (one instance) the schedule stays in memory.
    /// </summary>
    public static Action<IPersistentStoreBuilder>? ClusteredJobStore(IConfiguration configuration)
    {
        if (!string.Equals(configuration["Qyzmet:Database:Provider"], "postgres", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var connectionString = configuration.GetConnectionString("Qyzmet");
        // D-369: each instance records that it is alive every 20 s (Quartz's default is 7.5 s); a stopped instance's
        // scans are taken over by another after at most that plus the misfire threshold. The scans run every 15 s to
        // a minute and every one of them is safe to run again, so a slower takeover costs nothing but a little delay.
        var checkin = TimeSpan.FromSeconds(configuration.GetValue("Qyzmet:Jobs:ClusterCheckinSeconds", 20));
        return store =>
        {
            store.UsePostgres(Npgsql.NpgsqlFactory.Instance, connectionString!);
            store.UseClustering(c =>
            {
                c.CheckinInterval = checkin;
                c.CheckinMisfireThreshold = checkin;
            });
            store.ProvisionSchema();
        };
    }

    /// <summary>Applies pending migrations and seeds the demo data on first start.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, bool seedDemo, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        if (!db.IsPostgres)
        {
            // WAL lets readers continue while one writer commits (cabinet pages during submissions).
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            await db.Database.CloseConnectionAsync();
        }

        await db.Database.MigrateAsync(ct);
        if (seedDemo)
        {
            // D-718: a database seeded by an earlier version is brought up to the demo data's present roles, idempotently.
            var seeder = scope.ServiceProvider.GetRequiredService<Platform.Seeding.DemoSeeder>();
            if (!await seeder.SeedIfEmptyAsync(ct))
            {
                await seeder.UpgradeAsync(ct);
            }
        }

        // D-304: an official a unit names as its authorised signatory must be a staff member of that unit; otherwise the
        // platform does not start rather than fail on the first result.
        var signatoryProblems = await Platform.Trust.ResultSigningKeys.CheckSignatoriesAsync(db, ct);
        if (signatoryProblems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, signatoryProblems));
        }
    }
}
