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
/// Issue 16 item 3 (D-343): messages are claimed and delivered in batches of <see cref="BatchSize"/>, one transaction per
/// batch, and a pass continues while there is work, so the outbox drains at the rate the gateway accepts rather than
/// 100 messages per scan. The backlog left after each pass is published as a metric and on /health.
/// </summary>
[DisallowConcurrentExecution]
public sealed class OutboxDeliveryJob(IServiceScopeFactory scopes, TimeProvider time) : IJob
{
    private const int MaxAttempts = 5;

    /// <summary>Messages claimed and delivered per transaction.</summary>
    public const int BatchSize = 200;

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await RunOnceAsync(cancellationToken);

    /// <summary>One pass: delivers batch after batch until nothing deliverable is left; returns how many were delivered.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        // Issue 10 item 6: a code that can no longer be used is not kept either; its message is not sent.
        var stale = time.GetUtcNow().UtcDateTime - Trust.OtpService.Lifetime;
        await db.Outbox.Where(m => m.Secret != null && m.DeliveredAt == null && m.CreatedAt < stale)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Secret, (string?)null).SetProperty(m => m.Attempts, MaxAttempts)
                .SetProperty(m => m.LastError, "not sent: the one-time code expired before delivery"), ct);
        var delivered = 0;
        while (true)
        {
            var batch = await DeliverBatchAsync(db, ct);
            delivered += batch;
            if (batch < BatchSize)
            {
                break;
            }
        }

        var backlog = await db.Outbox.CountAsync(m => m.DeliveredAt == null && m.Attempts < MaxAttempts, ct);
        Telemetry.QyzmetTelemetry.SetOutboxBacklog(backlog);
        return delivered;
    }

    private async Task<int> DeliverBatchAsync(QyzmetDbContext db, CancellationToken ct)
    {
        // Claimed in the transaction that logs the deliveries: with several instances, one of them delivers each message and
        // logs it once. PostgreSQL: the batch's rows are locked and others skip them (SKIP LOCKED); SQLite: one writer at a time.
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var messages = db.IsPostgres
            ? await db.Outbox.FromSqlRaw(
                "SELECT * FROM notifications_outbox WHERE \"DeliveredAt\" IS NULL AND \"Attempts\" < {0} ORDER BY \"Id\" LIMIT {1} FOR UPDATE SKIP LOCKED",
                MaxAttempts, BatchSize).AsNoTracking().ToListAsync(ct)
            : await db.Outbox.AsNoTracking().Where(m => m.DeliveredAt == null && m.Attempts < MaxAttempts).OrderBy(m => m.Id).Take(BatchSize).ToListAsync(ct);
        if (messages.Count == 0)
        {
            return 0;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var ids = messages.Select(m => m.Id).ToList();
        // Handing the text to the gateway and forgetting the code are one step: once delivered, the row keeps no secret.
        var claimed = await db.Outbox.Where(m => ids.Contains(m.Id) && m.DeliveredAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.DeliveredAt, now).SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.Secret, (string?)null), ct);
        if (claimed != messages.Count)
        {
            // Another instance delivered some of them meanwhile: deliver nothing twice; the next batch retries the rest.
            await tx.RollbackAsync(ct);
            return 0;
        }

        foreach (var message in messages)
        {
            // The built-in gateway delivers nowhere; a real one is handed this text (code included) here. The log keeps
            // what an operator needs to answer "did the citizen get the SMS?", never the text.
            var text = Notifications.OutboxMessage.ForDelivery(message.Text, message.Secret);
            db.DeliveryLog.Add(new Notifications.DeliveryLogEntry
            {
                OutboxMessageId = message.Id,
                At = now,
                Result = $"accepted by the built-in {message.Channel} gateway for {message.Address} ({text.Length} characters)",
            });
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return messages.Count;
    }
}

/// <summary>
/// Delivers the outbox as soon as a change that queued messages commits in this process (D-370), instead of waiting for
/// the next scan: the clustered <see cref="OutboxDeliveryJob"/> trigger then only has to catch what another instance or a
/// crash left, so it fires once a minute instead of every five seconds and takes the cluster's trigger lock that much
/// less often (issue 16 item 3). Passes that overlap another instance's or the job's are safe: each batch is claimed
/// (PostgreSQL: <c>FOR UPDATE SKIP LOCKED</c> and a conditional update; SQLite: the writer gate).
/// </summary>
public sealed class OutboxPump : Microsoft.Extensions.Hosting.BackgroundService
{
    /// <summary>
    /// How long a pass waits after the first signal, so that the messages committed meanwhile go in one batch: under load a
    /// pass a second (a handful of statements for all the messages of that second), not a pass per submission.
    /// </summary>
    public static readonly TimeSpan Gather = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly OutboxDeliveryJob _job;
    private readonly ILogger<OutboxPump> _log;

    public OutboxPump(OutboxDeliveryJob job, Data.CommitSignals signals, ILogger<OutboxPump> log)
    {
        _job = job;
        _log = log;
        signals.OutboxQueued += Nudge;
    }

    /// <summary>Asks for a delivery pass now.</summary>
    public void Nudge()
    {
        if (_signal.CurrentCount == 0)
        {
            try
            {
                _signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // already signalled
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _signal.WaitAsync(stoppingToken);
                await Task.Delay(Gather, stoppingToken);
                await _job.RunOnceAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // The messages stay in the outbox: the next signal or the clustered job delivers them.
                _log.LogWarning(ex, "Outbox delivery pass failed");
            }
        }
    }
}
