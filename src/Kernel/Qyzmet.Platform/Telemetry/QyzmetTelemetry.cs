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

    public static TagList ServiceTags(string serviceId, string channel) => new() { { "qyzmet.service", serviceId }, { "qyzmet.channel", channel } };
}
