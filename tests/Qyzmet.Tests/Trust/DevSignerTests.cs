using System.Net.WebSockets;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Tests.Trust;

/// <summary>
/// Issue 12: the development signer answers NCALayer's protocol (module kz.gov.pki.knca.commonUtils) as NCALayer does,
/// so the page code that talks to it is the code that talks to a real NCALayer (ADR 0010).
/// </summary>
public sealed class DevSignerTests : IAsyncLifetime
{
    private const string Origin = "http://127.0.0.1:5080";
    private readonly string _folder = Directory.CreateTempSubdirectory("qyzmet-signer-").FullName;
    private PlatformCertificateAuthority _ca = null!;
    private NcaLayerDevSigner _signer = null!;
    private string? _choice;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _ca = new PlatformCertificateAuthority(_folder, "http://127.0.0.1", TimeProvider.System);
        var keys = Directory.CreateDirectory(Path.Combine(_folder, "keys")).FullName;
        using var auth = _ca.Issue(new CertificateProfile("900315400116", "ЖАНБОЛАТОВА АЙГЕРІМ", KeyPurpose.Authentication));
        await File.WriteAllBytesAsync(Path.Combine(keys, "900315400116-auth.p12"), auth.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, CertificateRegistry.DemoPassword), Ct);
        _signer = await NcaLayerDevSigner.StartAsync(keys, 0, [Origin], r => Task.FromResult(_choice is null ? null : Path.Combine(keys, _choice)), Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _signer.DisposeAsync();
        _ca.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Signer_SpeaksNcaLayerProtocol_SignsXml_CancelsAsNcaLayer()
    {
        using var socket = await ConnectAsync(Origin);
        var greeting = await ReceiveAsync(socket);
        Assert.Equal("1.4", greeting.GetProperty("result").GetProperty("version").GetString());

        // ncalayer-js-client probes for KAZTOKEN first; NCALayer answers an error.
        var probe = await AskAsync(socket, new { module = "kz.digiflow.mobile.extensions", method = "getVersion" });
        Assert.Equal("500", probe.GetProperty("code").GetString());

        var tokens = await AskAsync(socket, new { module = "kz.gov.pki.knca.commonUtils", method = "getActiveTokens" });
        Assert.Equal("200", tokens.GetProperty("code").GetString());
        Assert.Equal(0, tokens.GetProperty("responseObject").GetArrayLength());

        _choice = "900315400116-auth.p12";
        var signed = await AskAsync(socket, new { module = "kz.gov.pki.knca.commonUtils", method = "signXml", args = new[] { "PKCS12", "AUTHENTICATION", "<login><nonce>n</nonce></login>", "", "" } });
        var (_, signer, _) = XmlSignatures.CheckSignature(signed.GetProperty("responseObject").GetString()!);
        Assert.Equal("900315400116", PlatformCertificateAuthority.ReadIin(signer));

        var info = await AskAsync(socket, new { module = "kz.gov.pki.knca.commonUtils", method = "getKeyInfo", args = new[] { "PKCS12" } });
        Assert.Contains("IIN900315400116", info.GetProperty("responseObject").GetProperty("subjectDn").GetString(), StringComparison.Ordinal);

        var content = Convert.ToBase64String("canonical"u8);
        var cms = await AskAsync(socket, new { module = "kz.gov.pki.knca.commonUtils", method = "createCAdESFromBase64", args = new object[] { "PKCS12", "SIGNATURE", content, false } });
        SignatureVerifier.CheckSignature("canonical"u8.ToArray(), Convert.FromBase64String(cms.GetProperty("responseObject").GetString()!));

        _choice = null;
        var cancelled = await AskAsync(socket, new { module = "kz.gov.pki.knca.commonUtils", method = "createCAdESFromBase64", args = new object[] { "PKCS12", "SIGNATURE", content, false } });
        Assert.Equal("500", cancelled.GetProperty("code").GetString());
        Assert.Equal("action.canceled", cancelled.GetProperty("message").GetString());
    }

    // Any web page can open a WebSocket to loopback: only the portal's origins may ask for signatures.
    [Fact]
    public async Task Signer_RefusesOtherOrigins()
    {
        await Assert.ThrowsAsync<WebSocketException>(async () => (await ConnectAsync("https://evil.example")).Dispose());
    }

    private async Task<ClientWebSocket> ConnectAsync(string origin)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("Origin", origin);
        await socket.ConnectAsync(_signer.Url, Ct);
        return socket;
    }

    private static async Task<JsonElement> AskAsync(ClientWebSocket socket, object request)
    {
        await socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(request), WebSocketMessageType.Text, true, Ct);
        return await ReceiveAsync(socket);
    }

    private static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket)
    {
        var buffer = new byte[256 * 1024];
        var text = new StringBuilder();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, Ct);
            text.Append(Encoding.UTF8.GetString(buffer, 0, result.Count));
        }
        while (!result.EndOfMessage);
        return JsonDocument.Parse(text.ToString()).RootElement;
    }
}
