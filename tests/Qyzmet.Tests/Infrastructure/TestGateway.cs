using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.PaymentGateway;
using Qyzmet.Platform.Payments;

namespace Qyzmet.Tests.Infrastructure;

/// <summary>
/// The simulated payment gateway (its own web app, ADR 0020) on an in-memory test server beside a test host: the platform
/// reaches it through its "payment-gateway" HTTP client, it calls the platform back through its "callbacks" client, and
/// both share the test's clock. Wired by <see cref="Wire"/> into the host's settings.
/// </summary>
public sealed class TestGateway : IAsyncDisposable
{
    public const string Url = "http://gateway.test";

    private readonly WebApplication _app;

    public TestGateway(string dataPath, TimeProvider clock, Func<HttpMessageHandler> platform)
    {
        _app = GatewayApp.Build(new GatewaySettings { DataPath = dataPath, Persist = false, RetrySeconds = 0 }, b =>
        {
            b.WebHost.UseTestServer();
            b.Services.AddSingleton(clock);
            b.Services.AddHttpClient(CallbackSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => new LateHandler(platform, this));
        });
        _app.StartAsync().GetAwaiter().GetResult();
    }

    public WebApplication App => _app;

    /// <summary>While true, the gateway's callbacks fail as if the platform were unreachable (they stay undelivered).</summary>
    public bool CallbacksOffline { get; set; }

    /// <summary>What the gateway's retry loop does: sends every undelivered callback again.</summary>
    public async Task RedeliverAsync()
    {
        var sender = _app.Services.GetRequiredService<CallbackSender>();
        foreach (var payment in _app.Services.GetRequiredService<GatewayStore>().All())
        {
            await sender.DeliverAsync(payment, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>Signs a payload with the gateway's own key, as the gateway would (to send events out of order).</summary>
    public string Sign(byte[] payload) => _app.Services.GetRequiredService<GatewayKeys>().Sign(payload);

    /// <summary>A browser on the gateway's pages (no redirects followed, so the test sees where it is sent back).</summary>
    public HttpClient Browser() => new(_app.GetTestServer().CreateHandler()) { BaseAddress = new Uri(Url) };

    /// <summary>A client of the gateway's API with its key (what the platform is).</summary>
    public HttpClient Api()
    {
        var client = Browser();
        client.DefaultRequestHeaders.Authorization = new("Bearer", _app.Services.GetRequiredService<GatewayKeys>().ApiKey);
        return client;
    }

    /// <summary>Makes the host meet this gateway over HTTP instead of starting the simulated one on a port.</summary>
    public static void Wire(IWebHostBuilder builder, Func<TestGateway> gateway)
    {
        builder.UseSetting("Qyzmet:Payments:Gateway", "http");
        builder.UseSetting("Qyzmet:Payments:GatewayUrl", Url);
        builder.ConfigureTestServices(s => s.AddHttpClient(HttpPaymentGateway.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(() => gateway().App.GetTestServer().CreateHandler()));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>Resolves the platform's in-memory handler at the first callback (the platform starts after the gateway).</summary>
    private sealed class LateHandler(Func<HttpMessageHandler> inner, TestGateway gateway) : HttpMessageHandler
    {
        private HttpMessageInvoker? _invoker;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            gateway.CallbacksOffline
                ? throw new HttpRequestException("the platform is unreachable (test)")
                : (_invoker ??= new HttpMessageInvoker(inner())).SendAsync(request, cancellationToken);
    }
}

/// <summary>Drives a payment as a person does: start it at the platform, pay (or cancel) on the gateway's page, come back.</summary>
public static class GatewayDriver
{
    public const string GoodCard = "4111 1111 1111 1111";
    public const string DeclinedCard = "4000 0000 0000 0002";

    /// <summary>Through the API: start, pay on the gateway's page, return; the application as the API then shows it.</summary>
    public static async Task<JsonElement> PayAsync(TestGateway gateway, HttpClient platform, string? number, string card = GoodCard)
    {
        var started = await StartAsync(platform, number);
        await AtGatewayAsync(gateway, platform, started.GetProperty("paymentUrl").GetString()!, card);
        return await platform.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", TestContext.Current.CancellationToken);
    }

    /// <summary>POST /api/applications/{number}/payment: the started attempt (paymentUrl, attemptId, gatewayPaymentId).</summary>
    public static async Task<JsonElement> StartAsync(HttpClient platform, string? number)
    {
        var response = await platform.PostAsync($"/api/applications/{number}/payment", null, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>
    /// The browser's part: opens the gateway page, pays with the card (or cancels when <paramref name="card"/> is null),
    /// follows the redirect back to the platform's return page with the platform client. Returns that page's response.
    /// </summary>
    public static async Task<HttpResponseMessage> AtGatewayAsync(TestGateway gateway, HttpClient platform, string paymentUrl, string? card)
    {
        var ct = TestContext.Current.CancellationToken;
        using var browser = gateway.Browser();
        var path = new Uri(paymentUrl).PathAndQuery;
        var page = await browser.GetAsync(path, ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var form = card is null
            ? new Dictionary<string, string> { ["action"] = "cancel" }
            : new Dictionary<string, string> { ["action"] = "pay", ["card"] = card };
        var paid = await browser.PostAsync(path, new FormUrlEncodedContent(form), ct);
        Assert.True(paid.StatusCode == HttpStatusCode.Redirect, await paid.Content.ReadAsStringAsync(ct));
        var back = await platform.GetAsync(paid.Headers.Location!.PathAndQuery, ct);
        Assert.True(back.StatusCode == HttpStatusCode.OK, await back.Content.ReadAsStringAsync(ct));
        return back;
    }

    /// <summary>Through the pages: the application page's "pay" button sends the browser to the gateway; pay there, come back.</summary>
    public static async Task PayOnPageAsync(TestGateway gateway, HttpClient browser, string location, string card = GoodCard)
    {
        var ct = TestContext.Current.CancellationToken;
        var page = await browser.GetStringAsync(location, ct);
        var token = WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value);
        var response = await browser.PostAsync(location + "?handler=Pay", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }), ct);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync(ct));
        Assert.StartsWith(TestGateway.Url + "/pay/", response.Headers.Location!.OriginalString);
        await AtGatewayAsync(gateway, browser, response.Headers.Location!.OriginalString, card);
    }
}
