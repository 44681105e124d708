using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace Qyzmet.Platform.Documents;

/// <summary>Outcome of checking a detached signature. <see cref="Problem"/> is null exactly when <see cref="Valid"/> is true.</summary>
public sealed record SignatureCheck(bool Valid, string? SignerSubject, DateTimeOffset? SignedAt, string? Problem);

/// <summary>
/// Detached CMS (PKCS#7) signatures over rendered documents. Detached, because the PDF is stored and served
/// as is and the signature travels beside it (the way NCALayer-signed documents are exchanged).
/// SignedCms comes from the ASP.NET Core shared framework the platform already references, so no package is needed.
/// </summary>
public sealed class DocumentSigner(TimeProvider? timeProvider = null)
{
    private static readonly Oid Sha256 = new("2.16.840.1.101.3.4.2.1", "sha256");
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public byte[] SignDetached(byte[] content, X509Certificate2 signerWithPrivateKey, X509Certificate2? intermediate = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(signerWithPrivateKey);
        if (!signerWithPrivateKey.HasPrivateKey)
        {
            throw new ArgumentException("The signer certificate has no private key.", nameof(signerWithPrivateKey));
        }

        var cms = new SignedCms(new ContentInfo(content), detached: true);
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, signerWithPrivateKey)
        {
            DigestAlgorithm = Sha256,
            // The end certificate and the issuing CA: a verifier needs only the root certificate.
            IncludeOption = X509IncludeOption.EndCertOnly,
        };
        if (intermediate is not null)
        {
            signer.Certificates.Add(X509CertificateLoader.LoadCertificate(intermediate.RawData));
        }

        signer.SignedAttributes.Add(new Pkcs9SigningTime(_time.GetUtcNow().UtcDateTime));
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    /// <summary>
    /// Checks that <paramref name="cmsSignature"/> signs exactly <paramref name="content"/>. With a
    /// <paramref name="trustedRoot"/> the signer certificate must also chain to it; without one only integrity is checked.
    /// </summary>
    public SignatureCheck Verify(byte[] content, byte[] cmsSignature, X509Certificate2? trustedRoot = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(cmsSignature);

        var cms = new SignedCms(new ContentInfo(content), detached: true);
        try
        {
            cms.Decode(cmsSignature);
        }
        catch (CryptographicException)
        {
            return new SignatureCheck(false, null, null, "The signature is not a valid CMS structure.");
        }

        if (cms.SignerInfos.Count != 1)
        {
            return new SignatureCheck(false, null, null, $"Expected one signer, found {cms.SignerInfos.Count}.");
        }

        var signerInfo = cms.SignerInfos[0];
        var certificate = signerInfo.Certificate;
        var subject = certificate?.Subject;
        var signedAt = ReadSigningTime(signerInfo);
        if (certificate is null)
        {
            return new SignatureCheck(false, null, signedAt, "The signer certificate is not included in the signature.");
        }

        try
        {
            // Only the mathematics here; trust is decided below against the caller's root, not the machine store.
            signerInfo.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException)
        {
            return new SignatureCheck(false, subject, signedAt, "The signature does not match the content.");
        }

        if (trustedRoot is not null)
        {
            var chainProblem = CheckChain(certificate, cms.Certificates, trustedRoot, signedAt ?? DateTimeOffset.UtcNow);
            if (chainProblem is not null)
            {
                return new SignatureCheck(false, subject, signedAt, chainProblem);
            }
        }

        return new SignatureCheck(true, subject, signedAt, null);
    }

    public static string Sha256Hex(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Convert.ToHexStringLower(SHA256.HashData(content));
    }

    private static DateTimeOffset? ReadSigningTime(SignerInfo signerInfo)
    {
        foreach (var attribute in signerInfo.SignedAttributes)
        {
            foreach (var value in attribute.Values)
            {
                if (value is Pkcs9SigningTime time)
                {
                    return new DateTimeOffset(DateTime.SpecifyKind(time.SigningTime, DateTimeKind.Utc));
                }
            }
        }

        return null;
    }

    private static string? CheckChain(
        X509Certificate2 signer, X509Certificate2Collection included, X509Certificate2 trustedRoot, DateTimeOffset at)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.Add(trustedRoot);
        chain.ChainPolicy.ExtraStore.AddRange(included);
        // Offline: revocation is checked against the platform's register (online) or a CRL the caller passes.
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        // A document stays valid after its certificate expires, as long as it was signed while the certificate was valid.
        chain.ChainPolicy.VerificationTime = at.UtcDateTime;
        chain.ChainPolicy.VerificationTimeIgnored = false;

        if (chain.Build(signer))
        {
            return null;
        }

        var status = chain.ChainStatus.Select(s => s.Status).Where(s => s != X509ChainStatusFlags.NoError).ToList();
        return status.Count == 0
            ? "The signer certificate does not chain to the trusted root."
            : $"The signer certificate does not chain to the trusted root ({string.Join(", ", status)}).";
    }
}
