using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Qyzmet.Platform.Audit;
using Qyzmet.Platform.Seeding;
using Qyzmet.Tests.Infrastructure;

namespace Qyzmet.Tests.Security;

/// <summary>
/// Issue 17 "Backup and restore" (operations.md "Backups"): a SQLite database backed up while the host runs (the online
/// backup API, what sqlite3's ".backup" uses) together with the data folder's pki/, restored into a fresh data folder and
/// opened by a new host: every issued document still verifies (hash and signature) and the audit chain is intact.
/// </summary>
public sealed class BackupRestoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact(Timeout = 300_000)]
    public async Task SqliteOnlineBackup_RestoredIntoAFreshFolder_DocumentsVerifyAndTheAuditChainHolds()
    {
        var restored = Directory.CreateTempSubdirectory("qyzmet-restore-").FullName;
        var documents = new List<string>();
        try
        {
            await using (var original = new QyzmetFactory("sqlite", null))
            {
                var client = await original.SignedInAsync(DemoData.Aigerim.Iin);
                for (var i = 0; i < 3; i++)
                {
                    var response = await client.PostAsJsonAsync("/api/services/land.cadastral-info/applications", new { fields = new { cadastralNumber = "75-123-045-067" } }, TestContext.Current.CancellationToken);
                    response.EnsureSuccessStatusCode();
                    documents.Add((await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("documentId").GetString()!);
                }

                // The backup, while the host is running: the database through the online backup API, then pki/ and the rest.
                using (var source = new SqliteConnection($"Data Source={Path.Combine(original.DataPath, "qyzmet.db")};Pooling=False"))
                using (var target = new SqliteConnection($"Data Source={Path.Combine(restored, "qyzmet.db")};Pooling=False"))
                {
                    source.Open();
                    target.Open();
                    source.BackupDatabase(target);
                }

                foreach (var file in Directory.EnumerateFiles(original.DataPath, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith("qyzmet.db", StringComparison.Ordinal)))
                {
                    var to = Path.Combine(restored, Path.GetRelativePath(original.DataPath, file));
                    Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                    File.Copy(file, to);
                }
            }

            await using var fresh = new QyzmetFactory("sqlite", null, sharedDataPath: restored);
            var anyone = fresh.CreateClient();
            foreach (var id in documents)
            {
                var verification = await anyone.GetFromJsonAsync<JsonElement>($"/api/documents/{id}/verification", Ct);
                Assert.True(verification.GetProperty("hashMatches").GetBoolean(), id);
                Assert.True(verification.GetProperty("signatureValid").GetBoolean(), id);
            }

            using var scope = fresh.Services.CreateScope();
            Assert.Null(await scope.ServiceProvider.GetRequiredService<AuditLog>().VerifyChainAsync(Ct));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(restored, recursive: true);
            }
            catch (IOException)
            {
                // SQLite may still hold the file on a slow machine; the temp folder is cleaned by the OS.
            }
        }
    }
}
