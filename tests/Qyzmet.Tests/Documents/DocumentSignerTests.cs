using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Qyzmet.Platform.Documents;

namespace Qyzmet.Tests.Documents;

public sealed class DocumentSignerTests
{
    private static readonly byte[] Content = "%PDF-1.4 test document АНЫҚТАМА"u8.ToArray();

    [Fact]
    public void SignThenVerify_IsValid()
    {
        using var cert = CreateCertificate("CN=Signer A, O=Qyzmet, C=KZ");
        var signer = new DocumentSigner();

        var signature = signer.SignDetached(Content, cert);
        var check = signer.Verify(Content, signature, trustedRoot: cert);

        Assert.True(check.Valid, check.Problem);
        Assert.Null(check.Problem);
        Assert.Contains("CN=Signer A", check.SignerSubject, StringComparison.Ordinal);
        Assert.NotNull(check.SignedAt);
    }

    [Fact]
    public void SigningTime_ComesFromTimeProvider()
    {
        using var cert = CreateCertificate("CN=Signer A");
        var at = new DateTimeOffset(2026, 3, 15, 9, 5, 0, TimeSpan.Zero);
        var signer = new DocumentSigner(new FixedTime(at));

        var check = signer.Verify(Content, signer.SignDetached(Content, cert));

        Assert.Equal(at, check.SignedAt);
    }

    [Fact]
    public void TamperedContent_IsInvalid()
    {
        using var cert = CreateCertificate("CN=Signer A");
        var signer = new DocumentSigner();
        var signature = signer.SignDetached(Content, cert);
        var tampered = Content.ToArray();
        tampered[^1] ^= 0x01;

        var check = signer.Verify(tampered, signature);

        Assert.False(check.Valid);
        Assert.False(string.IsNullOrWhiteSpace(check.Problem));
    }

    [Fact]
    public void GarbageSignature_IsInvalid()
    {
        var check = new DocumentSigner().Verify(Content, [1, 2, 3, 4]);

        Assert.False(check.Valid);
        Assert.NotNull(check.Problem);
    }

    [Fact]
    public void SignatureFromAnotherKey_IsNotTrusted()
    {
        using var trusted = CreateCertificate("CN=Trusted root");
        using var other = CreateCertificate("CN=Somebody else");
        var signer = new DocumentSigner();

        var check = signer.Verify(Content, signer.SignDetached(Content, other), trustedRoot: trusted);

        Assert.False(check.Valid);
        Assert.NotNull(check.Problem);
        Assert.Contains("CN=Somebody else", check.SignerSubject, StringComparison.Ordinal);
    }

    [Fact]
    public void Sha256Hex_IsLowercaseHex()
    {
        Assert.Equal(
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
            DocumentSigner.Sha256Hex("abc"u8.ToArray()));
    }

    private static X509Certificate2 CreateCertificate(string subject)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest(subject, rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
    }

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
