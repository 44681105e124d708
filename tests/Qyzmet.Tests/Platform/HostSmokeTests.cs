using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Qyzmet.Tests.Platform;

/// <summary>Starts the platform the way the README says (dotnet run --project src/Qyzmet.Host) on a fresh data folder.</summary>
public sealed class HostSmokeTests
{
    [Fact]
    public async Task DotnetRun_FreshDataFolder_ServesHealthAndSeededCatalog()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = ProcedureDeclarationTests.RepositoryRoot();
        var data = Directory.CreateTempSubdirectory("qyzmet-smoke-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // --no-build: the test run has just built the host; the rest is exactly the README's command.
        foreach (var arg in new[] { "run", "--no-build", "--project", "src/Qyzmet.Host", "--", $"--urls=http://127.0.0.1:{port}", $"--Qyzmet:DataPath={data}",
            $"--Qyzmet:Payments:GatewayUrl=http://127.0.0.1:{FreePort()}" }) // the simulated gateway on a free port too (ADR 0020)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
            var deadline = DateTime.UtcNow.AddSeconds(90);
            HttpStatusCode? status = null;
            while (DateTime.UtcNow < deadline && status != HttpStatusCode.OK && !process.HasExited)
            {
                try
                {
                    status = (await http.GetAsync("/health", ct)).StatusCode;
                }
                catch (HttpRequestException)
                {
                    await Task.Delay(500, ct);
                }
            }

            Assert.True(status == HttpStatusCode.OK, "host did not become healthy:\n" + output);
            Assert.Contains("land.cadastral-info", await http.GetStringAsync("/api/services", ct));
            Assert.True(File.Exists(Path.Combine(data, "qyzmet.db")));
            lock (output)
            {
                Assert.Contains("Demo accounts", output.ToString());
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(ct);
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS temp cleaner.
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
