using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Notifications;

namespace Qyzmet.Platform.Trust;

public sealed record OtpIssued(Guid ChallengeId, DateTime ExpiresAt, string MaskedPhone);

/// <summary>
/// One-time passwords by SMS (000.md: only to the mobile number registered for the person): 6 digits, valid 5 minutes,
/// 3 attempts, then a new code is needed; at most one code a minute and 5 an hour per number. The code is kept only as
/// a hash salted with the challenge id, and leaves through the SMS outbox, which holds it only until delivery.
/// </summary>
public sealed class OtpService(QyzmetDbContext db, TimeProvider time, IOptions<TrustOptions> options, ILogger<OtpService> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);
    public const int MaxAttempts = 3;
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(60);
    public const int MaxPerHour = 5;

    /// <summary>Creates a code for <paramref name="purpose"/>, queues the SMS and saves both.</summary>
    public async Task<OtpIssued> IssueAsync(string iin, string purpose, CancellationToken ct)
    {
        var phone = await db.People.AsNoTracking().Where(p => p.Iin == iin).Select(p => p.MobilePhone).SingleOrDefaultAsync(ct);
        if (string.IsNullOrWhiteSpace(phone))
        {
            throw new QyzmetException(TrustErrors.OtpPhoneNotRegistered);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var hourAgo = now.AddHours(-1);
        var recent = await db.OtpChallenges.AsNoTracking().Where(o => o.Phone == phone && o.CreatedAt > hourAgo)
            .OrderByDescending(o => o.CreatedAt).Select(o => o.CreatedAt).Take(MaxPerHour).ToListAsync(ct);
        if (recent.Count > 0 && now - recent[0] < MinInterval)
        {
            throw new QyzmetException(TrustErrors.OtpRateLimited, (int)Math.Ceiling((MinInterval - (now - recent[0])).TotalSeconds));
        }

        if (recent.Count >= MaxPerHour)
        {
            throw new QyzmetException(TrustErrors.OtpRateLimited, (int)Math.Ceiling((recent[^1].AddHours(1) - now).TotalSeconds));
        }

        var id = Guid.CreateVersion7();
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        db.OtpChallenges.Add(new OtpChallenge
        {
            Id = id,
            Iin = iin,
            Phone = phone,
            Purpose = purpose,
            CodeHash = Hash(id, code),
            CreatedAt = now,
            ExpiresAt = now + Lifetime,
        });
        db.Outbox.Add(new OutboxMessage
        {
            Channel = "sms",
            Address = phone,
            // Issue 10 item 6: the code waits in Secret until the gateway has it, then only the redacted text remains.
            Text = $"Qyzmet: {OutboxMessage.SecretPlaceholder} — бір реттік код / одноразовый код (5 мин). Кодты ешкімге айтпаңыз / Никому не сообщайте код.",
            Secret = code,
            CreatedAt = now,
        });
        await db.SaveChangesAsync(ct);
        if (options.Value.ShowOtpCodes)
        {
            // Development only (the host sets it there): the simulated SMS gateway delivers nowhere.
            logger.LogWarning("Development SMS to {Phone}: one-time code {Code}", Mask(phone), code);
        }

        return new OtpIssued(id, now + Lifetime, Mask(phone));
    }

    /// <summary>
    /// Checks a code without using it up. A wrong code costs an attempt, saved at once (whatever the caller does next).
    /// </summary>
    public async Task<OtpChallenge> CheckAsync(Guid challengeId, string iin, string purpose, string? code, CancellationToken ct)
    {
        var challenge = await db.OtpChallenges.AsNoTracking().SingleOrDefaultAsync(o => o.Id == challengeId, ct);
        if (challenge is null || challenge.Iin != iin || challenge.Purpose != purpose || challenge.ConsumedAt is not null)
        {
            throw new QyzmetException(TrustErrors.OtpUnknown);
        }

        if (time.GetUtcNow().UtcDateTime > challenge.ExpiresAt)
        {
            throw new QyzmetException(TrustErrors.OtpExpired);
        }

        if (challenge.Attempts >= MaxAttempts)
        {
            throw new QyzmetException(TrustErrors.OtpAttemptsExhausted);
        }

        var given = Encoding.ASCII.GetBytes(Hash(challengeId, (code ?? "").Trim()));
        if (!CryptographicOperations.FixedTimeEquals(given, Encoding.ASCII.GetBytes(challenge.CodeHash)))
        {
            // Atomic, so parallel guesses cannot exceed the limit.
            var counted = await db.OtpChallenges.Where(o => o.Id == challengeId && o.Attempts < MaxAttempts)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Attempts, o => o.Attempts + 1), ct);
            var left = MaxAttempts - challenge.Attempts - 1;
            throw counted == 0 || left <= 0
                ? new QyzmetException(TrustErrors.OtpAttemptsExhausted)
                : new QyzmetException(TrustErrors.OtpWrong, left);
        }

        return challenge;
    }

    /// <summary>Uses the code up, in the caller's transaction. False when someone used it first.</summary>
    public async Task<bool> ConsumeAsync(Guid challengeId, CancellationToken ct) =>
        await db.OtpChallenges.Where(o => o.Id == challengeId && o.ConsumedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.ConsumedAt, time.GetUtcNow().UtcDateTime), ct) == 1;

    public static string Mask(string phone) => phone.Length <= 4 ? "****" : new string('*', phone.Length - 4) + phone[^4..];

    private static string Hash(Guid id, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id.ToString("N") + ":" + code)));
}
