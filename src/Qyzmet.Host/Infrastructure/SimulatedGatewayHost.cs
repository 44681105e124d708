using Qyzmet.PaymentGateway;
using Qyzmet.Platform.Payments;

namespace Qyzmet.Host.Infrastructure;

/// <summary>
/// With <c>Qyzmet:Payments:Gateway = "simulated"</c> (the default) the host starts the simulated gateway, a web app of its
/// own, in-process on <c>Qyzmet:Payments:GatewayUrl</c> (default http://127.0.0.1:5081), keeping its keys and ledger in the
/// data folder (ADR 0020). The platform still talks to it only over HTTP, as it would to a real acquirer.
/// </summary>
internal sealed class SimulatedGatewayHost(IConfiguration configuration, ILogger<SimulatedGatewayHost> log) : IHostedService
{
    private WebApplication? _gateway;

    public static bool IsEnabled(IConfiguration configuration) =>
        string.Equals(configuration["Qyzmet:Payments:Gateway"] ?? PaymentGatewayOptions.Simulated, PaymentGatewayOptions.Simulated, StringComparison.OrdinalIgnoreCase);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var url = configuration["Qyzmet:Payments:GatewayUrl"] ?? new PaymentGatewayOptions().GatewayUrl;
        _gateway = GatewayApp.Build(new GatewaySettings { DataPath = configuration["Qyzmet:DataPath"]!, Urls = url });
        await _gateway.StartAsync(cancellationToken);
        log.LogInformation("Simulated payment gateway listening on {Url}", url);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_gateway is not null)
        {
            await _gateway.StopAsync(cancellationToken);
            await _gateway.DisposeAsync();
        }
    }
}
