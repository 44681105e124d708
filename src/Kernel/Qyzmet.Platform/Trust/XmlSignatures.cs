using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Xml;
using Qyzmet.Kernel.Errors;

namespace Qyzmet.Platform.Trust;

/// <summary>
/// Enveloped XMLDSig over a whole document, as NCALayer's <c>signXml</c> makes it and egov.kz's sign-in uses it
/// (ADR 0010): one <c>ds:Signature</c> child of the root, one reference to the whole document (<c>URI=""</c>, enveloped
/// signature + canonicalization transforms), the signer certificate in <c>KeyInfo/X509Data</c>. RSA through
/// System.Security.Cryptography.Xml, ECDSA (P-256, SHA-256, raw r‖s as RFC 4050/6931 say) through a registered
/// signature description. GOST XMLDSig is not verified here (D-314): a GOST key signs in with a detached CMS.
/// </summary>
public static class XmlSignatures
{
    public const string EcdsaSha256Url = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";

    /// <summary>Bigger than any login document; refuses a huge body before it is parsed.</summary>
    public const int MaxLength = 64 * 1024;

    static XmlSignatures() => CryptoConfig.AddAlgorithm(typeof(EcdsaSha256SignatureDescription), EcdsaSha256Url);

    /// <summary>Signs <paramref name="xml"/> enveloped with the key (RSA or ECDSA), certificate in KeyInfo (the development signer, tests).</summary>
    public static string Sign(string xml, X509Certificate2 signerWithPrivateKey)
    {
        ArgumentNullException.ThrowIfNull(signerWithPrivateKey);
        var document = Load(xml);
        AsymmetricAlgorithm key = (AsymmetricAlgorithm?)signerWithPrivateKey.GetRSAPrivateKey() ?? signerWithPrivateKey.GetECDsaPrivateKey()
            ?? throw new NotSupportedException("Only RSA and ECDSA keys sign XML here.");
        var signed = new SignedXml(document) { SigningKey = key };
        signed.SignedInfo!.CanonicalizationMethod = SignedXml.XmlDsigC14NTransformUrl;
        signed.SignedInfo.SignatureMethod = key is RSA ? SignedXml.XmlDsigRSASHA256Url : EcdsaSha256Url;
        var reference = new Reference("") { DigestMethod = SignedXml.XmlDsigSHA256Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigC14NTransform());
        signed.AddReference(reference);
        var keyInfo = new KeyInfo();
        keyInfo.AddClause(new KeyInfoX509Data(signerWithPrivateKey));
        signed.KeyInfo = keyInfo;
        signed.ComputeSignature();
        document.DocumentElement!.AppendChild(document.ImportNode(signed.GetXml(), deep: true));
        return document.OuterXml;
    }

    /// <summary>
    /// Checks the structure (TRUST-0024), the algorithm (GOST: TRUST-0025) and the signature over the whole document
    /// (TRUST-0003). Returns the signed document, the signer certificate and any other certificates in KeyInfo; the
    /// certificate itself (validity, chain, key usage, revocation) is checked by <see cref="SignatureVerifier"/>.
    /// </summary>
    public static (XmlDocument Document, X509Certificate2 Signer, X509Certificate2Collection Included) CheckSignature(string xml)
    {
        if (string.IsNullOrWhiteSpace(xml) || xml.Length > MaxLength)
        {
            throw new QyzmetException(TrustErrors.XmlSignatureMalformed);
        }

        XmlDocument document;
        try
        {
            document = Load(xml);
        }
        catch (XmlException)
        {
            throw new QyzmetException(TrustErrors.XmlSignatureMalformed);
        }

        var root = document.DocumentElement ?? throw new QyzmetException(TrustErrors.XmlSignatureMalformed);
        var signatures = document.GetElementsByTagName("Signature", SignedXml.XmlDsigNamespaceUrl);
        // One signature, a child of the root, over the whole document: nothing else can be wrapped around or beside it.
        if (signatures.Count != 1 || signatures[0] is not XmlElement element || element.ParentNode != root)
        {
            throw new QyzmetException(TrustErrors.XmlSignatureMalformed);
        }

        var signed = new SignedXml(document);
        try
        {
            signed.LoadXml(element);
        }
        catch (CryptographicException)
        {
            throw new QyzmetException(TrustErrors.XmlSignatureMalformed);
        }

        if (signed.SignedInfo is not { References.Count: 1 } info || info.References[0] is not Reference { Uri: "" } reference
            || !Enumerable.Range(0, reference.TransformChain.Count).Any(i => reference.TransformChain[i] is XmlDsigEnvelopedSignatureTransform))
        {
            throw new QyzmetException(TrustErrors.XmlSignatureMalformed);
        }

        var certificates = new X509Certificate2Collection();
        foreach (var clause in signed.KeyInfo.OfType<KeyInfoX509Data>())
        {
            foreach (var certificate in clause.Certificates?.OfType<X509Certificate>() ?? [])
            {
                certificates.Add(X509CertificateLoader.LoadCertificate(certificate.GetRawCertData()));
            }
        }

        var signer = certificates.FirstOrDefault(c => !c.Extensions.OfType<X509BasicConstraintsExtension>().Any(b => b.CertificateAuthority))
            ?? throw new QyzmetException(TrustErrors.XmlSignatureMalformed);
        if (GostSignatures.IsGost(signer))
        {
            throw new QyzmetException(TrustErrors.XmlGostNotSupported);
        }

        using AsymmetricAlgorithm key = (AsymmetricAlgorithm?)signer.GetRSAPublicKey() ?? signer.GetECDsaPublicKey()
            ?? throw new QyzmetException(TrustErrors.XmlSignatureMalformed);
        bool valid;
        try
        {
            valid = signed.CheckSignature(key);
        }
        catch (CryptographicException)
        {
            // An algorithm URI nobody registered (or one that does not fit the key).
            throw new QyzmetException(TrustErrors.XmlSignatureMalformed);
        }

        if (!valid)
        {
            throw new QyzmetException(TrustErrors.SignatureInvalid);
        }

        certificates.Remove(signer);
        return (document, signer, certificates);
    }

    private static XmlDocument Load(string xml)
    {
        // No DTDs, no external entities, no resolver: a login document is plain elements.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxLength * 2 };
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        document.Load(reader);
        return document;
    }
}

/// <summary>ECDSA with SHA-256 for SignedXml (http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256); registered by <see cref="XmlSignatures"/>.</summary>
public sealed class EcdsaSha256SignatureDescription : SignatureDescription
{
    public EcdsaSha256SignatureDescription()
    {
        KeyAlgorithm = typeof(ECDsa).AssemblyQualifiedName;
        DigestAlgorithm = typeof(SHA256).AssemblyQualifiedName;
    }

    public override HashAlgorithm CreateDigest() => SHA256.Create();

    public override AsymmetricSignatureFormatter CreateFormatter(AsymmetricAlgorithm key) => new EcdsaFormatter((ECDsa)key);

    public override AsymmetricSignatureDeformatter CreateDeformatter(AsymmetricAlgorithm key) => new EcdsaDeformatter((ECDsa)key);

    private sealed class EcdsaFormatter(ECDsa key) : AsymmetricSignatureFormatter
    {
        private ECDsa _key = key;

        public override void SetKey(AsymmetricAlgorithm key) => _key = (ECDsa)key;

        public override void SetHashAlgorithm(string strName)
        {
        }

        // XMLDSig ECDSA values are r‖s (IEEE P1363), .NET's default format.
        public override byte[] CreateSignature(byte[] rgbHash) => _key.SignHash(rgbHash);
    }

    private sealed class EcdsaDeformatter(ECDsa key) : AsymmetricSignatureDeformatter
    {
        private ECDsa _key = key;

        public override void SetKey(AsymmetricAlgorithm key) => _key = (ECDsa)key;

        public override void SetHashAlgorithm(string strName)
        {
        }

        public override bool VerifySignature(byte[] rgbHash, byte[] rgbSignature) => _key.VerifyHash(rgbHash, rgbSignature);
    }
}
