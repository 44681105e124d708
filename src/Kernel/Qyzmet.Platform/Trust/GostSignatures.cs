using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Asn1.CryptoPro;
using Org.BouncyCastle.Asn1.Rosstandart;
using Org.BouncyCastle.Cms;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;
using BcCertificate = Org.BouncyCastle.X509.X509Certificate;

namespace Qyzmet.Platform.Trust;

/// <summary>
/// A GOST R 34.10-2012 (256-bit) key issued by the platform CA: the certificate (which .NET can read, chain and
/// inspect like any other) and the private key, which only BouncyCastle can use. The caller disposes the certificate.
/// </summary>
public sealed class GostKey(X509Certificate2 certificate, AsymmetricKeyParameter privateKey) : IDisposable
{
    public X509Certificate2 Certificate { get; } = certificate;

    internal AsymmetricKeyParameter PrivateKey { get; } = privateKey;

    public string SerialNumber => Certificate.SerialNumber;

    public void Dispose() => Certificate.Dispose();
}

/// <summary>
/// GOST R 34.10-2012 (256-bit, with the GOST R 34.11-2012 "Streebog" 256-bit hash) through BouncyCastle, the algorithm
/// of the national CA's keys, which System.Security.Cryptography does not implement (ADR 0009, D-307). Only the
/// mathematics lives here; structure, validity, chain, key usage, revocation and identity are checked by
/// <see cref="SignatureVerifier"/> on the certificate exactly as for RSA and ECDSA.
/// </summary>
public static class GostSignatures
{
    /// <summary>id-tc26-gost3410-12-256: the subject public key algorithm of a GOST 2012 256-bit key.</summary>
    public const string PublicKeyOid = "1.2.643.7.1.1.1.1";

    /// <summary>id-tc26-gost3410-12-512.</summary>
    public const string PublicKeyOid512 = "1.2.643.7.1.1.1.2";

    private const string SignatureAlgorithm = "GOST3411-2012-256WITHECGOST3410-2012-256";

    /// <summary>True when the certificate's key is a GOST R 34.10-2012 key, whose signatures .NET cannot check.</summary>
    public static bool IsGost(X509Certificate2 certificate) =>
        certificate.PublicKey.Oid.Value is PublicKeyOid or PublicKeyOid512;

    /// <summary>A fresh key pair on the TC26 256-bit parameter set A, with the Streebog-256 digest.</summary>
    public static AsymmetricCipherKeyPair GenerateKeyPair()
    {
        var curve = RosstandartObjectIdentifiers.id_tc26_gost_3410_12_256_paramSetA;
        var domain = new ECNamedDomainParameters(curve, ECGost3410NamedCurves.GetByOid(curve));
        var parameters = new ECGost3410Parameters(domain, curve, RosstandartObjectIdentifiers.id_tc26_gost_3411_12_256, null);
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(parameters, new SecureRandom()));
        return generator.GenerateKeyPair();
    }

    /// <summary>The DER SubjectPublicKeyInfo of a BouncyCastle public key, for a .NET <see cref="CertificateRequest"/>.</summary>
    public static byte[] SubjectPublicKeyInfo(AsymmetricKeyParameter publicKey) =>
        Org.BouncyCastle.X509.SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(publicKey).GetDerEncoded();

    /// <summary>A detached CMS over <paramref name="content"/> with signed attributes, carrying the signer certificate.</summary>
    public static byte[] SignDetached(byte[] content, GostKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var certificate = ToBouncyCastle(key.Certificate);
        var generator = new CmsSignedDataGenerator();
        generator.AddSignerInfoGenerator(new SignerInfoGeneratorBuilder().Build(new Asn1SignatureFactory(SignatureAlgorithm, key.PrivateKey), certificate));
        generator.AddCertificate(certificate);
        return generator.Generate(new CmsProcessableByteArray(content), encapsulate: false).GetEncoded(Org.BouncyCastle.Asn1.Asn1Encodable.Der);
    }

    /// <summary>
    /// True when the detached CMS has exactly one signer and its signature over <paramref name="content"/> verifies with
    /// <paramref name="signer"/>'s GOST key (signed attributes and message digest included).
    /// </summary>
    public static bool VerifyDetached(byte[] content, byte[] cmsSignature, X509Certificate2 signer)
    {
        try
        {
            var cms = new CmsSignedData(new CmsProcessableByteArray(content), cmsSignature);
            var signers = cms.GetSignerInfos().GetSigners();
            return signers.Count == 1 && signers.First().Verify(ToBouncyCastle(signer));
        }
        catch (Exception e) when (e is CmsException or IOException or ArgumentException or InvalidOperationException
                                      or SecurityUtilityException or CryptoException or InvalidCastException)
        {
            return false;
        }
    }

    /// <summary>
    /// True when <paramref name="issuer"/> (any algorithm) signed <paramref name="certificate"/>: OpenSSL, under .NET's
    /// chain builder, refuses a leaf whose GOST key it cannot decode, so this one link is checked here.
    /// </summary>
    public static bool IsSignedBy(X509Certificate2 certificate, X509Certificate2 issuer)
    {
        try
        {
            ToBouncyCastle(certificate).Verify(ToBouncyCastle(issuer).GetPublicKey());
            return true;
        }
        catch (Exception e) when (e is GeneralSecurityException or SecurityUtilityException or CryptoException or ArgumentException or IOException)
        {
            return false;
        }
    }

    internal static BcCertificate ToBouncyCastle(X509Certificate2 certificate) => new X509CertificateParser().ReadCertificate(certificate.RawData);
}
