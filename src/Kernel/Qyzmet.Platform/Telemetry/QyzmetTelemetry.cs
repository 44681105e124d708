using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Qyzmet.Platform.Telemetry;

/// <summary>
/// The platform's own traces and metrics (OpenTelemetry reads them through these .NET primitives; the host
/// decides where they are exported). Tags carry the service id and channel, never personal data.
/// </summary>
public static class QyzmetTelemetry
{
    public const string Name = "Qyzmet";

    public static readonly ActivitySource Source = new(Name);

    private static readonly Meter Meter = new(Name);

    /// <summary>Applications durably accepted (counted after the commit), by service and channel.</summary>
    public static readonly Counter<long> ApplicationsSubmitted =
        Meter.CreateCounter<long>("qyzmet.applications.submitted", "{application}", "Applications accepted, counted after commit");

    /// <summary>Time from the request reaching the kernel to the committed application, by service.</summary>
    public static readonly Histogram<double> SubmissionDuration =
        Meter.CreateHistogram<double>("qyzmet.applications.submission.duration", "s", "Submission time up to commit, automated steps included");

    private static long _outboxBacklog;

    /// <summary>Outbox messages still to deliver after this instance's last delivery pass (issue 16 item 3, D-343).</summary>
    public static long OutboxBacklog => Interlocked.Read(ref _outboxBacklog);

    /// <summary>The outbox backlog as an OpenTelemetry gauge (<c>qyzmet.outbox.backlog</c>).</summary>
    public static readonly ObservableGauge<long> OutboxBacklogGauge =
        Meter.CreateObservableGauge("qyzmet.outbox.backlog", () => OutboxBacklog, "{message}", "Outbox messages not yet delivered, as of the last delivery pass");

    public static void SetOutboxBacklog(long backlog) => Interlocked.Exchange(ref _outboxBacklog, backlog);

    public static TagList ServiceTags(string serviceId, string channel) => new() { { "qyzmet.service", serviceId }, { "qyzmet.channel", channel } };
}
