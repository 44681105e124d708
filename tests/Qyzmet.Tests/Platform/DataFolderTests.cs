using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Host.Infrastructure;
using Qyzmet.Platform.Data;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Platform;

/// <summary>
/// Issue 10 item 9, decision D-312: the data folder (database, the CA's private keys) lands in the checkout's ./data, which
/// git ignores, and no demo people, staff or key files are seeded outside Development unless explicitly asked.
/// </summary>
public sealed class DataFolderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Production_WithoutSeedFlag_SeedsNothing()
    {
        await using var factory = new QyzmetFactory("sqlite", null);
        await using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production")
            .UseSetting("Qyzmet:PublicBaseUrl", "https://qyzmet.example.kz"));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await production.CreateClient().GetAsync("/health", Ct)).StatusCode);

        await using var scope = production.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QyzmetDbContext>();
        Assert.Equal(0, await db.People.CountAsync(Ct));
        Assert.Equal(0, await db.LegalEntities.CountAsync(Ct));
        Assert.Equal(0, await db.Staff.CountAsync(Ct));
        Assert.Equal(0, await db.PowersOfAttorney.CountAsync(Ct));
        var keys = Path.Combine(factory.DataPath, "pki", "keys");
        Assert.False(Directory.Exists(keys) && Directory.EnumerateFiles(keys).Any(), "demo key files were written in Production");
    }

    [Fact]
    public async Task Production_SeedFlagTrue_SeedsTheDemoData()
    {
        await using var factory = new QyzmetFactory("sqlite", null);
        await using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production")
            .UseSetting("Qyzmet:PublicBaseUrl", "https://qyzmet.example.kz").UseSetting("Qyzmet:SeedDemoData", "true"));
        _ = production.Server;
        await using var scope = production.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<QyzmetDbContext>().People.AnyAsync(Ct));
    }

    [Fact]
    public void RelativeDataPath_FromACheckout_IsTheRepositoryRootsDataFolder_ElseTheWorkingDirectory()
    {
        var temp = Directory.CreateTempSubdirectory("qyzmet-datafolder-").FullName;
        try
        {
            var repo = Path.Combine(temp, "repo");
            var bin = Directory.CreateDirectory(Path.Combine(repo, "src", "Qyzmet.Host", "bin", "Debug", "net10.0")).FullName;
            File.WriteAllText(Path.Combine(repo, DataFolder.RepositoryMarker), "<Solution />");
            var elsewhere = Directory.CreateDirectory(Path.Combine(temp, "srv")).FullName;
            var published = Directory.CreateDirectory(Path.Combine(temp, "app")).FullName;

            // dotnet run from the repository root, from src/Qyzmet.Host or from anywhere: always <repo>/data.
            Assert.Equal(Path.Combine(repo, "data"), DataFolder.Resolve("data", bin, repo));
            Assert.Equal(Path.Combine(repo, "data"), DataFolder.Resolve("data", bin, Path.Combine(repo, "src", "Qyzmet.Host")));
            Assert.Equal(Path.Combine(repo, "data"), DataFolder.Resolve(null, bin, elsewhere));
            // A published deployment: the working directory, as before; an absolute path is kept.
            Assert.Equal(Path.Combine(elsewhere, "data"), DataFolder.Resolve("data", published, elsewhere));
            Assert.Equal(Path.Combine(elsewhere, "x"), DataFolder.Resolve(Path.Combine(elsewhere, "x"), bin, repo));
            // This checkout's own host: the README's ./data.
            Assert.Equal(Path.Combine(ProcedureDeclarationTests.RepositoryRoot(), "data"), DataFolder.Resolve("data", AppContext.BaseDirectory, elsewhere));
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }
}
