using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Identity;

namespace Qyzmet.Platform.Trust;

/// <summary>Who signs a result: the providing unit and, for a step a person signs, that person (decision D-304).</summary>
/// <param name="UnitId">The unit that provided the result.</param>
/// <param name="SignedBy">
/// The IIN of the head who signs the result in the procedure (000.md: the head approves and signs); null for a result issued
/// automatically, which the unit's authorised official (<see cref="ProviderUnit.ResultSignatoryIin"/>) signs.
/// </param>
public sealed record ResultSigning(string UnitId, string? SignedBy = null);

/// <summary>
/// The keys results are signed with (decision D-304): every result carries the signature of an official of the unit that
/// provided it — the head who signs it where the procedure has a person sign, otherwise the official the unit names for
/// automated issuance. There is no platform-wide key: a unit without an authorised official cannot issue (DOC-0001).
/// Keys are issued by the platform CA and loaded once per process.
/// </summary>
public sealed class ResultSigningKeys(QyzmetDbContext db, CertificateRegistry registry, PlatformCertificateAuthority ca)
{
    private static readonly ConcurrentDictionary<string, X509Certificate2> Cache = new();

    /// <summary>The official who signs, the signing certificate (with key) and the issuing CA certificate for the chain.</summary>
    public async Task<(StaffMember Official, X509Certificate2 Signer, X509Certificate2 Issuing)> ForAsync(ResultSigning signing, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(signing);
        var official = await OfficialAsync(signing, ct);
        var key = ca.Folder + "|" + official.Iin;
        if (!Cache.TryGetValue(key, out var certificate))
        {
            certificate = registry.LoadKeyFile(official.Iin, KeyPurpose.Signing);
            if (certificate is null)
            {
                registry.IssueKeyFile(new CertificateProfile(official.Iin, official.FullName, KeyPurpose.Signing, KeyAlgorithm.Rsa2048, NotAfter: ca.Issuing.NotAfter));
                await db.SaveChangesAsync(ct);
                certificate = registry.LoadKeyFile(official.Iin, KeyPurpose.Signing)!;
            }

            certificate = Cache.GetOrAdd(key, certificate);
        }

        return (official, certificate, ca.Issuing);
    }

    private async Task<StaffMember> OfficialAsync(ResultSigning signing, CancellationToken ct)
    {
        if (signing.SignedBy is { } iin)
        {
            return await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Iin == iin && s.UnitId == signing.UnitId && Roles.Signatories.Contains(s.Role), ct)
                ?? throw new QyzmetException(DocumentErrors.SignerNotHeadOfUnit, signing.UnitId);
        }

        // The unit's authorised official, if they are on its staff: one statement (D-368; it was two).
        return await db.ProviderUnits.AsNoTracking().Where(u => u.Id == signing.UnitId && u.ResultSignatoryIin != null)
                .SelectMany(u => db.Staff.AsNoTracking().Where(s => s.Iin == u.ResultSignatoryIin && s.UnitId == u.Id))
                .SingleOrDefaultAsync(ct)
            ?? throw new QyzmetException(DocumentErrors.NoAuthorisedSignatory, signing.UnitId);
    }

    /// <summary>
    /// Start-up check: every official a unit names for automated issuance is a staff member of that unit. Returns the
    /// problems found (empty when the data is consistent).
    /// </summary>
    public static async Task<IReadOnlyList<string>> CheckSignatoriesAsync(QyzmetDbContext db, CancellationToken ct)
    {
        var units = await db.ProviderUnits.AsNoTracking().Where(u => u.ResultSignatoryIin != null).ToListAsync(ct);
        var staff = await db.Staff.AsNoTracking().Select(s => new { s.Iin, s.UnitId }).ToListAsync(ct);
        return [.. units.Where(u => !staff.Any(s => s.Iin == u.ResultSignatoryIin && s.UnitId == u.Id))
            .Select(u => $"Unit '{u.Id}' names {u.ResultSignatoryIin} as its authorised signatory, who is not a staff member of that unit.")];
    }
}
