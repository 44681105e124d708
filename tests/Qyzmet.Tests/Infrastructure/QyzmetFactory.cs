using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Qyzmet.Tests.Infrastructure;

/// <summary>A clock the tests move by hand (payment windows, timers).</summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}

/// <summary>
/// The real host on a fresh database of the given provider, with timers run by the tests (or, given
/// <paramref name="timerScanSeconds"/>, by the host's own Quartz scheduler). Instances of one deployment share
/// <paramref name="sharedDataPath"/> (the CA and key files), as they would share a volume.
/// </summary>
public sealed class QyzmetFactory(string provider, string? connectionString, int timerScanSeconds = 0, string? sharedDataPath = null)
    : WebApplicationFactory<Program>
{
    /// <summary>Monday 23 November 2026, 10:00 in Almaty: a working day, MCI 2026 = 4 325 ₸.</summary>
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 5, 0, 0, TimeSpan.Zero);

    public string DataPath { get; } = sharedDataPath ?? Directory.CreateTempSubdirectory("qyzmet-test-").FullName;

    public TestClock Clock { get; } = new(Start);

    private TestGateway? _gateway;

    /// <summary>The simulated payment gateway this host pays through (ADR 0020).</summary>
    public TestGateway Gateway => _gateway ??= new TestGateway(DataPath, Clock, () => Server.CreateHandler());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Qyzmet:DataPath", DataPath);
        builder.UseSetting("Qyzmet:TimerScanSeconds", timerScanSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Qyzmet:Database:Provider", provider);
        builder.UseSetting("ConnectionStrings:Qyzmet", connectionString ?? "");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Every test client comes from one address: the sign-in limits (D-802) are tested by SignInRateLimitTests alone.
        builder.UseSetting("Qyzmet:Limits:SignInPerAddress", "1000000");
        builder.UseSetting("Qyzmet:Limits:SignInPerIin", "1000000");
        _ = Gateway; // started first, as the host starts the simulated one: its keys exist before the platform reads them
        TestGateway.Wire(builder, () => Gateway);
        builder.ConfigureTestServices(s =>
        {
            s.RemoveAll<TimeProvider>();
            s.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>A client with its own cookie jar, signed in as the given demo account.</summary>
    public async Task<HttpClient> SignedInAsync(string id, string? language = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true, AllowAutoRedirect = false });
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        var response = await client.PostAsJsonAsync("/api/dev/sign-in", new { id });
        response.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Pays the application's open fee through the gateway as <paramref name="client"/>; the application afterwards.</summary>
    public Task<System.Text.Json.JsonElement> PayAsync(HttpClient client, string? number, string card = GatewayDriver.GoodCard) =>
        GatewayDriver.PayAsync(Gateway, client, number, card);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_gateway is not null)
        {
            await _gateway.DisposeAsync();
        }

        if (sharedDataPath is not null)
        {
            return; // the instance that created the folder removes it
        }

        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file on a slow machine; the temp folder is cleaned by the OS.
        }
    }
}

public sealed class SqliteHost : IAsyncLifetime
{
    public QyzmetFactory Factory { get; } = new("sqlite", null);

    public ValueTask InitializeAsync()
    {
        _ = Factory.Server;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}

public sealed class PostgresHost(PostgresServer postgres) : IAsyncLifetime
{
    private QyzmetFactory? _factory;

    public QyzmetFactory Factory
    {
        get
        {
            postgres.EnsureAvailable();
            return _factory ?? throw new InvalidOperationException("PostgreSQL host not started.");
        }
    }

    public async ValueTask InitializeAsync()
    {
        if (!postgres.Available)
        {
            return;
        }

        var cs = await postgres.CreateUniqueDatabaseAsync("qyzmet_api");
        _factory = new QyzmetFactory("postgres", cs);
        _ = _factory.Server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}
