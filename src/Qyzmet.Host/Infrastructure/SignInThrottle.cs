using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Data;

namespace Qyzmet.Host.Infrastructure;

/// <summary>
/// Issue 17 "rate limits on sign-in and OTP" (D-802, D-814): sign-in attempts are counted per client address (every sign-in
/// endpoint and form, by the middleware of <see cref="LoadShedding"/>) and per IIN (one-time password requests and
/// confirmations, in <see cref="TrustSignIn"/>), each in a fixed window of the injected clock; the excess is a 429 with
/// Retry-After and a kk/ru/en message (SEC-0001, SEC-0002). The counts are rows of the database (sec_rate_counts), one per
/// hashed key and window, incremented by one atomic upsert, so every instance counts against the same limit. The OTP
/// service's own limits (a code a minute, 5 an hour, 3 guesses a code; TRUST-0011, TRUST-0014) stay underneath.
/// </summary>
public sealed class SignInThrottle(QyzmetDbContext db, TimeProvider time, IConfiguration configuration)
{
    /// <summary>Qyzmet:Limits:{name} attempts per Qyzmet:Limits:SignInWindowSeconds (900 by default).</summary>
    public static (int Permits, TimeSpan Window) Limits(IConfiguration configuration, string name, int permits) =>
        (Math.Max(1, configuration.GetValue($"Qyzmet:Limits:{name}", permits)),
         TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Qyzmet:Limits:SignInWindowSeconds", 900))));

    /// <summary>Counts one attempt for <paramref name="iin"/>; SEC-0002 (429) when the window's attempts are used up.</summary>
    public async Task CountIinAsync(string iin, CancellationToken ct)
    {
        var retryAfter = await CountAsync("iin:" + iin.Trim(), "SignInPerIin", 10, ct);
        if (retryAfter is { } seconds)
        {
            throw new QyzmetException(SecurityErrors.SignInTooManyForIin, seconds);
        }
    }

    /// <summary>Counts one attempt from the client's address; the seconds to wait when the window's attempts are used up.</summary>
    public Task<int?> CountAddressAsync(HttpContext http, CancellationToken ct) =>
        CountAsync("address:" + ClientAddress(http), "SignInPerAddress", 30, ct);

    /// <summary>
    /// One attempt for the key in the current fixed window (aligned to multiples of the window since the Unix epoch): the
    /// upsert creates the row or adds one and returns the count, atomically on SQLite and PostgreSQL alike. Null while the
    /// count is within the limit, otherwise the seconds until the window ends (at least 1).
    /// </summary>
    private async Task<int?> CountAsync(string key, string limitName, int defaultPermits, CancellationToken ct)
    {
        var (permits, window) = Limits(configuration, limitName, defaultPermits);
        var now = time.GetUtcNow();
        var windowSeconds = (long)window.TotalSeconds;
        var startSeconds = now.ToUnixTimeSeconds() / windowSeconds * windowSeconds;
        var start = DateTimeOffset.FromUnixTimeSeconds(startSeconds).UtcDateTime;
        var end = start.AddSeconds(windowSeconds);
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

        var counts = await db.Database.SqlQuery<int>($"""
            INSERT INTO sec_rate_counts ("Key", "WindowStart", "Count", "ExpiresAt") VALUES ({hash}, {start}, 1, {end})
            ON CONFLICT ("Key", "WindowStart") DO UPDATE SET "Count" = sec_rate_counts."Count" + 1
            RETURNING "Count" AS "Value"
            """).ToListAsync(ct);
        if (counts.Single() == 1)
        {
            // A new window for this key: the moment to sweep windows that are over (any key's).
            var over = now.UtcDateTime;
            await db.RateCounts.Where(c => c.ExpiresAt <= over).ExecuteDeleteAsync(ct);
        }

        return counts.Single() <= permits ? null : Math.Max(1, (int)Math.Ceiling((end - now.UtcDateTime).TotalSeconds));
    }

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
}

/// <summary>Error codes of the platform's protections (prefix SEC-, issue 17). Published in docs/error-codes.md.</summary>
public static class SecurityErrors
{
    // D-819: a multipart form the form reader refuses (a part header too long, a broken boundary) is said as a form problem.
    public static readonly ErrorCode MalformedForm = new("SEC-0011", 400, new(
        "Жүктелген форма оқылмады: файлды multipart/form-data түрінде, бір «file» бөлігімен, қысқа тақырыптармен жіберіңіз.",
        "Загруженная форма не прочитана: отправьте файл как multipart/form-data с одной частью «file» и короткими заголовками.",
        "The uploaded form could not be read: send the file as multipart/form-data with one 'file' part and short part headers."));

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
