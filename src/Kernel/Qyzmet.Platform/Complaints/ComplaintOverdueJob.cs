using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Qyzmet.Platform.Complaints;

/// <summary>
/// Flags complaints whose term passed unanswered (D-724). A Quartz job in the clustered store (ADR 0007): one instance runs
/// each scan, and the conditional update in <see cref="ComplaintService.FlagOverdueAsync"/> keeps each flag single even if two ran.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ComplaintOverdueJob(IServiceScopeFactory scopes) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await RunOnceAsync(cancellationToken);

    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ComplaintService>().FlagOverdueAsync(ct);
    }
}
