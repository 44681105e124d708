using System.Globalization;
using System.Threading.RateLimiting;
using Qyzmet.Kernel.Errors;

namespace Qyzmet.Host.Infrastructure;

/// <summary>
/// Issue 17 "rate limits on sign-in and OTP" (D-802): sign-in attempts are counted per client address (every sign-in
/// endpoint and form, in the ASP.NET Core rate limiter, <see cref="LoadShedding"/>) and per IIN (one-time password requests
/// and confirmations, here), each in a fixed window; the excess is a 429 with Retry-After and a kk/ru/en message
/// (SEC-0001, SEC-0002), before any database work. The OTP service's own limits (a code a minute, 5 an hour, 3 guesses a
/// code; TRUST-0011, TRUST-0014) stay underneath. Counts are per instance (in memory), so N instances allow N times as
/// many; that still bounds guessing, which is what the limits are for.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perIin;

    public SignInThrottle(IConfiguration configuration)
    {
        var (permits, window) = Limits(configuration, "SignInPerIin", 10);
        _perIin = PartitionedRateLimiter.Create<string, string>(iin => RateLimitPartition.GetFixedWindowLimiter(iin, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            QueueLimit = 0,
        }));
    }

    /// <summary>Qyzmet:Limits:{name} attempts per Qyzmet:Limits:SignInWindowSeconds (900 by default).</summary>
    public static (int Permits, TimeSpan Window) Limits(IConfiguration configuration, string name, int permits) =>
        (Math.Max(1, configuration.GetValue($"Qyzmet:Limits:{name}", permits)),
         TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Qyzmet:Limits:SignInWindowSeconds", 900))));

    /// <summary>Counts one attempt for <paramref name="iin"/>; SEC-0002 (429) when the window's attempts are used up.</summary>
    public void Count(string iin)
    {
        using var lease = _perIin.AttemptAcquire(iin.Trim());
        if (!lease.IsAcquired)
        {
            throw new QyzmetException(SecurityErrors.SignInTooManyForIin, RetryAfterSeconds(lease));
        }
    }

    /// <summary>The seconds a rejected lease says to wait (at least 1).</summary>
    public static int RetryAfterSeconds(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)) : 60;

    /// <summary>A sign-in attempt: the API's certificate and OTP endpoints, the sign-in page's key, file and OTP forms.</summary>
    public static bool IsSignInAttempt(HttpRequest request)
    {
        if (!HttpMethods.IsPost(request.Method) || request.Path.Value is not { } path)
        {
            return false;
        }

        if (path is "/api/auth/certificate" or "/api/auth/otp" or "/api/auth/otp/confirm")
        {
            return true;
        }

        // The page's demo-account form (no handler) is Development's and guesses nothing.
        return string.Equals(path, "/signin", StringComparison.OrdinalIgnoreCase)
            && request.Query["handler"].ToString().ToLowerInvariant() is "xml" or "cms" or "requestotp" or "confirmotp";
    }

    /// <summary>The partition of the per-address limit: the connection's address (a proxy must pass the client's on).</summary>
    public static string ClientAddress(HttpContext http) =>
        http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public static string Seconds(int seconds) => seconds.ToString(CultureInfo.InvariantCulture);

    public void Dispose() => _perIin.Dispose();
}

/// <summary>Error codes of the platform's protections (prefix SEC-, issue 17). Published in docs/error-codes.md.</summary>
public static class SecurityErrors
{
    public static readonly ErrorCode SignInTooManyFromAddress = new("SEC-0001", 429, new(
        "Бұл мекенжайдан кіру әрекеттері тым көп. {0} секундтан кейін қайталап көріңіз.",
        "Слишком много попыток входа с этого адреса. Повторите через {0} с.",
        "Too many sign-in attempts from this address. Retry in {0} s."));

    public static readonly ErrorCode SignInTooManyForIin = new("SEC-0002", 429, new(
        "Осы ЖСН бойынша кіру әрекеттері тым көп. {0} секундтан кейін қайталап көріңіз.",
        "Слишком много попыток входа по этому ИИН. Повторите через {0} с.",
        "Too many sign-in attempts for this IIN. Retry in {0} s."));

    /// <summary>Issue 17 (D-813): JSON nested deeper than the reader's limit names the limit, not just "invalid JSON".</summary>
    public static readonly ErrorCode JsonTooDeep = new("SEC-0009", 400, new(
        "JSON тым терең салынған: ең көбі {0} деңгей. Құжатталған пішінді жіберіңіз (docs/api.md).",
        "JSON слишком глубоко вложен: не более {0} уровней. Отправьте документированную форму (docs/api.md).",
        "The JSON is nested too deeply: at most {0} levels. Send the documented shape (docs/api.md)."));
}
