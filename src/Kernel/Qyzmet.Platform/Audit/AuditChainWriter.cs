using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Qyzmet.Platform.Audit;

/// <summary>
/// The chain writer of ADR 0018: appends pending audit rows to the hash chain continuously, soon after a change commits
/// (<see cref="Nudge"/>) and at least every half second. With several instances each runs one; they queue on the chain
/// head for one batch at a time.
/// </summary>
public sealed class AuditChainWriter(IServiceScopeFactory scopes, ILogger<AuditChainWriter> log) : BackgroundService
{
    private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(500);
    private readonly SemaphoreSlim _signal = new(0, 1);

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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<AuditLog>().ChainPendingAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Pending rows stay pending: the next pass chains them.
                log.LogWarning(ex, "Audit chain pass failed; retrying");
            }

            try
            {
                await _signal.WaitAsync(Idle, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
