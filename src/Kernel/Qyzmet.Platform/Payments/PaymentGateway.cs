using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Qyzmet.Kernel.Errors;

namespace Qyzmet.Platform.Payments;

/// <summary>
/// <c>Qyzmet:Payments</c>: which gateway the platform meets and how (ADR 0020). With <c>Gateway = "simulated"</c> the host
/// starts the simulated gateway in-process on <see cref="GatewayUrl"/>, and its API key and public key are read from the
/// data folder where it generated them. A real acquirer is <c>Gateway = "http"</c> with its URL, API key and public key file
/// (or another <see cref="IPaymentGateway"/> adapter).
/// </summary>
public sealed class PaymentGatewayOptions
{
    public const string Simulated = "simulated";

    public string Gateway { get; set; } = Simulated;

    public string GatewayUrl { get; set; } = "http://127.0.0.1:5081";

    /// <summary>The API key; unset: <c>{DataPath}/payment-gateway/api-key</c> (the simulated gateway's).</summary>
    public string? ApiKey { get; set; }

    /// <summary>PEM of the gateway's callback-signing public key; unset: <c>{DataPath}/payment-gateway/signing-key.pub.pem</c>.</summary>
    public string? PublicKeyPath { get; set; }

    /// <summary>The platform's address as the gateway reaches it (callbacks); unset: <c>Qyzmet:PublicBaseUrl</c>.</summary>
    public string? CallbackBaseUrl { get; set; }

    /// <summary>Cron (Quartz, UTC) of the daily reconciliation: 19:30 UTC is 00:30 in Almaty (UTC+5); empty disables it.</summary>
    public string ReconciliationCron { get; set; } = "0 30 19 * * ?";

    internal string FolderOf(string dataPath) => Path.Combine(dataPath, "payment-gateway");
}

/// <summary>What the platform asks a gateway to collect.</summary>
public sealed record GatewayPaymentRequest(long Amount, string Reference, string Description, string? PayerId, string ReturnUrl, string CallbackUrl,
    DateTimeOffset ExpiresAt);

/// <summary>One event as the gateway signed it: the exact payload bytes and the signature over them.</summary>
public sealed record SignedGatewayEvent(byte[] Payload, string Signature);

/// <summary>A gateway payment as the gateway reports it.</summary>
public sealed record GatewayPaymentView(string PaymentId, string Status, bool Finished, string NextUrl, IReadOnlyList<SignedGatewayEvent> Events);

/// <summary>A captured transaction in the gateway's ledger (for reconciliation).</summary>
public sealed record GatewayTransaction(string PaymentId, string Reference, long Amount, string Status, DateTimeOffset CapturedAt, long Refunded);

/// <summary>
/// The seam to the acquirer. The platform trusts no answer of it for money: a status counts only as a signed event
/// (<see cref="GatewaySignature"/>), whether it came as a callback or was fetched.
/// </summary>
public interface IPaymentGateway
{
    Task<GatewayPaymentView> CreateAsync(GatewayPaymentRequest request, CancellationToken ct);

    Task<GatewayPaymentView?> GetAsync(string paymentId, CancellationToken ct);

    /// <summary>Asks for a refund; <paramref name="key"/> makes a repeated request the same refund (D-713). Its result arrives as a signed event.</summary>
    Task<string> RefundAsync(string paymentId, long amount, string reason, string key, CancellationToken ct);

    Task<IReadOnlyList<GatewayTransaction>> TransactionsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct);
}

public static class GatewayErrors
{
    /// <summary>D-713: a signed refund event for a refund the platform never asked for.</summary>
    public static readonly ErrorCode UnknownRefund = new("PAY-0123", 404, new(
        "Төлем шлюзі хабарлаған {0} қайтаруы платформада жоқ.",
        "Возврата {0}, о котором сообщил платёжный шлюз, на платформе нет.",
        "There is no refund {0} at the platform for the one the gateway reported."));

    public static readonly ErrorCode Unavailable = new("PAY-0110", 503, new(
        "Төлем шлюзі қазір жауап бермейді. Біраз уақыттан кейін қайталаңыз; төлем мерзімі өзгермейді.",
        "Платёжный шлюз сейчас не отвечает. Повторите немного позже; срок оплаты не меняется.",
        "The payment gateway is not answering. Try again shortly; the time to pay does not change."));

    public static readonly ErrorCode SignatureInvalid = new("PAY-0111", 401, new(
        "Төлем шлюзінің хабарламасының қолтаңбасы расталмады; хабарлама қабылданбады.",
        "Подпись сообщения платёжного шлюза не подтверждена; сообщение отклонено.",
        "The payment gateway message's signature did not verify; the message was refused."));

    public static readonly ErrorCode UnknownPayment = new("PAY-0112", 404, new(
        "Төлем шлюзі хабарлаған {0} төлемі бойынша шот жоқ.",
        "Счёта для платежа {0}, о котором сообщил шлюз, нет.",
        "There is no invoice for the payment {0} the gateway reported."));

    public static readonly ErrorCode PayloadMismatch = new("PAY-0113", 422, new(
        "Төлем шлюзінің хабарламасы шотқа сәйкес емес ({0}).",
        "Сообщение платёжного шлюза не соответствует счёту ({0}).",
        "The payment gateway message does not match the invoice ({0})."));

    public static readonly ErrorCode PayloadInvalid = new("PAY-0114", 400, new(
        "Төлем шлюзінің хабарламасы оқылмады: {0}.",
        "Сообщение платёжного шлюза не прочитано: {0}.",
        "The payment gateway message could not be read: {0}."));

    public static readonly ErrorCode InvalidDay = new("PAY-0115", 400, new(
        "day: күнді ЖЖЖЖ-АА-КК түрінде беріңіз (\"{0}\" берілді).",
        "day: укажите день как ГГГГ-ММ-ДД (передано \"{0}\").",
        "day: give the day as yyyy-MM-dd (got \"{0}\")."));
}

/// <summary>Verifies the gateway's ES256 signature over a callback's exact bytes, with the configured public key.</summary>
public sealed class GatewaySignature(IOptions<PaymentGatewayOptions> options, IOptions<Documents.PlatformOptions> platform)
{
    private ECDsa? _key;

    public bool Verify(byte[] payload, string? signature)
    {
        if (string.IsNullOrWhiteSpace(signature))
        {
            return false;
        }

        byte[] sig;
        try
        {
            sig = Convert.FromBase64String(signature.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        return Key().VerifyData(payload, sig, HashAlgorithmName.SHA256);
    }

    private ECDsa Key()
    {
        if (_key is not null)
        {
            return _key;
        }

        var path = options.Value.PublicKeyPath ?? Path.Combine(options.Value.FolderOf(platform.Value.DataPath), "signing-key.pub.pem");
        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(path));
        return _key = key;
    }
}

/// <summary>The adapter for a gateway speaking the simulated gateway's HTTP protocol (ADR 0020).</summary>
public sealed class HttpPaymentGateway(IHttpClientFactory clients, IOptions<PaymentGatewayOptions> options, IOptions<Documents.PlatformOptions> platform)
    : IPaymentGateway
{
    public const string HttpClientName = "payment-gateway";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<GatewayPaymentView> CreateAsync(GatewayPaymentRequest request, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Post, "v1/payments", request, ct);
        return Read(await response.Content.ReadFromJsonAsync<PaymentDto>(Json, ct));
    }

    public async Task<GatewayPaymentView?> GetAsync(string paymentId, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Get, "v1/payments/" + Uri.EscapeDataString(paymentId), null, ct, allowNotFound: true);
        return response.StatusCode == System.Net.HttpStatusCode.NotFound ? null : Read(await response.Content.ReadFromJsonAsync<PaymentDto>(Json, ct));
    }

    public async Task<string> RefundAsync(string paymentId, long amount, string reason, string key, CancellationToken ct)
    {
        using var response = await SendAsync(HttpMethod.Post, $"v1/payments/{Uri.EscapeDataString(paymentId)}/refunds", new { amount, reason, key }, ct);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Json, ct);
        return body.GetProperty("refundId").GetString()!;
    }

    public async Task<IReadOnlyList<GatewayTransaction>> TransactionsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var query = $"v1/transactions?from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(to.ToString("O"))}";
        using var response = await SendAsync(HttpMethod.Get, query, null, ct);
        return await response.Content.ReadFromJsonAsync<List<GatewayTransaction>>(Json, ct) ?? [];
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body, CancellationToken ct, bool allowNotFound = false)
    {
        var o = options.Value;
        using var request = new HttpRequestMessage(method, new Uri(new Uri(o.GatewayUrl.TrimEnd('/') + "/"), path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey(o));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: Json);
        }

        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(HttpClientName).SendAsync(request, ct);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new QyzmetException(GatewayErrors.Unavailable);
        }

        if (response.IsSuccessStatusCode || (allowNotFound && response.StatusCode == System.Net.HttpStatusCode.NotFound))
        {
            return response;
        }

        response.Dispose();
        throw new QyzmetException(GatewayErrors.Unavailable);
    }

    private string ApiKey(PaymentGatewayOptions o)
    {
        if (o.ApiKey is not null)
        {
            return o.ApiKey;
        }

        var path = Path.Combine(o.FolderOf(platform.Value.DataPath), "api-key");
        // The simulated gateway writes it at its first start; without it there is no gateway to talk to.
        return File.Exists(path) ? File.ReadAllText(path).Trim() : throw new QyzmetException(GatewayErrors.Unavailable);
    }

    private static GatewayPaymentView Read(PaymentDto? dto) =>
        dto is null
            ? throw new QyzmetException(GatewayErrors.Unavailable)
            : new GatewayPaymentView(dto.PaymentId, dto.Status, dto.Finished, dto.NextUrl,
                [.. (dto.Events ?? []).OrderBy(e => e.Sequence).Select(e => new SignedGatewayEvent(System.Text.Encoding.UTF8.GetBytes(e.Payload), e.Signature))]);

    private sealed record PaymentDto(string PaymentId, string Status, bool Finished, string NextUrl, List<EventDto>? Events);

    private sealed record EventDto(int Sequence, string Payload, string Signature);
}
