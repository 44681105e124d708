using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Security;

/// <summary>
/// Issue 17 "rate limits on sign-in and OTP" (D-814): behind a reverse proxy the sign-in limit per address counts the
/// client's address from X-Forwarded-For, believed only from the proxies listed in Qyzmet:ForwardedHeaders:KnownProxies.
/// With the list empty (the default) or from a connection not in it, the header is ignored and the connection's address is
/// counted, so a client cannot escape the limit by inventing headers. A value that is not an address stops the host at start.
/// The test server has no connection address: a startup filter gives each request one, 127.0.0.1 as a proxy on the same
/// machine would have, or the one a test names.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const int PerAddress = 3;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static WebApplicationFactory<Program> Host(QyzmetFactory inner, string? knownProxies) => inner.WithWebHostBuilder(b =>
    {
        b.UseSetting("Qyzmet:Limits:SignInPerAddress", PerAddress.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (knownProxies is not null)
        {
            b.UseSetting("Qyzmet:ForwardedHeaders:KnownProxies", knownProxies);
        }

        b.ConfigureTestServices(s => s.AddSingleton<IStartupFilter, ConnectionAddress>());
    });

    /// <summary>A client whose requests come over a connection from <paramref name="connection"/>, saying X-Forwarded-For.</summary>
    private static HttpClient Client(WebApplicationFactory<Program> host, string? forwardedFor, string connection = "127.0.0.1")
    {
        var client = host.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(ConnectionAddress.Header, connection);
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        return client;
    }

    /// <summary>One sign-in attempt (a wrong one-time password for an IIN of its own, so only the address's limit can refuse it).</summary>
    private static Task<HttpResponseMessage> AttemptAsync(HttpClient client) =>
        client.PostAsJsonAsync("/api/auth/otp/confirm", new { challengeId = Guid.NewGuid(), iin = "99" + Random.Shared.NextInt64(1_000_000_000, 9_999_999_999), code = "123456" }, Ct);

    private static async Task AllowedAsync(HttpClient client, string what)
    {
        var response = await AttemptAsync(client);
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    private static async Task RefusedAsync(HttpClient client)
    {
        var problem = await ApiResponses.ProblemAsync(await AttemptAsync(client), HttpStatusCode.TooManyRequests);
        Assert.Equal("SEC-0001", problem.GetProperty("errorCode").GetString());
    }

    // D-814: the proxy 127.0.0.1 is listed, so each client is counted by the address it forwards: one over the limit is
    // refused while another, through the same proxy connection, is still allowed.
    [Fact]
    public async Task ListedProxy_ForwardedClientAddresses_AreCountedEachOnItsOwn()
    {
        await using var inner = new QyzmetFactory("sqlite", null);
        await using var host = Host(inner, "127.0.0.1");
        var first = Client(host, "203.0.113.7");
        for (var i = 0; i < PerAddress; i++)
        {
            await AllowedAsync(first, $"attempt {i + 1} of 203.0.113.7");
        }

        await RefusedAsync(first);
        await AllowedAsync(Client(host, "203.0.113.8"), "another client through the same proxy");
        await RefusedAsync(Client(host, "203.0.113.7"));
    }

    // D-814: with no proxy listed (the default) X-Forwarded-For is believed from no one: attempts naming ever new client
    // addresses all count against the connection's address, and the one over the limit is refused.
    [Fact]
    public async Task NoProxyListed_ForwardedFor_IsIgnored_AttemptsCountAgainstTheConnection()
    {
        await using var inner = new QyzmetFactory("sqlite", null);
        await using var host = Host(inner, null);
        for (var i = 0; i < PerAddress; i++)
        {
            await AllowedAsync(Client(host, $"198.51.100.{i + 1}"), $"attempt {i + 1}");
        }

        await RefusedAsync(Client(host, "198.51.100.99"));
        await RefusedAsync(Client(host, null));
    }

    // D-814: X-Forwarded-For from a connection that is not a listed proxy is ignored (the connection's address counts);
    // through the listed proxy the same header is believed.
    [Fact]
    public async Task ForwardedFor_FromAnUnlistedAddress_IsIgnored()
    {
        await using var inner = new QyzmetFactory("sqlite", null);
        await using var host = Host(inner, "10.0.0.9");
        for (var i = 0; i < PerAddress; i++)
        {
            await AllowedAsync(Client(host, $"192.0.2.{i + 1}", connection: "10.20.30.40"), $"attempt {i + 1} from an unlisted address");
        }

        await RefusedAsync(Client(host, "192.0.2.99", connection: "10.20.30.40"));
        // The listed proxy forwarding the same invented address: counted for that client, not for the proxy.
        await AllowedAsync(Client(host, "192.0.2.99", connection: "10.0.0.9"), "the same header through the listed proxy");
    }

    // D-814: a value that is not an IP address stops the host at start, naming the setting and the value.
    [Fact]
    public async Task InvalidKnownProxy_StopsTheHostAtStart_NamingTheSetting()
    {
        await using var inner = new QyzmetFactory("sqlite", null);
        var host = Host(inner, "127.0.0.1, proxy.example");
        var error = Record.Exception(() => host.Server);
        Assert.NotNull(error);
        var messages = string.Join(" | ", Flatten(error).Select(e => e.Message));
        Assert.Contains("Qyzmet:ForwardedHeaders:KnownProxies", messages, StringComparison.Ordinal);
        Assert.Contains("'proxy.example' is not an IP address", messages, StringComparison.Ordinal);
        try
        {
            await host.DisposeAsync();
        }
        catch (InvalidOperationException)
        {
            // The host never started; disposing it may repeat the start's error.
        }
    }

    private static IEnumerable<Exception> Flatten(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>Gives each request a connection address (the header's, or 127.0.0.1), before every middleware of the host.</summary>
    internal sealed class ConnectionAddress : IStartupFilter
    {
        public const string Header = "X-Test-Connection-Address";

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((ctx, n) =>
            {
                ctx.Connection.RemoteIpAddress = IPAddress.TryParse(ctx.Request.Headers[Header].ToString(), out var address) ? address : IPAddress.Loopback;
                return n(ctx);
            });
            next(app);
        };
    }
}
