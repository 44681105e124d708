using System.Security.Cryptography.X509Certificates;
using BenchmarkDotNet.Attributes;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Bench;

/// <summary>
/// Verifying a signed request (ADR 0010) without the database: the CMS signature over the canonical form, then the
/// chain to the platform root. RSA-2048 and ECDSA P-256 signing keys.
/// </summary>
[MemoryDiagnoser]
public class TrustBenchmarks : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qyzmet-bench-ca-").FullName;
    private PlatformCertificateAuthority _ca = null!;
    private X509Certificate2 _rsa = null!;
    private X509Certificate2 _ecdsa = null!;
    private byte[] _canonical = [];
    private byte[] _rsaSignature = [];
    private byte[] _ecdsaSignature = [];

    [GlobalSetup]
    public void Setup()
    {
        _ca = new PlatformCertificateAuthority(_folder, "http://127.0.0.1:5080");
        _rsa = _ca.Issue(new CertificateProfile("900315400116", "BENCH RSA", KeyPurpose.Signing, KeyAlgorithm.Rsa2048));
        _ecdsa = _ca.Issue(new CertificateProfile("900315400116", "BENCH ECDSA", KeyPurpose.Signing, KeyAlgorithm.EcdsaP256));
        _canonical = RequestCanonicalForm.Build("land.cadastral-info", "900315400116",
            new Dictionary<string, string?> { ["cadastralNumber"] = "75-123-045-067", ["purpose"] = "Сату-сатып алу шарты" });
        var signer = new DocumentSigner();
        _rsaSignature = signer.SignDetached(_canonical, _rsa, _ca.Issuing);
        _ecdsaSignature = signer.SignDetached(_canonical, _ecdsa, _ca.Issuing);
    }

    [Benchmark(Baseline = true)]
    public string CanonicalFormSha256() => RequestCanonicalForm.Sha256Hex(RequestCanonicalForm.Build("land.cadastral-info", "900315400116",
        new Dictionary<string, string?> { ["cadastralNumber"] = "75-123-045-067", ["purpose"] = "Сату-сатып алу шарты" }));

    [Benchmark]
    public X509Certificate2 CmsSignatureOnly_Rsa2048() => SignatureVerifier.CheckSignature(_canonical, _rsaSignature).Signer;

    [Benchmark]
    public X509Certificate2 CmsSignatureOnly_EcdsaP256() => SignatureVerifier.CheckSignature(_canonical, _ecdsaSignature).Signer;

    [Benchmark]
    public string? SignatureAndChain_Rsa2048() => Full(_rsaSignature);

    [Benchmark]
    public string? SignatureAndChain_EcdsaP256() => Full(_ecdsaSignature);

    public void Dispose()
    {
        _rsa?.Dispose();
        _ecdsa?.Dispose();
        _ca?.Dispose();
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    private string? Full(byte[] signature)
    {
        var (certificate, included) = SignatureVerifier.CheckSignature(_canonical, signature);
        return SignatureVerifier.ChainProblem(certificate, included, _ca.Root, _ca.Issuing, DateTimeOffset.UtcNow)
            ?? (PlatformCertificateAuthority.IsSigningKey(certificate) ? null : "usage");
    }
}
