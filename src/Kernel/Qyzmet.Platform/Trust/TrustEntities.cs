using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Trust;

/// <summary>A certificate issued by the platform CA: the register the CRL and the revocation check are built from.</summary>
public sealed class IssuedCertificate
{
    /// <summary>Serial number, upper-case hex.</summary>
    public required string Serial { get; init; }
    public required string SubjectIin { get; init; }
    public string? SubjectBin { get; init; }
    public required string CommonName { get; init; }
    /// <summary>"authentication" or "signing".</summary>
    public required string Purpose { get; init; }
    public required string Algorithm { get; init; }
    public DateTime NotBefore { get; init; }
    public DateTime NotAfter { get; init; }
    public DateTime IssuedAt { get; init; }
    public DateTime? RevokedAt { get; set; }
    public string? RevocationReason { get; set; }
    public string? RevokedBy { get; set; }
}

/// <summary>A one-time password sent by SMS. Only the hash of the code is kept.</summary>
public sealed class OtpChallenge
{
    public Guid Id { get; init; }
    public required string Iin { get; init; }
    public required string Phone { get; init; }
    /// <summary>What the code confirms: "sign-in", or "submit:" + the SHA-256 of the request's canonical form.</summary>
    public required string Purpose { get; init; }
    public required string CodeHash { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime ExpiresAt { get; init; }
    public int Attempts { get; set; }
    public DateTime? ConsumedAt { get; set; }
}

/// <summary>How an application was certified (signature, OTP or development confirmation) and the consent it carries.</summary>
public sealed class ApplicationConfirmation : IAppendOnly
{
    public Guid ApplicationId { get; init; }
    /// <summary>"signature", "otp" or "dev".</summary>
    public required string Method { get; init; }
    public string? SignerIin { get; init; }
    public string? CertificateSerial { get; init; }
    public byte[]? Signature { get; init; }
    public Guid? OtpChallengeId { get; init; }
    /// <summary>SHA-256 (hex) of the canonical form that was signed or confirmed.</summary>
    public required string CanonicalSha256 { get; init; }
    /// <summary>When the applicant consented to the use of their personal data (000.md refusal ground 5).</summary>
    public DateTime ConsentAt { get; init; }
}

/// <summary>One read of a person's data by staff or by a service: "who viewed my data and why".</summary>
public sealed class PersonAccess : IAppendOnly
{
    public long Id { get; init; }
    public required string PersonIin { get; init; }
    public required string ActorId { get; init; }
    public required string ActorRole { get; init; }
    public required string Purpose { get; init; }
    public string? ApplicationNumber { get; init; }
    public DateTime At { get; init; }
}

/// <summary>
/// A sign-in nonce already used, kept until it would have expired anyway: shared by every instance, so a signed
/// nonce is accepted once across the cluster. Only its SHA-256 is stored.
/// </summary>
public sealed class UsedNonce
{
    public required string Sha256 { get; init; }
    public DateTime ExpiresAt { get; init; }
}

/// <summary>
/// Issue 17 (D-814): the sign-in attempts counted for one key in one fixed window, shared by every instance. The key is the
/// SHA-256 of "address:…" or "iin:…" (no IIN or address in clear); rows are removed once their window is over.
/// </summary>
public sealed class RateCount
{
    public required string Key { get; init; }
    public DateTime WindowStart { get; init; }
    public int Count { get; init; }
    public DateTime ExpiresAt { get; init; }
}

/// <summary>
/// A signed-in session, cookie or bearer token (issue 10 item 8). The cookie or token carries only its id; every request
/// looks the row up by that id, so signing out (which ends the row) ends the session on every instance at once, and a
/// copied cookie or token stops working with it.
/// </summary>
public sealed class UserSession
{
    public Guid Id { get; init; }
    public required string UserId { get; init; }
    public required string AuthMethod { get; init; }
    public DateTime CreatedAt { get; init; }

    /// <summary>The latest instant the session may be used, whatever the cookie or token says.</summary>
    public DateTime ExpiresAt { get; init; }

    /// <summary>When the person signed out (null while the session is open).</summary>
    public DateTime? EndedAt { get; set; }
}
