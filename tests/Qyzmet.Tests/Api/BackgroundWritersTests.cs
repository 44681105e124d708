using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Notifications;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>
/// Issue 16 item 3: the in-process writers are woken by the commits that give them work (D-370) and poll little while idle
/// (D-371), instead of polling the database on a short fixed period.
/// </summary>
public sealed class BackgroundWritersTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // D-370: a committed outbox message is delivered at once by the instance that committed it, not at the next outbox scan
    // (here ten minutes away: the scan fired once when the host started).
    [Fact]
    public async Task Outbox_MessageCommitted_DeliveredWithoutWaitingForTheScan()
    {
        await using var factory = new QyzmetFactory("sqlite", null, timerScanSeconds: 600);
        _ = factory.Server;
        await Task.Delay(1000, Ct); // the scans' first firing (StartNow) has passed

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var message = new OutboxMessage { Channel = "sms", Address = "+77010009999", Text = "on commit", CreatedAt = factory.Clock.GetUtcNow().UtcDateTime };
        db.Outbox.Add(message);
        await db.SaveChangesAsync(Ct);

        DateTime? delivered = null;
        for (var i = 0; i < 200 && delivered is null; i++)
        {
            await Task.Delay(50, Ct);
            delivered = await db.Outbox.AsNoTracking().Where(m => m.Id == message.Id).Select(m => m.DeliveredAt).SingleAsync(Ct);
        }

        Assert.NotNull(delivered);
    }

    // D-370: a message saved in a transaction that rolls back wakes nobody and is never delivered; one committed later is.
    [Fact]
    public async Task Outbox_RolledBack_NotDelivered_CommittedInTransaction_Delivered()
    {
        await using var factory = new QyzmetFactory("sqlite", null, timerScanSeconds: 600);
        _ = factory.Server;
        await Task.Delay(1000, Ct);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var now = factory.Clock.GetUtcNow().UtcDateTime;

        await using (var tx = await db.Database.BeginTransactionAsync(Ct))
        {
            db.Outbox.Add(new OutboxMessage { Channel = "sms", Address = "+77010009998", Text = "rolled back", CreatedAt = now });
            await db.SaveChangesAsync(Ct);
            await tx.RollbackAsync(Ct);
        }

        db.ChangeTracker.Clear();
        var kept = new OutboxMessage { Channel = "sms", Address = "+77010009997", Text = "committed", CreatedAt = now };
        await using (var tx = await db.Database.BeginTransactionAsync(Ct))
        {
            db.Outbox.Add(kept);
            await db.SaveChangesAsync(Ct);
            await tx.CommitAsync(Ct);
        }

        DateTime? delivered = null;
        for (var i = 0; i < 200 && delivered is null; i++)
        {
            await Task.Delay(50, Ct);
            delivered = await db.Outbox.AsNoTracking().Where(m => m.Id == kept.Id).Select(m => m.DeliveredAt).SingleAsync(Ct);
        }

        Assert.NotNull(delivered);
        Assert.False(await db.Outbox.AnyAsync(m => m.Text == "rolled back", Ct));
    }

    // D-371 (ADR 0018): an idle chain writer backs off from half a second to four, and a commit with audit rows wakes it.
    [Fact]
    public void ChainWriter_IdleWaitDoubles_UpToFourSeconds_BackToHalfASecondWithWork()
    {
        var wait = AuditChainWriter.Busy;
        var waits = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            wait = AuditChainWriter.NextWait(wait, chained: 0);
            waits.Add(wait.TotalSeconds);
        }

        Assert.Equal([1, 2, 4, 4, 4], waits);
        Assert.Equal(AuditChainWriter.Busy, AuditChainWriter.NextWait(wait, chained: 3));
    }

    // D-370/D-371: with nothing to chain, the writer makes a few passes a minute; a committed audit row is chained at once.
    [Fact]
    public async Task ChainWriter_Idle_PollsRarely_ACommitWakesIt()
    {
        await using var factory = new QyzmetFactory("sqlite", null);
        _ = factory.Server;
        var writer = factory.Services.GetRequiredService<AuditChainWriter>();
        await Task.Delay(1000, Ct);
        var before = writer.Passes;
        await Task.Delay(4000, Ct);
        // 0.5 s polling made 8 passes in 4 s; backing off to 4 s makes at most 3.
        Assert.InRange(writer.Passes - before, 0, 3);

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        await scope.ServiceProvider.GetRequiredService<AuditLog>().AppendAsync(
            Qyzmet.Platform.Cases.ProcessContext.System("test"), "test.wake", "test:wake", null, Ct);
        await db.SaveChangesAsync(Ct);
        var chained = false;
        for (var i = 0; i < 200 && !chained; i++)
        {
            await Task.Delay(50, Ct);
            chained = await db.Audit.AsNoTracking().AnyAsync(a => a.Action == "test.wake", Ct);
        }

        // Well before the 4 s back-off would have let it wait: the commit woke the writer (under load, allow for scheduling).
        Assert.True(chained, "the committed audit row was not chained within 10 s");
    }
}
