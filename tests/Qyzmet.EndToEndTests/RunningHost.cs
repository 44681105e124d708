using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Qyzmet.EndToEndTests;

/// <summary>The platform started as the README says (dotnet run --project src/Qyzmet.Host) on a fresh data folder.</summary>
public class RunningHost : IAsyncLifetime
{
    private readonly StringBuilder _output = new();
    private Process? _process;
    private string? _data;

    public string BaseUrl { get; private set; } = "";

    /// <summary>Where the simulated payment gateway listens (its own web app, started by the host).</summary>
    public string GatewayUrl { get; private set; } = "";

    /// <summary>The host's data folder (its demo key files are under pki/keys).</summary>
    public string DataPath => _data ?? "";

    /// <summary>More command-line settings for the host.</summary>
    protected virtual IEnumerable<string> ExtraArguments => [];

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>The host's last output lines, for a failure message.</summary>
    public string OutputTail(int lines)
    {
        var all = Output.Split('\n');
        return string.Join('\n', all[Math.Max(0, all.Length - lines)..]);
    }

    public virtual async ValueTask InitializeAsync()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Qyzmet.slnx")))
        {
            root = root.Parent;
        }

        _data = Directory.CreateTempSubdirectory("qyzmet-e2e-").FullName;
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        BaseUrl = $"http://127.0.0.1:{port}";
        // The simulated payment gateway the host starts in-process gets a free port of its own too (ADR 0020).
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            GatewayUrl = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        }

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = root!.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "run", "--no-build", "--project", "src/Qyzmet.Host", "--", $"--urls={BaseUrl}", $"--Qyzmet:DataPath={_data}", $"--Qyzmet:PublicBaseUrl={BaseUrl}", $"--Qyzmet:Payments:GatewayUrl={GatewayUrl}",
            // Every journey signs in from 127.0.0.1, many staff in turn: the sign-in limits (D-802) are tested by SignInRateLimitTests.
            "--Qyzmet:Limits:SignInPerAddress=1000000", "--Qyzmet:Limits:SignInPerIin=1000000" }.Concat(ExtraArguments))
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        _process.ErrorDataReceived += (_, e) => { lock (_output) { _output.AppendLine(e.Data); } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(180);
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            try
            {
                if ((await http.GetAsync(BaseUrl + "/health")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or too slow to answer on a loaded machine: ask again until the deadline.
            }

            await Task.Delay(500);
        }

        throw new InvalidOperationException("The host did not start:\n" + Output);
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try
        {
            if (_data is not null)
            {
                Directory.Delete(_data, recursive: true);
            }
        }
        catch (IOException)
        {
            // Left for the OS temp cleaner.
        }
    }
}
