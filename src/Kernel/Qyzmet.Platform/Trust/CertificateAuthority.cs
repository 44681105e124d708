using System.Formats.Asn1;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Qyzmet.Platform.Trust;

public enum KeyAlgorithm
{
    Rsa2048,
    EcdsaP256,
}

/// <summary>National certificates come in pairs: one key to authenticate (sign in), one to sign (non-repudiation).</summary>
public enum KeyPurpose
{
    Authentication,
    Signing,
}

/// <summary>What a certificate says about its holder: IIN always, BIN and organisation for a legal entity's key.</summary>
public sealed record CertificateProfile(
    string Iin, string CommonName, KeyPurpose Purpose, KeyAlgorithm Algorithm = KeyAlgorithm.EcdsaP256,
    string? Bin = null, string? Organization = null, DateTimeOffset? NotBefore = null, DateTimeOffset? NotAfter = null);

/// <summary>
/// The platform's test certification authority, standing in for the National Certification Centre (ҰКО / НУЦ РК):
/// a self-signed root and an issuing CA under it, created on first start under <c>&lt;data&gt;/pki/</c> and never
/// committed. End certificates carry identity the national way: <c>SERIALNUMBER=IIN…</c> in the subject, and for a
/// legal entity's key <c>OU=BIN…</c>. ADR 0009 describes how a deployment plugs in the real national CA instead.
/// </summary>
public sealed class PlatformCertificateAuthority : IDisposable
{
    public const string RootCommonName = "Qyzmet Test Root CA";
    public const string IssuingCommonName = "Qyzmet Test Issuing CA";
    public const string ClientAuthOid = "1.3.6.1.5.5.7.3.2";
    public const string EmailProtectionOid = "1.3.6.1.5.5.7.3.4";
    internal const string SerialNumberOid = "2.5.4.5";

    private readonly string _folder;
    private readonly TimeProvider _time;
    private readonly string _crlUrl;
    private readonly Lock _gate = new();
    private X509Certificate2? _root;
    private X509Certificate2? _issuing;
    private bool _disposed;

    public PlatformCertificateAuthority(string dataFolder, string publicBaseUrl, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
        _folder = Path.Combine(Path.GetFullPath(dataFolder), "pki");
        _time = timeProvider ?? TimeProvider.System;
        _crlUrl = publicBaseUrl.TrimEnd('/') + "/pki/crl";
    }

    /// <summary>The folder holding the CA files and the demo key files.</summary>
    public string Folder => _folder;

    public string CrlUrl => _crlUrl;

    /// <summary>The root certificate (with its key: owned by the CA, do not dispose). Publish only its public part.</summary>
    public X509Certificate2 Root
    {
        get
        {
            EnsureLoaded();
            return _root!;
        }
    }

    /// <summary>The issuing CA certificate with its key (owned by the CA, do not dispose).</summary>
    public X509Certificate2 Issuing
    {
        get
        {
            EnsureLoaded();
            return _issuing!;
        }
    }

    /// <summary>The root certificate, DER: all a verifier needs to check a signature offline.</summary>
    public byte[] RootCertificateDer => Root.Export(X509ContentType.Cert);

    /// <summary>Issues an end certificate with a fresh key pair. The caller owns (and disposes) the result.</summary>
    public X509Certificate2 Issue(CertificateProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var issuer = Issuing;
        var name = new X500DistinguishedNameBuilder();
        name.AddCountryOrRegion("KZ");
        if (profile.Organization is { Length: > 0 } org)
        {
            name.AddOrganizationName(org);
        }

        if (profile.Bin is { Length: > 0 } bin)
        {
            name.AddOrganizationalUnitName("BIN" + bin);
        }

        if (profile.Iin.Length > 0)
        {
            name.Add(SerialNumberOid, "IIN" + profile.Iin, UniversalTagNumber.PrintableString);
        }

        name.AddCommonName(profile.CommonName);

        using var rsa = profile.Algorithm == KeyAlgorithm.Rsa2048 ? RSA.Create(2048) : null;
        using var ecdsa = profile.Algorithm == KeyAlgorithm.EcdsaP256 ? ECDsa.Create(ECCurve.NamedCurves.nistP256) : null;
        var request = rsa is not null
            ? new CertificateRequest(name.Build(), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
            : new CertificateRequest(name.Build(), ecdsa!, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(profile.Purpose == KeyPurpose.Signing
            ? new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true)
            : new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | (rsa is null ? X509KeyUsageFlags.KeyAgreement : X509KeyUsageFlags.KeyEncipherment), critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid(profile.Purpose == KeyPurpose.Signing ? EmailProtectionOid : ClientAuthOid)], critical: false));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        request.CertificateExtensions.Add(CertificateRevocationListBuilder.BuildCrlDistributionPointExtension([_crlUrl]));

        var now = _time.GetUtcNow();
        var notBefore = profile.NotBefore ?? now.AddMinutes(-5);
        var notAfter = profile.NotAfter ?? now.AddYears(1);
        if (notAfter > issuer.NotAfter)
        {
            notAfter = issuer.NotAfter;
        }

        // The generator form, because an RSA CA signs ECDSA keys too.
        using var issuerKey = issuer.GetRSAPrivateKey()!;
        using var issued = request.Create(issuer.SubjectName, X509SignatureGenerator.CreateForRSA(issuerKey, RSASignaturePadding.Pkcs1), notBefore, notAfter, NewSerial());
        return rsa is not null ? issued.CopyWithPrivateKey(rsa) : issued.CopyWithPrivateKey(ecdsa!);
    }

    /// <summary>A CRL signed by the issuing CA, listing the given serial numbers (hex) with their revocation times.</summary>
    public byte[] BuildCrl(IEnumerable<(string SerialHex, DateTimeOffset RevokedAt)> revoked, DateTimeOffset? at = null)
    {
        var builder = new CertificateRevocationListBuilder();
        foreach (var (serial, when) in revoked)
        {
            builder.AddEntry(Convert.FromHexString(serial), when, X509RevocationReason.Unspecified);
        }

        var now = at ?? _time.GetUtcNow();
        // The CRL number only has to grow: seconds since the epoch do, across restarts and instances.
        return builder.Build(Issuing, new BigInteger(now.ToUnixTimeSeconds()), now.AddDays(1), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1, now);
    }

    /// <summary>The IIN in the subject serialNumber (<c>IIN</c> + 12 digits), or null.</summary>
    public static string? ReadIin(X509Certificate2 certificate) => ReadTagged(certificate, SerialNumberOid, "IIN");

    /// <summary>The BIN in the subject OU (<c>BIN</c> + 12 digits) of a legal entity's key, or null.</summary>
    public static string? ReadBin(X509Certificate2 certificate) => ReadTagged(certificate, "2.5.4.11", "BIN");

    /// <summary>A signing key: key usage digitalSignature + nonRepudiation.</summary>
    public static bool IsSigningKey(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509KeyUsageExtension>().SingleOrDefault() is { } ku
        && ku.KeyUsages.HasFlag(X509KeyUsageFlags.DigitalSignature) && ku.KeyUsages.HasFlag(X509KeyUsageFlags.NonRepudiation);

    /// <summary>An authentication key: digitalSignature without nonRepudiation, extended key usage clientAuth.</summary>
    public static bool IsAuthenticationKey(X509Certificate2 certificate) =>
        certificate.Extensions.OfType<X509KeyUsageExtension>().SingleOrDefault() is { } ku
        && ku.KeyUsages.HasFlag(X509KeyUsageFlags.DigitalSignature) && !ku.KeyUsages.HasFlag(X509KeyUsageFlags.NonRepudiation)
        && certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>().Any(e => e.EnhancedKeyUsages.Cast<Oid>().Any(o => o.Value == ClientAuthOid));

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _root?.Dispose();
            _issuing?.Dispose();
            _root = null;
            _issuing = null;
        }
    }

    private static string? ReadTagged(X509Certificate2 certificate, string oid, string prefix)
    {
        foreach (var rdn in certificate.SubjectName.EnumerateRelativeDistinguishedNames())
        {
            if (rdn.GetSingleElementType().Value == oid && rdn.GetSingleElementValue() is { } value
                && value.StartsWith(prefix, StringComparison.Ordinal) && value.Length == prefix.Length + 12 && value[prefix.Length..].All(char.IsAsciiDigit))
            {
                return value[prefix.Length..];
            }
        }

        return null;
    }

    private static byte[] NewSerial()
    {
        var serial = RandomNumberGenerator.GetBytes(16);
        serial[0] &= 0x7F; // positive
        serial[0] |= 0x10; // no leading zero byte, so the hex form is stable
        return serial;
    }

    private void EnsureLoaded()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_issuing is not null)
            {
                return;
            }

            Directory.CreateDirectory(_folder);
            // The in-process lock does not cover two hosts sharing a data folder; an exclusive lock file does.
            using (KeyFiles.AcquireFileLock(_folder))
            {
                if (!File.Exists(Path.Combine(_folder, "issuing-ca.p12")))
                {
                    Create();
                }
            }

            var password = File.ReadAllText(Path.Combine(_folder, "ca.password")).Trim();
            _root = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(_folder, "root-ca.p12"), password, X509KeyStorageFlags.EphemeralKeySet);
            _issuing = X509CertificateLoader.LoadPkcs12FromFile(Path.Combine(_folder, "issuing-ca.p12"), password, X509KeyStorageFlags.EphemeralKeySet);
        }
    }

    private void Create()
    {
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
        var now = _time.GetUtcNow();
        using var rootKey = RSA.Create(2048);
        var rootRequest = new CertificateRequest(CaName(RootCommonName), rootKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 1, true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        rootRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(rootRequest.PublicKey, false));
        using var root = rootRequest.CreateSelfSigned(now.AddDays(-1), now.AddYears(20));

        using var issuingKey = RSA.Create(2048);
        var issuingRequest = new CertificateRequest(CaName(IssuingCommonName), issuingKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        issuingRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, true, 0, true));
        issuingRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        issuingRequest.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(issuingRequest.PublicKey, false));
        issuingRequest.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(root, true, false));
        using var issuingPublic = issuingRequest.Create(root, now.AddDays(-1), now.AddYears(10), NewSerial());
        using var issuing = issuingPublic.CopyWithPrivateKey(issuingKey);

        KeyFiles.WritePrivate(Path.Combine(_folder, "ca.password"), System.Text.Encoding.UTF8.GetBytes(password));
        KeyFiles.WritePrivate(Path.Combine(_folder, "root-ca.p12"), root.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, password));
        File.WriteAllBytes(Path.Combine(_folder, "root-ca.cer"), root.Export(X509ContentType.Cert));
        // Last: its presence means the CA is complete.
        KeyFiles.WritePrivate(Path.Combine(_folder, "issuing-ca.p12"), issuing.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, password));
    }

    private static X500DistinguishedName CaName(string commonName)
    {
        var name = new X500DistinguishedNameBuilder();
        name.AddCountryOrRegion("KZ");
        name.AddOrganizationName("Qyzmet (test national certification centre)");
        name.AddCommonName(commonName);
        return name.Build();
    }
}

/// <summary>Private files written atomically with owner-only permissions, and the cross-process lock.</summary>
internal static class KeyFiles
{
    public static FileStream AcquireFileLock(string folder)
    {
        var lockPath = Path.Combine(folder, ".lock");
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 200)
            {
                Thread.Sleep(50);
            }
        }
    }

    public static void WritePrivate(string path, byte[] bytes)
    {
        var temp = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(temp, options))
        {
            stream.Write(bytes);
        }

        File.Move(temp, path, overwrite: true);
    }
}
