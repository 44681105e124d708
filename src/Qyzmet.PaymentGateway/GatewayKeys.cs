using System.Security.Cryptography;

namespace Qyzmet.PaymentGateway;

/// <summary>
/// The gateway's secrets, generated on first start into <c>{DataPath}/payment-gateway/</c> (never committed): the ECDSA P-256
/// key that signs every callback (its public half, <c>signing-key.pub.pem</c>, is what the platform verifies with) and the
/// API key the platform presents when it creates payments. A real acquirer hands both over at onboarding (ADR 0020).
/// </summary>
public sealed class GatewayKeys
{
    public const string FolderName = "payment-gateway";
    public const string PrivateKeyFile = "signing-key.pem";
    public const string PublicKeyFile = "signing-key.pub.pem";
    public const string ApiKeyFile = "api-key";

    private GatewayKeys(ECDsa signingKey, string apiKey, string folder)
    {
        SigningKey = signingKey;
        ApiKey = apiKey;
        Folder = folder;
    }

    public ECDsa SigningKey { get; }

    public string ApiKey { get; }

    public string Folder { get; }

    public static string FolderOf(string dataPath) => Path.Combine(dataPath, FolderName);

    /// <summary>Loads the keys, creating them the first time. Two processes starting at once agree on the first file written.</summary>
    public static GatewayKeys LoadOrCreate(string dataPath)
    {
        var folder = FolderOf(dataPath);
        Directory.CreateDirectory(folder);
        var privatePath = Path.Combine(folder, PrivateKeyFile);
        if (!File.Exists(privatePath))
        {
            using var fresh = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            WriteOnce(privatePath, fresh.ExportPkcs8PrivateKeyPem());
        }

        var key = ECDsa.Create();
        key.ImportFromPem(File.ReadAllText(privatePath));
        var publicPath = Path.Combine(folder, PublicKeyFile);
        if (!File.Exists(publicPath))
        {
            WriteOnce(publicPath, key.ExportSubjectPublicKeyInfoPem());
        }

        var apiKeyPath = Path.Combine(folder, ApiKeyFile);
        if (!File.Exists(apiKeyPath))
        {
            WriteOnce(apiKeyPath, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_'));
        }

        return new GatewayKeys(key, File.ReadAllText(apiKeyPath).Trim(), folder);
    }

    /// <summary>Signs exactly these bytes (ES256: SHA-256, IEEE P1363 r||s), base64.</summary>
    public string Sign(byte[] payload) => Convert.ToBase64String(SigningKey.SignData(payload, HashAlgorithmName.SHA256));

    private static void WriteOnce(string path, string content)
    {
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temp, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            File.Move(temp, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(temp); // another process wrote it first: keep theirs
        }
    }
}
