using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Documents;

public sealed class PlatformOptions
{
    /// <summary>Folder for the SQLite database, generated keys and other local state (never committed).</summary>
    public string DataPath { get; set; } = "data";

    /// <summary>The public address printed in QR codes, e.g. https://qyzmet.example.kz.</summary>
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:5080";
}

/// <summary>Renders, signs with the key of the provider's authorised person and stores a result document, in the caller's transaction.</summary>
public sealed class DocumentIssuer(QyzmetDbContext db, TimeProvider time, PdfRenderer renderer, DocumentSigner signer, Trust.ResultSigningKeys keys,
    NumberSequence numbers, IOptions<PlatformOptions> options)
{
    public Task<StoredDocument> IssueAsync(Application? app, string kind, string ownerId, DocumentContent content,
        IReadOnlyList<KeyValuePair<string, string>> statement, bool duplicate, CancellationToken ct) =>
        IssueAsync(app, kind, ownerId, content, statement, duplicate, withheld: false, ct);

    /// <summary>
    /// Issues a result that is signed and filed now but released later (000.md para 6: the passport after the
    /// additional payment). Nothing of it is reachable until <see cref="ReleaseAsync"/>; it is not yet the
    /// application's result document.
    /// </summary>
    public Task<StoredDocument> IssueWithheldAsync(Application app, string kind, string ownerId, DocumentContent content,
        IReadOnlyList<KeyValuePair<string, string>> statement, bool duplicate, CancellationToken ct) =>
        IssueAsync(app, kind, ownerId, content, statement, duplicate, withheld: true, ct);

    /// <summary>Releases every withheld document of the application not yet released; returns how many.</summary>
    public async Task<int> ReleaseAsync(Application app, string releasedBy, CancellationToken ct)
    {
        var ids = await db.Documents.Where(d => d.ApplicationId == app.Id && d.Withheld && !db.DocumentReleases.Any(r => r.DocumentId == d.Id))
            .Select(d => d.Id).ToListAsync(ct);
        var now = time.GetUtcNow().UtcDateTime;
        db.DocumentReleases.AddRange(ids.Select(id => new DocumentRelease { DocumentId = id, ReleasedAt = now, ReleasedBy = releasedBy }));
        return ids.Count;
    }

    private async Task<StoredDocument> IssueAsync(Application? app, string kind, string ownerId, DocumentContent content,
        IReadOnlyList<KeyValuePair<string, string>> statement, bool duplicate, bool withheld, CancellationToken ct)
    {
        var id = Guid.CreateVersion7();
        var now = time.GetUtcNow();
        var seq = await numbers.NextAsync("document", ct);
        var number = $"D{now.Year}-{seq:D8}";
        var url = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/verify/{id}";
        var pdf = renderer.Render(content with { DocumentNumber = number, IssuedAt = now }, url);
        // The result is signed by the authorised person (head) of the unit the application is assigned to.
        var (certificate, issuing) = await keys.ForUnitAsync(app?.UnitId, ct);
        var document = new StoredDocument
        {
            Id = id,
            ApplicationId = app?.Id,
            Kind = kind,
            Number = number,
            TitleKk = content.Title.Kk,
            TitleRu = content.Title.Ru,
            OwnerId = ownerId,
            StatementJson = JsonSerializer.Serialize(statement.Select(s => new[] { s.Key, s.Value })),
            Pdf = pdf,
            Sha256 = DocumentSigner.Sha256Hex(pdf),
            Signature = signer.SignDetached(pdf, certificate, issuing),
            SignerSubject = certificate.Subject,
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
