using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Npgsql;
using Qyzmet.Tests.Infrastructure;

[assembly: AssemblyFixture(typeof(PostgresServer))]

namespace Qyzmet.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL server for the whole test assembly, started from the installed binaries
/// (<c>initdb</c> + <c>pg_ctl</c>) in a fresh temp directory on a free 127.0.0.1 port, and stopped
/// (<c>pg_ctl stop -m immediate</c>) and deleted when the test run ends, whether tests passed or not.
/// </summary>
/// <remarks>
/// <para>Tests get it by constructor injection (it is an xunit v3 assembly fixture) and call
/// <see cref="EnsureAvailable"/> first, or just use <see cref="ConnectionString"/> /
/// <see cref="CreateDatabase"/>, which call it for them.</para>
/// <para>Binaries are looked up in <c>$QYZMET_PG_BIN</c>, then <c>/usr/lib/postgresql/&lt;highest version&gt;/bin</c>,
/// then <c>PATH</c>. When none are found the test is skipped, unless <c>QYZMET_REQUIRE_POSTGRES</c> is set
/// (CI), in which case it fails. A server that was found but failed to start always fails the test,
/// with the initdb output and server log in the message.</para>
/// <para>When the process runs as root (CI), <c>initdb</c> and <c>pg_ctl</c> run through
/// <c>runuser -u postgres --</c> (or a system user <c>qyzmetpg</c> created on the spot), because
/// PostgreSQL refuses to run as root.</para>
/// </remarks>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string BinEnvironmentVariable = "QYZMET_PG_BIN";
    public const string RequireEnvironmentVariable = "QYZMET_REQUIRE_POSTGRES";

    private const string FallbackSystemUser = "qyzmetpg";
    private const int StartAttempts = 3;

    private readonly Lock _stopLock = new();
    private string? _binDirectory;
    private string? _runAsUser;
    private string? _rootDirectory;
    private string? _dataDirectory;
    private string? _connectionString;
    private string? _startOptions;
    private Exception? _startupError;
    private bool _started;
    private bool _stopped;

    /// <summary>True once the server is running and accepts connections.</summary>
    public bool Available => _connectionString is not null;

    /// <summary>Why the server is not available (binaries missing or startup failed); null when available.</summary>
    public string? UnavailableReason { get; private set; }

    /// <summary>True when <c>QYZMET_REQUIRE_POSTGRES</c> is set to anything but <c>0</c>/<c>false</c>: an absent server fails instead of skipping.</summary>
    public static bool Required
    {
        get
        {
            var value = Environment.GetEnvironmentVariable(RequireEnvironmentVariable);
            return !string.IsNullOrWhiteSpace(value)
                && value.Trim() is not "0"
                && !value.Trim().Equals("false", StringComparison.OrdinalIgnoreCase);
        }
    }

    /// <summary>Whether the server has the PostGIS extension (created in every database this fixture makes).</summary>
    public bool PostGisAvailable { get; private set; }

    /// <summary>TCP port the server listens on (127.0.0.1 only); 0 when not available.</summary>
    public int Port { get; private set; }

    /// <summary>Connection string of the <c>postgres</c> superuser on the <c>postgres</c> database.</summary>
    public string ConnectionString
    {
        get
        {
            EnsureAvailable();
            return _connectionString!;
        }
    }

    /// <summary>
    /// Call at the start of a test that needs PostgreSQL. Returns when the server is running; otherwise
    /// skips the test (<see cref="Assert.Skip(string)"/>) with the reason, or throws when
    /// <c>QYZMET_REQUIRE_POSTGRES</c> is set or when binaries were found but the server failed to start.
    /// </summary>
    public void EnsureAvailable()
    {
        if (Available)
        {
            return;
        }

        if (_startupError is not null)
        {
            throw new InvalidOperationException(
                $"PostgreSQL test server failed to start from {_binDirectory}; the inner exception has the initdb output and server log.",
                _startupError);
        }

        var reason = UnavailableReason ?? "PostgreSQL test server was not started.";
        if (Required)
        {
            throw new InvalidOperationException($"{reason} ({RequireEnvironmentVariable} is set, so this is a failure, not a skip.)");
        }

        Assert.Skip(reason);
    }

    /// <summary>The folder of the server binaries (pg_dump, pg_restore, createdb beside pg_ctl); null when none were found.</summary>
    public string? BinDirectory => _binDirectory;

    /// <summary>
    /// A server of the test's own, not the assembly's shared one: for tests that stop and start it (issue 17 faults).
    /// Dispose it to stop and delete it. Skips or fails as <see cref="EnsureAvailable"/> does.
    /// </summary>
    public static async Task<PostgresServer> StartOwnAsync()
    {
        var server = new PostgresServer();
        await ((IAsyncLifetime)server).InitializeAsync();
        try
        {
            server.EnsureAvailable();
        }
        catch
        {
            await ((IAsyncDisposable)server).DisposeAsync();
            throw;
        }

        return server;
    }

    /// <summary>Stops the running server (<c>pg_ctl stop -m &lt;mode&gt;</c>), keeping its data for <see cref="StartAgainAsync"/>.</summary>
    public async Task StopServerAsync(string mode = "fast")
    {
        EnsureAvailable();
        await RunAsync(Path.Combine(_binDirectory!, "pg_ctl"), ["-D", _dataDirectory!, "-m", mode, "-w", "-t", "60", "stop"], asServerUser: true);
    }

    /// <summary>Starts the server stopped by <see cref="StopServerAsync"/> again, on the same port; returns once it accepts connections.</summary>
    public async Task StartAgainAsync()
    {
        EnsureAvailable();
        var logFile = Path.Combine(_rootDirectory!, "server.log");
        await RunAsync(Path.Combine(_binDirectory!, "pg_ctl"), ["-D", _dataDirectory!, "-l", logFile, "-w", "-t", "60", "-o", _startOptions!, "start"],
            asServerUser: true);
        await WaitForConnectionsAsync(_connectionString!, logFile);
    }

    /// <summary>Creates a new, empty database and returns a connection string to it.</summary>
    public string CreateDatabase(string name) =>
        CreateDatabaseAsync(name).GetAwaiter().GetResult();

    /// <inheritdoc cref="CreateDatabase"/>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Contains('\0', StringComparison.Ordinal) || Encoding.UTF8.GetByteCount(name) > 63)
        {
            throw new ArgumentException("Database names are at most 63 bytes and cannot contain NUL.", nameof(name));
        }

        EnsureAvailable();
        await using (var connection = new NpgsqlConnection(_connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var database = new NpgsqlConnectionStringBuilder(_connectionString) { Database = name }.ConnectionString;
        await using (var connection = new NpgsqlConnection(database))
        {
            // D-534: PostGIS where the server has it (CI installs postgresql-15-postgis-3), so the migrations add the
            // land cadastre's geometry column and GiST index; without it the schema works on the bounding-box columns.
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'postgis')";
            PostGisAvailable = (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
            if (PostGisAvailable)
            {
                command.CommandText = "CREATE EXTENSION IF NOT EXISTS postgis";
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        return database;
    }

    /// <summary>Creates a new database with a unique name built from <paramref name="prefix"/>.</summary>
    public Task<string> CreateUniqueDatabaseAsync(string prefix = "test", CancellationToken cancellationToken = default)
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var safePrefix = prefix.Length > 40 ? prefix[..40] : prefix;
        return CreateDatabaseAsync($"{safePrefix}_{suffix}", cancellationToken);
    }

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        _binDirectory = FindBinDirectory(out var notFoundReason);
        if (_binDirectory is null)
        {
            UnavailableReason = notFoundReason;
            return;
        }

        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
        try
        {
            await StartAsync();
        }
        catch (Exception ex)
        {
            _startupError = ex;
            UnavailableReason = $"PostgreSQL test server failed to start from {_binDirectory}: {ex.Message}";
            Stop();
        }
    }

    ValueTask IAsyncDisposable.DisposeAsync()
    {
        Stop();
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        return ValueTask.CompletedTask;
    }

    private void OnProcessExit(object? sender, EventArgs e) => Stop();

    private async Task StartAsync()
    {
        _runAsUser = await ResolveRunAsUserAsync();

        // Under root the server runs as another user, who must be able to reach the directory: /tmp is
        // world-traversable, whereas a root TMPDIR (e.g. under /root) may not be.
        var tempBase = _runAsUser is null ? Path.GetTempPath() : "/tmp";
        _rootDirectory = Path.Combine(tempBase, "qyzmet-pg-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(_rootDirectory);
        _dataDirectory = Path.Combine(_rootDirectory, "data");
        if (_runAsUser is not null)
        {
            await RunAsync("chown", [_runAsUser, _rootDirectory], asServerUser: false);
        }

        var initdb = await RunAsync(
            Path.Combine(_binDirectory!, "initdb"),
            ["-D", _dataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync"],
            asServerUser: true);

        var logFile = Path.Combine(_rootDirectory, "server.log");
        var failures = new StringBuilder();
        for (var attempt = 1; attempt <= StartAttempts; attempt++)
        {
            var port = GetFreePort();
            var options = $"-p {port} -k '{_rootDirectory}' -c listen_addresses=127.0.0.1 "
                + "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                // Every PostgreSQL test class has its own database and host with their pools (and Quartz's) on this one
                // server; the default 100 connections ran out once the suite passed ~40 such classes.
                + "-c max_connections=400";
            var start = await RunAsync(
                Path.Combine(_binDirectory!, "pg_ctl"),
                ["-D", _dataDirectory, "-l", logFile, "-w", "-t", "60", "-o", options, "start"],
                asServerUser: true,
                throwOnError: false);
            _started = true;

            if (start.ExitCode == 0)
            {
                var connectionString = new NpgsqlConnectionStringBuilder
                {
                    Host = "127.0.0.1",
                    Port = port,
                    Username = "postgres",
                    Database = "postgres",
                }.ConnectionString;
                await WaitForConnectionsAsync(connectionString, logFile);
                Port = port;
                _startOptions = options;
                _connectionString = connectionString;
                return;
            }

            failures.AppendLine($"pg_ctl start on port {port} (attempt {attempt}) exited with {start.ExitCode}:")
                .AppendLine(start.Output);
            // A lost race for the port shows up as a bind failure; anything else will not get better.
            if (!ReadLog(logFile).Contains("could not bind", StringComparison.OrdinalIgnoreCase))
            {
                break;
            }
        }

        throw new InvalidOperationException(
            $"pg_ctl could not start the server.{Environment.NewLine}{failures}"
            + $"initdb output:{Environment.NewLine}{initdb.Output}{Environment.NewLine}"
            + $"Server log ({logFile}):{Environment.NewLine}{ReadLog(logFile)}");
    }

    private static async Task WaitForConnectionsAsync(string connectionString, string logFile)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync();
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
            {
                if (DateTime.UtcNow > deadline)
                {
                    throw new InvalidOperationException(
                        $"The server started but does not accept connections: {ex.Message}{Environment.NewLine}"
                        + $"Server log ({logFile}):{Environment.NewLine}{ReadLog(logFile)}",
                        ex);
                }

                await Task.Delay(200);
            }
        }
    }

    private void Stop()
    {
        lock (_stopLock)
        {
            if (_stopped)
            {
                return;
            }

            _stopped = true;
            NpgsqlConnection.ClearAllPools();
            if (_started && _dataDirectory is not null && _binDirectory is not null)
            {
                try
                {
                    RunAsync(
                        Path.Combine(_binDirectory, "pg_ctl"),
                        ["-D", _dataDirectory, "-m", "immediate", "-w", "-t", "30", "stop"],
                        asServerUser: true,
                        throwOnError: false).GetAwaiter().GetResult();
                }
                catch (Exception ex)
                {
                    Console.Error.WriteLine($"PostgresServer: pg_ctl stop failed: {ex.Message}");
                }
            }

            if (_rootDirectory is not null && Directory.Exists(_rootDirectory))
            {
                try
                {
                    Directory.Delete(_rootDirectory, recursive: true);
                }
                catch (Exception ex)
                {
                    Console.Error.WriteLine($"PostgresServer: could not delete {_rootDirectory}: {ex.Message}");
                }
            }
        }
    }

    private static string? FindBinDirectory(out string reason)
    {
        static bool HasBinaries(string directory) =>
            File.Exists(Path.Combine(directory, "pg_ctl")) && File.Exists(Path.Combine(directory, "initdb"));

        var fromEnvironment = Environment.GetEnvironmentVariable(BinEnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            if (HasBinaries(fromEnvironment))
            {
                reason = "";
                return fromEnvironment;
            }

            reason = $"{BinEnvironmentVariable}={fromEnvironment} does not contain pg_ctl and initdb.";
            return null;
        }

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var debian = Directory.EnumerateDirectories(debianRoot)
                .Select(directory => (Directory: Path.Combine(directory, "bin"), Version: ParseVersion(Path.GetFileName(directory))))
                .Where(candidate => candidate.Version is not null && HasBinaries(candidate.Directory))
                .OrderByDescending(candidate => candidate.Version)
                .Select(candidate => candidate.Directory)
                .FirstOrDefault();
            if (debian is not null)
            {
                reason = "";
                return debian;
            }
        }

        var fromPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .FirstOrDefault(HasBinaries);
        if (fromPath is not null)
        {
            reason = "";
            return fromPath;
        }

        reason = "PostgreSQL binaries not found (pg_ctl, initdb in /usr/lib/postgresql/<version>/bin or on PATH): "
            + $"install the Debian package postgresql or set {BinEnvironmentVariable}.";
        return null;
    }

    private static Version? ParseVersion(string name) =>
        Version.TryParse(name.Contains('.', StringComparison.Ordinal) ? name : name + ".0", out var version) ? version : null;

    /// <summary>Null when the current user may run PostgreSQL itself; otherwise the user to run it as.</summary>
    private static async Task<string?> ResolveRunAsUserAsync()
    {
        var uid = await RunProcessAsync("id", ["-u"], null, throwOnError: true);
        if (uid.Output.Trim() != "0")
        {
            return null;
        }

        if ((await RunProcessAsync("id", ["-u", "postgres"], null, throwOnError: false)).ExitCode == 0)
        {
            return "postgres";
        }

        if ((await RunProcessAsync("id", ["-u", FallbackSystemUser], null, throwOnError: false)).ExitCode != 0)
        {
            var useradd = await RunProcessAsync(
                "useradd", ["--system", "--no-create-home", FallbackSystemUser], null, throwOnError: false);
            // Exit code 9: created concurrently by another test run.
            if (useradd.ExitCode is not 0 and not 9)
            {
                throw new InvalidOperationException(
                    $"Running as root, no 'postgres' user, and useradd {FallbackSystemUser} failed ({useradd.ExitCode}): {useradd.Output}");
            }
        }

        return FallbackSystemUser;
    }

    private static int GetFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string ReadLog(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : "(no server log)";
        }
        catch (IOException ex)
        {
            return $"(could not read server log: {ex.Message})";
        }
    }

    private sealed record ProcessResult(int ExitCode, string Output);

    private Task<ProcessResult> RunAsync(string fileName, IReadOnlyList<string> arguments, bool asServerUser, bool throwOnError = true) =>
        asServerUser && _runAsUser is not null
            ? RunProcessAsync("runuser", ["-u", _runAsUser, "--", fileName, .. arguments], _rootDirectory, throwOnError)
            : RunProcessAsync(fileName, arguments, _rootDirectory, throwOnError);

    private static async Task<ProcessResult> RunProcessAsync(
        string fileName, IReadOnlyList<string> arguments, string? workingDirectory, bool throwOnError)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The server user may not be able to enter the test's current directory (e.g. under /root).
            WorkingDirectory = workingDirectory is not null && Directory.Exists(workingDirectory) ? workingDirectory : "/",
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = new Process { StartInfo = startInfo };
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within 2 minutes:{Environment.NewLine}{output}");
        }

        string text;
        lock (output)
        {
            text = output.ToString();
        }

        var command = $"{fileName} {string.Join(' ', arguments)}";
        return throwOnError && process.ExitCode != 0
            ? throw new InvalidOperationException($"{command} exited with {process.ExitCode}:{Environment.NewLine}{text}")
            : new ProcessResult(process.ExitCode, text);
    }
}
