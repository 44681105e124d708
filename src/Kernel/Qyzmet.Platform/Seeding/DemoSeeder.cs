using Microsoft.EntityFrameworkCore;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Modules;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Platform.Seeding;

/// <summary>Seeds the demo registries once: on a database that has no people yet.</summary>
public sealed class DemoSeeder(QyzmetDbContext db, IEnumerable<IQyzmetModule> modules, CertificateRegistry certificates)
{
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
