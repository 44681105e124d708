using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Audit;

/// <summary>
/// The chain writer of ADR 0018: appends pending audit rows to the hash chain continuously, as soon as a change that
/// recorded audit rows commits in this process (<see cref="CommitSignals.AuditQueued"/>, or <see cref="Nudge"/>), and on
/// its own timer for rows other instances recorded. With several instances each runs one; they queue on the chain head
/// for one batch at a time. D-371: while there is nothing to chain the timer backs off from <see cref="Busy"/> to
/// <see cref="MaxIdle"/>, and an empty pass is one read of the pending table without the head's lock.
/// </summary>
public sealed class AuditChainWriter : BackgroundService
{
    /// <summary>The wait after a pass that chained rows (more may be coming from other instances).</summary>
    public static readonly TimeSpan Busy = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait between passes while idle: rows of another instance are chained within it.</summary>
    public static readonly TimeSpan MaxIdle = TimeSpan.FromSeconds(4);

    /// <summary>The least time between two passes that chained rows: the rows committed meanwhile go in one batch.</summary>
    public static readonly TimeSpan Gather = TimeSpan.FromMilliseconds(200);

    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<AuditChainWriter> _log;

    public AuditChainWriter(IServiceScopeFactory scopes, ILogger<AuditChainWriter> log, CommitSignals? signals = null)
    {
        _scopes = scopes;
        _log = log;
        if (signals is not null)
        {
            signals.AuditQueued += Nudge;
        }
    }

    /// <summary>Passes run so far (tests: an idle writer slows down).</summary>
    public int Passes => _passes;

    private int _passes;

    /// <summary>Asks for a pass now (a change with audit rows has committed).</summary>
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

    /// <summary>The wait after a pass: <see cref="Busy"/> when it chained rows, else twice the last wait, at most <see cref="MaxIdle"/>.</summary>
    public static TimeSpan NextWait(TimeSpan last, int chained) =>
        chained > 0 ? Busy : TimeSpan.FromTicks(Math.Min(MaxIdle.Ticks, Math.Max(Busy.Ticks, last.Ticks * 2)));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var wait = Busy;
        while (!stoppingToken.IsCancellationRequested)
        {
            var chained = 0;
            try
            {
                Interlocked.Increment(ref _passes);
                await using var scope = _scopes.CreateAsyncScope();
                chained = await scope.ServiceProvider.GetRequiredService<AuditLog>().ChainPendingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Pending rows stay pending: the next pass chains them.
                _log.LogWarning(ex, "Audit chain pass failed; retrying");
            }

            wait = NextWait(wait, chained);
            try
            {
                if (chained > 0)
                {
                    // Under load every submission nudges: passes at most every Gather, each chaining what committed meanwhile.
                    await Task.Delay(Gather, stoppingToken);
                }

                if (await _signal.WaitAsync(wait, stoppingToken))
                {
                    wait = Busy;
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
