using Quartz;

namespace Qyzmet.Platform.Monitoring;

/// <summary>
/// Keeps the monitoring rollup current (issue 15; ADR 0030, D-752): one incremental pass of <see cref="MonitoringAggregator"/>
/// per trigger. Quartz runs it on one instance of the cluster at a time (ADR 0007); correctness does not rely on that, since
/// every pass rewrites whole slices from the stage rows and only moves its watermark forward.
/// </summary>
[DisallowConcurrentExecution]
public sealed class MonitoringAggregationJob(MonitoringAggregator aggregator) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await aggregator.RunOnceAsync(cancellationToken);
}
