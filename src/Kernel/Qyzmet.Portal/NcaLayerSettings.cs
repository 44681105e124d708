using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Qyzmet.Portal;

/// <summary>
/// Where the portal's pages look for NCALayer (ADR 0010): <c>Qyzmet:NcaLayer:Urls</c> (space-separated WebSocket URLs,
/// tried in order). Default: NCALayer's <c>wss://127.0.0.1:13579</c>; in Development also <c>ws://127.0.0.1:13579</c>,
/// where the development signer (<c>qyzmet signer</c>) listens without TLS.
/// </summary>
public static class NcaLayerSettings
{
    public const string Real = "wss://127.0.0.1:13579";

    /// <summary>The loopback port the development signer listens on (NCALayer's).</summary>
    public const int DevSignerPort = 13579;

    public static string Urls(IConfiguration config, IHostEnvironment environment) =>
        config["Qyzmet:NcaLayer:Urls"] is { Length: > 0 } configured ? configured
        : environment.IsDevelopment() ? $"{Real} ws://127.0.0.1:{DevSignerPort}" : Real;
}
