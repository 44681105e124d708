namespace Qyzmet.Platform.Documents;

/// <summary>
/// A result document as issued: its SHA-256 (the PDF itself is in the document store, ADR 0029), the provider's signature and what it states.
/// Rows are immutable: the context refuses updates and deletes, and database triggers refuse them too.
/// </summary>
public sealed class StoredDocument
{
    public Guid Id { get; init; }
    public Guid? ApplicationId { get; init; }
    public required string Kind { get; init; }
    public required string Number { get; init; }
    public required string TitleKk { get; init; }
    public required string TitleRu { get; init; }
    public required string OwnerId { get; init; }

    /// <summary>What the document states, as JSON label → value pairs, shown on the public verification page.</summary>
    public required string StatementJson { get; init; }

    /// <summary>
    /// The signed PDF, only for documents issued before ADR 0029 and not yet moved by <c>documents migrate-to-store</c>;
    /// null when the bytes are in the document store under <see cref="Sha256"/> (read them with <see cref="DocumentContents"/>).
    /// </summary>
    public byte[]? Pdf { get; init; }
    public required string Sha256 { get; init; }
    public required byte[] Signature { get; init; }
    public required string SignerSubject { get; init; }

    /// <summary>The official who signed (decision D-304): IIN and unit, for the verification page's name, position and unit.</summary>
    public string? SignerIin { get; init; }

    public string? SignerUnitId { get; init; }
    public DateTime IssuedAt { get; init; }
    public bool IsDuplicate { get; init; }

    /// <summary>
    /// Issued withheld: signed and filed, but reachable by nobody (verification, signature, download, listings) until a
    /// <see cref="DocumentRelease"/> exists for it, e.g. a passport awaiting the additional payment (000.md para 6).
    /// </summary>
    public bool Withheld { get; init; }
}

/// <summary>The release of a withheld document (append-only: a release is never taken back).</summary>
public sealed class DocumentRelease : Data.IAppendOnly
{
    public Guid DocumentId { get; init; }
    public DateTime ReleasedAt { get; init; }
    public required string ReleasedBy { get; init; }
}
