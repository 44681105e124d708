using System.Text.Json;
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
    public async Task<StoredDocument> IssueAsync(Application? app, string kind, string ownerId, DocumentContent content,
        IReadOnlyList<KeyValuePair<string, string>> statement, bool duplicate, CancellationToken ct)
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
        };
        db.Documents.Add(document);
        if (app is not null)
        {
            app.ResultDocumentId = id;
        }

        return document;
    }
}
