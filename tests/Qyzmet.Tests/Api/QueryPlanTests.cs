using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Qyzmet.Host.Cli;
using Qyzmet.Platform.Complaints;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Monitoring;
using Qyzmet.Platform.Payments;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Timers;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>
/// Issue 16 "Data at national size" (D-376, D-377, D-379): the statements the hot reads send (the cabinet list, one
/// application, a desk queue) are each bounded index lookups on the tables that grow with the country. On a generated
/// dataset (history, invoices, attempts and results included, D-378) every statement a request sends is run again under
/// <c>EXPLAIN (ANALYZE, FORMAT JSON)</c> with sequential scans disabled, and its plan must (1) read no growing table by a
/// sequential scan (disabling only makes it expensive: it is still chosen when no index can answer), (2) read indexes of
/// those tables only through an index condition (never a whole index walked for its order), and (3) read at most
/// <see cref="MaxRowsPerScan"/> rows per scan and loop of them, with a page of 5. D-381..D-383: an administrator's list and
/// the periodic jobs likewise; SQLite's plans are pinned by <c>EXPLAIN QUERY PLAN</c> on the same data.
/// </summary>
public abstract class QueryPlanTests
{
    /// <summary>The tables that grow with the population and the applications (issue 16's sizes).</summary>
    protected static readonly string[] Growing =
    [
        "cases_applications", "cases_application_events", "payments_payments", "payments_attempts", "payments_events", "documents_documents",
        "notifications_inbox", "notifications_outbox", "registry_people", "registry_legal_entities", "trust_powers_of_attorney", "trust_sessions",
        "trust_person_access_log", "mon_stages", "civil_acts", "cases_tasks", "cases_timers", "complaints_complaints",
    ];

    /// <summary>
    /// A page of 5 reads at most 6 rows per range, and the history, invoices and stages of 5 applications a few each; a read
    /// that grows with the unit's or the person's applications (hundreds here) does not fit.
    /// </summary>
    protected const int MaxRowsPerScan = 60;

    /// <summary>
    /// D-383: a job reads a batch (at most 500 events, 200 of anything else) and the rows its index condition cannot
    /// exclude; a read that walks the finished applications (thousands here) does not fit.
    /// </summary>
    protected const int MaxRowsPerJobScan = 600;

    protected const int Page = 5;

    private static readonly GenerationSizes Size = new(Persons: 300, LegalEntities: 30, RealEstate: 0, LandPlots: 0, Applications: 12_000);

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static readonly HashSet<QyzmetFactory> Generated = [];

    protected abstract QyzmetFactory Factory { get; }

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    // D-376: the cabinet list was "own OR represented" (no index can answer it: a sequential scan of every application per
    // request, 58 → 5 requests per second at 1M applications) and took each row's invoice through ROW_NUMBER() over all invoices.
    [Fact]
    public async Task CabinetList_EveryStatementIsABoundedIndexLookup()
    {
        await GenerateOnceAsync();
        var (person, _) = await BusiestPersonAsync();
        var client = await Factory.SignedInAsync(person);
        await AssertBoundedAsync(async () =>
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/applications?limit={Page}", Ct);
            Assert.Equal(Page, page.GetProperty("items").GetArrayLength());
            var next = page.GetProperty("next").GetString();
            await client.GetFromJsonAsync<JsonElement>($"/api/applications?limit={Page}&after={next}", Ct);
        });
    }

    // D-376: one application with a paid invoice and a gateway attempt: its latest attempt was ROW_NUMBER() over all attempts.
    [Fact]
    public async Task OneApplication_EveryStatementIsABoundedIndexLookup()
    {
        await GenerateOnceAsync();
        string applicant, number;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            var people = Enumerable.Range(0, Size.Persons).Select(NationalDataGenerator.PersonIin).ToList();
            var app = await db.Applications.AsNoTracking()
                .Where(a => people.Contains(a.ApplicantId) && db.PaymentAttempts.Any(t => t.ApplicationId == a.Id)).OrderBy(a => a.Number).FirstAsync(Ct);
            (applicant, number) = (app.ApplicantId, app.Number);
        }

        var client = await Factory.SignedInAsync(applicant);
        await AssertBoundedAsync(async () =>
        {
            var app = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
            Assert.Equal(JsonValueKind.Object, app.GetProperty("payment").GetProperty("attempt").ValueKind);
            Assert.True(app.GetProperty("history").GetArrayLength() > 1);
        });
    }

    // D-377: the desk queue read every application of the unit in the role's steps before sorting by due date.
    [Fact]
    public async Task DeskQueue_EveryStatementIsABoundedIndexLookup()
    {
        await GenerateOnceAsync();
        string staff;
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            staff = await db.Staff.AsNoTracking().Where(s => s.UnitId != null && s.UnitId.StartsWith("sc-re-") && (s.Role == "provider-executor" || s.Role == "inspector"))
                .OrderByDescending(s => s.Role).ThenBy(s => s.Iin).Select(s => s.Iin).FirstAsync(Ct);
        }

        var client = await Factory.SignedInAsync(staff);
        await AssertBoundedAsync(async () =>
        {
            var response = await client.GetAsync($"/api/cadastre/desk?limit={Page}", Ct);
            response.EnsureSuccessStatusCode();
            var items = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal(Page, items.GetArrayLength());
            var next = response.Headers.GetValues("Link").Single().Split('>')[0].TrimStart('<');
            await client.GetFromJsonAsync<JsonElement>(next + $"&limit={Page}", Ct);
        });
    }

    // D-381: an administrator's list (every application, newest first) sorted the whole table: no index led with SubmittedAt.
    [Fact]
    public async Task AdministratorList_EveryStatementIsABoundedIndexLookup()
    {
        await GenerateOnceAsync();
        var client = await Factory.SignedInAsync(DemoData.Administrator.Iin);
        await AssertBoundedAsync(async () =>
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/applications?limit={Page}", Ct);
            Assert.Equal(Page, page.GetProperty("items").GetArrayLength());
            var next = page.GetProperty("next").GetString();
            await client.GetFromJsonAsync<JsonElement>($"/api/applications?limit={Page}&after={next}", Ct);
        }, MaxRowsPerScan);
    }

    // D-382, D-383: each periodic job's scan, run once over the generated data: the pending receipts (D-350) read every invoice
    // by payment time, the step-limits job every application by due date, the complaint-overdue job its whole index.
    [Fact]
    public async Task PeriodicJobs_EveryStatementIsAnIndexRange()
    {
        await GenerateOnceAsync();
        var services = Factory.Services;
        await AssertBoundedAsync(async () =>
        {
            await ActivatorUtilities.CreateInstance<PendingReceiptsJob>(services).RunOnceAsync(Ct);
            await ActivatorUtilities.CreateInstance<StepLimitsJob>(services).RunOnceAsync(Ct);
            await ActivatorUtilities.CreateInstance<ComplaintOverdueJob>(services).RunOnceAsync(Ct);
            await ActivatorUtilities.CreateInstance<DueTimersJob>(services).RunOnceAsync(Ct);
            await ActivatorUtilities.CreateInstance<OutboxDeliveryJob>(services).RunOnceAsync(Ct);
            await services.GetRequiredService<MonitoringAggregator>().RunOnceAsync(Ct);
        }, MaxRowsPerJobScan);
    }

    private async Task<(string Iin, int Count)> BusiestPersonAsync()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var people = Enumerable.Range(0, Size.Persons).Select(NationalDataGenerator.PersonIin).ToList();
        var busiest = await db.Applications.AsNoTracking().Where(a => people.Contains(a.ApplicantId)).GroupBy(a => a.ApplicantId)
            .Select(g => new { g.Key, Count = g.Count() }).OrderByDescending(g => g.Count).ThenBy(g => g.Key).FirstAsync(Ct);
        Assert.True(busiest.Count > 2 * Page, $"{busiest.Key} has {busiest.Count} applications");
        return (busiest.Key, busiest.Count);
    }

    private Task AssertBoundedAsync(Func<Task> request) => AssertBoundedAsync(request, MaxRowsPerScan);

    private async Task AssertBoundedAsync(Func<Task> request, int maxRows)
    {
        using var recorder = await ParameterRecorder.StartAsync(Factory);
        await request();
        // The same statement with other parameters (a job's next batch) has the same plan: each is explained once.
        var statements = recorder.Commands
            .Where(c => c.Sql.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) && !c.Sql.Contains("audit_", StringComparison.Ordinal))
            .Where(c => Growing.Any(t => c.Sql.Contains(t, StringComparison.Ordinal)))
            .DistinctBy(c => c.Sql)
            .ToList();
        Assert.NotEmpty(statements);
        var problems = new List<string>();
        foreach (var statement in statements)
        {
            var found = await ExplainAsync(recorder.ConnectionString, statement, maxRows);
            if (found.Count > 0)
            {
                problems.Add(statement.Sql + "\n  -> " + string.Join("\n  -> ", found));
            }
        }

        Assert.True(problems.Count == 0, "Unbounded reads of growing tables:\n" + string.Join("\n\n", problems));
    }

    /// <summary>What is wrong with the statement's plan on this provider (nothing: empty).</summary>
    protected abstract Task<List<string>> ExplainAsync(string connectionString, Recorded statement, int maxRows);

    private async Task GenerateOnceAsync()
    {
        await Once.WaitAsync(Ct);
        try
        {
            if (Generated.Add(Factory))
            {
                await using var scope = Factory.Services.CreateAsyncScope();
                await ActivatorUtilities.CreateInstance<NationalDataGenerator>(scope.ServiceProvider, TextWriter.Null).RunAsync(Size, Ct);
            }
        }
        finally
        {
            Once.Release();
        }
    }

    /// <summary>One SELECT EF sent, with its parameters (to run it again under EXPLAIN).</summary>
    protected sealed record Recorded(string Sql, IReadOnlyList<DbParameter> Parameters);

    /// <summary>Like <see cref="CommandRecorder"/>, with each command's parameters copied.</summary>
    private sealed class ParameterRecorder : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly ConcurrentQueue<Recorded> _commands = new();
        private readonly List<IDisposable> _subscriptions = [];
        private readonly IDisposable _all;

        private ParameterRecorder(string connectionString)
        {
            ConnectionString = connectionString;
            _all = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public string ConnectionString { get; }

        public IReadOnlyList<Recorded> Commands => [.. _commands];

        public static async Task<ParameterRecorder> StartAsync(QyzmetFactory factory)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return new ParameterRecorder(scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().Database.GetConnectionString()!);
        }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData data
                && data.Context is { } context && context.Database.GetConnectionString() == ConnectionString)
            {
                _commands.Enqueue(new Recorded(data.Command.CommandText, [.. data.Command.Parameters.Cast<DbParameter>().Select(Copy)]));
            }
        }

        private static DbParameter Copy(DbParameter p) => p switch
        {
            NpgsqlParameter n => n.Clone(),
            SqliteParameter q => new SqliteParameter(q.ParameterName, q.Value ?? DBNull.Value) { SqliteType = q.SqliteType, Size = q.Size },
            _ => throw new NotSupportedException(p.GetType().Name),
        };

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _all.Dispose();
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}

/// <summary>
/// PostgreSQL: each statement again under <c>EXPLAIN (ANALYZE, FORMAT JSON)</c> with sequential scans disabled (D-379).
/// </summary>
public sealed class PostgresQueryPlanTests(PostgresHost host) : QueryPlanTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;

    protected override async Task<List<string>> ExplainAsync(string connectionString, Recorded statement, int maxRows)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using (var off = new NpgsqlCommand("SET enable_seqscan = off", connection))
        {
            await off.ExecuteNonQueryAsync(Ct);
        }

        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, FORMAT JSON) " + statement.Sql, connection);
        foreach (var p in statement.Parameters)
        {
            explain.Parameters.Add(((NpgsqlParameter)p).Clone());
        }

        var json = JsonDocument.Parse((string)(await explain.ExecuteScalarAsync(Ct))!);
        var found = new List<string>();
        Walk(json.RootElement[0].GetProperty("Plan"), found, maxRows);
        return found;
    }

    private static void Walk(JsonElement plan, List<string> problems, int maxRows)
    {
        var type = plan.GetProperty("Node Type").GetString()!;
        var relation = plan.TryGetProperty("Relation Name", out var r) ? r.GetString() : null;
        var index = plan.TryGetProperty("Index Name", out var i) ? i.GetString() : null;
        var growing = relation is not null && Growing.Contains(relation)
            || index is not null && Growing.Any(t => index.Contains("_" + t + "_", StringComparison.Ordinal));
        if (growing)
        {
            var loops = Math.Max(1, plan.GetProperty("Actual Loops").GetDouble());
            var read = plan.GetProperty("Actual Rows").GetDouble()
                + (plan.TryGetProperty("Rows Removed by Filter", out var f) ? f.GetDouble() / loops : 0)
                + (plan.TryGetProperty("Rows Removed by Index Recheck", out var x) ? x.GetDouble() / loops : 0);
            if (type == "Seq Scan")
            {
                problems.Add($"sequential scan of {relation}");
            }
            else if (type is "Index Scan" or "Index Only Scan" or "Bitmap Index Scan" && !plan.TryGetProperty("Index Cond", out _)
                && plan.TryGetProperty("Filter", out _) && read > 0)
            {
                // D-384: an index walked without a condition but with a filter reads rows to throw them away, as many as the
                // table holds before the page is full. Without a filter every row read is returned (an administrator's
                // newest page: the walk stops at the limit, and the row bound below holds it); a walk that read nothing met
                // a table the generated data leaves empty (D-378: no stages, timers or messages) and shows nothing.
                problems.Add($"{type} of the whole index {index} (no index condition, a filter)");
            }
            else if (type is "Index Scan" or "Index Only Scan" or "Bitmap Heap Scan" && read > maxRows)
            {
                problems.Add($"{type} on {relation ?? index} reads {read:F0} rows per loop (at most {maxRows})");
            }
        }

        if (plan.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Walk(child, problems, maxRows);
            }
        }
    }
}

/// <summary>
/// SQLite (D-384): each statement again under <c>EXPLAIN QUERY PLAN</c>; a growing table read by <c>SCAN</c> without an index
/// (a full table scan, where PostgreSQL's test sees a sequential scan) fails. SQLite has no row counts in its plan, so the
/// bound on rows read is PostgreSQL's test alone.
/// </summary>
public sealed partial class SqliteQueryPlanTests(SqliteHost host) : QueryPlanTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;

    protected override async Task<List<string>> ExplainAsync(string connectionString, Recorded statement, int maxRows)
    {
        // EF names each table with an alias ("cases_applications" AS "c"); the plan says "SCAN c".
        var aliases = TableAlias().Matches(statement.Sql).Where(m => Growing.Contains(m.Groups[1].Value))
            .Select(m => (Table: m.Groups[1].Value, Alias: m.Groups[2].Value)).ToList();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var explain = connection.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN " + statement.Sql;
        foreach (var p in statement.Parameters.Cast<SqliteParameter>())
        {
            explain.Parameters.Add(new SqliteParameter(p.ParameterName, p.Value) { SqliteType = p.SqliteType, Size = p.Size });
        }

        var found = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct))
        {
            var detail = reader.GetString(3);
            var scan = ScanDetail().Match(detail);
            if (!scan.Success || detail.Contains(" USING ", StringComparison.Ordinal))
            {
                continue;
            }

            var name = scan.Groups[1].Value;
            var table = Growing.Contains(name) ? name : aliases.FirstOrDefault(a => a.Alias == name).Table;
            if (table is not null)
            {
                found.Add($"{detail} (a full scan of {table})");
            }
        }

        return found;
    }

    [System.Text.RegularExpressions.GeneratedRegex("\"(\\w+)\" AS \"(\\w+)\"")]
    private static partial System.Text.RegularExpressions.Regex TableAlias();

    [System.Text.RegularExpressions.GeneratedRegex("^SCAN (\\w+)")]
    private static partial System.Text.RegularExpressions.Regex ScanDetail();
}
