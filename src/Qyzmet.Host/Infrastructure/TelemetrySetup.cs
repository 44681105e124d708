using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Qyzmet.Platform.Telemetry;

namespace Qyzmet.Host.Infrastructure;

public static class TelemetrySetup
{
    /// <summary>
    /// Traces and metrics through OpenTelemetry: ASP.NET Core, outgoing HTTP, Npgsql (which emits its own activities)
    /// and the platform's own source and meter. They are exported over OTLP when OTEL_EXPORTER_OTLP_ENDPOINT is set
    /// (the standard OpenTelemetry variables apply); without it nothing leaves the process.
    /// </summary>
    public static IServiceCollection AddQyzmetTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        var otel = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("qyzmet"))
            .WithTracing(t => t.AddSource(QyzmetTelemetry.Name, "Npgsql").AddAspNetCoreInstrumentation().AddHttpClientInstrumentation())
            .WithMetrics(m => m.AddMeter(QyzmetTelemetry.Name).AddAspNetCoreInstrumentation().AddHttpClientInstrumentation());
        if (!string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            otel.UseOtlpExporter();
        }

        return services;
    }
}
