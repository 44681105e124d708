using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qyzmet.Platform.Data;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Platform.Documents;

namespace Qyzmet.Host.Api;

public sealed record DocumentVerification(Guid Id, string Number, string TitleKk, string TitleRu, DateTime IssuedAt, bool IsDuplicate,
    string Sha256, bool HashMatches, bool SignatureValid, string? SignatureProblem, string SignerSubject, DocumentSignatory? Signer,
    IReadOnlyList<string[]> Statement);

/// <summary>The official who signed (decision D-304): name, position and unit, as a person reads them.</summary>
public sealed record DocumentSignatory(string Iin, string Name, string Role, string PositionKk, string PositionRu, string UnitId, string UnitKk, string UnitRu);

/// <summary>The public verification of result documents: anyone with the QR link can check what a document states.</summary>
public sealed class DocumentVerifier(QyzmetDbContext db, DocumentSigner signer, Platform.Trust.PlatformCertificateAuthority ca)
{
    public async Task<DocumentVerification?> VerifyAsync(Guid id, CancellationToken ct)
    {
        var d = await db.Documents.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null)
        {
            return null;
        }

        var hashMatches = DocumentSigner.Sha256Hex(d.Pdf) == d.Sha256;
        // Checked against the root certificate only, as an offline verifier would (ADR 0009).
        var check = signer.Verify(d.Pdf, d.Signature, ca.Root);
        return new DocumentVerification(d.Id, d.Number, d.TitleKk, d.TitleRu, d.IssuedAt, d.IsDuplicate, d.Sha256, hashMatches, check.Valid, check.Problem,
            d.SignerSubject, await SignatoryAsync(d, ct), JsonSerializer.Deserialize<string[][]>(d.StatementJson) ?? []);
    }

    private async Task<DocumentSignatory?> SignatoryAsync(StoredDocument d, CancellationToken ct)
    {
        if (d.SignerIin is null || d.SignerUnitId is null)
        {
            return null; // documents issued before D-304 recorded the signer; the page shows the certificate subject
        }

        var staff = await db.Staff.AsNoTracking().SingleOrDefaultAsync(s => s.Iin == d.SignerIin, ct);
        var unit = await db.ProviderUnits.AsNoTracking().SingleOrDefaultAsync(u => u.Id == d.SignerUnitId, ct);
        var role = staff?.Role ?? Platform.Identity.Roles.ProviderHead;
        var position = UiTexts.All.TryGetValue("Role." + role, out var text) ? text : new Kernel.Text.LocalizedText(role, role, role);
        return new DocumentSignatory(d.SignerIin, staff?.FullName ?? CommonName(d.SignerSubject), role, position.Kk, position.Ru,
            d.SignerUnitId, unit?.NameKk ?? d.SignerUnitId, unit?.NameRu ?? d.SignerUnitId);
    }

    private static string CommonName(string subject) =>
        subject.Split(", ").FirstOrDefault(p => p.StartsWith("CN=", StringComparison.Ordinal))?[3..] ?? subject;
}

internal static class DocumentEndpoints
{
    public static void MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        // Public like the verification page: the signature says only who signed; the PDF itself stays with its owner.
        app.MapGet("/api/documents/{id:guid}/signature", async (Guid id, QyzmetDbContext db, CancellationToken ct) =>
            await db.Documents.AsNoTracking().Where(d => d.Id == id).Select(d => new { d.Number, d.Signature }).SingleOrDefaultAsync(ct) is { } d
                ? Results.File(d.Signature, "application/pkcs7-signature", d.Number + ".pdf.p7s")
                : throw new Kernel.Errors.QyzmetException(Platform.Cases.CaseErrors.DocumentNotFound, id))
            .WithTags("Documents").WithSummary("The detached CMS signature of a result document (.p7s), for offline checking with the CLI 'verify'");
        app.MapGet("/api/documents/{id:guid}/verification", async (Guid id, DocumentVerifier verifier, CancellationToken ct) =>
            await verifier.VerifyAsync(id, ct) is { } v ? Results.Ok(v)
                : throw new Kernel.Errors.QyzmetException(Platform.Cases.CaseErrors.DocumentNotFound, id))
            .WithTags("Documents").WithSummary("Public check of a result document: what it states, and whether hash and signature hold");
    }
}
