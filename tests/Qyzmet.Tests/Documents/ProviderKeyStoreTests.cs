using System.Security.Cryptography.X509Certificates;
using Qyzmet.Platform.Documents;

namespace Qyzmet.Tests.Documents;

public sealed class ProviderKeyStoreTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "qyzmet-keys-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void CreatesOnce_ThenReloadsSameCertificate()
    {
        string thumbprint;
        using (var store = new ProviderKeyStore(_data))
        {
            var cert = store.GetSigningCertificate();
            thumbprint = cert.Thumbprint;
            Assert.True(cert.HasPrivateKey);
            Assert.Contains("CN=" + ProviderKeyStore.SubjectCommonName, cert.Subject, StringComparison.Ordinal);
            Assert.Contains("C=KZ", cert.Subject, StringComparison.Ordinal);
            Assert.Equal(2048, cert.GetRSAPublicKey()!.KeySize);
            Assert.True(File.Exists(Path.Combine(_data, "keys", "provider-signing.p12")));
            Assert.Same(cert, store.GetSigningCertificate());
        }

        using var reopened = new ProviderKeyStore(_data);
        var reloaded = reopened.GetSigningCertificate();

        Assert.Equal(thumbprint, reloaded.Thumbprint);
        Assert.True(reloaded.HasPrivateKey);
    }

    [Fact]
    public void LoadedKey_SignsVerifiableDocuments()
    {
        using (var first = new ProviderKeyStore(_data))
        {
            first.GetSigningCertificate();
        }

        using var store = new ProviderKeyStore(_data);
        var cert = store.GetSigningCertificate();
        var signer = new DocumentSigner();
        var content = "document"u8.ToArray();

        var check = signer.Verify(content, signer.SignDetached(content, cert), trustedRoot: cert);

        Assert.True(check.Valid, check.Problem);
    }

    [Fact]
    public void ConcurrentFirstUse_CreatesOneKey()
    {
        using var store = new ProviderKeyStore(_data);

        var thumbprints = Enumerable.Range(0, 8).AsParallel().Select(_ => store.GetSigningCertificate().Thumbprint).Distinct().ToList();

        Assert.Single(thumbprints);
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
