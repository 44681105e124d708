using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Notifications;
using Qyzmet.Platform.Registries;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Timers;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>Issue 16: the hot paths' behaviour (what is locked, how many queries, how the outbox drains), on both providers.</summary>
public abstract class PerformanceTests
{
    private const string LandInfo = "land.cadastral-info";

    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Issue 16 item 1, ADR 0019: reading, validating, rendering and signing happen before the write transaction, which
    // holds only the inserts: no counter row and no audit chain head is updated (locked) inside it.
    [Fact]
    public async Task Submission_WriteTransactionHoldsOnlyInserts()
    {
        var client = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        using var recorder = await CommandRecorder.StartAsync(Factory);
        await Submit(client, new { cadastralNumber = "75-123-045-067" });
        var commands = recorder.Commands;
        // SQLite quotes the table name, Npgsql does not (lower-case identifiers).
        var request = commands.First(c => c.Sql.Replace("\"", "", StringComparison.Ordinal).Contains("INSERT INTO cases_applications ", StringComparison.Ordinal)).Context;
        var inTransaction = commands.Where(c => c.Context == request && c.InTransaction).ToList();
        Assert.NotEmpty(inTransaction);
        Assert.All(inTransaction, c => Assert.StartsWith("INSERT", c.Sql.TrimStart(), StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(commands, c => c.Context == request && c.Sql.Contains("audit_chain_head", StringComparison.Ordinal));
    }

    // Issue 16 item 1, ADR 0018/0019: concurrent submissions get distinct numbers, and every audit row is chained once, in
    // one unbroken chain, even with two chain writers at once (two instances); "audit verify" stays exact.
    [Fact]
    public async Task ConcurrentSubmissions_NumbersUnique_AuditChainExact()
    {
        var clients = new[]
        {
            await Factory.SignedInAsync(DemoData.Aigerim.Iin), await Factory.SignedInAsync(DemoData.Nurlan.Iin), await Factory.SignedInAsync(DemoData.Dana.Iin),
        };
        var apps = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Submit(clients[i % 3], new { cadastralNumber = "75-123-045-067" })));
        var numbers = apps.Select(a => a.GetProperty("number").GetString()!).ToList();
        Assert.Equal(12, numbers.Distinct().Count());

        await using var one = Factory.Services.CreateAsyncScope();
        await using var two = Factory.Services.CreateAsyncScope();
        await Task.WhenAll(
            one.ServiceProvider.GetRequiredService<AuditLog>().ChainPendingAsync(Ct),
            two.ServiceProvider.GetRequiredService<AuditLog>().ChainPendingAsync(Ct));
        await using var scope = Factory.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        Assert.Null(await audit.VerifyChainAsync(Ct));
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var subjects = numbers.Select(n => "application:" + n).ToList();
        var submitted = await db.Audit.AsNoTracking().Where(a => a.Action == "application.submit" && subjects.Contains(a.Subject)).ToListAsync(Ct);
        Assert.Equal(12, submitted.Count);
        Assert.Equal(12, submitted.Select(a => a.Subject).Distinct().Count());
        Assert.Equal(0, await audit.PendingCountAsync(Ct));
        var head = await db.AuditHead.AsNoTracking().SingleAsync(Ct);
        Assert.Equal(await db.Audit.MaxAsync(a => a.Sequence, Ct), head.Sequence);
    }

    // Issue 16 item 3, D-371 (ADR 0018): with nothing pending, a chain pass (what an idle writer does every few seconds in
    // every instance) is one read and locks nothing; it used to lock the chain head in a transaction of four statements.
    [Fact]
    public async Task ChainPass_NothingPending_IsOneReadWithoutTheHeadLock()
    {
        // The recorder first: EF decides whether anyone listens to a context's commands when the context starts sending them.
        using var recorder = await CommandRecorder.StartAsync(Factory);
        await using var scope = Factory.Services.CreateAsyncScope();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        await audit.ChainPendingAsync(Ct);
        recorder.Clear();

        Assert.Equal(0, await audit.ChainPendingAsync(Ct));

        var pass = recorder.Commands.Where(c => c.Context == db.ContextId.InstanceId).ToList();
        Assert.True(pass.Count == 1, $"{pass.Count} commands:\n" + string.Join("\n---\n", pass.Select(c => c.Sql)));
        Assert.DoesNotContain("audit_chain_head", pass[0].Sql, StringComparison.Ordinal);
        Assert.False(pass[0].InTransaction);
    }

    // Issue 16 item 3, D-343: one delivery pass drains a backlog of 500 messages (it used to deliver 100 per scan), each once.
    [Fact]
    public async Task Outbox_Backlog500_DrainedInOnePass()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var now = Factory.Clock.GetUtcNow().UtcDateTime;
        var messages = Enumerable.Range(0, 500)
            .Select(i => new OutboxMessage { Channel = "sms", Address = "+7701000" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), Text = "backlog " + i, CreatedAt = now })
            .ToList();
        db.Outbox.AddRange(messages);
        await db.SaveChangesAsync(Ct);
        var ids = messages.Select(m => m.Id).ToList();

        var delivered = await scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().RunOnceAsync(Ct);

        Assert.True(delivered >= 500, $"delivered {delivered}");
        Assert.Equal(0, await db.Outbox.CountAsync(m => ids.Contains(m.Id) && m.DeliveredAt == null, Ct));
        Assert.Equal(500, await db.DeliveryLog.CountAsync(l => ids.Contains(l.OutboxMessageId), Ct));
        var health = await Factory.CreateClient().GetFromJsonAsync<JsonElement>("/health", Ct);
        Assert.Equal(JsonValueKind.Number, health.GetProperty("outboxBacklog").ValueKind);
    }

    // Issue 16 item 4, D-344: the cabinet list is one query, whatever the number of applications (no payment query per item).
    [Fact]
    public async Task CabinetList_QueriesDoNotGrowWithItems()
    {
        var client = await Factory.SignedInAsync(DemoData.Talgat.Iin);
        await Submit(client, new { cadastralNumber = "75-123-045-067" });
        using var recorder = await CommandRecorder.StartAsync(Factory);
        var few = await CountListQueriesAsync(client, recorder);
        for (var i = 0; i < 4; i++)
        {
            await Submit(client, new { cadastralNumber = "75-123-045-067" });
        }

        var more = await CountListQueriesAsync(client, recorder);
        Assert.Equal(few, more);
        // D-363: the page and its payments are one command; no command reads payments on its own.
        var sql = recorder.Commands.Select(c => c.Sql.Replace("\"", "", StringComparison.Ordinal)).Where(c => !c.Contains("audit_", StringComparison.Ordinal)).ToList();
        Assert.Single(sql, c => c.Contains("FROM cases_applications", StringComparison.Ordinal));
        Assert.Single(sql, c => c.Contains("payments", StringComparison.Ordinal));
        Assert.Contains(sql, c => c.Contains("FROM cases_applications", StringComparison.Ordinal) && c.Contains("payments", StringComparison.Ordinal));
    }

    // Issue 16 item 4, D-363: one application is read with a fixed set of commands: the application, its history, and its
    // latest invoice with that invoice's latest gateway attempt in one command (there were two). A cadastral passport has
    // an invoice from submission on (000.md para 6, App. 1: the base cost).
    [Fact]
    public async Task OneApplication_PaymentAndAttemptReadInOneCommand()
    {
        var client = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/services/real-estate.cadastral-passport/applications")
        {
            Content = JsonContent.Create(new { fields = new { cadastralNumber = "75-123-045-067:1", consent = "given" } }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var submitted = await ApiResponses.CreatedAsync(await client.SendAsync(request, Ct));
        Assert.Equal(JsonValueKind.Object, submitted.GetProperty("payment").ValueKind);
        var number = submitted.GetProperty("number").GetString();
        using var recorder = await CommandRecorder.StartAsync(Factory);
        var app = await client.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
        Assert.Equal(number, app.GetProperty("number").GetString());
        var sql = recorder.Commands.Select(c => c.Sql.Replace("\"", "", StringComparison.Ordinal)).Where(c => !c.Contains("audit_", StringComparison.Ordinal)).ToList();
        Assert.Single(sql, c => c.Contains("payment", StringComparison.Ordinal));
        Assert.Single(sql, c => c.Contains("FROM cases_application_events", StringComparison.Ordinal));
    }

    /// <summary>The SQL statements one submission sends (issue 16 item 8, D-368), pinned per provider in the subclasses.</summary>
    protected abstract int PassportSubmissionStatements { get; }

    /// <summary>The same for the fully automated reference with its PDF (land.cadastral-info).</summary>
    protected abstract int LandInfoSubmissionStatements { get; }

    // Issue 16 item 8, D-368: a workflow submission (000.md para 4, the cadastral passport) and the fully automated reference
    // (land.cadastral-info) send a fixed number of SQL statements: the session, the idempotency key, the person, the object
    // (once), the unit, the staffing, the fee, the number and the inserts in one batch. A change that adds a round trip fails
    // here; the list is printed to say which.
    [Fact]
    public async Task Submission_StatementCountIsPinned()
    {
        var client = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        // Warm: the first request of a host reads what is cached for a while (the working calendar, the fee rules).
        await SubmitTo(client, "real-estate.cadastral-passport", new { cadastralNumber = "75-123-045-067:1", consent = "given" });
        await Submit(client, new { cadastralNumber = "75-123-045-067" });
        using var recorder = await CommandRecorder.StartAsync(Factory);

        var passport = await RequestStatementsAsync(recorder, () => SubmitTo(client, "real-estate.cadastral-passport", new { cadastralNumber = "75-123-045-067:1", consent = "given" }));
        var land = await RequestStatementsAsync(recorder, () => Submit(client, new { cadastralNumber = "75-123-045-067" }));

        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"passport: {passport.Count}\n" + string.Join("\n---\n", passport));
        output?.WriteLine($"land info: {land.Count}\n" + string.Join("\n---\n", land));
        Assert.True(PassportSubmissionStatements == passport.Count, $"passport: {passport.Count} statements\n" + string.Join("\n---\n", passport));
        Assert.True(LandInfoSubmissionStatements == land.Count, $"land info: {land.Count} statements\n" + string.Join("\n---\n", land));
    }

    /// <summary>The statements the request's own DbContext sent (background jobs have theirs).</summary>
    private static async Task<List<string>> RequestStatementsAsync(CommandRecorder recorder, Func<Task<JsonElement>> request)
    {
        recorder.Clear();
        await request();
        var insert = recorder.Commands.First(c => c.Sql.Replace("\"", "", StringComparison.Ordinal).Contains("INSERT INTO cases_applications ", StringComparison.Ordinal));
        return [.. recorder.Commands.Where(c => c.Context == insert.Context).Select(c => c.Sql)];
    }

    private static async Task<JsonElement> SubmitTo(HttpClient client, string serviceId, object fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/services/{serviceId}/applications") { Content = JsonContent.Create(new { fields }) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return await ApiResponses.CreatedAsync(await client.SendAsync(request, Ct));
    }

    private static async Task<int> CountListQueriesAsync(HttpClient client, CommandRecorder recorder)
    {
        recorder.Clear();
        var page = await client.GetFromJsonAsync<JsonElement>("/api/applications?limit=20", Ct);
        Assert.True(page.GetProperty("items").GetArrayLength() > 0);
        // The audit chain writer runs in the background; its commands are not the request's.
        return recorder.Commands.Count(c => !c.Sql.Contains("audit_", StringComparison.Ordinal));
    }

    private static async Task<JsonElement> Submit(HttpClient client, object fields)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/services/{LandInfo}/applications") { Content = JsonContent.Create(new { fields }) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return await ApiResponses.CreatedAsync(await client.SendAsync(request, Ct));
    }
}

public sealed class SqlitePerformanceTests(SqliteHost host) : PerformanceTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;

    // D-368: 23 and 28 before (SQLite sends each insert on its own); + 1 each since the object's and the plot's address
    // are read from the kernel's address register (D-414, D-635), one lookup by key.
    protected override int PassportSubmissionStatements => 16;

    protected override int LandInfoSubmissionStatements => 22;

    // Issue 16 item 2, D-341: SQLite writers queue in the process (one async gate per database file) instead of meeting
    // SQLITE_BUSY and sleeping in the driver's busy-retry: a second write transaction waits on the gate until the first ends.
    [Fact]
    public async Task SqliteWriters_QueueOnTheInProcessGate()
    {
        await using var first = host.Factory.Services.CreateAsyncScope();
        await using var second = host.Factory.Services.CreateAsyncScope();
        var a = first.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var b = second.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var gate = SqliteWriterGate.For(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(a.Database.GetConnectionString()).DataSource);
        var ct = TestContext.Current.CancellationToken;

        await using var held = await a.Database.BeginTransactionAsync(ct);
        var waiting = b.Database.BeginTransactionAsync(ct);
        for (var i = 0; i < 1000 && gate.Waiting == 0 && !waiting.IsCompleted; i++)
        {
            await Task.Delay(10, ct);
        }

        Assert.False(waiting.IsCompleted);
        Assert.True(gate.Waiting >= 1);
        await held.CommitAsync(ct);
        await using var next = await waiting;
        await next.CommitAsync(ct);
    }

    // Operations (docs/reliability.md): a writer that waited long on the gate is logged with the first statement of whoever
    // held it, so a slow step that holds SQLite's single writer is named in the log instead of only slowing everyone.
    [Fact]
    public async Task SqliteWriters_ASlowWait_IsLoggedWithWhatHeldTheGate()
    {
        await using var first = host.Factory.Services.CreateAsyncScope();
        await using var second = host.Factory.Services.CreateAsyncScope();
        var a = first.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var b = second.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var gate = SqliteWriterGate.For(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(a.Database.GetConnectionString()).DataSource);
        var ct = TestContext.Current.CancellationToken;
        var (log, slow) = (gate.Log, gate.SlowWait);
        var captured = new CapturingLogger();
        try
        {
            gate.Log = captured;
            gate.SlowWait = TimeSpan.FromMilliseconds(50);
            await using var held = await a.Database.BeginTransactionAsync(ct);
            await a.Database.ExecuteSqlRawAsync("SELECT 1 /* gate probe */", ct);
            var waiting = b.Database.BeginTransactionAsync(ct);
            await Task.Delay(300, ct);
            await held.CommitAsync(ct);
            await using var next = await waiting;
            await next.CommitAsync(ct);
        }
        finally
        {
            (gate.Log, gate.SlowWait) = (log, slow);
        }

        Assert.Contains(captured.Lines, l => l.Contains("writer gate", StringComparison.Ordinal) && l.Contains("SELECT 1 /* gate probe */", StringComparison.Ordinal));
    }

    private sealed class CapturingLogger : Microsoft.Extensions.Logging.ILogger
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Lines { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception,
            Func<TState, Exception?, string> formatter) => Lines.Enqueue(formatter(state, exception));
    }
}

public sealed class PostgresPerformanceTests(PostgresHost host) : PerformanceTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;

    // D-368: 16 and 16 before (the inserts go in one batched command); + 1 each since the object's and the plot's address
    // are read from the kernel's address register (D-414, D-635), one lookup by key.
    protected override int PassportSubmissionStatements => 9;

    protected override int LandInfoSubmissionStatements => 10;
}

/// <summary>Issue 16 item 6, D-345: load shedding, with a tiny configured limit.</summary>
public sealed class LoadSheddingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // More submissions at once than the limit: the excess gets 503 with Retry-After and a ProblemDetails in the caller's
    // language at once (not a 500, not a wait for a database connection); the admitted one completes.
    [Fact]
    public async Task Submissions_OverTheConcurrencyLimit_Get503WithRetryAfter()
    {
        await using var factory = new QyzmetFactory("sqlite", null);
        var hold = new HeldGateway.Switch();
        await using var host = factory.WithWebHostBuilder(b =>
        {
            b.UseSetting("Qyzmet:Limits:SubmissionConcurrency", "1");
            b.UseSetting("Qyzmet:Limits:SubmissionQueue", "0");
            b.ConfigureTestServices(s => HeldGateway.Install(s, hold));
        });
        var first = await SignInAsync(host, DemoData.Aigerim.Iin);
        var second = await SignInAsync(host, DemoData.Nurlan.Iin);
        second.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru");

        hold.Arm();
        var admitted = first.SendAsync(Request(), Ct);
        await hold.Entered.Task.WaitAsync(Ct);
        var refused = await second.SendAsync(Request(), Ct);
        hold.Release();

        var problem = await ApiResponses.ProblemAsync(refused, HttpStatusCode.ServiceUnavailable);
        Assert.Equal("H-0008", problem.GetProperty("errorCode").GetString());
        Assert.Matches("[а-яА-Я]", problem.GetProperty("detail").GetString()!);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        await ApiResponses.CreatedAsync(await admitted);
    }

    // D-345: a database that gives no connection in time (pool exhausted) or stays busy is a 503 with Retry-After, not a 500.
    [Fact]
    public void PoolExhausted_IsDatabaseBusy()
    {
        var exhausted = new InvalidOperationException("An exception has been raised that is likely due to a transient failure.",
            new Npgsql.NpgsqlException("The connection pool has been exhausted, either raise 'Max Pool Size' (currently 100) or 'Timeout' (currently 15 seconds)",
                new TimeoutException()));
        Assert.True(Qyzmet.Host.Infrastructure.LoadShedding.IsDatabaseBusy(exhausted));
        Assert.False(Qyzmet.Host.Infrastructure.LoadShedding.IsDatabaseBusy(new InvalidOperationException("other")));
    }

    private static HttpRequestMessage Request()
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/services/land.cadastral-info/applications")
        {
            Content = JsonContent.Create(new { fields = new { cadastralNumber = "75-123-045-067" } }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return request;
    }

    private static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> host, string id)
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        (await client.PostAsJsonAsync("/api/dev/sign-in", new { id }, Ct)).EnsureSuccessStatusCode();
        return client;
    }
}

/// <summary>The registry gateway, except that the first read after <see cref="Switch.Arm"/> waits until released.</summary>
internal sealed class HeldGateway(IGateway inner, HeldGateway.Switch hold) : IGateway
{
    public sealed class Switch
    {
        private int _armed;

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Arm() => Interlocked.Exchange(ref _armed, 1);

        public void Release() => Released.TrySetResult();

        public async Task PassAsync(CancellationToken ct)
        {
            if (Interlocked.Exchange(ref _armed, 0) == 1)
            {
                Entered.TrySetResult();
                await Released.Task.WaitAsync(ct);
            }
        }
    }

    public static void Install(IServiceCollection services, Switch hold)
    {
        var original = services.Last(d => d.ServiceType == typeof(IGateway));
        services.Remove(original);
        services.Add(new ServiceDescriptor(original.ImplementationType!, original.ImplementationType!, original.Lifetime));
        services.AddScoped<IGateway>(sp => new HeldGateway((IGateway)sp.GetRequiredService(original.ImplementationType!), hold));
    }

    public async Task<Person?> FindPersonAsync(string iin, CancellationToken ct = default)
    {
        await hold.PassAsync(ct);
        return await inner.FindPersonAsync(iin, ct);
    }

    public Task<LegalEntity?> FindLegalEntityAsync(string bin, CancellationToken ct = default) => inner.FindLegalEntityAsync(bin, ct);
}
