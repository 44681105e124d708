using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Seeding;
using Qyzmet.Platform.Trust;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Documents;

/// <summary>
/// Issue 10 items 1, 3 and 5: what a person reads on a result document, checked in the PDF's own text (pdftotext), on a
/// host of its own whose clock the tests move and whose public address is configured as a deployment's would be.
/// </summary>
public sealed class DocumentPresentationTests : IAsyncLifetime
{
    private const string PublicBase = "https://qyzmet.example.kz";
    private readonly QyzmetFactory _host = new("sqlite", null);
    private WebApplicationFactory<Program> _factory = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _factory = _host.WithWebHostBuilder(b => b.UseSetting("Qyzmet:PublicBaseUrl", PublicBase));
        _ = _factory.Server;
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _host.DisposeAsync();
    }

    // Issue 10 item 1: a document issued at 21:04 UTC on 29 November is issued at 02:04 on 30 November in Almaty (UTC+5
    // since 2024-03-01); the header, like every date a person reads, says so (UTC stays in storage and the API).
    [Fact]
    public async Task IssueTime_PrintedInAlmatyTime()
    {
        _host.Clock.Advance(new DateTimeOffset(2026, 11, 29, 21, 4, 0, TimeSpan.Zero) - _host.Clock.GetUtcNow());
        var (_, text) = await IssueLandInfoAsync();

        Assert.Contains("берілген күні 30.11.2026 02:04", text, StringComparison.Ordinal);
        Assert.Contains("дата выдачи 30.11.2026 02:04", text, StringComparison.Ordinal);
        Assert.DoesNotContain("29.11.2026", text, StringComparison.Ordinal);
    }

    // Issue 10 item 5, decision D-313: numbers are written with the Kazakh/Russian decimal comma ("0,1000 га") and names
    // surname, name, patronymic (the captions «тегі, аты, әкесінің аты» / «Ф.И.О.»).
    [Fact]
    public async Task Numbers_DecimalComma_NamesSurnameFirst()
    {
        var (_, text) = await IssueLandInfoAsync();

        Assert.Contains("0,1000 га", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0.1000", text, StringComparison.Ordinal);
        Assert.Contains("ЖАНБОЛАТОВА АЙГЕРІМ СЕРІКҚЫЗЫ", text, StringComparison.Ordinal);
    }

    // Issue 10 item 3: the verification link under the QR code is the deployment's public address, not the default listen URL.
    [Fact]
    public async Task VerificationLink_UsesConfiguredPublicBaseUrl()
    {
        var (app, text) = await IssueLandInfoAsync();

        Assert.Contains($"{PublicBase}/verify/{app.GetProperty("documentId").GetString()}", text.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", text, StringComparison.Ordinal);
    }

    // Issue 10 item 3: every certificate's CRL distribution point is the deployment's public address too.
    [Fact]
    public void CertificateCrlAddress_UsesConfiguredPublicBaseUrl()
    {
        var ca = _factory.Services.GetRequiredService<PlatformCertificateAuthority>();
        using var certificate = ca.Issue(new CertificateProfile(DemoData.Igor.Iin, "CRL ADDRESS", KeyPurpose.Signing));

        var distribution = certificate.Extensions["2.5.29.31"];
        Assert.NotNull(distribution);
        Assert.Contains(PublicBase + "/pki/crl", System.Text.Encoding.ASCII.GetString(distribution.RawData), StringComparison.Ordinal);
    }

    // Issue 10 item 3: outside Development the public address has no default; starting without it is a start-up error
    // that names the setting (instead of printing links to 127.0.0.1 on every document).
    [Fact]
    public async Task Production_WithoutPublicBaseUrl_FailsAtStartUpNamingTheSetting()
    {
        await using var host = new QyzmetFactory("sqlite", null);
        await using var production = host.WithWebHostBuilder(b => b.UseEnvironment("Production"));

        var error = Assert.ThrowsAny<Exception>(() => production.Server);

        var messages = string.Join(" | ", Chain(error).Select(e => e.Message));
        Assert.Contains("Qyzmet:PublicBaseUrl", messages, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Chain(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Chain))
                {
                    yield return inner;
                }
            }
        }
    }

    private async Task<(JsonElement App, string Text)> IssueLandInfoAsync()
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        (await client.PostAsJsonAsync("/api/dev/sign-in", new { id = DemoData.Aigerim.Iin }, Ct)).EnsureSuccessStatusCode();
        var app = await ApiResponses.CreatedAsync(await client.PostAsJsonAsync("/api/services/land.cadastral-info/applications",
            new { fields = new { cadastralNumber = "75-123-045-067" } }, Ct));
        var pdf = await client.GetByteArrayAsync($"/api/applications/{app.GetProperty("number").GetString()}/document", Ct);
        var text = await PdfText.ExtractAsync(pdf);
        if (Environment.GetEnvironmentVariable("QYZMET_DUMP_TEXT") is { Length: > 0 } dump)
        {
            await File.WriteAllTextAsync(dump, text, Ct);
        }

        return (app, text);
    }
}
