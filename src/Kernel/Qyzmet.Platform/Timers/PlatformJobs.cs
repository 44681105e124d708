using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Quartz;

namespace Qyzmet.Platform.Timers;

/// <summary>
/// Fires due case timers (payment expiry, validity windows, escalations). Each timer is claimed with a conditional
/// UPDATE in the same transaction as the transition it fires, so with several app instances exactly one fires it,
/// and a crash before commit leaves it due for the next scan.
/// </summary>
[DisallowConcurrentExecution]
public sealed class DueTimersJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<DueTimersJob> log) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await RunOnceAsync(cancellationToken);

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var fired = 0;
        List<long> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            var now = time.GetUtcNow().UtcDateTime;
            due = await db.Timers.AsNoTracking()
                .Where(t => t.FiredAt == null && t.CanceledAt == null && t.DueAt <= now)
                .OrderBy(t => t.DueAt).Select(t => t.Id).Take(200).ToListAsync(ct);
        }

        foreach (var id in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            var applications = scope.ServiceProvider.GetRequiredService<ApplicationService>();
            try
            {
                await using var tx = await db.Database.BeginTransactionAsync(ct);
                var now = time.GetUtcNow().UtcDateTime;
                var claimed = await db.Timers.Where(t => t.Id == id && t.FiredAt == null && t.CanceledAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(t => t.FiredAt, now).SetProperty(t => t.ClaimedBy, Environment.MachineName), ct);
                if (claimed == 0)
                {
                    continue;
                }

                var timer = await db.Timers.AsNoTracking().SingleAsync(t => t.Id == id, ct);
                if (!await applications.FireTimerAsync(timer, ct))
                {
                    log.LogInformation("Timer {Id} ({Trigger}) no longer applies; marked fired", id, timer.Trigger);
                }

                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
                fired++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                log.LogError(ex, "Timer {Id} failed; it stays due and is retried on the next scan", id);
            }
        }

        return fired;
    }
}

/// <summary>
/// Delivers SMS and e-mail from the outbox. There is no outside provider in this deployment: delivery is
/// recorded in the delivery log, which is what an operator reads to answer "did the citizen get the SMS?".
/// </summary>
[DisallowConcurrentExecution]
public sealed class OutboxDeliveryJob(IServiceScopeFactory scopes, TimeProvider time) : IJob
{
    private const int MaxAttempts = 5;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await RunOnceAsync(cancellationToken);

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        // Issue 10 item 6: a code that can no longer be used is not kept either; its message is not sent.
        var stale = time.GetUtcNow().UtcDateTime - Trust.OtpService.Lifetime;
        await db.Outbox.Where(m => m.Secret != null && m.DeliveredAt == null && m.CreatedAt < stale)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Secret, (string?)null).SetProperty(m => m.Attempts, MaxAttempts)
                .SetProperty(m => m.LastError, "not sent: the one-time code expired before delivery"), ct);
        var pending = await db.Outbox.AsNoTracking().Where(m => m.DeliveredAt == null && m.Attempts < MaxAttempts)
            .OrderBy(m => m.Id).Select(m => new { m.Id, m.Channel, m.Address, m.Text, m.Secret }).Take(100).ToListAsync(ct);
        var delivered = 0;
        foreach (var message in pending)
        {
            // Claimed with a conditional UPDATE in the transaction that logs the delivery: with several instances,
            // one of them delivers each message and logs it once.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var now = time.GetUtcNow().UtcDateTime;
            // Handing the text to the gateway and forgetting the code are one step: once delivered, the row keeps no secret.
            var claimed = await db.Outbox.Where(m => m.Id == message.Id && m.DeliveredAt == null)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.DeliveredAt, now).SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.Secret, (string?)null), ct);
            if (claimed == 0)
            {
                continue;
            }

            // The built-in gateway delivers nowhere; a real one is handed this text (code included) here. The log keeps
            // what an operator needs to answer "did the citizen get the SMS?", never the text.
            var text = Notifications.OutboxMessage.ForDelivery(message.Text, message.Secret);

            db.DeliveryLog.Add(new Notifications.DeliveryLogEntry
            {
                OutboxMessageId = message.Id,
                At = now,
                Result = $"accepted by the built-in {message.Channel} gateway for {message.Address} ({text.Length} characters)",
            });
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            delivered++;
        }

        return delivered;
    }
}
