using Microsoft.Extensions.Options;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Platform.Trust;

public sealed class TrustOptions
{
    /// <summary>
    /// When true, every submission must carry a signature or a confirmed one-time password, also in sessions opened by
    /// the development sign-in. When false (the default), development sessions may submit without one (ADR 0010).
    /// Sessions opened with a certificate or a one-time password always need one.
    /// </summary>
    public bool RequireSignature { get; set; }

    /// <summary>Write one-time codes to the log (the host turns it on in Development only; never in production).</summary>
    public bool ShowOtpCodes { get; set; }
}

/// <summary>A one-time password entered to confirm a request.</summary>
public sealed record OtpConfirmation(Guid ChallengeId, string Code);

/// <summary>A checked confirmation, recorded with the application in its transaction.</summary>
public sealed record PendingConfirmation(string Method, string CanonicalSha256, VerifiedSigner? Signer, byte[]? Signature, Guid? OtpChallengeId);

/// <summary>
/// Certification of a request (000.md: "удостоверенный ЭЦП … либо одноразовым паролем"): a detached CMS signature over
/// <see cref="RequestCanonicalForm"/> with the applicant's signing key, or a one-time password sent to the applicant's
/// registered mobile number for exactly this request. Checked before anything is written; recorded with the application.
/// </summary>
public sealed class SubmissionConfirmations(QyzmetDbContext db, SignatureVerifier verifier, PowersOfAttorney powers, OtpService otp, IOptions<TrustOptions> options, TimeProvider time)
{
    public const string OtpPurposePrefix = "submit:";

    public async Task<PendingConfirmation> CheckAsync(UserInfo user, string serviceId, string applicantId, bool legalEntity,
        IReadOnlyDictionary<string, string?> fields, string? signatureBase64, OtpConfirmation? otpConfirmation, CancellationToken ct)
    {
        var canonical = RequestCanonicalForm.Build(serviceId, applicantId, fields);
        var hash = RequestCanonicalForm.Sha256Hex(canonical);
        if (!string.IsNullOrWhiteSpace(signatureBase64))
        {
            byte[] cms;
            try
            {
                cms = Convert.FromBase64String(signatureBase64.Trim());
            }
            catch (FormatException)
            {
                throw new QyzmetException(TrustErrors.SignatureMalformed);
            }

            var signer = await verifier.VerifyAsync(canonical, cms, KeyPurpose.Signing, ct);
            // A citizen signs with a key carrying their IIN; a company's representative with a key carrying the company's BIN.
            var signedFor = legalEntity ? signer.Bin : signer.Iin;
            if (signedFor != applicantId)
            {
                throw new QyzmetException(TrustErrors.SignerMismatch, signedFor ?? signer.Iin, applicantId);
            }

            if (legalEntity)
            {
                // D-308: a company key (OU=BIN…) proves the company, not the authority: its holder must be the head or an attorney now.
                if (user.IsApplicant && signer.Iin != user.Id)
                {
                    throw new QyzmetException(TrustErrors.SignerMismatch, signer.Iin, user.Id);
                }

                await powers.EnsureEntitledAsync(signer.Iin, applicantId, null, ct);
            }

            return new PendingConfirmation("signature", hash, signer, cms, null);
        }

        if (otpConfirmation is not null)
        {
            if (legalEntity)
            {
                throw new QyzmetException(TrustErrors.OtpPhoneNotRegistered);
            }

            await otp.CheckAsync(otpConfirmation.ChallengeId, applicantId, OtpPurposePrefix + hash, otpConfirmation.Code, ct);
            return new PendingConfirmation("otp", hash, null, null, otpConfirmation.ChallengeId);
        }

        if (user.AuthMethod == AuthMethods.Development && !options.Value.RequireSignature)
        {
            return new PendingConfirmation("dev", hash, null, null, null);
        }

        throw new QyzmetException(TrustErrors.ConfirmationRequired);
    }

    /// <summary>Sends a one-time password confirming exactly this request to the applicant's registered phone.</summary>
    public Task<OtpIssued> RequestOtpAsync(string serviceId, string applicantId, IReadOnlyDictionary<string, string?> fields, CancellationToken ct) =>
        otp.IssueAsync(applicantId, OtpPurposePrefix + RequestCanonicalForm.Sha256Hex(RequestCanonicalForm.Build(serviceId, applicantId, fields)), ct);

    public const string AnswerOtpPurposePrefix = "answer:";

    /// <summary>
    /// The canonical form of a citizen's answer to a question the platform puts to them (the other future spouse's
    /// consent, D-318): one UTF-8 line per part, so the same answer always gives the same bytes to sign or to bind a code to.
    /// </summary>
    public static byte[] AnswerCanonicalForm(string kind, string subject, string answer, string iin) =>
        System.Text.Encoding.UTF8.GetBytes($"qyzmet-answer/1\nkind={kind}\nsubject={subject}\nanswer={answer}\niin={iin}\n");

    /// <summary>Sends a one-time password confirming exactly this answer to the person's registered phone (D-301, D-318).</summary>
    public Task<OtpIssued> RequestAnswerOtpAsync(string iin, byte[] canonicalAnswer, CancellationToken ct) =>
        otp.IssueAsync(iin, AnswerOtpPurposePrefix + RequestCanonicalForm.Sha256Hex(canonicalAnswer), ct);

    /// <summary>
    /// Checks the certification of an answer given by <paramref name="user"/> themself (000.md para 4: EDS or one-time
    /// password, as for a request, ADR 0010): a detached CMS signature over <paramref name="canonicalAnswer"/> with the
    /// person's own signing key, or the code sent for exactly this answer; a development session may omit both unless
    /// signatures are required. Nothing is written here except a wrong code's attempt; use the code up with
    /// <see cref="UseUpAsync"/> in the transaction that records the answer.
    /// </summary>
    public async Task<PendingConfirmation> CheckAnswerAsync(UserInfo user, byte[] canonicalAnswer, string? signatureBase64, OtpConfirmation? otpConfirmation, CancellationToken ct)
    {
        var hash = RequestCanonicalForm.Sha256Hex(canonicalAnswer);
        if (!string.IsNullOrWhiteSpace(signatureBase64))
        {
            byte[] cms;
            try
            {
                cms = Convert.FromBase64String(signatureBase64.Trim());
            }
            catch (FormatException)
            {
                throw new QyzmetException(TrustErrors.SignatureMalformed);
            }

            var signer = await verifier.VerifyAsync(canonicalAnswer, cms, KeyPurpose.Signing, ct);
            if (signer.Iin != user.Id)
            {
                throw new QyzmetException(TrustErrors.SignerMismatch, signer.Iin, user.Id);
            }

            return new PendingConfirmation("signature", hash, signer, cms, null);
        }

        if (otpConfirmation is not null)
        {
            await otp.CheckAsync(otpConfirmation.ChallengeId, user.Id, AnswerOtpPurposePrefix + hash, otpConfirmation.Code, ct);
            return new PendingConfirmation("otp", hash, null, null, otpConfirmation.ChallengeId);
        }

        if (user.AuthMethod == AuthMethods.Development && !options.Value.RequireSignature)
        {
            return new PendingConfirmation("dev", hash, null, null, null);
        }

        throw new QyzmetException(TrustErrors.ConfirmationRequired);
    }

    /// <summary>Uses up the one-time password of a checked confirmation, in the caller's transaction.</summary>
    public async Task UseUpAsync(PendingConfirmation pending, CancellationToken ct)
    {
        if (pending.OtpChallengeId is { } id && !await otp.ConsumeAsync(id, ct))
        {
            throw new QyzmetException(TrustErrors.OtpUnknown);
        }
    }

    /// <summary>Uses up the OTP and records the confirmation, in the caller's transaction.</summary>
    public async Task RecordAsync(Guid applicationId, PendingConfirmation pending, CancellationToken ct)
    {
        if (pending.OtpChallengeId is { } id && !await otp.ConsumeAsync(id, ct))
        {
            throw new QyzmetException(TrustErrors.OtpUnknown);
        }

        db.ApplicationConfirmations.Add(new ApplicationConfirmation
        {
            ApplicationId = applicationId,
            Method = pending.Method,
            SignerIin = pending.Signer?.Iin,
            CertificateSerial = pending.Signer?.Serial,
            Signature = pending.Signature,
            OtpChallengeId = pending.OtpChallengeId,
            CanonicalSha256 = pending.CanonicalSha256,
            ConsentAt = time.GetUtcNow().UtcDateTime,
        });
    }
}
