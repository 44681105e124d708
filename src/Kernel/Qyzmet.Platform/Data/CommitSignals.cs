using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Qyzmet.Platform.Data;

/// <summary>
/// The in-process writers woken when a change that queued work for them has committed (issue 16 item 3, D-370): the audit
/// chain writer (ADR 0018) when audit rows were saved, the outbox pump (D-343) when outbox messages were. One per host
/// (a singleton); a host without it (a bare context in a tool) wakes nobody and the writers' own timers still run.
/// </summary>
public sealed class CommitSignals
{
    /// <summary>Raised after a commit that saved pending audit rows.</summary>
    public event Action? AuditQueued;

    /// <summary>Raised after a commit that saved outbox messages.</summary>
    public event Action? OutboxQueued;

    internal void Raise(bool audit, bool outbox)
    {
        if (audit)
        {
            AuditQueued?.Invoke();
        }

        if (outbox)
        {
            OutboxQueued?.Invoke();
        }
    }
}

/// <summary>Tells the context that its transaction ended, so that what it saved inside is signalled only once committed.</summary>
internal sealed class CommitSignalInterceptor : DbTransactionInterceptor
{
    public static readonly CommitSignalInterceptor Instance = new();

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as QyzmetDbContext)?.TransactionEnded(committed: true);

    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as QyzmetDbContext)?.TransactionEnded(committed: true);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        (eventData.Context as QyzmetDbContext)?.TransactionEnded(committed: false);

    public override Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        (eventData.Context as QyzmetDbContext)?.TransactionEnded(committed: false);
        return Task.CompletedTask;
    }
}
