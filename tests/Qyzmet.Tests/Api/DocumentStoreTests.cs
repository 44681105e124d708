using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Documents;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Api;

/// <summary>
/// Issue 16 item 7, ADR 0029: the signed bytes of result documents live in a content-addressed store under the data
/// folder; the database keeps hash, signature and metadata. Verification and download stay exact (ADR 0008).
/// </summary>
public abstract class DocumentStoreTests
{
    protected abstract QyzmetFactory Factory { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // ADR 0029: the row holds no PDF, the store holds it under its SHA-256, and the owner downloads exactly those bytes.
    [Fact]
    public async Task IssuedResult_BytesInStore_RowKeepsHashAndSignature()
    {
        var (client, number, document) = await IssueAsync();
        Assert.Null(document.Pdf);
        var path = Path.Combine(Factory.DataPath, "documents", document.Sha256[..2], document.Sha256[2..4], document.Sha256 + ".pdf");
        Assert.True(File.Exists(path), path);
        var stored = await File.ReadAllBytesAsync(path, Ct);
        Assert.Equal(document.Sha256, DocumentSigner.Sha256Hex(stored));

        var downloaded = await client.GetByteArrayAsync($"/api/applications/{number}/document", Ct);
        Assert.Equal(stored, downloaded);
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{document.Id}/verification", Ct);
        Assert.True(verification.GetProperty("hashMatches").GetBoolean());
        Assert.True(verification.GetProperty("signatureValid").GetBoolean());
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }

    // ADR 0029: bytes altered in the store are never handed out (503 DOC-0004, not a 500) and the public check says the
    // hash does not match; bytes missing from the store are a clear 503 DOC-0003.
    [Fact]
    public async Task AlteredOrMissingBlob_ClearError_NotA500()
    {
        var (client, number, document) = await IssueAsync();
        var path = Path.Combine(Factory.DataPath, "documents", document.Sha256[..2], document.Sha256[2..4], document.Sha256 + ".pdf");
        var bytes = await File.ReadAllBytesAsync(path, Ct);
        bytes[^10] ^= 0x20;
        await File.WriteAllBytesAsync(path, bytes, Ct);

        var altered = await ApiResponses.ProblemAsync(await client.GetAsync($"/api/applications/{number}/document", Ct), HttpStatusCode.ServiceUnavailable);
        Assert.Equal("DOC-0004", altered.GetProperty("errorCode").GetString());
        var verification = await Factory.CreateClient().GetFromJsonAsync<JsonElement>($"/api/documents/{document.Id}/verification", Ct);
        Assert.False(verification.GetProperty("hashMatches").GetBoolean());

        File.Delete(path);
        var missing = await ApiResponses.ProblemAsync(await client.GetAsync($"/api/documents/{document.Id}", Ct), HttpStatusCode.ServiceUnavailable);
        Assert.Equal("DOC-0003", missing.GetProperty("errorCode").GetString());
        await ApiResponses.ProblemAsync(await Factory.CreateClient().GetAsync($"/api/documents/{document.Id}/verification", Ct), HttpStatusCode.ServiceUnavailable);
    }

    // ADR 0029: a document issued before the store (PDF in the database column) is still served; "documents
    // migrate-to-store" moves it (written, read back, checked, then the column cleared) and it is served from the store.
    // The append-only trigger allows clearing the PDF and nothing else (ADR 0008).
    [Fact]
    public async Task LegacyRowInDatabase_Served_ThenMigratedToStore()
    {
        var (client, _, issued) = await IssueAsync();
        var store = Factory.Services.GetRequiredService<IDocumentBlobStore>();
        var legacyPdf = (await store.GetAsync(issued.Sha256, Ct))!.Concat("\n% issued before ADR 0029\n"u8.ToArray()).ToArray();
        var legacy = new StoredDocument
        {
            Id = Guid.CreateVersion7(),
            Kind = issued.Kind,
            Number = "L" + Guid.NewGuid().ToString("N")[..12],
            TitleKk = issued.TitleKk,
            TitleRu = issued.TitleRu,
            OwnerId = issued.OwnerId,
            StatementJson = issued.StatementJson,
            Pdf = legacyPdf,
            Sha256 = DocumentSigner.Sha256Hex(legacyPdf),
            Signature = issued.Signature,
            SignerSubject = issued.SignerSubject,
            IssuedAt = issued.IssuedAt,
        };
        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            db.Documents.Add(legacy);
            await db.SaveChangesAsync(Ct);
        }

        Assert.Null(await store.GetAsync(legacy.Sha256, Ct));
        Assert.Equal(legacyPdf, await client.GetByteArrayAsync($"/api/documents/{legacy.Id}", Ct));

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var (moved, refused) = await scope.ServiceProvider.GetRequiredService<DocumentStoreMigration>().RunAsync(100, Ct);
            Assert.True(moved >= 1);
            Assert.Equal(0, refused);
            var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
            Assert.Null(await db.Documents.AsNoTracking().Where(d => d.Id == legacy.Id).Select(d => d.Pdf).SingleAsync(Ct));
            Assert.False(await db.Documents.AnyAsync(d => d.Pdf != null, Ct));
            // Still append-only: any other change is refused by the database itself.
            await Assert.ThrowsAnyAsync<Exception>(() => db.Documents.Where(d => d.Id == legacy.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Kind, "forged"), Ct));
            await Assert.ThrowsAnyAsync<Exception>(() => db.Documents.Where(d => d.Id == legacy.Id).ExecuteDeleteAsync(Ct));
        }

        Assert.Equal(legacyPdf, await store.GetAsync(legacy.Sha256, Ct));
        Assert.Equal(legacyPdf, await client.GetByteArrayAsync($"/api/documents/{legacy.Id}", Ct));
    }

    private async Task<(HttpClient Client, string Number, StoredDocument Document)> IssueAsync()
    {
        var client = await Factory.SignedInAsync(DemoData.Aigerim.Iin);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/services/land.cadastral-info/applications")
        {
            Content = JsonContent.Create(new { fields = new { cadastralNumber = "75-123-045-067" } }),
        };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        var number = (await ApiResponses.CreatedAsync(await client.SendAsync(request, Ct))).GetProperty("number").GetString()!;
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        var id = await db.Applications.Where(a => a.Number == number).Select(a => a.ResultDocumentId).SingleAsync(Ct);
        return (client, number, await db.Documents.AsNoTracking().SingleAsync(d => d.Id == id, Ct));
    }
}

public sealed class SqliteDocumentStoreTests(SqliteHost host) : DocumentStoreTests, IClassFixture<SqliteHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}

public sealed class PostgresDocumentStoreTests(PostgresHost host) : DocumentStoreTests, IClassFixture<PostgresHost>
{
    protected override QyzmetFactory Factory => host.Factory;
}
