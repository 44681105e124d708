using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Kernel.Identifiers;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Host.Infrastructure;

/// <summary>
/// Sign-in with a certificate (the server issues a nonce; the client returns <see cref="LoginXml"/> signed as XMLDSig, or a
/// detached CMS signature over the nonce's UTF-8 bytes, made with the authentication key) or with IIN + a one-time
/// password sent to the registered phone.
/// Nonces are time-limited data-protection tokens, so any instance can check them; each is accepted once, across
/// instances, through the used-nonce table.
/// </summary>
public sealed class TrustSignIn(QyzmetDbContext db, SignatureVerifier verifier, OtpService otp, IDataProtectionProvider protection,
    TimeProvider time, SignInThrottle throttle)
{
    public const string OtpPurpose = "sign-in";
    public static readonly TimeSpan NonceLifetime = TimeSpan.FromMinutes(5);

    // The expiry travels inside the protected payload and is checked against the platform clock (tests move it).
    private IDataProtector Protector => protection.CreateProtector("qyzmet.sign-in.nonce");

    public (string Nonce, DateTimeOffset ExpiresAt) NewChallenge()
    {
        var expires = time.GetUtcNow() + NonceLifetime;
        var payload = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) + "|" + expires.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        return (Protector.Protect(payload), expires);
    }

    /// <summary>The sign-in document the authentication key signs as XMLDSig (egov.kz's form): <c>&lt;login&gt;&lt;nonce&gt;…&lt;/nonce&gt;&lt;/login&gt;</c>.</summary>
    public static string LoginXml(string nonce) => "<login><nonce>" + System.Security.SecurityElement.Escape(nonce) + "</nonce></login>";

    /// <summary>Sign-in with a detached CMS over the nonce's UTF-8 bytes, made with the authentication key.</summary>
    public async Task<UserInfo> WithCertificateAsync(string nonce, string signatureBase64, CancellationToken ct)
    {
        var expires = CheckNonce(nonce);
        byte[] cms;
        try
        {
            cms = Convert.FromBase64String(signatureBase64);
        }
        catch (FormatException)
        {
            throw new QyzmetException(TrustErrors.SignatureMalformed);
        }

        var signer = await verifier.VerifyAsync(Encoding.UTF8.GetBytes(nonce), cms, KeyPurpose.Authentication, ct);
        await UseNonceAsync(nonce, expires, ct);
        return await AccountAsync(signer.Iin, AuthMethods.Certificate, ct);
    }

    /// <summary>
    /// Sign-in with <see cref="LoginXml"/> signed as an enveloped XMLDSig by the authentication key (NCALayer's
    /// <c>signXml</c>, as egov.kz does). The nonce is read from the signed document itself, so it is covered by the signature.
    /// </summary>
    public async Task<UserInfo> WithSignedXmlAsync(string signedXml, CancellationToken ct)
    {
        var (signer, document) = await verifier.VerifyXmlAsync(signedXml, KeyPurpose.Authentication, ct);
        var root = document.DocumentElement!;
        if (root.LocalName != "login" || root.NamespaceURI.Length != 0
            || root.ChildNodes.OfType<System.Xml.XmlElement>().Where(e => e.LocalName == "nonce" && e.NamespaceURI.Length == 0).ToList() is not [var nonceElement])
        {
            throw new QyzmetException(TrustErrors.XmlSignatureMalformed);
        }

        var nonce = nonceElement.InnerText.Trim();
        var expires = CheckNonce(nonce);
        await UseNonceAsync(nonce, expires, ct);
        return await AccountAsync(signer.Iin, AuthMethods.Certificate, ct);
    }

    private DateTimeOffset CheckNonce(string nonce)
    {
        try
        {
            var payload = Protector.Unprotect(nonce);
            var expires = DateTimeOffset.FromUnixTimeSeconds(long.Parse(payload[(payload.IndexOf('|', StringComparison.Ordinal) + 1)..], System.Globalization.CultureInfo.InvariantCulture));
            return expires < time.GetUtcNow() ? throw new QyzmetException(TrustErrors.ChallengeInvalid) : expires;
        }
        catch (Exception e) when (e is CryptographicException or FormatException or OverflowException)
        {
            throw new QyzmetException(TrustErrors.ChallengeInvalid);
        }
    }

    private async Task UseNonceAsync(string nonce, DateTimeOffset expires, CancellationToken ct)
    {
        // Once only: the primary key refuses a second use of the same nonce, whichever instance sees it.
        var now = time.GetUtcNow().UtcDateTime;
        await db.UsedNonces.Where(n => n.ExpiresAt < now).ExecuteDeleteAsync(ct);
        db.UsedNonces.Add(new UsedNonce { Sha256 = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(nonce))), ExpiresAt = expires.UtcDateTime });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            throw new QyzmetException(TrustErrors.ChallengeInvalid);
        }
    }

    public async Task<OtpIssued> RequestOtpAsync(string iin, CancellationToken ct)
    {
        Iin.Parse(iin);
        await throttle.CountIinAsync(iin, ct); // D-802, D-814: per IIN, whoever asks, on any instance
        if (!await db.People.AnyAsync(p => p.Iin == iin, ct))
        {
            // Staff sign in with their certificate; a number is only known for people in the Individuals database.
            throw new QyzmetException(TrustErrors.OtpPhoneNotRegistered);
        }

        return await otp.IssueAsync(iin, OtpPurpose, ct);
    }

    public async Task<UserInfo> WithOtpAsync(Guid challengeId, string iin, string code, CancellationToken ct)
    {
        await throttle.CountIinAsync(iin, ct); // D-802, D-814: guesses per IIN across codes, whoever sends them
        await otp.CheckAsync(challengeId, iin, OtpPurpose, code, ct);
        if (!await otp.ConsumeAsync(challengeId, ct))
        {
            throw new QyzmetException(TrustErrors.OtpUnknown);
        }

        return await AccountAsync(iin, AuthMethods.Otp, ct);
    }

    private async Task<UserInfo> AccountAsync(string iin, string method, CancellationToken ct)
    {
        var staff = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Iin == iin, ct);
        if (staff is not null)
        {
            return new UserInfo(staff.Iin, staff.FullName, staff.Role, staff.UnitId) { AuthMethod = method };
        }

        var person = await db.People.AsNoTracking().Where(p => p.Iin == iin).Select(p => new { p.Iin, p.LastName, p.FirstName, p.Patronymic }).SingleOrDefaultAsync(ct)
            ?? throw new QyzmetException(TrustErrors.AccountNotFound);
        var name = Platform.Documents.DocumentTexts.PersonName(person.LastName, person.FirstName, person.Patronymic);
        return new UserInfo(person.Iin, name, Roles.Applicant, null) { AuthMethod = method };
    }
}
