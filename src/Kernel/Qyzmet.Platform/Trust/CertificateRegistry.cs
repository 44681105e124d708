using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Trust;

/// <summary>Issues certificates from the platform CA and keeps the register they are revoked in and the CRL is built from.</summary>
public sealed class CertificateRegistry(QyzmetDbContext db, PlatformCertificateAuthority ca, AuditLog audit, TimeProvider time)
{
    /// <summary>The password of every demo key file (development only; real keys never reach the platform).</summary>
    public const string DemoPassword = "qyzmet-demo";

    /// <summary>Issues a certificate and records it (saved with the caller's next SaveChanges). The caller owns the result.</summary>
    public X509Certificate2 Issue(CertificateProfile profile)
    {
        var certificate = ca.Issue(profile);
        Record(certificate, profile);
        return certificate;
    }

    /// <summary>Issues a GOST R 34.10-2012 (256) key and records it like <see cref="Issue"/>. The caller owns the result.</summary>
    public GostKey IssueGost(CertificateProfile profile)
    {
        var key = ca.IssueGost(profile);
        Record(key.Certificate, profile with { Algorithm = KeyAlgorithm.Gost2012_256 });
        return key;
    }

    private void Record(X509Certificate2 certificate, CertificateProfile profile) =>
        db.IssuedCertificates.Add(new IssuedCertificate
        {
            Serial = certificate.SerialNumber,
            SubjectIin = profile.Iin,
            SubjectBin = profile.Bin,
            CommonName = profile.CommonName,
            Purpose = Purpose(profile.Purpose),
            Algorithm = profile.Algorithm switch
            {
                KeyAlgorithm.Rsa2048 => "RSA-2048",
                KeyAlgorithm.Gost2012_256 => "GOST-2012-256",
                _ => "ECDSA-P256",
            },
            NotBefore = certificate.NotBefore.ToUniversalTime(),
            NotAfter = certificate.NotAfter.ToUniversalTime(),
            IssuedAt = time.GetUtcNow().UtcDateTime,
        });

    /// <summary>Issues a key and writes it as a PKCS#12 file protected by <see cref="DemoPassword"/> under the CA folder.</summary>
    public string IssueKeyFile(CertificateProfile profile)
    {
        using var certificate = Issue(profile);
        var path = KeyFilePath(profile.Iin, profile.Purpose, profile.Bin);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        KeyFiles.WritePrivate(path, certificate.ExportPkcs12(Pkcs12ExportPbeParameters.Pbes2Aes256Sha256, DemoPassword));
        return path;
    }

    /// <summary>Issues a key file on an administrator's request, audited, and saves. Returns the register row.</summary>
    public async Task<IssuedCertificate> IssueAuditedAsync(CertificateProfile profile, string actorId, string actorRole, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        IssueKeyFile(profile);
        var row = db.ChangeTracker.Entries<IssuedCertificate>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).Last();
        await audit.AppendAsync(new ProcessContext(actorId, actorRole, "certificate issued", null), "pki.issue", "certificate:" + row.Serial,
            JsonSerializer.Serialize(new { row.SubjectIin, row.SubjectBin, row.Purpose, row.Algorithm }), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return row;
    }

    public string KeyFilePath(string iin, KeyPurpose purpose, string? bin = null) =>
        Path.Combine(ca.Folder, "keys", $"{(iin.Length == 0 ? "platform" : iin)}{(bin is null ? "" : "-" + bin)}-{(purpose == KeyPurpose.Signing ? "sign" : "auth")}.p12");

    /// <summary>The demo key file of a person (with its private key), or null when none was issued.</summary>
    public X509Certificate2? LoadKeyFile(string iin, KeyPurpose purpose, string? bin = null)
    {
        var path = KeyFilePath(iin, purpose, bin);
        return File.Exists(path) ? X509CertificateLoader.LoadPkcs12FromFile(path, DemoPassword, X509KeyStorageFlags.EphemeralKeySet) : null;
    }

    public async Task<IssuedCertificate> RevokeAsync(string serial, string reason, string actorId, string actorRole, CancellationToken ct)
    {
        serial = serial.Trim().ToUpperInvariant();
        // RFC 5280 §5.3.1: the reason travels on the CRL as its code, so only the named reasons are taken.
        var (reasonName, _) = RevocationReasons.Require(reason);
        var row = await db.IssuedCertificates.SingleOrDefaultAsync(c => c.Serial == serial, ct)
            ?? throw new QyzmetException(TrustErrors.CertificateNotFound, serial);
        if (row.RevokedAt is not null)
        {
            throw new QyzmetException(TrustErrors.AlreadyRevoked, serial);
        }

        row.RevokedAt = time.GetUtcNow().UtcDateTime;
        row.RevocationReason = reasonName;
        row.RevokedBy = actorId;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await audit.AppendAsync(new ProcessContext(actorId, actorRole, row.RevocationReason, null), "pki.revoke", "certificate:" + serial,
            JsonSerializer.Serialize(new { row.SubjectIin, row.Purpose, row.RevocationReason }), ct);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return row;
    }

    /// <summary>A page of the register by serial (keyset), optionally of one IIN.</summary>
    public Task<List<IssuedCertificate>> ListAsync(string? iin, string? afterSerial, int take, CancellationToken ct)
    {
        var query = db.IssuedCertificates.AsNoTracking();
        if (!string.IsNullOrEmpty(iin))
        {
            query = query.Where(c => c.SubjectIin == iin);
        }

        if (!string.IsNullOrEmpty(afterSerial))
        {
            query = query.Where(c => string.Compare(c.Serial, afterSerial) > 0);
        }

        return query.OrderBy(c => c.Serial).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
    }

    public Task<IssuedCertificate?> FindAsync(string serial, CancellationToken ct) =>
        db.IssuedCertificates.AsNoTracking().SingleOrDefaultAsync(c => c.Serial == serial, ct);

    /// <summary>The current CRL (DER), signed by the issuing CA.</summary>
    public async Task<byte[]> CrlAsync(CancellationToken ct)
    {
        var revoked = await db.IssuedCertificates.AsNoTracking().Where(c => c.RevokedAt != null)
            .OrderBy(c => c.Serial).Select(c => new { c.Serial, c.RevokedAt, c.RevocationReason }).ToListAsync(ct);
        return ca.BuildCrl(revoked.Select(r => (r.Serial, new DateTimeOffset(r.RevokedAt!.Value, TimeSpan.Zero), RevocationReasons.CodeOf(r.RevocationReason))));
    }

    public static string Purpose(KeyPurpose purpose) => purpose == KeyPurpose.Signing ? "signing" : "authentication";
}
