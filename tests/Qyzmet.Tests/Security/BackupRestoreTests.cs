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
/// The PostgreSQL variant runs the documented commands themselves (pg_dump -Fc, createdb, pg_restore, the data folder copied
/// beside it) and checks the chain with the documented tool (<c>audit verify</c>).
/// </summary>
public sealed class BackupRestoreTests(PostgresServer postgres)
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

    // Issue 17 "Backup and restore" for PostgreSQL (operations.md "Backups", D-807): the commands as documented, on a database
    // holding signed results; a new host on the restored database and data folder serves the documents as verifying, and
    // `audit verify` (the documented tool, run as the operator runs it) finds the chain intact.
    [Fact(Timeout = 300_000)]
    public async Task PostgresDump_RestoredIntoAFreshDatabase_DocumentsVerifyAndAuditVerifyPasses()
    {
        var source = await postgres.CreateUniqueDatabaseAsync("qyzmet_backup", TestContext.Current.CancellationToken);
        var backup = Directory.CreateTempSubdirectory("qyzmet-pgbackup-").FullName;
        var restoredData = Path.Combine(backup, "restored-data");
        var documents = new List<string>();
        string[] numbers;
        try
        {
            await using (var original = new QyzmetFactory("postgres", source))
            {
                var client = await original.SignedInAsync(DemoData.Aigerim.Iin);
                var made = new List<string>();
                for (var i = 0; i < 3; i++)
                {
                    var response = await client.PostAsJsonAsync("/api/services/land.cadastral-info/applications", new { fields = new { cadastralNumber = "75-123-045-067" } }, Ct);
                    response.EnsureSuccessStatusCode();
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
                    documents.Add(body.GetProperty("documentId").GetString()!);
                    made.Add(body.GetProperty("number").GetString()!);
                }

                numbers = [.. made];

                // The backup, while the host runs (operations.md): pg_dump in the custom format, then the data folder (pki/:
                // the CA, the result-signing keys, the key-encryption certificate; the payment gateway's keys).
                await PgAsync("pg_dump", "--format=custom", $"--file={Path.Combine(backup, "qyzmet.dump")}", Uri(source));
                CopyFolder(original.DataPath, Path.Combine(backup, "data"));
            }

            // The restore: a fresh database, pg_restore into it, the data folder put back.
            var restoredName = "qyzmet_restored_" + Guid.NewGuid().ToString("N")[..12];
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(postgres.ConnectionString);
            await PgAsync("createdb", "--host=127.0.0.1", $"--port={builder.Port}", "--username=postgres", restoredName);
            var restored = new Npgsql.NpgsqlConnectionStringBuilder(postgres.ConnectionString) { Database = restoredName }.ConnectionString;
            await PgAsync("pg_restore", "--no-owner", "--exit-on-error", $"--dbname={Uri(restored)}", Path.Combine(backup, "qyzmet.dump"));
            CopyFolder(Path.Combine(backup, "data"), restoredData);

            await using (var fresh = new QyzmetFactory("postgres", restored, sharedDataPath: restoredData))
            {
                var anyone = fresh.CreateClient();
                foreach (var id in documents)
                {
                    var verification = await anyone.GetFromJsonAsync<JsonElement>($"/api/documents/{id}/verification", Ct);
                    Assert.True(verification.GetProperty("hashMatches").GetBoolean(), id);
                    Assert.True(verification.GetProperty("signatureValid").GetBoolean(), id);
                }

                var owner = await fresh.SignedInAsync(DemoData.Aigerim.Iin);
                foreach (var number in numbers)
                {
                    var app = await owner.GetFromJsonAsync<JsonElement>($"/api/applications/{number}", Ct);
                    Assert.Contains(app.GetProperty("documentId").GetString(), documents);
                }
            }

            var (exit, output) = await HostProcess.RunCommandAsync(HostProcess.Settings(restoredData, "postgres", restored), ["audit", "verify"],
                TimeSpan.FromMinutes(3), Ct);
            Assert.True(exit == 0, output);
            Assert.Contains("Audit chain intact.", output, StringComparison.Ordinal);
        }
        finally
        {
            try
            {
                Directory.Delete(backup, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS temp cleaner.
            }
        }
    }

    /// <summary>A libpq URI for the test server's database (what pg_dump and pg_restore take).</summary>
    private static string Uri(string connectionString)
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return $"postgresql://{b.Username}@{b.Host}:{b.Port}/{b.Database}";
    }

    private async Task PgAsync(string tool, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(Path.Combine(postgres.BinDirectory!, tool))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var errors = process.StandardError.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        Assert.True(process.ExitCode == 0, $"{tool} exited with {process.ExitCode}: {await output}{await errors}");
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
