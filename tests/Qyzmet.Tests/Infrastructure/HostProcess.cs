using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Qyzmet.Tests.Infrastructure;

/// <summary>
/// The built host (<c>dotnet Qyzmet.Host.dll</c>, the assembly this test project references) run as a child process on
/// 127.0.0.1, for the fault tests that must kill it for real (SIGKILL) or run its command-line tools (issue 17).
/// </summary>
public sealed class HostProcess : IAsyncDisposable
{
    private readonly StringBuilder _output = new();
    private readonly Process _process;

    private HostProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        // A test that times out is abandoned, not unwound: the child must not outlive the test run.
        AppDomain.CurrentDomain.ProcessExit += KillOnExit;
    }

    private void KillOnExit(object? sender, EventArgs e)
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public string BaseUrl { get; }

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

    /// <summary>A free TCP port on 127.0.0.1.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>
    /// The settings every child host of a test gets: Development (demo data, the development sign-in), the given data folder
    /// and database, the simulated payment gateway on a free loopback port, the sign-in limits raised.
    /// </summary>
    public static Dictionary<string, string> Settings(string dataPath, string provider, string? connectionString) => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Development",
        ["Qyzmet__DataPath"] = dataPath,
        ["Qyzmet__Database__Provider"] = provider,
        ["ConnectionStrings__Qyzmet"] = connectionString ?? "",
        ["Qyzmet__Payments__GatewayUrl"] = $"http://127.0.0.1:{FreePort()}",
        ["Qyzmet__Limits__SignInPerAddress"] = "1000000",
        ["Qyzmet__Limits__SignInPerIin"] = "1000000",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    /// <summary>Starts the host on <paramref name="port"/> (a free one by default) and returns once <c>/health</c> answers (or throws with its output).</summary>
    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> settings, TimeSpan within, CancellationToken ct, int? port = null)
    {
        var baseUrl = $"http://127.0.0.1:{port ?? FreePort()}";
        var start = Prepare(settings, [$"--urls={baseUrl}", $"--Qyzmet:PublicBaseUrl={baseUrl}"]);
        var process = Process.Start(start)!;
        var host = new HostProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < within && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync(baseUrl + "/health", ct)).IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                // Not listening yet.
            }

            await Task.Delay(100, ct);
        }

        await host.DisposeAsync();
        throw new InvalidOperationException($"The host did not start within {within}:{Environment.NewLine}{host.Output}");
    }

    /// <summary>Runs a command of the host's command line (<c>audit verify</c>, …) to its end: the exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunCommandAsync(IReadOnlyDictionary<string, string> settings, IEnumerable<string> arguments,
        TimeSpan within, CancellationToken ct)
    {
        using var process = Process.Start(Prepare(settings, arguments))!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(within);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The host's command did not finish within {within}.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>SIGKILL: no shutdown, no flush, no finally block; what the kernel does to a process that runs out of memory.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static ProcessStartInfo Prepare(IReadOnlyDictionary<string, string> settings, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
