using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Qyzmet.Platform.Trust;

/// <summary>
/// The certificate that encrypts ASP.NET Core's data-protection keys (they sign the session cookies) before they are
/// stored in the database, so a copy of the database alone cannot forge a session. It lives in the data folder's
/// <c>pki/</c>, which every instance shares anyway (docs/operations.md); the first instance to start creates it.
/// </summary>
public static class DataProtectionCertificate
{
    public const string FileName = "data-protection.p12";

    public static X509Certificate2 LoadOrCreate(string dataPath)
    {
        var folder = Path.Combine(dataPath, "pki");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        using var fileLock = KeyFiles.AcquireFileLock(folder);
        if (!File.Exists(path))
        {
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=Qyzmet data protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment, critical: true));
            var now = TimeProvider.System.GetUtcNow();
            using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(50));
            KeyFiles.WritePrivate(path, certificate.Export(X509ContentType.Pkcs12));
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, password: null, X509KeyStorageFlags.EphemeralKeySet);
    }
}
