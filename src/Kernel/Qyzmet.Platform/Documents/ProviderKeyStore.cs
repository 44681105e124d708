using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Qyzmet.Platform.Documents;

/// <summary>
/// The provider's document-signing key: a self-signed RSA-2048 certificate kept as a PKCS#12 file under
/// <c>&lt;data&gt;/keys/</c>, created on first use. A stand-in until the test national CA issues a real
/// certificate. The password is random and stored beside the file: this protects against nothing on the
/// same disk and exists only so the file is a normal, password-protected PKCS#12 other tools can open.
/// </summary>
public sealed class ProviderKeyStore : IDisposable
{
    public const string SubjectCommonName = "Qyzmet provider signing key (test)";
    internal const string FileName = "provider-signing.p12";
    internal const string PasswordFileName = "provider-signing.p12.password";

    private readonly string _keysFolder;
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private X509Certificate2? _certificate;
    private bool _disposed;

    public ProviderKeyStore(string dataFolder, TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataFolder);
        _keysFolder = Path.Combine(Path.GetFullPath(dataFolder), "keys");
        _time = timeProvider ?? TimeProvider.System;
    }

    public string CertificatePath => Path.Combine(_keysFolder, FileName);

    /// <summary>
    /// The signing certificate with its private key. The instance is owned by the store and shared between
    /// callers: do not dispose it.
    /// </summary>
    public X509Certificate2 GetSigningCertificate()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _certificate ??= LoadOrCreate();
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _certificate?.Dispose();
            _certificate = null;
        }
    }

    private X509Certificate2 LoadOrCreate()
    {
        Directory.CreateDirectory(_keysFolder);
        var pfxPath = CertificatePath;
        var passwordPath = Path.Combine(_keysFolder, PasswordFileName);

        // The in-process lock does not cover two hosts sharing a data folder; an exclusive lock file does.
        using (AcquireFileLock())
        {
            if (!File.Exists(pfxPath))
            {
                Create(pfxPath, passwordPath);
            }
        }

        var password = File.ReadAllText(passwordPath).Trim();
        // Ephemeral: the key lives in memory only, so nothing is written to the per-user key store on load.
        return X509CertificateLoader.LoadPkcs12FromFile(pfxPath, password, X509KeyStorageFlags.EphemeralKeySet);
    }

    private FileStream AcquireFileLock()
    {
        var lockPath = Path.Combine(_keysFolder, ".lock");
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 100)
            {
                Thread.Sleep(50);
            }
        }
    }

    private void Create(string pfxPath, string passwordPath)
    {
        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24));
        using var rsa = RSA.Create(2048);

        var name = new X500DistinguishedNameBuilder();
        name.AddCountryOrRegion("KZ");
        name.AddOrganizationName("Qyzmet");
        name.AddCommonName(SubjectCommonName);

        var request = new CertificateRequest(name.Build(), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(
            X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, critical: false));

        var now = _time.GetUtcNow();
        // Backdated a little so a verifier with a slightly slow clock still accepts fresh signatures.
        using var certificate = request.CreateSelfSigned(now.AddMinutes(-5), now.AddYears(5));
        var pfx = certificate.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, password);

        // Password first, then the PKCS#12 via rename: a reader that sees the .p12 always finds its password.
        WritePrivate(passwordPath, System.Text.Encoding.UTF8.GetBytes(password));
        WritePrivate(pfxPath, pfx);
    }

    private static void WritePrivate(string path, byte[] bytes)
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
