using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Kernel.Errors;
using Qyzmet.Platform.Documents;

namespace Qyzmet.Tests.Documents;

/// <summary>
/// An S3-compatible server on 127.0.0.1 for the adapter's test (ADR 0029, D-380): moto's <c>moto_server</c> (Python), started
/// once per test class on a free port. Absent, the tests skip, unless QYZMET_REQUIRE_S3=1 (then they fail).
/// </summary>
public sealed class S3Server : IAsyncLifetime
{
    private Process? _process;

    public string? Url { get; private set; }

    public string? Missing { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("QYZMET_S3_SERVER") ?? FindOnPath("moto_server");
        if (executable is null)
        {
            Missing = "moto_server is not installed (pip install 'moto[server]')";
            return;
        }

        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        _process = Process.Start(new ProcessStartInfo(executable, ["-H", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        })!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var i = 0; i < 300; i++)
        {
            try
            {
                await http.GetAsync($"http://127.0.0.1:{port}/");
                Url = $"http://127.0.0.1:{port}";
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }

        Missing = "moto_server did not answer within 30 s";
    }

    public ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
        }

        _process?.Dispose();
        return ValueTask.CompletedTask;
    }

    private static string? FindOnPath(string name) => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
        .Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);
}

/// <summary>ADR 0029 item 3: the S3-compatible store keeps the exact bytes under their hash, and verification stays exact through it.</summary>
public sealed class S3DocumentStoreTests(S3Server server) : IClassFixture<S3Server>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // ADR 0029 items 3 and 4: put, get back the same bytes; a hash never put is "none" (DOC-0003 on read); bytes altered in the
    // bucket are refused on read (DOC-0004), never handed out.
    [Fact]
    public async Task S3Store_PutGetAndVerify_ThroughTheAdapter()
    {
        if (server.Url is null)
        {
            Assert.SkipWhen(Environment.GetEnvironmentVariable("QYZMET_REQUIRE_S3") != "1", server.Missing!);
            Assert.Fail(server.Missing);
        }

        var options = new S3DocumentStoreOptions { ServiceUrl = server.Url, Bucket = "qyzmet-docs", AccessKey = "test", SecretKey = "test", Prefix = "documents/" };
        using var client = new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey),
            new AmazonS3Config { ServiceURL = options.ServiceUrl, ForcePathStyle = true, AuthenticationRegion = options.Region });
        await client.PutBucketAsync(options.Bucket, Ct);
        var store = new S3DocumentBlobStore(client, options);

        var pdf = System.Text.Encoding.ASCII.GetBytes("%PDF-1.7\n% generated for the S3 store test " + Guid.NewGuid() + "\n%%EOF\n");
        var sha256 = DocumentSigner.Sha256Hex(pdf);
        await store.PutAsync(sha256, pdf, Ct);
        Assert.Equal(pdf, await store.GetAsync(sha256, Ct));
        var contents = new DocumentContents(store);
        Assert.Equal(pdf, await contents.ReadAsync("D2026-00000001", null, sha256, Ct));

        var absent = DocumentSigner.Sha256Hex([1, 2, 3]);
        Assert.Null(await store.GetAsync(absent, Ct));
        var missing = await Assert.ThrowsAsync<QyzmetException>(() => contents.ReadAsync("D2026-00000002", null, absent, Ct));
        Assert.Equal(DocumentErrors.ContentMissing.Code, missing.Error.Code);

        using (var altered = new MemoryStream([.. pdf, (byte)' ']))
        {
            await client.PutObjectAsync(new PutObjectRequest { BucketName = options.Bucket, Key = store.KeyOf(sha256), InputStream = altered }, Ct);
        }

        var refused = await Assert.ThrowsAsync<QyzmetException>(() => contents.ReadAsync("D2026-00000001", null, sha256, Ct));
        Assert.Equal(DocumentErrors.ContentAltered.Code, refused.Error.Code);
    }
}
