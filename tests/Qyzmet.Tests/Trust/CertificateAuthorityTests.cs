using System.Security.Cryptography.X509Certificates;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Tests.Trust;

/// <summary>ADR 0009: the platform's test national CA and the identity its certificates carry.</summary>
public sealed class CertificateAuthorityTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("qyzmet-ca-").FullName;

    [Fact]
    public void CreatedOnce_ReloadedWithSameRootAndIssuingCa()
    {
        string root, issuing;
        using (var ca = new PlatformCertificateAuthority(_data, "http://localhost"))
        {
            root = ca.Root.Thumbprint;
            issuing = ca.Issuing.Thumbprint;
            Assert.True(ca.Issuing.HasPrivateKey);
            Assert.Equal(ca.Root.SubjectName.Name, ca.Issuing.IssuerName.Name);
        }

        using var reopened = new PlatformCertificateAuthority(_data, "http://localhost");
        Assert.Equal(root, reopened.Root.Thumbprint);
        Assert.Equal(issuing, reopened.Issuing.Thumbprint);
        Assert.True(File.Exists(Path.Combine(_data, "pki", "root-ca.cer")));
    }

    // National certificates: IIN in SERIALNUMBER, BIN in OU; separate authentication and signing keys.
    [Theory]
    [InlineData(KeyAlgorithm.Rsa2048)]
    [InlineData(KeyAlgorithm.EcdsaP256)]
    public void IssuedCertificates_CarryIdentityAndPurpose_AndChainToRootOnly(KeyAlgorithm algorithm)
    {
        using var ca = new PlatformCertificateAuthority(_data, "http://localhost");
        using var sign = ca.Issue(new CertificateProfile("900315400116", "ЖАНБОЛАТОВА АЙГЕРІМ", KeyPurpose.Signing, algorithm, Bin: "100540001234", Organization: "ТОО «Байтерек»"));
        using var auth = ca.Issue(new CertificateProfile("900315400116", "ЖАНБОЛАТОВА АЙГЕРІМ", KeyPurpose.Authentication, algorithm));

        Assert.Contains("SERIALNUMBER=IIN900315400116", sign.Subject, StringComparison.Ordinal);
        Assert.Equal("900315400116", PlatformCertificateAuthority.ReadIin(sign));
        Assert.Equal("100540001234", PlatformCertificateAuthority.ReadBin(sign));
        Assert.Null(PlatformCertificateAuthority.ReadBin(auth));
        Assert.True(PlatformCertificateAuthority.IsSigningKey(sign));
        Assert.False(PlatformCertificateAuthority.IsAuthenticationKey(sign));
        Assert.True(PlatformCertificateAuthority.IsAuthenticationKey(auth));
        Assert.False(PlatformCertificateAuthority.IsSigningKey(auth));
        Assert.True(sign.HasPrivateKey);
        Assert.Contains(sign.Extensions, e => e.Oid?.Value == "2.5.29.31"); // CRL distribution point

        Assert.Null(SignatureVerifier.ChainProblem(sign, [], ca.Root, ca.Issuing, DateTimeOffset.UtcNow));
        Assert.NotNull(SignatureVerifier.ChainProblem(sign, [], ca.Root, null, DateTimeOffset.UtcNow));
        Assert.NotNull(SignatureVerifier.ChainProblem(sign, [], ca.Root, ca.Issuing, DateTimeOffset.UtcNow.AddYears(2)));
    }

    [Fact]
    public void Crl_ListsRevokedSerialsOnly()
    {
        using var ca = new PlatformCertificateAuthority(_data, "http://localhost");
        using var revoked = ca.Issue(new CertificateProfile("900315400116", "X", KeyPurpose.Signing));
        using var valid = ca.Issue(new CertificateProfile("900315400116", "Y", KeyPurpose.Signing));

        var crl = ca.BuildCrl([(revoked.SerialNumber, DateTimeOffset.UtcNow, X509RevocationReason.Unspecified)]);

        var loaded = CertificateRevocationListBuilder.Load(crl, out _);
        Assert.False(loaded.RemoveEntry(Convert.FromHexString(valid.SerialNumber)));
        Assert.True(loaded.RemoveEntry(Convert.FromHexString(revoked.SerialNumber)));
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
