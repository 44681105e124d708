using Microsoft.EntityFrameworkCore;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Trust;

namespace Qyzmet.Host.Api;

public sealed record DocumentVerification(Guid Id, string Number, string TitleKk, string TitleRu, DateTime IssuedAt, bool IsDuplicate,
    string Sha256, bool HashMatches, bool SignatureValid, string? SignatureProblem, string SignerSubject, DocumentSignatory? Signer,
    IReadOnlyList<string[]> Statement, IReadOnlyList<string[]> StatementKk)
{
    /// <summary>What the document states, as [label, value] rows in the reader's language (Kazakh for kk, else Russian).</summary>
    public IReadOnlyList<string[]> StatementFor(string language) => language == "kk" ? StatementKk : Statement;
}

/// <summary>The official who signed (decision D-304): name, position and unit, as a person reads them.</summary>
public sealed record DocumentSignatory(string Iin, string Name, string Role, string PositionKk, string PositionRu, string UnitId, string UnitKk, string UnitRu);

/// <summary>The public verification of result documents: anyone with the QR link can check what a document states.</summary>
public sealed class DocumentVerifier(QyzmetDbContext db, DocumentSigner signer, Platform.Trust.PlatformCertificateAuthority ca, DocumentContents contents)
{
    public async Task<DocumentVerification?> VerifyAsync(Guid id, CancellationToken ct)
    {
        // A withheld document is "not found" until it is released (000.md para 6).
        var d = await db.ReleasedDocuments.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct);
        if (d is null)
        {
            return null;
        }

        // ADR 0029: the bytes as stored (column or store); an altered blob shows as a hash mismatch, a missing one is DOC-0003.
        var pdf = await contents.ReadUncheckedAsync(d.Number, d.Pdf, d.Sha256, ct);
        var hashMatches = DocumentSigner.Sha256Hex(pdf) == d.Sha256;
        // Checked against the root certificate only, as an offline verifier would (ADR 0009).
        var check = signer.Verify(pdf, d.Signature, ca.Root);
        var statement = StatementRow.Deserialize(d.StatementJson);
        return new DocumentVerification(d.Id, d.Number, d.TitleKk, d.TitleRu, d.IssuedAt, d.IsDuplicate, d.Sha256, hashMatches, check.Valid, check.Problem,
            d.SignerSubject, await SignatoryAsync(d, ct), StatementRow.Pairs(statement, DocumentLanguage.Russian), StatementRow.Pairs(statement, DocumentLanguage.Kazakh));
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

    /// <summary>The signer's name from a certificate subject (its CN), for documents issued before D-304 recorded the signer.</summary>
    public static string CommonName(string subject) =>
        subject.Split(", ").FirstOrDefault(p => p.StartsWith("CN=", StringComparison.Ordinal))?[3..] ?? subject;
}

internal static class DocumentEndpoints
{
    public static void MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        // Public like the verification page: the signature says only who signed; the PDF itself stays with its owner.
        app.MapGet("/api/documents/{id:guid}/signature", async (Guid id, QyzmetDbContext db, CancellationToken ct) =>
            await db.ReleasedDocuments.AsNoTracking().Where(d => d.Id == id).Select(d => new { d.Number, d.Signature }).SingleOrDefaultAsync(ct) is { } d
                ? Results.File(d.Signature, "application/pkcs7-signature", d.Number + ".pdf.p7s")
                : throw new Kernel.Errors.QyzmetException(Platform.Cases.CaseErrors.DocumentNotFound, id))
            .WithTags("Documents").WithSummary("The detached CMS signature of a result document (.p7s), for offline checking with the CLI 'verify'");
        app.MapGet("/api/documents/{id:guid}/verification", async (Guid id, DocumentVerifier verifier, CancellationToken ct) =>
            await verifier.VerifyAsync(id, ct) is { } v ? Results.Ok(v)
                : throw new Kernel.Errors.QyzmetException(Platform.Cases.CaseErrors.DocumentNotFound, id))
            .WithTags("Documents").WithSummary("Public check of a result document: what it states, and whether hash and signature hold");

        // The owner's own copy of any released document issued to them, also those issued without an application
        // (a passport corrected free of charge after a renaming decision, 000.md para 7 P2). Anyone else: not found.
        app.MapGet("/api/documents/{id:guid}", async (Guid id, HttpContext http, QyzmetDbContext db, PowersOfAttorney powers, DocumentContents contents,
            CancellationToken ct) =>
        {
            var user = CurrentUser.Required(http.User);
            var d = await OwnedBy(user.Id, db, powers).Where(x => x.Id == id).Select(x => new { x.Number, x.Pdf, x.Sha256 }).SingleOrDefaultAsync(ct)
                ?? throw new Kernel.Errors.QyzmetException(Platform.Cases.CaseErrors.DocumentNotFound, id);
            return Results.File(await contents.ReadAsync(d.Number, d.Pdf, d.Sha256, ct), "application/pdf", d.Number + ".pdf");
        }).WithTags("Documents").WithSummary("The owner: download a released result document issued to me (PDF)");

        app.MapGet("/api/cabinet/documents", async (DateTime? before, HttpContext http, QyzmetDbContext db, PowersOfAttorney powers, CancellationToken ct) =>
        {
            var user = CurrentUser.Required(http.User);
            var query = OwnedBy(user.Id, db, powers);
            if (before is { } b)
            {
                var utc = b.Kind == DateTimeKind.Utc ? b : DateTime.SpecifyKind(b.ToUniversalTime(), DateTimeKind.Utc);
                query = query.Where(d => d.IssuedAt < utc);
            }

            var page = await query.OrderByDescending(d => d.IssuedAt).Take(50)
                .Select(d => new { d.Id, d.Number, d.Kind, d.TitleKk, d.TitleRu, d.IssuedAt, d.IsDuplicate, d.ApplicationId }).ToListAsync(ct);
            return Results.Ok(page.Select(d => new { d.Id, d.Number, d.Kind, d.TitleKk, d.TitleRu, d.IssuedAt, d.IsDuplicate, d.ApplicationId, url = $"/api/documents/{d.Id}" }));
        }).WithTags("Documents").WithSummary("My released result documents, newest first (keyset: before=issuedAt of the last one)");
    }

    /// <summary>
    /// Released documents issued to the person, or to a legal entity they may act for now (its head or a valid
    /// attorney, D-308; the same rule as the applications they may follow, D-310).
    /// </summary>
    private static IQueryable<StoredDocument> OwnedBy(string iin, QyzmetDbContext db, PowersOfAttorney powers)
    {
        var represented = powers.RepresentedBy(iin);
        return db.ReleasedDocuments.AsNoTracking().Where(d => d.OwnerId == iin || represented.Contains(d.OwnerId));
    }
}
