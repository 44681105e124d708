using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CsCheck;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Cases;
using Qyzmet.Platform.Data;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Security;

/// <summary>
/// Issue 17 "oversized uploads, wrong MIME types and files that lie about their type, path traversal in file names" (D-817):
/// the attachments endpoint (every upload of the platform ends in AttachmentService: e-copies, the S1 photo and signature,
/// the paper answer's scan) gets traversal, absolute, NUL, very long and unicode-trick names, and files whose first bytes,
/// extension and Content-Type disagree. Each is refused with a 4xx ProblemDetails naming the problem, or stored under a
/// clean name: its last segment only, no control or invisible characters, at most 120 characters, the content's extension.
/// Files live in the database: nothing is ever written to the file system under the client's name.
/// </summary>
public sealed class HostileUploadTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private const string Passport = "real-estate.cadastral-passport";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly byte[] Pdf = "%PDF-1.7 copy"u8.ToArray();
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3];

    private async Task<(HttpClient Client, string Number)> OpenApplicationAsync()
    {
        var applicant = await host.Factory.SignedInAsync(DemoData.Nurlan.Iin);
        var response = await applicant.PostAsJsonAsync($"/api/services/{Passport}/applications",
            new { fields = new { cadastralNumber = "75-050-011-002:1:14", consent = "given" } }, Ct);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync(Ct));
        return (applicant, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("number").GetString()!);
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string number, string name, byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        using var form = new MultipartFormDataContent();
        // The name goes as sent (filename*= for what is not ASCII), as a hostile client would send it.
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileNameStar = name };
        form.Add(content);
        return await client.PostAsync($"/api/applications/{number}/attachments", form, Ct);
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("..\\..\\windows\\x.pdf", "x.pdf")]
    [InlineData("/etc/passwd", "passwd.pdf")]
    [InlineData("C:\\Windows\\System32\\cmd.exe", "cmd.exe.pdf")]
    [InlineData("..", "file.pdf")]
    [InlineData("a\0b.pdf", "ab.pdf")]
    [InlineData("invoice\u202Efdp.exe", "invoicefdp.exe.pdf")]
    [InlineData(".htaccess", "htaccess.pdf")]
    [InlineData("report", "report.pdf")]
    [InlineData("Акт\u200B приёмки.PDF", "Акт приёмки.pdf")]
    public async Task HostileNames_AreStoredAsTheirCleanLastSegment_WithTheContentsExtension(string name, string stored)
    {
        var (client, number) = await OpenApplicationAsync();
        var response = await UploadAsync(client, number, name, Pdf, "application/pdf");
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(stored, (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("fileName").GetString());
    }

    // A multipart form the server cannot read (here a part header beyond the form reader's 16 KB limit) is a form problem,
    // and the answer says so in the caller's language, not "send valid JSON" (D-819, SEC-0011); nothing is stored.
    [Fact]
    public async Task UnreadableMultipartForm_IsNamedAsAFormProblem_NotAsJson()
    {
        var (client, number) = await OpenApplicationAsync();
        var content = new ByteArrayContent(Pdf);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Headers.TryAddWithoutValidation("X-Padding", new string('a', 50_000));
        using var form = new MultipartFormDataContent();
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("form-data") { Name = "\"file\"", FileName = "\"copy.pdf\"" };
        form.Add(content);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/applications/{number}/attachments") { Content = form };
        request.Headers.AcceptLanguage.ParseAdd("ru");
        var response = await client.SendAsync(request, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal("SEC-0011", problem.GetProperty("errorCode").GetString());
        Assert.Contains("multipart/form-data", problem.GetProperty("detail").GetString());
        Assert.DoesNotContain("JSON", problem.GetProperty("detail").GetString());
        await using var scope = host.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        Assert.False(await db.Attachments.AnyAsync(a => db.Applications.Any(x => x.Id == a.ApplicationId && x.Number == number), Ct));
    }

    [Fact]
    public async Task VeryLongName_IsCutTo120_KeepingTheExtension()
    {
        var (client, number) = await OpenApplicationAsync();
        var response = await UploadAsync(client, number, string.Concat(Enumerable.Repeat("ӘҚ👍", 300)) + ".pdf", Pdf, "application/pdf");
        var name = (await ApiResponses.CreatedAsync(response)).GetProperty("fileName").GetString()!;
        Assert.True(name.Length <= UploadedFileName.MaxLength, name);
        Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
        Assert.DoesNotContain(name.EnumerateRunes(), r => r == System.Text.Rune.ReplacementChar); // no character cut in half
    }

    [Fact]
    public async Task FilesThatLie_AboutTheirType_AreRefusedNamingIt_AndNothingIsStored()
    {
        var (client, number) = await OpenApplicationAsync();
        var before = await AttachmentCountAsync();
        // Content-Type says PDF, the bytes are PNG; an executable called PDF; empty; a PNG named .pdf.
        Assert.Equal("CASE-0011", (await ApiResponses.ProblemAsync(await UploadAsync(client, number, "a.pdf", Png, "application/pdf"), HttpStatusCode.UnsupportedMediaType)).GetProperty("errorCode").GetString());
        Assert.Equal("CASE-0011", (await ApiResponses.ProblemAsync(await UploadAsync(client, number, "a.pdf", "MZ\x90\0"u8.ToArray(), "application/pdf"), HttpStatusCode.UnsupportedMediaType)).GetProperty("errorCode").GetString());
        Assert.Equal("CASE-0011", (await ApiResponses.ProblemAsync(await UploadAsync(client, number, "a.html", "<script>alert(1)</script>"u8.ToArray(), "text/html"), HttpStatusCode.UnsupportedMediaType)).GetProperty("errorCode").GetString());
        Assert.Equal("CASE-0012", (await ApiResponses.ProblemAsync(await UploadAsync(client, number, "a.pdf", [], "application/pdf"), HttpStatusCode.BadRequest)).GetProperty("errorCode").GetString());
        var lie = await ApiResponses.ProblemAsync(await UploadAsync(client, number, "scan.pdf", Png, "image/png"), HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("SEC-0010", lie.GetProperty("errorCode").GetString());
        Assert.Contains(".pdf", lie.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(lie.GetProperty("errors").TryGetProperty("file", out _));
        Assert.Equal("SEC-0010", (await ApiResponses.ProblemAsync(await UploadAsync(client, number, "photo.jpg", Pdf, "application/pdf"), HttpStatusCode.UnsupportedMediaType)).GetProperty("errorCode").GetString());
        var oversized = new byte[AttachmentErrors.MaxBytes + 1];
        Pdf.CopyTo(oversized, 0);
        var big = await UploadAsync(client, number, "big.pdf", oversized, "application/pdf");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, big.StatusCode);
        Assert.Equal(before, await AttachmentCountAsync());
    }

    /// <summary>
    /// The property (CsCheck, bounded): any name (random unicode, separators, dots, control characters) with any of the
    /// accepted contents is a 201 with a clean name or a 4xx ProblemDetails (SEC-0010); never a 5xx.
    /// </summary>
    [Fact]
    public async Task AnyNameAndContent_IsStoredClean_OrRefusedWith4xx()
    {
        var (client, number) = await OpenApplicationAsync();
        var names = Gen.OneOf(
            Gen.String,
            Gen.Char["./\\\0\u202E\u200B:*?\"<>| aéӘ👍\r\n\t"].Array[0, 40].Select(c => new string(c)),
            Gen.Select(Gen.String[0, 30], Gen.OneOfConst(".pdf", ".PNG", ".jpeg", ".exe", "", ".", ".."), (s, e) => s + e));
        var contents = Gen.OneOfConst((Pdf, "application/pdf"), (Png, "image/png"), (Jpeg, "image/jpeg"));
        await Gen.Select(names, contents).SampleAsync(async sample =>
        {
            var (name, (bytes, type)) = sample;
            var response = await UploadAsync(client, number, name, bytes, type);
            var text = await response.Content.ReadAsStringAsync(Ct);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                var stored = JsonDocument.Parse(text).RootElement.GetProperty("fileName").GetString()!;
                string[] extensions = type switch { "application/pdf" => [".pdf"], "image/png" => [".png"], _ => [".jpg", ".jpeg"] };
                Assert.True(stored.Length is > 0 and <= UploadedFileName.MaxLength, stored);
                Assert.True(stored.IndexOfAny(['/', '\\', '\0', '\u202E', '\u200B', '\r', '\n']) < 0 && !stored.StartsWith('.'), Escape(stored));
                Assert.True(extensions.Any(e => stored.EndsWith(e, StringComparison.OrdinalIgnoreCase)), Escape(stored));
            }
            else
            {
                Assert.True((int)response.StatusCode is >= 400 and < 500 && text.Contains("\"errorCode\"", StringComparison.Ordinal),
                    $"{Escape(name)} ({type}): {(int)response.StatusCode} {text}");
            }
        }, iter: 150, threads: 1, print: s => Escape(s.Item1));
    }

    private static string Escape(string s) => JsonSerializer.Serialize(s);

    private async Task<int> AttachmentCountAsync()
    {
        using var scope = host.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().Attachments.CountAsync(Ct);
    }
}
