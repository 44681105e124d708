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
        // --no-build: the test run has just built the host; the rest is exactly the README's command. D-372: with the
        // simulated gateway's default port 5081 taken (here by the test; on a shared machine by another engineer's host)
        // and no Qyzmet:Payments:GatewayUrl given, the Development host picks a free port for it instead of stopping.
        using var holder = HoldDefaultGatewayPort();
        foreach (var arg in new[] { "run", "--no-build", "--project", "src/Qyzmet.Host", "--", $"--urls=http://127.0.0.1:{port}", $"--Qyzmet:DataPath={data}" })
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
            // Issue 11 "no internal ids": the banner's demo staff read as role and unit labels; only the IIN (to sign in) is an id.
            // The banner is written once the server listens: wait for its last line.
            var waitUntil = DateTime.UtcNow.AddSeconds(20);
            while (DateTime.UtcNow < waitUntil && !Snapshot(output).Contains("ОРЫНДАУШЫ СЕРІК", StringComparison.Ordinal))
            {
                await Task.Delay(200, ct);
            }

            var banner = Snapshot(output);
            Assert.Contains("Demo accounts", banner);
            Assert.Matches(@"payments: simulated gateway at http://127\.0\.0\.1:(?!5081\b)\d+ ", banner);
            Assert.Contains("830630400837  ТІРКЕУОВА ГҮЛНАР  Provider's executor, Отдел ЗАГС Департамента юстиции г. Алматы", banner);
            Assert.Contains("920404400817  ОПЕРАТОРОВА ӘСЕЛ  PSC operator, ЦОН №1 г. Алматы", banner);
            foreach (var id in new[] { "provider-executor", "psc-operator", "(land-centre-75)", "(sc-re-75)", "(platform)" })
            {
                Assert.DoesNotContain(id, banner);
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

    private static string Snapshot(System.Text.StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    /// <summary>Holds 127.0.0.1:5081 for the test; null when another process already holds it (then it is taken anyway).</summary>
    private static TcpListener? HoldDefaultGatewayPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 5081);
        try
        {
            listener.Start();
            return listener;
        }
        catch (SocketException)
        {
            listener.Dispose();
            return null;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
