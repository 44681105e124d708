using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Trust;

/// <summary>The signer of a verified signature.</summary>
public sealed record VerifiedSigner(string Serial, string Subject, string Iin, string? Bin, DateTimeOffset VerifiedAt);

/// <summary>
/// Verifies a detached CMS signature made with a key of the platform CA (RSA and ECDSA through .NET, GOST R 34.10-2012
/// through BouncyCastle), in this order, each failure with its own
/// code: CMS structure (TRUST-0002), signature over the content (TRUST-0003), validity at the time of receipt
/// (TRUST-0005/0006), chain to the platform root (TRUST-0004), key usage (TRUST-0008), revocation register (TRUST-0007).
/// The identity check (TRUST-0009) belongs to the caller, which knows who the signer must be.
/// </summary>
public sealed class SignatureVerifier(QyzmetDbContext db, PlatformCertificateAuthority ca, TimeProvider time)
{
    public async Task<VerifiedSigner> VerifyAsync(byte[] content, byte[] cmsSignature, KeyPurpose purpose, CancellationToken ct)
    {
        var (certificate, included) = CheckSignature(content, cmsSignature);
        return await VerifySignerAsync(certificate, included, purpose, ct);
    }

    /// <summary>
    /// An enveloped XMLDSig over a whole document (NCALayer's <c>signXml</c>; ADR 0010): structure (TRUST-0024), signature
    /// (TRUST-0003), then the certificate exactly as for a CMS. Returns the signer and the signed document.
    /// </summary>
    public async Task<(VerifiedSigner Signer, System.Xml.XmlDocument Document)> VerifyXmlAsync(string signedXml, KeyPurpose purpose, CancellationToken ct)
    {
        var (document, certificate, included) = XmlSignatures.CheckSignature(signedXml);
        return (await VerifySignerAsync(certificate, included, purpose, ct), document);
    }

    private async Task<VerifiedSigner> VerifySignerAsync(X509Certificate2 certificate, X509Certificate2Collection included, KeyPurpose purpose, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        CheckCertificate(certificate, included, purpose, now);
        var serial = certificate.SerialNumber;
        var revoked = await db.IssuedCertificates.AsNoTracking().Where(c => c.Serial == serial && c.RevokedAt != null && c.RevokedAt <= now.UtcDateTime)
            .Select(c => c.RevocationReason).ToListAsync(ct);
        if (revoked.Count > 0)
        {
            throw new QyzmetException(TrustErrors.CertificateRevoked, revoked[0]);
        }

        var iin = PlatformCertificateAuthority.ReadIin(certificate) ?? throw new QyzmetException(TrustErrors.CertificateUntrusted);
        return new VerifiedSigner(serial, certificate.Subject, iin, PlatformCertificateAuthority.ReadBin(certificate), now);
    }

    /// <summary>Decodes the CMS and checks the mathematics. Returns the signer certificate and the certificates it carries.</summary>
    public static (X509Certificate2 Signer, X509Certificate2Collection Included) CheckSignature(byte[] content, byte[] cmsSignature)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        try
        {
            cms.Decode(cmsSignature);
        }
        catch (CryptographicException)
        {
            throw new QyzmetException(TrustErrors.SignatureMalformed);
        }

        if (cms.SignerInfos.Count != 1 || cms.SignerInfos[0].Certificate is not { } certificate)
        {
            throw new QyzmetException(TrustErrors.SignatureMalformed);
        }

        if (GostSignatures.IsGost(certificate))
        {
            // .NET reads, chains and inspects a GOST certificate but cannot check a GOST signature: BouncyCastle does (D-307).
            if (!GostSignatures.VerifyDetached(content, cmsSignature, certificate))
            {
                throw new QyzmetException(TrustErrors.SignatureInvalid);
            }

            return (certificate, cms.Certificates);
        }

        try
        {
            cms.SignerInfos[0].CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException)
        {
            throw new QyzmetException(TrustErrors.SignatureInvalid);
        }

        return (certificate, cms.Certificates);
    }

    private void CheckCertificate(X509Certificate2 certificate, X509Certificate2Collection included, KeyPurpose purpose, DateTimeOffset now)
    {
        if (now.UtcDateTime < certificate.NotBefore.ToUniversalTime())
        {
            throw new QyzmetException(TrustErrors.CertificateNotYetValid, Kernel.Calendar.AlmatyTime.FormatDateTime(certificate.NotBefore.ToUniversalTime()));
        }

        if (now.UtcDateTime > certificate.NotAfter.ToUniversalTime())
        {
            throw new QyzmetException(TrustErrors.CertificateExpired, Kernel.Calendar.AlmatyTime.FormatDateTime(certificate.NotAfter.ToUniversalTime()));
        }

        if (ChainProblem(certificate, included, ca.Root, ca.Issuing, now) is not null)
        {
            throw new QyzmetException(TrustErrors.CertificateUntrusted);
        }

        var usageOk = purpose == KeyPurpose.Signing
            ? PlatformCertificateAuthority.IsSigningKey(certificate)
            : PlatformCertificateAuthority.IsAuthenticationKey(certificate);
        if (!usageOk)
        {
            throw new QyzmetException(TrustErrors.WrongKeyUsage, purpose == KeyPurpose.Signing ? "signing" : "authentication");
        }
    }

    /// <summary>
    /// Null when <paramref name="certificate"/> chains to <paramref name="root"/> at <paramref name="at"/>; otherwise what is
    /// wrong. Revocation is not checked here (the register is; an offline verifier may pass a CRL separately).
    /// </summary>
    public static string? ChainProblem(X509Certificate2 certificate, X509Certificate2Collection included, X509Certificate2 root,
        X509Certificate2? intermediate, DateTimeOffset at)
    {
        if (GostSignatures.IsGost(certificate))
        {
            return GostChainProblem(certificate, included, root, intermediate, at);
        }

        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(root);
        chain.ChainPolicy.ExtraStore.AddRange(included);
        if (intermediate is not null)
        {
            chain.ChainPolicy.ExtraStore.Add(intermediate);
        }

        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;
        // Extended key usage is checked by the caller per purpose.
        if (chain.Build(certificate))
        {
            return null;
        }

        var status = chain.ChainStatus.Select(s => s.Status.ToString()).Distinct().ToList();
        return "The certificate does not chain to the trusted root" + (status.Count == 0 ? "." : $" ({string.Join(", ", status)}).");
    }

    /// <summary>
    /// The chain of a GOST end certificate (D-307): its own link (validity at <paramref name="at"/>, signed by a CA
    /// certificate among the candidates) through BouncyCastle, then that CA's chain to the root through .NET as usual.
    /// </summary>
    private static string? GostChainProblem(X509Certificate2 certificate, X509Certificate2Collection included, X509Certificate2 root,
        X509Certificate2? intermediate, DateTimeOffset at)
    {
        if (at.UtcDateTime < certificate.NotBefore.ToUniversalTime() || at.UtcDateTime > certificate.NotAfter.ToUniversalTime())
        {
            return "The certificate does not chain to the trusted root (NotTimeValid).";
        }

        IEnumerable<X509Certificate2> candidates = intermediate is null ? [.. included, root] : [.. included, intermediate, root];
        foreach (var issuer in candidates)
        {
            if (issuer.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData)
                && issuer.Extensions.OfType<X509BasicConstraintsExtension>().Any(b => b.CertificateAuthority)
                && !GostSignatures.IsGost(issuer)
                && GostSignatures.IsSignedBy(certificate, issuer))
            {
                return issuer.RawData.AsSpan().SequenceEqual(root.RawData) ? null : ChainProblem(issuer, included, root, null, at);
            }
        }

        return "The certificate does not chain to the trusted root (PartialChain).";
    }
}
