using System.Diagnostics;

namespace Qyzmet.Tests.Security;

/// <summary>
/// Issue 17 "Disk full / read-only data folder at start" (D-805): the host started with a data folder it cannot create or
/// write stops at once with a message naming the folder and what to do, and a non-zero exit code (73), and creates nothing:
/// no half-made database. (The tests run as root on CI, where a read-only permission does not stop a write; a folder
/// below a regular file cannot be created by anyone, and goes through the same check as a read-only or full disk.)
/// </summary>
public sealed class StartupFaultTests
{
    [Fact(Timeout = 120_000)]
    public async Task UnusableDataFolder_ClearMessageExitCode73_NothingWritten()
    {
        var root = Directory.CreateTempSubdirectory("qyzmet-fault-").FullName;
        try
        {
            var blocker = Path.Combine(root, "not-a-folder");
            await File.WriteAllTextAsync(blocker, "a file where the data folder's parent should be", TestContext.Current.CancellationToken);
            var data = Path.Combine(blocker, "data");
            var start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
                WorkingDirectory = root,
            };
            start.ArgumentList.Add(typeof(Program).Assembly.Location);
            start.ArgumentList.Add($"--Qyzmet:DataPath={data}");
            start.ArgumentList.Add("--urls=http://127.0.0.1:0");
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            start.Environment["Qyzmet__Payments__Gateway"] = "http";
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(90));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("the host kept running with an unusable data folder: " + await stdout);
            }

            Assert.Equal(73, process.ExitCode);
            var message = await stderr;
            Assert.Contains("Qyzmet cannot start", message, StringComparison.Ordinal);
            Assert.Contains(data, message, StringComparison.Ordinal);
            Assert.Contains("Qyzmet:DataPath", message, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", message, StringComparison.Ordinal); // a message, not a stack trace
            Assert.Equal(["not-a-folder"], Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
