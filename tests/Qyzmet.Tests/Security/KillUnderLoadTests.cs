using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Timers;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Security;

/// <summary>
/// Issue 17 "Kill -9 the host under submission load" (D-808): the built host runs as a child process on 127.0.0.1; clients
/// submit applications with Idempotency-Keys while the host is killed with SIGKILL three times and started again on the same
/// data. Every request that got no answer is sent again with the same key after the restart. Then: every key that got a 2xx
/// has exactly one application; every automated result document is whole and verifies; every outbox message is delivered
/// once and every payment-window timer (001a.md §8.2 rule 7) fires once when due; the audit chain holds. Bounded (the fault
/// part under 90 s), loopback only; `dotnet test` runs it like any other test.
/// </summary>
public sealed class KillUnderLoadTests(PostgresServer postgres)
{
    private const int Kills = 3;
    private const int Workers = 4;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>One submission a client means to make: the same key and body on every resend.</summary>
    private sealed record Submission(string Key, string Service, object Body, int Client);

    [Theory(Timeout = 600_000)]
    [InlineData("sqlite")]
    [InlineData("postgres")]
    public async Task KilledThreeTimesUnderLoad_EveryAcceptedKeyOnce_ResultsWhole_OutboxAndTimersResume(string provider)
    {
        var data = Directory.CreateTempSubdirectory("qyzmet-kill-").FullName;
        try
        {
            var cs = provider == "postgres" ? await postgres.CreateUniqueDatabaseAsync("qyzmet_kill", TestContext.Current.CancellationToken) : null;
            await RunAsync(provider, data, cs);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS temp cleaner.
            }
        }
    }

    private static async Task RunAsync(string provider, string data, string? cs)
    {
        var settings = HostProcess.Settings(data, provider, cs);
        var port = HostProcess.FreePort();
        var accepted = new ConcurrentDictionary<string, string>(); // key → application number
        var unanswered = new ConcurrentQueue<Submission>();
        var refused = new ConcurrentQueue<string>();
        var sent = 0;
        var inFlightAtKill = 0;
        var cookies = Enumerable.Range(0, Workers).Select(_ => new CookieContainer()).ToArray();
        HttpClient Client(int i) => new(new HttpClientHandler { CookieContainer = cookies[i] }) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(30) };

        // The 2xx it got, or null when the host gave no answer (killed) or asked to retry (503).
        async Task<bool> SendAsync(HttpClient client, Submission s)
        {
            Interlocked.Increment(ref sent);
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/services/{s.Service}/applications") { Content = JsonContent.Create(s.Body) };
            request.Headers.Add("Idempotency-Key", s.Key);
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, CancellationToken.None);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
            {
                return false;
            }

            using (response)
            {
                if (response.IsSuccessStatusCode)
                {
                    var number = (await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None)).GetProperty("number").GetString()!;
                    // The same key answered twice (a resend) must name the same application.
                    Assert.Equal(number, accepted.GetOrAdd(s.Key, number));
                    return true;
                }

                if (response.StatusCode != HttpStatusCode.ServiceUnavailable)
                {
                    refused.Enqueue($"{s.Key} {s.Service}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(CancellationToken.None)}");
                }

                return false;
            }
        }

        Submission Next(int worker) => worker % 2 == 0
            ? new(Guid.NewGuid().ToString("N"), "land.cadastral-info", new { fields = new { cadastralNumber = "75-123-045-067" } }, worker)
            : new(Guid.NewGuid().ToString("N"), "civil-registry.status-reference", new { fields = new { kind = "name-change", surnameBefore = "КОЖАХМЕТОВ" } }, worker);

        var faultPart = Stopwatch.StartNew();
        var log = new System.Text.StringBuilder();
        void Log(string line)
        {
            lock (log)
            {
                log.AppendLine($"{faultPart.Elapsed.TotalSeconds,6:F1} s  {line}");
            }

            TestContext.Current.TestOutputHelper?.WriteLine(line);
        }

        var random = new Random(17);
        for (var round = 0; round <= Kills; round++)
        {
            // The first start creates the database and the CA; a restart finds them (slow on a loaded machine either way).
            await using var host = await HostProcess.StartAsync(settings, TimeSpan.FromSeconds(round == 0 ? 240 : 180), Ct, port);
            Log($"round {round}: host up; {unanswered.Count} submissions to send again");
            var clients = Enumerable.Range(0, Workers).Select(Client).ToArray();
            if (round == 0)
            {
                for (var i = 0; i < Workers; i++)
                {
                    var who = i % 2 == 0 ? DemoData.Aigerim.Iin : DemoData.Talgat.Iin;
                    (await clients[i].PostAsJsonAsync("/api/dev/sign-in", new { id = who }, Ct)).EnsureSuccessStatusCode();
                }
            }

            // First what got no answer before the kill: the same key, the same body (the sessions survive the restart).
            var resend = new List<Submission>();
            while (unanswered.TryDequeue(out var s))
            {
                resend.Add(s);
            }

            foreach (var s in resend)
            {
                var watch = Stopwatch.StartNew();
                while (!await SendAsync(clients[s.Client], s))
                {
                    Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"{s.Key} was not accepted on resend; {string.Join("; ", refused)}{Environment.NewLine}{log}{host.Output}");
                    await Task.Delay(200, Ct);
                }
            }

            if (round == Kills)
            {
                break;
            }

            // Load, then SIGKILL in the middle of it.
            var killed = false;
            var roundAccepted = 0;
            var inFlight = 0;
            var load = Enumerable.Range(0, Workers).Select(w => Task.Run(async () =>
            {
                while (!Volatile.Read(ref killed))
                {
                    var s = Next(w);
                    Interlocked.Increment(ref inFlight);
                    var ok = await SendAsync(clients[w], s);
                    Interlocked.Decrement(ref inFlight);
                    if (ok)
                    {
                        Interlocked.Increment(ref roundAccepted);
                    }
                    else
                    {
                        unanswered.Enqueue(s);
                    }
                }
            }, Ct)).ToArray();
            var wait = Stopwatch.StartNew();
            while (Volatile.Read(ref roundAccepted) < 6 && wait.Elapsed < TimeSpan.FromSeconds(90))
            {
                await Task.Delay(20, Ct);
            }

            await Task.Delay(random.Next(50, 400), Ct);
            var inFlightNow = Volatile.Read(ref inFlight);
            inFlightAtKill += inFlightNow;
            // The clients stop making new submissions at the kill (what is in flight then gets no answer and is sent again).
            Volatile.Write(ref killed, true);
            await host.KillAsync();
            Log($"round {round}: SIGKILL with {inFlightNow} requests in flight, {roundAccepted} accepted in the round");
            await Task.WhenAll(load);
            Assert.True(roundAccepted >= 6, $"round {round}: only {roundAccepted} accepted before the kill; {string.Join("; ", refused)}{Environment.NewLine}{log}{host.Output}");
        }

        var faultSeconds = faultPart.Elapsed.TotalSeconds;
        Log($"faults done: {sent} requests, {accepted.Count} accepted");
        Assert.Empty(refused);
        Assert.Empty(unanswered);
        Assert.True(inFlightAtKill > 0, "no request was in flight at any kill: the test did not test what it says");

        // The data as a new instance finds it. The clock is the test's: moved past every timer's due time, the scans run by hand.
        await using var after = new QyzmetFactory(provider, cs, sharedDataPath: data);
        await using var scope = after.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        // (Demo applications seeded at the first start carry no key; every application a client made does.)
        var apps = await db.Applications.AsNoTracking().Where(a => a.IdempotencyKey != null).Select(a => new { a.Id, a.IdempotencyKey, a.Number, a.ServiceId, a.ResultDocumentId }).ToListAsync(Ct);
        Assert.Equal(apps.Count, apps.Select(a => a.IdempotencyKey).Distinct().Count());
        Assert.Equal(accepted.Keys.Order(), apps.Select(a => a.IdempotencyKey!).Order());
        Assert.All(apps, a => Assert.Equal(accepted[a.IdempotencyKey!], a.Number));

        // No document half-written: each automated result is there once and whole (its hash is its bytes'); a dozen of them are
        // checked through the public verification as well (hash and signature).
        var land = apps.Where(a => a.ServiceId == "land.cadastral-info").ToList();
        Assert.All(land, a => Assert.NotNull(a.ResultDocumentId));
        var ids = apps.Select(a => a.Id).ToList();
        var documents = await db.Documents.AsNoTracking().Where(d => d.ApplicationId != null && ids.Contains(d.ApplicationId.Value))
            .Select(d => new { d.Id, d.Pdf, d.Sha256 }).ToListAsync(Ct);
        Assert.Equal(land.Select(a => a.ResultDocumentId!.Value).Order(), documents.Select(d => d.Id).Order());
        // The bytes live in the document store (ADR 0029) and are read back whole: a half-written blob fails the hash check.
        var contents = scope.ServiceProvider.GetRequiredService<DocumentContents>();
        foreach (var d in documents)
        {
            Assert.Equal(d.Sha256, DocumentSigner.Sha256Hex(await contents.ReadUncheckedAsync(d.Id.ToString(), d.Pdf, d.Sha256, Ct)));
        }

        var anyone = after.CreateClient();
        foreach (var d in documents.Take(12))
        {
            var verification = await anyone.GetFromJsonAsync<JsonElement>($"/api/documents/{d.Id}/verification", Ct);
            Assert.True(verification.GetProperty("hashMatches").GetBoolean() && verification.GetProperty("signatureValid").GetBoolean(), d.Id.ToString());
        }

        // Every outbox message resumes: delivered, each exactly once.
        for (var pass = 0; pass < 20 && await scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().RunOnceAsync(Ct) > 0; pass++)
        {
            // Until the backlog is empty (a pass stops early when another scheduler took a batch meanwhile).
        }
        var outbox = await db.Outbox.AsNoTracking().Select(m => new { m.Id, m.DeliveredAt }).ToListAsync(Ct);
        Assert.NotEmpty(outbox);
        Assert.All(outbox, m => Assert.NotNull(m.DeliveredAt));
        var deliveries = await db.DeliveryLog.AsNoTracking().GroupBy(l => l.OutboxMessageId).Select(g => g.Count()).ToListAsync(Ct);
        Assert.Equal(outbox.Count, deliveries.Count);
        Assert.All(deliveries, n => Assert.Equal(1, n));

        // Every timer resumes: one payment window per status reference, each fires once when due (001a.md §8.2 rule 7).
        var references = apps.Where(a => a.ServiceId == "civil-registry.status-reference").Select(a => a.Id).ToList();
        var timers = await db.Timers.AsNoTracking().Where(t => references.Contains(t.ApplicationId) && t.FiredAt == null && t.CanceledAt == null)
            .Select(t => new { t.ApplicationId, t.DueAt }).ToListAsync(Ct);
        Assert.Equal(references.Order(), timers.Select(t => t.ApplicationId).Order());
        var lastDue = new DateTimeOffset(DateTime.SpecifyKind(timers.Max(t => t.DueAt), DateTimeKind.Utc));
        after.Clock.Advance(lastDue - after.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        var fired = 0;
        for (var pass = 0; pass < 100; pass++)
        {
            var now = await scope.ServiceProvider.GetRequiredService<DueTimersJob>().RunOnceAsync(Ct); // 200 a pass
            fired += now;
            if (now == 0)
            {
                break;
            }
        }

        Assert.Equal(timers.Count, fired);
        Assert.Equal(references.Count, await db.Applications.CountAsync(a => references.Contains(a.Id) && a.Status == "expired", Ct));

        // The audit chain holds, with one submission row per application.
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        await audit.ChainPendingAsync(Ct);
        Assert.Null(await audit.VerifyChainAsync(Ct));
        var subjects = apps.Select(a => "application:" + a.Number).ToList();
        Assert.Equal(apps.Count, await db.Audit.CountAsync(a => a.Action == "application.submit" && subjects.Contains(a.Subject), Ct));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Kill -9 under load ({provider}): {sent} requests, {Kills} SIGKILLs with {inFlightAtKill} requests in flight, {accepted.Count} applications, "
            + $"{documents.Count} documents, {outbox.Count} outbox messages, {timers.Count} timers; 0 lost, 0 duplicated; {faultSeconds:F0} s");
    }
}
