using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Documents;

public sealed class PlatformOptions
{
    /// <summary>Folder for the SQLite database, generated keys and other local state (never committed).</summary>
    public string DataPath { get; set; } = "data";

    /// <summary>
    /// The deployment's public address, e.g. https://qyzmet.example.kz: the base of the verification links (QR codes) and
    /// of the CRL address in every certificate. Required outside Development (see <see cref="PublicBaseUrlSetup"/>).
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Services the ministry has suspended for now (Qyzmet:SuspendedServices, by catalog id): no new application is taken,
    /// the pages say "temporarily unavailable" and the API answers 503 CASE-0040 (decision D-348). Read at each request.
    /// </summary>
    public List<string> SuspendedServices { get; set; } = [];

    /// <summary>The validated public address without a trailing slash.</summary>
    public string PublicBase => (PublicBaseUrl ?? throw new InvalidOperationException("Qyzmet:PublicBaseUrl is not set.")).TrimEnd('/');
}

/// <summary>
/// Renders, signs and stores a result document, in the caller's transaction. The signature is that of an official of the
/// providing unit (decision D-304, <see cref="Trust.ResultSigningKeys"/>).
/// </summary>
public sealed class DocumentIssuer(QyzmetDbContext db, TimeProvider time, PdfRenderer renderer, DocumentSigner signer, Trust.ResultSigningKeys keys,
    NumberSequence numbers, IOptions<PlatformOptions> options, IDocumentBlobStore store)
{
    /// <summary>A result the platform issues automatically for the application's unit: signed by the unit's authorised official.</summary>
    public Task<StoredDocument> IssueAsync(Application app, string kind, string ownerId, DocumentContent content,
        IReadOnlyList<StatementRow> statement, bool duplicate, CancellationToken ct) =>
        IssueAsync(app, new Trust.ResultSigning(app.UnitId), kind, ownerId, content, statement, duplicate, ct);

    /// <summary>
    /// A result signed as <paramref name="signing"/> says. With <paramref name="app"/> null the document is stored but is
    /// no application's result (a passport corrected after a renaming decision, 000.md para 7 P2).
    /// </summary>
    public Task<StoredDocument> IssueAsync(Application? app, Trust.ResultSigning signing, string kind, string ownerId, DocumentContent content,
        IReadOnlyList<StatementRow> statement, bool duplicate, CancellationToken ct) =>
        IssueCoreAsync(app, signing, kind, ownerId, content, statement, duplicate, withheld: false, ct);

    /// <summary>
    /// Issues a result that is signed and filed now but released later (000.md para 6: the passport after the
    /// additional payment). Nothing of it is reachable until <see cref="ReleaseAsync"/>; it is not yet the
    /// application's result document.
    /// </summary>
    public Task<StoredDocument> IssueWithheldAsync(Application app, Trust.ResultSigning signing, string kind, string ownerId, DocumentContent content,
        IReadOnlyList<StatementRow> statement, bool duplicate, CancellationToken ct) =>
        IssueCoreAsync(app, signing, kind, ownerId, content, statement, duplicate, withheld: true, ct);

    /// <summary>Releases every withheld document of the application not yet released; returns how many.</summary>
    public async Task<int> ReleaseAsync(Application app, string releasedBy, CancellationToken ct)
    {
        var ids = await db.Documents.Where(d => d.ApplicationId == app.Id && d.Withheld && !db.DocumentReleases.Any(r => r.DocumentId == d.Id))
            .Select(d => d.Id).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        db.DocumentReleases.AddRange(ids.Select(id => new DocumentRelease { DocumentId = id, ReleasedAt = now, ReleasedBy = releasedBy }));
        return ids.Count;
    }

    /// <summary>
    /// Switches this issuer (of one throw-away scope) to drafting: the first document a step would issue is handed back as
    /// a <see cref="DocumentDraftCaptured"/> instead of being numbered, signed or stored (decision D-322, D-346).
    /// </summary>
    internal void CaptureDrafts() => _drafting = true;

    private bool _drafting;

    private async Task<StoredDocument> IssueCoreAsync(Application? app, Trust.ResultSigning signing, string kind, string ownerId, DocumentContent content,
        IReadOnlyList<StatementRow> statement, bool duplicate, bool withheld, CancellationToken ct)
    {
        if (_drafting)
        {
            throw new DocumentDraftCaptured(content);
        }

        var id = Guid.CreateVersion7();
        var now = time.GetUtcNow();
        // D-304: resolved first, so that a unit without an authorised official refuses before anything is numbered.
        var (official, certificate, issuing) = await keys.ForAsync(signing, ct);
        var seq = await numbers.NextAsync("document", ct);
        var number = $"D{now.Year}-{seq:D8}";
        var url = $"{options.Value.PublicBase}/verify/{id}";
        var pdf = renderer.Render(content with { DocumentNumber = number, IssuedAt = now }, url);
        var sha256 = DocumentSigner.Sha256Hex(pdf);
        // ADR 0029: the bytes are durable in the store before the row that points at them can commit. A request that fails
        // later leaves an unreferenced blob, never a row without its bytes.
        await store.PutAsync(sha256, pdf, ct);
        var document = new StoredDocument
        {
            Id = id,
            ApplicationId = app?.Id,
            Kind = kind,
            Number = number,
            TitleKk = content.Title.Kk,
            TitleRu = content.Title.Ru,
            OwnerId = ownerId,
            StatementJson = StatementRow.Serialize(statement),
            Sha256 = sha256,
            Signature = signer.SignDetached(pdf, certificate, issuing),
            SignerSubject = certificate.Subject,
            SignerIin = official.Iin,
            SignerUnitId = official.UnitId,
            IssuedAt = now.UtcDateTime,
            IsDuplicate = duplicate,
            Withheld = withheld,
        };
        db.Documents.Add(document);
        if (app is not null && !withheld)
        {
            app.ResultDocumentId = id;
        }

        return document;
    }
}

/// <summary>
/// Thrown by a drafting <see cref="DocumentIssuer"/> at the first document a step would issue: it carries the content and
/// stops the step there, whose transaction is then rolled back (D-346).
/// </summary>
internal sealed class DocumentDraftCaptured(DocumentContent content) : Exception("A draft of the result was captured; the step is rolled back.")
{
    public DocumentContent Content { get; } = content;
}
