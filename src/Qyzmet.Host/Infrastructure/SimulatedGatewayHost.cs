using System.Net;
using System.Net.Sockets;
using Qyzmet.Kernel.Errors;
using Qyzmet.PaymentGateway;
using Qyzmet.Platform.Payments;

namespace Qyzmet.Host.Infrastructure;

/// <summary>
/// With <c>Qyzmet:Payments:Gateway = "simulated"</c> (the default) the host starts the simulated gateway, a web app of its
/// own, in-process on <c>Qyzmet:Payments:GatewayUrl</c> (default http://127.0.0.1:5081), keeping its keys and ledger in the
/// data folder (ADR 0020). The platform still talks to it only over HTTP, as it would to a real acquirer.
/// D-372: in Development, with no address configured and 5081 taken (another engineer's host on the machine), a free port
/// is chosen before anything reads the setting; a configured address that is taken stops the host with H-0021 naming the
/// setting, instead of Kestrel's bare "address already in use".
/// </summary>
internal sealed class SimulatedGatewayHost(IConfiguration configuration, ILogger<SimulatedGatewayHost> log) : IHostedService
{
    public const string UrlSetting = "Qyzmet:Payments:GatewayUrl";

    private WebApplication? _gateway;

    public static bool IsEnabled(IConfiguration configuration) =>
        string.Equals(configuration["Qyzmet:Payments:Gateway"] ?? PaymentGatewayOptions.Simulated, PaymentGatewayOptions.Simulated, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// D-372: the address the in-process gateway will listen on, written into <paramref name="configuration"/> when the host
    /// chose it: in Development with no <see cref="UrlSetting"/> given and the default port taken, a free port of the loopback
    /// address. Returns the address, or null when the gateway is not the simulated one.
    /// </summary>
    public static string? ChooseAddress(IConfiguration configuration, IHostEnvironment environment)
    {
        if (!IsEnabled(configuration))
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(configuration[UrlSetting]) || !environment.IsDevelopment())
        {
            return configuration[UrlSetting] ?? new PaymentGatewayOptions().GatewayUrl;
        }

        var standard = new PaymentGatewayOptions().GatewayUrl;
        if (IsFree(new Uri(standard)))
        {
            return standard;
        }

        var chosen = $"http://127.0.0.1:{FreePort()}";
        configuration[UrlSetting] = chosen;
        return chosen;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var url = configuration[UrlSetting] ?? new PaymentGatewayOptions().GatewayUrl;
        _gateway = GatewayApp.Build(new GatewaySettings { DataPath = configuration["Qyzmet:DataPath"]!, Urls = url });
        try
        {
            await _gateway.StartAsync(cancellationToken);
        }
        catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.AddressAlreadyInUse } || e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            await _gateway.DisposeAsync();
            _gateway = null;
            throw new QyzmetException(HostErrors.GatewayPortTaken, url);
        }

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

    private static bool IsFree(Uri url)
    {
        try
        {
            var address = url.Host is "localhost" ? IPAddress.Loopback : IPAddress.Parse(url.Host);
            using var probe = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            probe.Bind(new IPEndPoint(address, url.Port));
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        catch (FormatException)
        {
            return true; // a host name: leave it to Kestrel
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
