using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Platform.Trust;

/// <summary>
/// The keys results are signed with: the signing key of the head (provider-head) of the unit the application is
/// assigned to, issued by the platform CA; where a unit has no head, the platform's automated-issuance key
/// (decision D-304). Keys are loaded once per process.
/// </summary>
public sealed class ResultSigningKeys(QyzmetDbContext db, CertificateRegistry registry, PlatformCertificateAuthority ca)
{
    public const string AutomatedIssuanceName = "Qyzmet automated issuance";

    private static readonly ConcurrentDictionary<string, X509Certificate2> Cache = new();

    /// <summary>The signing certificate (with key) for a result of the given unit, and the issuing CA certificate for the chain.</summary>
    public async Task<(X509Certificate2 Signer, X509Certificate2 Issuing)> ForUnitAsync(string? unitId, CancellationToken ct)
    {
        var head = unitId is null ? null : await db.Staff.AsNoTracking()
            .Where(s => s.UnitId == unitId && s.Role == Roles.ProviderHead).OrderBy(s => s.Iin).FirstOrDefaultAsync(ct);
        var iin = head?.Iin ?? "";
        var key = ca.Folder + "|" + iin;
        if (!Cache.TryGetValue(key, out var certificate))
        {
            certificate = registry.LoadKeyFile(iin, KeyPurpose.Signing);
            if (certificate is null)
            {
                registry.IssueKeyFile(new CertificateProfile(iin, head?.FullName ?? AutomatedIssuanceName, KeyPurpose.Signing, KeyAlgorithm.Rsa2048,
                    Organization: head is null ? "Qyzmet" : null, NotAfter: ca.Issuing.NotAfter));
                await db.SaveChangesAsync(ct);
                certificate = registry.LoadKeyFile(iin, KeyPurpose.Signing)!;
            }

            certificate = Cache.GetOrAdd(key, certificate);
        }

        return (certificate, ca.Issuing);
    }
}
