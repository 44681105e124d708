namespace Qyzmet.Host.Infrastructure;

/// <summary>
/// Migrates (and on first start seeds) the database before anything else starts: hosted services start in
/// registration order and before the web server, so no request or job ever sees an old schema.
/// </summary>
internal sealed class DatabaseStartup(IServiceProvider services, IConfiguration configuration, IHostEnvironment environment) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        services.PrepareDatabaseAsync(DataFolder.SeedDemoData(configuration, environment), cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
