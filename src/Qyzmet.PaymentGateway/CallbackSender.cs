using System.Net.Http.Headers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Qyzmet.PaymentGateway;

/// <summary>
/// Delivers a payment's signed events to the platform's callback URL, in order, each until the platform answers. An
/// event the platform refused for good (4xx) is not sent again; a network error or 5xx is retried by <see cref="CallbackRetry"/>.
/// </summary>
public sealed class CallbackSender(IHttpClientFactory clients, GatewayStore store, ILogger<CallbackSender> log)
{
    public const string HttpClientName = "callbacks";
    public const string SignatureHeader = "Qyzmet-Gateway-Signature";

    public async Task DeliverAsync(GatewayPayment payment, CancellationToken ct)
    {
        foreach (var e in payment.Events.Where(e => !e.Delivered).ToList())
        {
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, payment.CallbackUrl)
                {
                    Content = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(e.Payload)),
                };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Add(SignatureHeader, e.Signature);
                using var response = await clients.CreateClient(HttpClientName).SendAsync(request, ct);
                var code = (int)response.StatusCode;
                var permanent = code is >= 400 and < 500 && code != 408 && code != 429;
                store.MarkDelivery(e, response.IsSuccessStatusCode || permanent, $"{code}");
                if (!response.IsSuccessStatusCode && !permanent)
                {
                    return; // keep the order: later events wait for this one
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                store.MarkDelivery(e, false, ex.Message);
                log.LogWarning("Callback {EventId} for {PaymentId} not delivered: {Error}", e.EventId, payment.PaymentId, ex.Message);
                return;
            }
        }
    }
}

/// <summary>Retries undelivered callbacks every few seconds (at most 20 attempts per event).</summary>
public sealed class CallbackRetry(GatewayStore store, CallbackSender sender, GatewaySettings settings) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.RetrySeconds <= 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.RetrySeconds));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var payment in store.All().Where(p => p.Events.Any(e => !e.Delivered && e.Attempts < 20)))
            {
                await sender.DeliverAsync(payment, stoppingToken);
            }
        }
    }
}
