using System.Text;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Tests.Trust;

/// <summary>
/// Issue 3 / ADR 0009 / D-307: GOST R 34.10-2012 (256) keys from the platform CA; the signature mathematics through
/// BouncyCastle, everything else on the certificate as for RSA and ECDSA.
/// </summary>
public sealed class GostSignatureTests : IDisposable
{
    private static readonly byte[] Content = Encoding.UTF8.GetBytes("{\"applicantId\":\"900315400116\",\"consent\":true}");
    private readonly string _data = Directory.CreateTempSubdirectory("qyzmet-gost-").FullName;

    [Fact]
    public void GostCertificate_CarriesIdentityAndPurpose_AndChainsToPlatformRoot()
    {
        using var ca = new PlatformCertificateAuthority(_data, "http://localhost");
        using var sign = ca.IssueGost(new CertificateProfile("900315400116", "ЖАНБОЛАТОВА АЙГЕРІМ", KeyPurpose.Signing, Bin: "100540001234"));
        using var auth = ca.IssueGost(new CertificateProfile("900315400116", "ЖАНБОЛАТОВА АЙГЕРІМ", KeyPurpose.Authentication));

        Assert.Equal(GostSignatures.PublicKeyOid, sign.Certificate.PublicKey.Oid.Value);
        Assert.Equal("900315400116", PlatformCertificateAuthority.ReadIin(sign.Certificate));
        Assert.Equal("100540001234", PlatformCertificateAuthority.ReadBin(sign.Certificate));
        Assert.True(PlatformCertificateAuthority.IsSigningKey(sign.Certificate));
        Assert.True(PlatformCertificateAuthority.IsAuthenticationKey(auth.Certificate));
        Assert.False(PlatformCertificateAuthority.IsSigningKey(auth.Certificate));
        Assert.Null(SignatureVerifier.ChainProblem(sign.Certificate, [], ca.Root, ca.Issuing, DateTimeOffset.UtcNow));
        Assert.NotNull(SignatureVerifier.ChainProblem(sign.Certificate, [], ca.Root, null, DateTimeOffset.UtcNow));
        Assert.NotNull(SignatureVerifier.ChainProblem(sign.Certificate, [], ca.Root, ca.Issuing, DateTimeOffset.UtcNow.AddYears(2)));
    }

    // TRUST-0004 for GOST keys too: another CA with the same names, even when its issuing certificate travels along.
    [Fact]
    public void GostCertificate_FromAnotherCa_DoesNotChain()
    {
        using var ca = new PlatformCertificateAuthority(_data, "http://localhost");
        using var foreign = new PlatformCertificateAuthority(Path.Combine(_data, "foreign"), "http://foreign.example");
        using var key = foreign.IssueGost(new CertificateProfile("900315400116", "X", KeyPurpose.Signing));

        Assert.NotNull(SignatureVerifier.ChainProblem(key.Certificate, [], ca.Root, ca.Issuing, DateTimeOffset.UtcNow));
        Assert.NotNull(SignatureVerifier.ChainProblem(key.Certificate, [foreign.Issuing], ca.Root, ca.Issuing, DateTimeOffset.UtcNow));
        Assert.Null(SignatureVerifier.ChainProblem(key.Certificate, [], foreign.Root, foreign.Issuing, DateTimeOffset.UtcNow));
    }

    [Fact]
    public void GostSignature_OverTheContent_Verified()
    {
        using var ca = new PlatformCertificateAuthority(_data, "http://localhost");
        using var key = ca.IssueGost(new CertificateProfile("900315400116", "X", KeyPurpose.Signing));

        var (signer, _) = SignatureVerifier.CheckSignature(Content, GostSignatures.SignDetached(Content, key));

        Assert.Equal(key.SerialNumber, signer.SerialNumber);
    }

    [Fact]
    public void GostSignature_ContentChanged_RefusedTrust0003()
    {
        using var ca = new PlatformCertificateAuthority(_data, "http://localhost");
        using var key = ca.IssueGost(new CertificateProfile("900315400116", "X", KeyPurpose.Signing));
        var cms = GostSignatures.SignDetached(Content, key);
        var changed = (byte[])Content.Clone();
        changed[^2] ^= 1;

        var e = Assert.Throws<QyzmetException>(() => SignatureVerifier.CheckSignature(changed, cms));
        Assert.Equal("TRUST-0003", e.Error.Code);
    }

    // The signature is checked with the key in the certificate, not with whatever key made it.
    [Fact]
    public void GostSignature_OtherKeysSignatureBytes_RefusedTrust0003()
    {
        using var ca = new PlatformCertificateAuthority(_data, "http://localhost");
        using var key = ca.IssueGost(new CertificateProfile("900315400116", "X", KeyPurpose.Signing));
        var cms = GostSignatures.SignDetached(Content, key);
        var tampered = (byte[])cms.Clone();
        tampered[^5] ^= 0x01; // inside the signature value, the last field of the only SignerInfo

        var e = Assert.Throws<QyzmetException>(() => SignatureVerifier.CheckSignature(Content, tampered));
        Assert.Equal("TRUST-0003", e.Error.Code);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
