using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Notifications;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Timers;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Security;

/// <summary>
/// Issue 17 "Two app instances: a timer or outbox message is executed once" (D-809). One due timer under two scanning instances
/// is <c>ScaleOutTests</c>' (by hand and through the Quartz cluster); here both instances of one PostgreSQL database run their
/// delivery and timer jobs at the same time, several passes each, over a backlog: every outbox message is delivered and logged
/// exactly once, and every due payment window (001a.md §8.2 rule 7) expires its application exactly once.
/// </summary>
public sealed class TwoInstanceJobTests(PostgresServer postgres)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 300_000)]
    public async Task TwoInstances_DrainingTheOutboxAndScanningTimersAtOnce_ExecuteEachOnce()
    {
        var cs = await postgres.CreateUniqueDatabaseAsync("qyzmet_twojobs", TestContext.Current.CancellationToken);
        await using var a = new QyzmetFactory("postgres", cs);
        _ = a.Server;
        await using var b = new QyzmetFactory("postgres", cs, sharedDataPath: a.DataPath);
        _ = b.Server;

        // A backlog of 1,000 messages (five batches) and 10 applications whose payment window will be due.
        await using (var scope = a.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            var now = a.Clock.GetUtcNow().UtcDateTime;
            db.Outbox.AddRange(Enumerable.Range(0, 1000).Select(i => new OutboxMessage
            {
                Channel = "sms",
                Address = "+7701" + i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture),
                Text = "two instances " + i,
                CreatedAt = now,
            }));
            await db.SaveChangesAsync(Ct);
        }

        var client = await a.SignedInAsync(DemoData.Talgat.Iin);
        var numbers = new List<string>();
        for (var i = 0; i < 10; i++)
        {
            var submitted = await client.PostAsJsonAsync("/api/services/civil-registry.status-reference/applications",
                new { fields = new { kind = "name-change", surnameBefore = "КОЖАХМЕТОВ" } }, Ct);
            submitted.EnsureSuccessStatusCode();
            numbers.Add((await submitted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("number").GetString()!);
        }

        a.Clock.Advance(TimeSpan.FromHours(25));
        b.Clock.Advance(TimeSpan.FromHours(25));

        // Both instances, three passes each of both jobs, all at once.
        async Task<(int Delivered, int Fired)> PassesAsync(QyzmetFactory instance)
        {
            var delivered = 0;
            var fired = 0;
            for (var pass = 0; pass < 3; pass++)
            {
                await using var scope = instance.Services.CreateAsyncScope();
                var outbox = scope.ServiceProvider.GetRequiredService<OutboxDeliveryJob>().RunOnceAsync(Ct);
                var timers = scope.ServiceProvider.GetRequiredService<DueTimersJob>().RunOnceAsync(Ct);
                delivered += await outbox;
                fired += await timers;
            }

            return (delivered, fired);
        }

        var results = await Task.WhenAll(Task.Run(() => PassesAsync(a), Ct), Task.Run(() => PassesAsync(b), Ct));

        await using (var scope = a.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            var messages = await db.Outbox.AsNoTracking().Select(m => new { m.Id, m.DeliveredAt, m.Attempts }).ToListAsync(Ct);
            Assert.All(messages, m => Assert.NotNull(m.DeliveredAt));
            Assert.All(messages, m => Assert.Equal(1, m.Attempts));
            var logged = await db.DeliveryLog.AsNoTracking().GroupBy(l => l.OutboxMessageId).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(Ct);
            Assert.Equal(messages.Count, logged.Count);
            Assert.All(logged, l => Assert.Equal(1, l.Count));
            Assert.Equal(messages.Count, results.Sum(r => r.Delivered));

            Assert.Equal(10, results.Sum(r => r.Fired));
            var expired = await db.Applications.AsNoTracking().Where(x => numbers.Contains(x.Number)).Select(x => x.Status).ToListAsync(Ct);
            Assert.All(expired, s => Assert.Equal("expired", s));
        }

        var fresh = await a.SignedInAsync(DemoData.Talgat.Iin);
        foreach (var number in numbers)
        {
            var app = await fresh.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
            Assert.Single(app.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "expire");
        }
    }
}
