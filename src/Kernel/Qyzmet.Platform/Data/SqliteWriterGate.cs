using System.Collections.Concurrent;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Qyzmet.Platform.Data;

/// <summary>
/// SQLite has one writer at a time. Without a queue in the process, concurrent writers meet SQLITE_BUSY and sleep in the
/// driver's busy-retry (steps of up to ~150 ms), so latency is the retry's, not the database's. This gate (ADR 0019,
/// D-341) queues write transactions, and writes outside a transaction, on one async semaphore per database file: a writer
/// waits exactly as long as the writer before it takes. Reads are not gated (WAL lets them run beside the writer).
/// The gate is taken when a transaction starts (or a write statement runs outside one) and released at commit, rollback,
/// failure or when the connection closes; a writer that waits longer than the driver's own timeout proceeds ungated
/// and falls back to SQLite's busy handling, so a mistake can slow but never hang the process.
/// </summary>
public sealed class SqliteWriterGate : IDbTransactionInterceptor, IDbCommandInterceptor, IDbConnectionInterceptor
{
    private static readonly ConcurrentDictionary<string, SqliteWriterGate> ByDatabase = new(StringComparer.Ordinal);
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConditionalWeakTable<DbConnection, Holder> _holders = [];

    // SQLite's transaction forgets its connection once committed: remember it from the start.
    private readonly ConditionalWeakTable<DbTransaction, DbConnection> _connections = [];

    /// <summary>The gate of one database (by its connection string's file), shared by every context of the process.</summary>
    public static SqliteWriterGate For(string database) => ByDatabase.GetOrAdd(database, _ => new SqliteWriterGate());

    /// <summary>A wait longer than this is logged with what held the gate (operations: a writer that holds it too long).</summary>
    public TimeSpan SlowWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Where slow waits are logged; set once by the host.</summary>
    public ILogger? Log { get; set; }

    // The first statement of whoever holds the gate now, for the slow-wait log.
    private string? _heldBy;

    /// <summary>Writers currently waiting (tests and diagnostics).</summary>
    public int Waiting => _waiting;

    private int _waiting;

    private sealed class Holder
    {
        public bool Held;
        public bool HeldByCommand;
    }

    private async ValueTask AcquireAsync(DbConnection connection, bool byCommand, CancellationToken ct)
    {
        var holder = _holders.GetOrCreateValue(connection);
        if (holder.Held)
        {
            return;
        }

        Interlocked.Increment(ref _waiting);
        var started = Stopwatch.GetTimestamp();
        try
        {
            if (await _gate.WaitAsync(MaxWait, ct))
            {
                holder.Held = true;
                holder.HeldByCommand = byCommand;
                Took(started, acquired: true);
            }
            else
            {
                Took(started, acquired: false);
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    private void Took(long started, bool acquired)
    {
        var waited = Stopwatch.GetElapsedTime(started);
        if (waited >= SlowWait && Log is { } log)
        {
            // What held it last is what made this writer wait (read before this writer's first statement replaces it).
            log.LogWarning("A write waited {Seconds:0.0} s for SQLite's writer gate ({Outcome}); it was held by: {HeldBy}",
                waited.TotalSeconds, acquired ? "then took it" : "then went on ungated", _heldBy ?? "(unknown)");
        }

        if (acquired)
        {
            _heldBy = null;
        }
    }

    /// <summary>Remembers the first statement of the current holder, for the slow-wait log.</summary>
    private void Note(DbCommand command)
    {
        if (_heldBy is null && _holders.TryGetValue(command.Connection!, out var holder) && holder.Held)
        {
            var text = command.CommandText.AsSpan().Trim();
            _heldBy = text[..Math.Min(text.Length, 160)].ToString();
        }
    }

    private void Acquire(DbConnection connection, bool byCommand)
    {
        var holder = _holders.GetOrCreateValue(connection);
        if (holder.Held)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var acquired = _gate.Wait(MaxWait);
        if (acquired)
        {
            holder.Held = true;
            holder.HeldByCommand = byCommand;
        }

        Took(started, acquired);
    }

    private void Release(DbConnection? connection, bool onlyCommand = false)
    {
        if (connection is null || !_holders.TryGetValue(connection, out var holder) || !holder.Held || (onlyCommand && !holder.HeldByCommand))
        {
            return;
        }

        holder.Held = false;
        holder.HeldByCommand = false;
        _gate.Release();
    }

    private static bool IsWrite(DbCommand command) =>
        command.Transaction is null && !command.CommandText.AsSpan().TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase);

    // Transactions: the whole transaction holds the gate.
    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await AcquireAsync(connection, byCommand: false, cancellationToken);
        _holders.GetOrCreateValue(connection).HeldByCommand = false;
        return result;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        Acquire(connection, byCommand: false);
        _holders.GetOrCreateValue(connection).HeldByCommand = false;
        return result;
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        _connections.AddOrUpdate(result, connection);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result,
        CancellationToken cancellationToken = default)
    {
        _connections.AddOrUpdate(result, connection);
        return ValueTask.FromResult(result);
    }

    private DbConnection? ConnectionOf(DbTransaction transaction) => _connections.TryGetValue(transaction, out var c) ? c : transaction.Connection;

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Release(ConnectionOf(transaction));

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(ConnectionOf(transaction));
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Release(ConnectionOf(transaction));

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(ConnectionOf(transaction));
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Release(ConnectionOf(transaction));

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(ConnectionOf(transaction));
        return Task.CompletedTask;
    }

    // A transaction disposed without commit or rollback ends when its connection closes.
    public void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Release(connection);

    public Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Release(connection);
        return Task.CompletedTask;
    }

    // Write statements outside a transaction (EF's single-statement SaveChanges, ExecuteUpdate, counters).
    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (IsWrite(command))
        {
            await AcquireAsync(command.Connection!, byCommand: true, cancellationToken);
        }

        Note(command);
        return result;
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (IsWrite(command))
        {
            Acquire(command.Connection!, byCommand: true);
        }

        Note(command);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (IsWrite(command))
        {
            await AcquireAsync(command.Connection!, byCommand: true, cancellationToken);
        }

        Note(command);
        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        if (IsWrite(command))
        {
            Acquire(command.Connection!, byCommand: true);
        }

        Note(command);
        return result;
    }

    public async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        if (IsWrite(command))
        {
            await AcquireAsync(command.Connection!, byCommand: true, cancellationToken);
        }

        Note(command);
        return result;
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        if (IsWrite(command))
        {
            Acquire(command.Connection!, byCommand: true);
        }

        Note(command);
        return result;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        Release(command.Connection, onlyCommand: true);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(command.Connection, onlyCommand: true);
        return ValueTask.FromResult(result);
    }

    public object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Release(command.Connection, onlyCommand: true);
        return result;
    }

    public ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Release(command.Connection, onlyCommand: true);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        Release(command.Connection, onlyCommand: true);
        return result;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Release(command.Connection, onlyCommand: true);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command.Connection, onlyCommand: true);
        return Task.CompletedTask;
    }

    public void CommandCanceled(DbCommand command, CommandEndEventData eventData) => Release(command.Connection, onlyCommand: true);

    public Task CommandCanceledAsync(DbCommand command, CommandEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Release(command.Connection, onlyCommand: true);
        return Task.CompletedTask;
    }
}
