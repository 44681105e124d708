using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Security;

/// <summary>
/// Issue 17 "Restart PostgreSQL under load" (D-806): submissions run against a host on a PostgreSQL server of the test's own;
/// the server is stopped (<c>pg_ctl stop -m fast</c>, what an operator's restart does) in the middle of the load and started
/// again. While it is down every request is answered 503 with Retry-After and a ProblemDetails (H-0020, in the caller's
/// language), never a 500; once it is back requests succeed again, and every application that got a 2xx is in the database
/// exactly once (the clients retry a 503 with the same Idempotency-Key, as the API tells them to).
/// </summary>
public sealed class PostgresRestartTests
{
    private const string Service = "/api/services/land.cadastral-info/applications";
    private const int Workers = 4;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Answer(string Key, int Status, string? RetryAfter, string? ErrorCode, string? Detail, string Phase, string? Number);

    [Fact(Timeout = 300_000)]
    public async Task PostgresStoppedUnderLoad_Answers503WithRetryAfter_AndKeepsEveryAcceptedApplicationOnce()
    {
        await using var server = await PostgresServer.StartOwnAsync();
        var cs = await server.CreateUniqueDatabaseAsync("qyzmet_restart", TestContext.Current.CancellationToken);
        await using var host = new QyzmetFactory("postgres", cs);
        var clients = new HttpClient[Workers];
        for (var i = 0; i < Workers; i++)
        {
            // One of them reads Russian: the outage is explained in the caller's language.
            clients[i] = await host.SignedInAsync(DemoData.Aigerim.Iin, i == 0 ? "ru" : null);
        }

        var phase = "before";
        var answers = new ConcurrentQueue<Answer>();
        var failures = new ConcurrentQueue<string>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        async Task WorkAsync(HttpClient client)
        {
            while (!stop.IsCancellationRequested)
            {
                // A key is retried until it is accepted (bounded): what a client told "503, Retry-After" does.
                var key = Guid.NewGuid().ToString("N");
                var tries = Stopwatch.StartNew();
                while (tries.Elapsed < TimeSpan.FromSeconds(90))
                {
                    var sentIn = phase;
                    using var request = new HttpRequestMessage(HttpMethod.Post, Service)
                    {
                        Content = JsonContent.Create(new { fields = new { cadastralNumber = "75-123-045-067" } }),
                    };
                    request.Headers.Add("Idempotency-Key", key);
                    HttpResponseMessage response;
                    try
                    {
                        response = await client.SendAsync(request, CancellationToken.None);
                    }
                    catch (Exception e)
                    {
                        failures.Enqueue($"{key}: no answer ({e.GetType().Name}: {e.Message})");
                        return;
                    }

                    using (response)
                    {
                        var body = await response.Content.ReadAsStringAsync(CancellationToken.None);
                        JsonElement json = default;
                        try
                        {
                            json = JsonDocument.Parse(body).RootElement;
                        }
                        catch (JsonException)
                        {
                            failures.Enqueue($"{key}: {(int)response.StatusCode} without JSON: {body}");
                        }

                        string? Read(string name) => json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                        answers.Enqueue(new Answer(key, (int)response.StatusCode, response.Headers.RetryAfter?.ToString(), Read("errorCode"), Read("detail"),
                            sentIn == phase ? sentIn : sentIn + "→" + phase, Read("number")));
                        if (response.IsSuccessStatusCode)
                        {
                            break;
                        }
                    }

                    // The test waits less than Retry-After says, to ask often during the outage.
                    await Task.Delay(150, CancellationToken.None);
                }

                if (stop.IsCancellationRequested)
                {
                    return;
                }
            }
        }

        int Accepted() => answers.Count(a => a.Status is >= 200 and < 300);
        async Task WaitForAsync(Func<bool> condition, TimeSpan within, string what)
        {
            var watch = Stopwatch.StartNew();
            while (!condition())
            {
                Assert.True(watch.Elapsed < within, $"{what} did not happen within {within}; answers: {Summary(answers)}; failures: {string.Join("; ", failures)}");
                await Task.Delay(50, Ct);
            }
        }

        var load = Enumerable.Range(0, Workers).Select(i => Task.Run(() => WorkAsync(clients[i]), Ct)).ToArray();
        await WaitForAsync(() => Accepted() >= 8, TimeSpan.FromSeconds(60), "8 accepted submissions before the restart");

        await server.StopServerAsync("fast");
        phase = "down";
        await WaitForAsync(() => answers.Count(a => a.Phase == "down" && a.Status == 503) >= 2 * Workers, TimeSpan.FromSeconds(30), "503s while down");
        var acceptedBeforeRestart = Accepted();
        phase = "starting";
        await server.StartAgainAsync();
        phase = "after";
        await WaitForAsync(() => Accepted() >= acceptedBeforeRestart + 8, TimeSpan.FromSeconds(60), "8 accepted submissions after the restart");
        await stop.CancelAsync();
        await Task.WhenAll(load);

        Assert.Empty(failures);
        var all = answers.ToList();
        // Never a 500: every answer is a success or the 503 with Retry-After that says what to do.
        Assert.All(all, a => Assert.True(a.Status is 200 or 201 or 503, $"{a.Status} {a.ErrorCode} in phase {a.Phase}: {a.Detail}"));
        var unavailable = all.Where(a => a.Status == 503).ToList();
        Assert.All(unavailable, a =>
        {
            Assert.False(string.IsNullOrEmpty(a.RetryAfter), "503 without Retry-After");
            Assert.Contains(a.ErrorCode, new[] { "H-0020", "H-0009" });
        });
        var down = all.Where(a => a.Phase == "down").ToList();
        Assert.All(down, a => Assert.Equal(503, a.Status));
        Assert.Contains(down, a => a.ErrorCode == "H-0020");
        Assert.Contains(unavailable, a => a.Detail?.Contains("базой данных", StringComparison.Ordinal) == true);
        Assert.Contains(all, a => a.Phase == "after" && a.Status is 200 or 201);

        // Every key that got a 2xx is there exactly once, under the number it was answered with, with its signed result;
        // nothing is there that was not answered 2xx.
        var accepted = all.Where(a => a.Status is 200 or 201).GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.Select(a => a.Number).Distinct().Single());
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var stored = await db.Applications.AsNoTracking().Where(a => a.ServiceId == "land.cadastral-info")
            .Select(a => new { a.IdempotencyKey, a.Number, a.ResultDocumentId }).ToListAsync(Ct);
        Assert.Equal(stored.Count, stored.Select(a => a.IdempotencyKey).Distinct().Count());
        Assert.Equal(accepted.Keys.Order(), stored.Select(a => a.IdempotencyKey!).Order());
        Assert.All(stored, a => Assert.Equal(accepted[a.IdempotencyKey!], a.Number));
        var documentIds = stored.Select(a => a.ResultDocumentId).ToList();
        Assert.All(documentIds, id => Assert.NotNull(id));
        Assert.Equal(stored.Count, await db.Documents.CountAsync(d => documentIds.Contains(d.Id), Ct));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"PostgreSQL restart under load: {all.Count} requests, {accepted.Count} applications accepted, {unavailable.Count} answered 503 ({down.Count} while down), 0 lost, 0 duplicated");
    }

    private static string Summary(IEnumerable<Answer> answers) =>
        string.Join(", ", answers.GroupBy(a => $"{a.Phase}:{a.Status}:{a.ErrorCode}").Select(g => $"{g.Key}×{g.Count()}"));
}
