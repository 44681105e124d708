using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Qyzmet.PaymentGateway;

/// <summary>How the simulated gateway runs.</summary>
public sealed class GatewaySettings
{
    /// <summary>The folder holding <c>payment-gateway/</c> (keys, ledger): the platform's data folder when started by the host.</summary>
    public required string DataPath { get; init; }

    /// <summary>Listen address(es), e.g. http://127.0.0.1:5081.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5081";

    /// <summary>Whether the ledger is written to <c>payment-gateway/transactions.json</c>.</summary>
    public bool Persist { get; init; } = true;

    /// <summary>How often undelivered callbacks are retried; 0 disables the retry loop.</summary>
    public int RetrySeconds { get; init; } = 5;
}

/// <summary>
/// The simulated bank / payment gateway (ЭҮТШ) as its own web app (ADR 0020). The platform creates a payment over the API
/// (Bearer API key), redirects the applicant's browser to <c>/pay/{id}</c>, where the applicant pays with a card or cancels;
/// every status change is a signed event posted to the platform's callback URL, and the browser returns to the platform.
/// Card 4000 0000 0000 0002 is always declined.
/// </summary>
public static class GatewayApp
{
    public const string DeclinedTestCard = "4000000000000002";

    public static WebApplication Build(GatewaySettings settings, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(GatewayApp).Assembly.GetName().Name, Args = [] });
        builder.WebHost.UseUrls(settings.Urls);
        builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning)
            .AddFilter("Microsoft", LogLevel.Warning);
        var keys = GatewayKeys.LoadOrCreate(settings.DataPath);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(keys);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new GatewayStore(sp.GetRequiredService<TimeProvider>(), keys,
            settings.Persist ? Path.Combine(keys.Folder, "transactions.json") : null));
        builder.Services.AddSingleton<CallbackSender>();
        builder.Services.AddHostedService<CallbackRetry>();
        builder.Services.AddHttpClient(CallbackSender.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        configure?.Invoke(builder);
        var app = builder.Build();
        Map(app, keys);
        return app;
    }

    private static void Map(WebApplication app, GatewayKeys keys)
    {
        var api = app.MapGroup("/v1").AddEndpointFilter(async (ctx, next) =>
        {
            var given = ctx.HttpContext.Request.Headers.Authorization.ToString();
            var expected = "Bearer " + keys.ApiKey;
            return given.Length == expected.Length && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(expected))
                ? await next(ctx)
                : Results.Problem(statusCode: 401, title: "Invalid API key");
        });

        api.MapPost("/payments", (CreatePaymentRequest body, GatewayStore store, TimeProvider time, HttpContext http) =>
        {
            if (body.Amount <= 0 || string.IsNullOrWhiteSpace(body.Reference) || !IsHttp(body.ReturnUrl) || !IsHttp(body.CallbackUrl))
            {
                return Results.Problem(statusCode: 400, title: "amount > 0, reference, returnUrl and callbackUrl (absolute http/https) are required");
            }

            var expires = body.ExpiresAt ?? time.GetUtcNow().AddMinutes(90);
            var payment = store.Create(body.Amount, body.Reference!, body.Description ?? "", body.PayerId, body.ReturnUrl!, body.CallbackUrl!, expires);
            return Results.Created($"/v1/payments/{payment.PaymentId}", View(payment, http));
        });

        api.MapGet("/payments/{id}", (string id, GatewayStore store, HttpContext http) =>
            store.Find(id) is { } payment ? Results.Ok(View(payment, http)) : Results.NotFound());

        api.MapPost("/payments/{id}/cancel", async (string id, GatewayStore store, CallbackSender sender, CancellationToken ct) =>
        {
            if (store.Find(id) is not { } payment)
            {
                return Results.NotFound();
            }

            store.Transition(payment, GatewayStatus.Cancelled, GatewayFailure.CancelledByService, "Cancelled by the service.");
            await sender.DeliverAsync(payment, ct);
            return Results.NoContent();
        });

        // D-713: a refund is idempotent on the platform's key (a repeated request returns the same refund, no second
        // refund); its result reaches the platform as a signed event on the payment's callback URL, like every status.
        api.MapPost("/payments/{id}/refunds", async (string id, RefundRequest body, GatewayStore store, CallbackSender sender, CancellationToken ct) =>
        {
            if (store.Find(id) is not { } payment)
            {
                return Results.NotFound();
            }

            if (body.Key is { Length: > 0 } key && payment.Refunds.FirstOrDefault(r => r.Key == key) is { } same)
            {
                return Results.Ok(new { same.RefundId, status = "success", same.Amount, same.CreatedAt, replayed = true });
            }

            var refunded = payment.Refunds.Sum(r => r.Amount);
            if (payment.Status != GatewayStatus.Success || body.Amount <= 0 || refunded + body.Amount > payment.Amount)
            {
                return Results.Problem(statusCode: 412, title: "Only a successful payment can be refunded, up to its amount.");
            }

            var refund = store.Refund(payment, body.Amount, body.Reason, body.Key);
            await sender.DeliverAsync(payment, ct);
            return Results.Ok(new { refund.RefundId, status = "success", refund.Amount, refund.CreatedAt, replayed = false });
        });

        // The ledger the platform reconciles against: payments captured in [from, to).
        api.MapGet("/transactions", (DateTimeOffset from, DateTimeOffset to, GatewayStore store) =>
            Results.Ok(store.All().Where(p => p.CapturedAt >= from && p.CapturedAt < to)
                .Select(p => new { p.PaymentId, p.Reference, p.Amount, p.Status, p.CapturedAt, refunded = p.Refunds.Sum(r => r.Amount) })));

        app.MapGet("/pay/{id}", async (string id, string? lang, GatewayStore store, CallbackSender sender, HttpContext http, CancellationToken ct) =>
        {
            if (store.Find(id) is not { } payment)
            {
                return Results.NotFound();
            }

            if (store.Transition(payment, GatewayStatus.Started))
            {
                await sender.DeliverAsync(payment, ct);
            }

            return Results.Content(PayPage.Render(payment, PayPage.Language(lang, http), null), "text/html; charset=utf-8");
        });

        app.MapPost("/pay/{id}", async (string id, HttpContext http, GatewayStore store, CallbackSender sender, CancellationToken ct) =>
        {
            if (store.Find(id) is not { } payment)
            {
                return Results.NotFound();
            }

            var form = await http.Request.ReadFormAsync(ct);
            var lang = PayPage.Language(form["lang"], http);
            if (form["action"] == "cancel")
            {
                store.Transition(payment, GatewayStatus.Cancelled, GatewayFailure.CancelledByUser, "The payer cancelled.");
            }
            else if (!payment.Finished)
            {
                var digits = new string(form["card"].ToString().Where(char.IsDigit).ToArray());
                if (digits.Length != 16)
                {
                    http.Response.StatusCode = 422;
                    return Results.Content(PayPage.Render(payment, lang, PayPage.Text("CardInvalid", lang)), "text/html; charset=utf-8", statusCode: 422);
                }

                if (digits == DeclinedTestCard)
                {
                    store.Transition(payment, GatewayStatus.Failed, GatewayFailure.Declined,
                        "The bank declined the card (insufficient funds or the card is blocked). No money was taken.", digits[^4..]);
                }
                else
                {
                    store.Transition(payment, GatewayStatus.Success, cardLast4: digits[^4..]);
                }
            }

            await sender.DeliverAsync(payment, ct);
            return Results.Redirect(payment.ReturnUrl);
        }).DisableAntiforgery();

        app.MapGet("/health", () => Results.Ok(new { status = "ok" }));
    }

    private static object View(GatewayPayment p, HttpContext http) => new
    {
        p.PaymentId,
        p.Reference,
        p.Amount,
        p.Description,
        p.Status,
        finished = p.Finished,
        p.FailureCode,
        p.FailureMessage,
        p.CapturedAt,
        p.ExpiresAt,
        nextUrl = $"{http.Request.Scheme}://{http.Request.Host}/pay/{p.PaymentId}",
        events = p.Events.Select(e => new { e.EventId, e.Sequence, e.Payload, e.Signature }),
    };

    private static bool IsHttp(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}

public sealed record CreatePaymentRequest(long Amount, string? Reference, string? Description, string? PayerId, string? ReturnUrl, string? CallbackUrl,
    DateTimeOffset? ExpiresAt);

public sealed record RefundRequest(long Amount, string? Reason, string? Key = null);
