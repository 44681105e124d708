namespace Qyzmet.Host.Infrastructure;

/// <summary>
/// Where the data folder (<c>Qyzmet:DataPath</c>: the SQLite database and the platform CA's keys under <c>pki/</c>) is,
/// and whether the demo data is seeded (issue 10 item 9, decision D-312).
/// </summary>
public static class DataFolder
{
    /// <summary>The file that marks the repository root of a source checkout.</summary>
    public const string RepositoryMarker = "Qyzmet.slnx";

    /// <summary>
    /// An absolute path stays as it is. A relative one is relative to the repository root when the host runs from a
    /// source checkout (its binaries lie under a folder holding <see cref="RepositoryMarker"/>: <c>dotnet run</c> from any
    /// folder, an IDE, the CLI), so the data always lands in the checkout's <c>./data</c>, which git ignores, and never in
    /// <c>src/Qyzmet.Host/data</c>; otherwise (a published deployment) it is relative to the working directory.
    /// </summary>
    public static string Resolve(string? configured, string applicationBase, string workingDirectory)
    {
        var path = string.IsNullOrWhiteSpace(configured) ? "data" : configured.Trim();
        if (Path.IsPathRooted(path))
        {
            return Path.GetFullPath(path);
        }

        return Path.GetFullPath(Path.Combine(RepositoryRoot(applicationBase) ?? workingDirectory, path));
    }

    /// <summary>
    /// Issue 17 (D-805): the data folder must exist (it is created if missing) and take a write, before anything opens the
    /// database or the CA's keys; otherwise the host stops with a message naming the folder and what to do, and writes
    /// nothing (no half-created database). A probe file is written and removed.
    /// </summary>
    public static void EnsureUsable(string path)
    {
        try
        {
            Directory.CreateDirectory(path);
            var probe = Path.Combine(path, ".qyzmet-write-check");
            File.WriteAllText(probe, "ok");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new DataFolderUnusableException(
                $"Qyzmet cannot start: the data folder '{path}' cannot be created or written ({e.Message}). "
                + "Give the service account write access to it, free disk space, or set Qyzmet:DataPath to a writable folder.", e);
        }
    }

    /// <summary>The exit code when the data folder is unusable (EX_CANTCREAT of sysexits.h).</summary>
    public const int UnusableExitCode = 73;

    /// <summary>
    /// Demo people, companies, staff and their key files are seeded only in Development, unless
    /// <c>Qyzmet:SeedDemoData</c> says otherwise explicitly (true seeds anywhere, false nowhere).
    /// </summary>
    public static bool SeedDemoData(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>("Qyzmet:SeedDemoData") ?? environment.IsDevelopment();

    private static string? RepositoryRoot(string from)
    {
        for (var dir = new DirectoryInfo(from); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, RepositoryMarker)))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}

/// <summary>The data folder cannot be created or written (D-805); the host prints the message and exits with 73.</summary>
public sealed class DataFolderUnusableException(string message, Exception inner) : Exception(message, inner);
