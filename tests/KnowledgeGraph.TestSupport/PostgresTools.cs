using Npgsql;

namespace KnowledgeGraph.TestSupport;

/// <summary>
/// Debian's PostgreSQL programs (initdb, pg_ctl) as the private servers of the tests and the benchmarks run them: the
/// newest installed version, run as the postgres user when the caller is root (initdb refuses root).
/// </summary>
public static class PostgresTools
{
    public const string Superuser = "postgres";

    /// <summary>The bin folder of the newest installed version, or null when none is installed.</summary>
    public static string? FindBinaries() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(version => Path.Combine(version, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;

    public static Task<string> RunAsync(string bin, string tool, IEnumerable<string> arguments, string workingDirectory) =>
        Environment.IsPrivilegedProcess
            ? Processes.RunAsync("runuser", ["-u", Superuser, "--", Path.Combine(bin, tool), .. arguments], workingDirectory)
            : Processes.RunAsync(Path.Combine(bin, tool), arguments, workingDirectory);

    /// <summary>
    /// Starts a server on a free loopback port, trying another port when a process took the probed one before the
    /// server could bind it; <paramref name="retry"/> says whether a failed start may be tried again.
    /// </summary>
    public static async Task<int> StartOnFreePortAsync(Func<int, Task> start, Func<bool> retry)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = Processes.FreeLoopbackPort();
            try
            {
                await start(port);
                return port;
            }
            catch (InvalidOperationException) when (attempt < 3 && retry())
            {
            }
        }
    }

    /// <summary>A connection string for the superuser over TCP on the loopback.</summary>
    public static NpgsqlConnectionStringBuilder ConnectionString(int port, string database) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        Username = Superuser,
        Database = database,
    };
}
