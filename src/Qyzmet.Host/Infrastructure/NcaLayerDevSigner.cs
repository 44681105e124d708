using System.Globalization;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Host.Infrastructure;

/// <summary>A request the development signer needs a key (or a refusal) for.</summary>
/// <param name="Method">The NCALayer method (getKeyInfo, createCAdESFromBase64, signXml).</param>
/// <param name="KeyType">SIGNATURE, AUTHENTICATION, or anything else for "any key".</param>
/// <param name="Origin">The page that asks (the WebSocket's Origin header).</param>
/// <param name="KeyFiles">The demo key files (PKCS#12) in the keys folder.</param>
public sealed record DevSignerRequest(string Method, string KeyType, string Origin, IReadOnlyList<string> KeyFiles);

/// <summary>
/// A development stand-in for NCALayer (ADR 0010): a WebSocket server on loopback speaking the protocol of NCALayer's
/// module <c>kz.gov.pki.knca.commonUtils</c> (<c>getActiveTokens</c>, <c>getKeyInfo</c>, <c>createCAdESFromBase64</c>,
/// <c>signXml</c>) with the demo key files of the data folder, so the portal's page code is the one that talks to a
/// real NCALayer. Each signing is confirmed by <c>choose</c> (the console, or a test), which returns the key file to
/// use or null to cancel (answered as NCALayer does: code 500, <c>action.canceled</c>). Plain <c>ws://</c> (ADR 0010:
/// the page tries <c>wss://</c> first, as for NCALayer, then <c>ws://</c> on loopback). Pages of other origins are refused.
/// </summary>
public sealed class NcaLayerDevSigner : IAsyncDisposable
{
    public const int DefaultPort = NcaLayerSettings.DevSignerPort;
    private const string CommonUtils = "kz.gov.pki.knca.commonUtils";
    private readonly WebApplication _app;
    private readonly string _keysFolder;
    private readonly Func<DevSignerRequest, Task<string?>> _choose;
    private readonly IReadOnlySet<string> _origins;

    private NcaLayerDevSigner(WebApplication app, string keysFolder, Func<DevSignerRequest, Task<string?>> choose, IEnumerable<string> origins)
    {
        _app = app;
        _keysFolder = keysFolder;
        _choose = choose;
        _origins = origins.Select(o => o.TrimEnd('/')).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Every method asked for, in order (tests read it).</summary>
    public List<string> Log { get; } = [];

    public Uri Url { get; private set; } = null!;

    /// <param name="keysFolder"><c>&lt;DataPath&gt;/pki/keys</c>.</param>
    /// <param name="port">Port on 127.0.0.1 (0: any free port).</param>
    /// <param name="origins">Origins of the portal allowed to ask for signatures.</param>
    /// <param name="choose">The key file for a request, or null to cancel.</param>
    /// <param name="ct">Cancels the start.</param>
    public static async Task<NcaLayerDevSigner> StartAsync(string keysFolder, int port, IEnumerable<string> origins,
        Func<DevSignerRequest, Task<string?>> choose, CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var signer = new NcaLayerDevSigner(app, keysFolder, choose, origins);
        app.UseWebSockets();
        app.Run(signer.HandleAsync);
        await app.StartAsync(ct);
        signer.Url = new Uri(app.Urls.First().Replace("http://", "ws://", StringComparison.Ordinal));
        return signer;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (!context.WebSockets.IsWebSocketRequest || !_origins.Contains(origin.TrimEnd('/')))
        {
            // Any web page may open a WebSocket to loopback: only the portal's origins may ask for signatures.
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        var ct = context.RequestAborted;
        // NCALayer greets with its version; clients wait for it before the first request.
        await SendAsync(socket, new JsonObject { ["result"] = new JsonObject { ["version"] = "1.4" } }, ct);
        while (socket.State == WebSocketState.Open)
        {
            var text = await ReceiveAsync(socket, ct);
            if (text is null)
            {
                break;
            }

            await SendAsync(socket, await AnswerAsync(text, origin), ct);
        }
    }

    private async Task<JsonObject> AnswerAsync(string text, string origin)
    {
        JsonNode? request;
        try
        {
            request = JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return Error("Bad request");
        }

        var module = request?["module"]?.GetValue<string>();
        var method = request?["method"]?.GetValue<string>() ?? "";
        var args = request?["args"] as JsonArray ?? [];
        lock (Log)
        {
            Log.Add(method);
        }

        if (module != CommonUtils)
        {
            // E.g. kz.digiflow.mobile.extensions (KAZTOKEN detection): NCALayer answers an error, and so do we.
            return Error("Module not found: " + module);
        }

        string Arg(int i) => args.Count > i && args[i] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
        try
        {
            switch (method)
            {
                case "getActiveTokens":
                    // No hardware tokens: only the file storage (PKCS12), which needs no listing.
                    return Ok(new JsonArray());
                case "getKeyInfo":
                    {
                        using var key = await ChooseAsync(method, Arg(0), "", origin);
                        return key is null ? Canceled() : Ok(KeyInfo(key));
                    }

                case "createCAdESFromBase64":
                    {
                        using var key = await ChooseAsync(method, Arg(0), Arg(1), origin);
                        if (key is null)
                        {
                            return Canceled();
                        }

                        var content = Convert.FromBase64String(Arg(2));
                        var attach = args.Count > 3 && args[3] is JsonValue a && a.TryGetValue<bool>(out var b) && b;
                        return Ok(Convert.ToBase64String(attach ? SignAttached(content, key) : new DocumentSigner().SignDetached(content, key)));
                    }

                case "signXml":
                    {
                        using var key = await ChooseAsync(method, Arg(0), Arg(1), origin);
                        return key is null ? Canceled() : Ok(XmlSignatures.Sign(Arg(2), key));
                    }

                default:
                    return Error("Method not found: " + method);
            }
        }
        catch (Exception e) when (e is FormatException or CryptographicException or System.Xml.XmlException or NotSupportedException or ArgumentException)
        {
            return Error(e.Message);
        }
    }

    private async Task<X509Certificate2?> ChooseAsync(string method, string storage, string keyType, string origin)
    {
        if (storage != "PKCS12")
        {
            throw new NotSupportedException("Storage not available: " + storage);
        }

        var files = Directory.Exists(_keysFolder) ? Directory.GetFiles(_keysFolder, "*.p12").Order(StringComparer.Ordinal).ToList() : [];
        var chosen = await _choose(new DevSignerRequest(method, keyType, origin, files));
        return chosen is null ? null : X509CertificateLoader.LoadPkcs12FromFile(chosen, CertificateRegistry.DemoPassword, X509KeyStorageFlags.EphemeralKeySet);
    }

    private static byte[] SignAttached(byte[] content, X509Certificate2 key)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: false);
        cms.ComputeSignature(new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, key) { IncludeOption = X509IncludeOption.EndCertOnly }, silent: true);
        return cms.Encode();
    }

    private static JsonObject KeyInfo(X509Certificate2 key) => new()
    {
        ["alias"] = key.Thumbprint.ToLowerInvariant(),
        ["keyId"] = key.Thumbprint.ToLowerInvariant(),
        ["algorithm"] = key.GetRSAPublicKey() is null ? "ECDSA" : "RSA",
        ["subjectCn"] = key.GetNameInfo(X509NameType.SimpleName, forIssuer: false),
        ["subjectDn"] = key.Subject,
        ["issuerCn"] = key.GetNameInfo(X509NameType.SimpleName, forIssuer: true),
        ["issuerDn"] = key.Issuer,
        ["serialNumber"] = key.SerialNumber.ToLowerInvariant(),
        ["certNotBefore"] = new DateTimeOffset(key.NotBefore.ToUniversalTime()).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        ["certNotAfter"] = new DateTimeOffset(key.NotAfter.ToUniversalTime()).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
        ["pem"] = key.ExportCertificatePem(),
    };

    private static JsonObject Ok(JsonNode result) => new() { ["code"] = "200", ["responseObject"] = result };

    private static JsonObject Ok(string result) => new() { ["code"] = "200", ["responseObject"] = result };

    private static JsonObject Error(string message) => new() { ["code"] = "500", ["message"] = message };

    // NCALayer's answer when the person closes its dialog.
    private static JsonObject Canceled() => Error("action.canceled");

    private static async Task SendAsync(WebSocket socket, JsonObject message, CancellationToken ct) =>
        await socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, endOfMessage: true, ct);

    private static async Task<string?> ReceiveAsync(WebSocket socket, CancellationToken ct)
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(buffer, ct);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
                return null;
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (message.Length > 16 * 1024 * 1024)
            {
                return null;
            }

            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.ToArray());
            }
        }
    }
}
