using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Data;

namespace Qyzmet.Platform.Documents;

/// <summary>
/// Where the signed bytes of result documents are kept (ADR 0029): content-addressed by their SHA-256, written once,
/// never changed. The database keeps the hash, the signature and what the document states.
/// </summary>
public interface IDocumentBlobStore
{
    /// <summary>Stores the bytes under their hash. When the task completes, the bytes are durable (they survive a killed host).</summary>
    Task PutAsync(string sha256, byte[] content, CancellationToken ct);

    /// <summary>The bytes stored under the hash, or null when there are none.</summary>
    Task<byte[]?> GetAsync(string sha256, CancellationToken ct);
}

/// <summary>Configuration <c>Qyzmet:Documents</c>: which store holds the signed bytes (ADR 0029).</summary>
public sealed class DocumentStoreOptions
{
    /// <summary><c>file</c> (default): a folder on disk; <c>s3</c>: an S3-compatible bucket.</summary>
    public string Store { get; set; } = "file";

    /// <summary>The folder of the file store; default <c>&lt;data&gt;/documents</c>.</summary>
    public string? Path { get; set; }

    public S3DocumentStoreOptions S3 { get; set; } = new();
}

/// <summary>An S3-compatible bucket (<c>Qyzmet:Documents:S3</c>).</summary>
public sealed class S3DocumentStoreOptions
{
    /// <summary>The service address, e.g. https://s3.example.kz (path-style requests are used, as MinIO and Ceph expect).</summary>
    public string? ServiceUrl { get; set; }

    public string? Bucket { get; set; }
    public string Region { get; set; } = "us-east-1";
    public string? AccessKey { get; set; }
    public string? SecretKey { get; set; }

    /// <summary>Prefix of every object key, e.g. <c>documents/</c>.</summary>
    public string Prefix { get; set; } = "documents/";
}

/// <summary>
/// The default store: one file per document under a folder, at <c>ab/cd/abcd….pdf</c> from the SHA-256. A file is written
/// to a temporary name, flushed to disk, renamed into place and the folder flushed, so that a killed host leaves either
/// no file or the whole one, never a torn one (ADR 0029).
/// </summary>
public sealed class FileDocumentBlobStore(string root) : IDocumentBlobStore
{
    public string Root { get; } = System.IO.Path.GetFullPath(root);

    public string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a lower-case hex SHA-256.", nameof(sha256));
        }

        return System.IO.Path.Combine(Root, sha256[..2], sha256[2..4], sha256 + ".pdf");
    }

    public async Task PutAsync(string sha256, byte[] content, CancellationToken ct)
    {
        var path = PathOf(sha256);
        if (File.Exists(path) && new FileInfo(path).Length == content.Length)
        {
            return; // content-addressed: the same bytes are already there
        }

        var folder = System.IO.Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);
        var temp = System.IO.Path.Combine(folder, $".{sha256}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(content, ct);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }

        FlushFolder(folder);
    }

    public async Task<byte[]?> GetAsync(string sha256, CancellationToken ct)
    {
        try
        {
            return await File.ReadAllBytesAsync(PathOf(sha256), ct);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// The rename is durable only when the folder's entry is on disk (POSIX: fsync of the folder). .NET opens no handle
    /// on a folder, so libc's open/fsync are called; Windows has no folder flush and NTFS journals the rename.
    /// </summary>
    private static void FlushFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var fd = NativeFolder.open(folder, 0); // O_RDONLY
        if (fd < 0)
        {
            throw new IOException($"Cannot open folder {folder} to flush it (errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (NativeFolder.fsync(fd) != 0)
            {
                throw new IOException($"Cannot flush folder {folder} (errno {System.Runtime.InteropServices.Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = NativeFolder.close(fd);
        }
    }

    private static class NativeFolder
    {
#pragma warning disable SYSLIB1054, CA2101, IDE1006 // plain libc calls; LibraryImport would need unsafe code in this project
        [System.Runtime.InteropServices.DllImport("libc", SetLastError = true, CharSet = System.Runtime.InteropServices.CharSet.Ansi, BestFitMapping = false)]
        internal static extern int open([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, int flags);

        [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
        internal static extern int fsync(int fd);

        [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
        internal static extern int close(int fd);
#pragma warning restore SYSLIB1054, CA2101, IDE1006
    }
}

/// <summary>
/// Reads a document's signed bytes: from the database column for documents issued before ADR 0029 (until
/// <c>documents migrate-to-store</c> moves them), else from the store. The hash is checked on every read.
/// </summary>
public sealed class DocumentContents(IDocumentBlobStore store)
{
    /// <summary>The exact bytes that were signed; DOC-0003 if they are missing, DOC-0004 if they were altered.</summary>
    public async Task<byte[]> ReadAsync(string number, byte[]? inDatabase, string sha256, CancellationToken ct)
    {
        var bytes = await ReadUncheckedAsync(number, inDatabase, sha256, ct);
        return DocumentSigner.Sha256Hex(bytes) == sha256 ? bytes : throw new QyzmetException(DocumentErrors.ContentAltered, number);
    }

    /// <summary>The bytes as stored, not checked against the hash (verification reports a mismatch itself); DOC-0003 if missing.</summary>
    public async Task<byte[]> ReadUncheckedAsync(string number, byte[]? inDatabase, string sha256, CancellationToken ct) =>
        inDatabase ?? await store.GetAsync(sha256, ct) ?? throw new QyzmetException(DocumentErrors.ContentMissing, number);
}

/// <summary>
/// Moves the bytes of documents issued before ADR 0029 from the database column to the store: each is written to the
/// store, read back and checked, and only then is its column cleared (the one change the append-only trigger allows).
/// </summary>
public sealed class DocumentStoreMigration(QyzmetDbContext db, IDocumentBlobStore store, ILogger<DocumentStoreMigration> log)
{
    public async Task<(int Moved, int Refused)> RunAsync(int batch, CancellationToken ct)
    {
        var moved = 0;
        var refused = new List<Guid>();
        while (true)
        {
            // Each moved row leaves the filter, so the next page starts again at the first row still in the database.
            var page = await db.Documents.AsNoTracking().Where(d => d.Pdf != null && !refused.Contains(d.Id)).OrderBy(d => d.Id).Take(batch)
                .Select(d => new { d.Id, d.Number, d.Sha256, d.Pdf }).ToListAsync(ct);
            if (page.Count == 0)
            {
                return (moved, refused.Count);
            }

            foreach (var d in page)
            {
                if (DocumentSigner.Sha256Hex(d.Pdf!) != d.Sha256)
                {
                    // An altered row stays as it is, for the operator to look at: moving it would hide the evidence.
                    log.LogError("Document {Number}: the stored bytes do not match their hash; left in the database.", d.Number);
                    refused.Add(d.Id);
                    continue;
                }

                await store.PutAsync(d.Sha256, d.Pdf!, ct);
                var back = await store.GetAsync(d.Sha256, ct);
                if (back is null || DocumentSigner.Sha256Hex(back) != d.Sha256)
                {
                    throw new InvalidOperationException($"Document {d.Number}: the store did not give back what was written; nothing cleared.");
                }

                await db.Documents.Where(x => x.Id == d.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.Pdf, (byte[]?)null), ct);
                moved++;
            }
        }
    }
}
