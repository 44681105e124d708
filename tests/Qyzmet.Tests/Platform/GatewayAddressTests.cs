using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Kernel.Errors;

namespace Qyzmet.Tests.Platform;

/// <summary>
/// D-372 (ADR 0020): the in-process simulated payment gateway's port. Its default 5081 is taken whenever a second Development
/// host runs on the machine; the host then chooses a free port when none is configured, and otherwise says which setting
/// to change (H-0021) instead of Kestrel's bare "address already in use".
/// </summary>
public sealed class GatewayAddressTests
{
    [Fact]
    public void Development_NoAddressConfigured_DefaultPortTaken_AFreePortIsChosenAndConfigured()
    {
        using var holder = Hold(5081);
        var configuration = new ConfigurationManager();

        var chosen = SimulatedGatewayHost.ChooseAddress(configuration, Environment(Environments.Development));

        Assert.NotNull(chosen);
        var port = new Uri(chosen).Port;
        Assert.NotEqual(5081, port);
        Assert.Equal(chosen, configuration[SimulatedGatewayHost.UrlSetting]);
        using var free = Hold(port); // the chosen port is free for the gateway to take
        Assert.NotNull(free);
    }

    [Fact]
    public void AddressConfigured_OrNotDevelopment_IsKeptAsGiven()
    {
        using var holder = Hold(5081);
        var configured = new ConfigurationManager { [SimulatedGatewayHost.UrlSetting] = "http://127.0.0.1:5999" };
        Assert.Equal("http://127.0.0.1:5999", SimulatedGatewayHost.ChooseAddress(configured, Environment(Environments.Development)));

        var production = new ConfigurationManager();
        Assert.Equal("http://127.0.0.1:5081", SimulatedGatewayHost.ChooseAddress(production, Environment(Environments.Production)));
        Assert.Null(production[SimulatedGatewayHost.UrlSetting]);

        var http = new ConfigurationManager { ["Qyzmet:Payments:Gateway"] = "http" };
        Assert.Null(SimulatedGatewayHost.ChooseAddress(http, Environment(Environments.Development)));
    }

    [Fact]
    public async Task ConfiguredPortTaken_StartFailsWithH0021NamingTheSetting()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var url = $"http://127.0.0.1:{((IPEndPoint)taken.LocalEndpoint).Port}";
        var data = Directory.CreateTempSubdirectory("qyzmet-gateway-port-").FullName;
        try
        {
            var configuration = new ConfigurationManager { [SimulatedGatewayHost.UrlSetting] = url, ["Qyzmet:DataPath"] = data };
            var host = new SimulatedGatewayHost(configuration, NullLogger<SimulatedGatewayHost>.Instance);

            var error = await Assert.ThrowsAsync<QyzmetException>(() => host.StartAsync(TestContext.Current.CancellationToken));

            Assert.Equal("H-0021", error.Error.Code);
            Assert.Contains("Qyzmet:Payments:GatewayUrl", error.Message, StringComparison.Ordinal);
            Assert.Contains(url, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static TcpListener? Hold(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        try
        {
            listener.Start();
            return listener;
        }
        catch (SocketException)
        {
            listener.Dispose();
            return null; // held by another process: taken all the same
        }
    }

    private static HostingEnvironment Environment(string name) => new()
    {
        EnvironmentName = name,
        ApplicationName = "Qyzmet.Host",
        ContentRootPath = AppContext.BaseDirectory,
        ContentRootFileProvider = new NullFileProvider(),
    };

    private sealed class HostingEnvironment : IHostEnvironment
    {
        public required string EnvironmentName { get; set; }

        public required string ApplicationName { get; set; }

        public required string ContentRootPath { get; set; }

        public required IFileProvider ContentRootFileProvider { get; set; }
    }
}
