using Microsoft.EntityFrameworkCore;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Identity;
using Qyzmet.Platform.Modules;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Platform.Seeding;

/// <summary>
/// Seeds the demo registries once: on a database that has no people yet. A database seeded by an earlier version is brought
/// up to what the demo data now says by <see cref="UpgradeAsync"/> (D-718), on every start, idempotently.
/// </summary>
public sealed class DemoSeeder(QyzmetDbContext db, IEnumerable<IQyzmetModule> modules, CertificateRegistry certificates, Audit.AuditLog audit)
{
    /// <summary>
    /// Demo staff whose seeded role changed after databases were seeded with the earlier one: the member as the demo data now
    /// has them, and the role an earlier seeding gave them. Only that exact earlier role is changed, so a role an
    /// administrator gave since stays. D-726: the quality authority's officials answer in their own role, not as provider-head.
    /// </summary>
    private static readonly (StaffMember Member, string Seeded)[] RoleUpgrades =
    [
        (DemoData.QualityHead, Roles.ProviderHead),
        (DemoData.QualityNationalHead, Roles.ProviderHead),
    ];

    /// <summary>
    /// D-718: brings a database seeded before a change of the demo data up to date; does nothing on an empty database
    /// (<see cref="SeedIfEmptyAsync"/> seeds the new data) or once done. Every change is audited. Returns how many rows changed.
    /// </summary>
    public async Task<int> UpgradeAsync(CancellationToken ct)
    {
        if (!await db.People.AnyAsync(ct))
        {
            return 0;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var changed = 0;
        foreach (var (member, seeded) in RoleUpgrades)
        {
            var rows = await db.Staff.Where(s => s.Iin == member.Iin && s.UnitId == member.UnitId && s.Role == seeded)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.Role, member.Role), ct);
            if (rows > 0)
            {
                await audit.AppendAsync(Cases.ProcessContext.System("demo data upgrade (D-718)"), "staff.role", "staff:" + member.Iin,
                    $"{seeded} -> {member.Role} ({member.UnitId})", ct);
                changed += rows;
            }
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return changed;
    }

    public async Task<bool> SeedIfEmptyAsync(CancellationToken ct)
    {
        if (await db.People.AnyAsync(ct))
        {
            return false;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.People.AddRange(DemoData.People);
        db.LegalEntities.AddRange(DemoData.LegalEntities);
        db.ProviderUnits.AddRange(DemoData.Units);
        db.Staff.AddRange(DemoData.StaffMembers);
        db.PowersOfAttorney.AddRange(DemoData.PowersOfAttorney);
        db.Set<Registries.RegisteredAddress>().AddRange(DemoAddresses.All);
        if (!await db.MciRates.AnyAsync(ct))
        {
            db.MciRates.AddRange(DemoData.MciRates);
        }

        await db.SaveChangesAsync(ct);
        foreach (var module in modules)
        {
            await module.SeedDemoAsync(db, ct);
            await db.SaveChangesAsync(ct);
        }

        IssueDemoKeys();
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return true;
    }

    /// <summary>
    /// Key files for every demo person and staff member (authentication + signing, ECDSA P-256), a signing key with the
    /// company's BIN for each company head and for the demo attorney, and RSA-2048 signing keys for provider heads. PKCS#12 with
    /// <see cref="CertificateRegistry.DemoPassword"/>, under &lt;data&gt;/pki/keys/.
    /// </summary>
    private void IssueDemoKeys()
    {
        foreach (var person in DemoData.People)
        {
            certificates.IssueKeyFile(new CertificateProfile(person.Iin, person.FullName, KeyPurpose.Authentication));
            certificates.IssueKeyFile(new CertificateProfile(person.Iin, person.FullName, KeyPurpose.Signing));
        }

        foreach (var entity in DemoData.LegalEntities)
        {
            certificates.IssueKeyFile(new CertificateProfile(entity.HeadIin, entity.HeadName, KeyPurpose.Signing, Bin: entity.Bin, Organization: entity.NameRu));
        }

        // The representative's company key (D-308): it carries the company's BIN and the attorney's IIN.
        var baiterek = DemoData.Baiterek;
        certificates.IssueKeyFile(new CertificateProfile(DemoData.Aigerim.Iin, DemoData.Aigerim.FullName, KeyPurpose.Signing, Bin: baiterek.Bin, Organization: baiterek.NameRu));

        foreach (var staff in DemoData.StaffMembers.Concat(modules.SelectMany(m => m.DemoStaff)))
        {
            certificates.IssueKeyFile(new CertificateProfile(staff.Iin, staff.FullName, KeyPurpose.Authentication));
            certificates.IssueKeyFile(new CertificateProfile(staff.Iin, staff.FullName, KeyPurpose.Signing,
                Identity.Roles.Signatories.Contains(staff.Role) ? KeyAlgorithm.Rsa2048 : KeyAlgorithm.EcdsaP256));
        }
    }
}
