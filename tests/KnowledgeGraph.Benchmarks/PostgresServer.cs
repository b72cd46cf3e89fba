using System.Diagnostics;
using Npgsql;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// A private PostgreSQL server for one benchmark run: Debian's binaries, a cluster kept in the benchmark cache (so the
/// loaded graphs are reused, like the SQLite files), a free loopback port, a socket in a temporary folder, and durability
/// off (fsync, synchronous commit, full-page writes) since the graphs can always be generated again. It is stopped at
/// the end of the run, also on Ctrl+C or an exception; delete the cluster folder to start from an empty cluster.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _data;
    private readonly string _runDirectory;
    private IDisposable? _cleanup;

    private PostgresServer(string bin, string data, string runDirectory)
    {
        _bin = bin;
        _data = data;
        _runDirectory = runDirectory;
    }

    public int Port { get; private set; }

    /// <summary>The server's major version, such as "15".</summary>
    public string Version => Path.GetFileName(Path.GetDirectoryName(_bin)!);

    public static async Task<PostgresServer> StartAsync(string cacheDirectory)
    {
        var bin = PostgresTools.FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): apt-get install postgresql.");
        var cluster = Path.Combine(Path.GetFullPath(cacheDirectory), $"postgres-{Path.GetFileName(Path.GetDirectoryName(bin))}");
        var run = Directory.CreateTempSubdirectory("knowledge-graph-benchmarks-pg-").FullName;
        var server = new PostgresServer(bin, Path.Combine(cluster, "data"), run);
        server._cleanup = Cleanup.Register(() => Cleanup.DeleteDirectory(run));
        try
        {
            await server.InitAndStartAsync(cluster);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public string ConnectionString(string database)
    {
        var builder = PostgresTools.ConnectionString(Port, database);
        (builder.Timeout, builder.CommandTimeout) = (30, 0);
        return builder.ConnectionString;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (Port != 0)
        {
            await PostgresToolAsync("pg_ctl", "-D", _data, "-m", "fast", "-w", "stop");
            Port = 0;
        }
        Cleanup.DeleteDirectory(_runDirectory);
        _cleanup?.Dispose();
    }

    private async Task InitAndStartAsync(string cluster)
    {
        var clock = Stopwatch.StartNew();
        Directory.CreateDirectory(cluster);
        // The server runs as the postgres user when the benchmark runs as root (initdb refuses root): it must reach both folders.
        const UnixFileMode Traversable = UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;
        if (!OperatingSystem.IsWindows())
        {
            foreach (var folder in new[] { Path.GetDirectoryName(cluster)!, cluster, _runDirectory })
            {
                File.SetUnixFileMode(folder, File.GetUnixFileMode(folder) | Traversable);
            }
        }
        if (Environment.IsPrivilegedProcess)
        {
            await Processes.RunAsync("chown", ["-R", $"{PostgresTools.Superuser}:{PostgresTools.Superuser}", cluster, _runDirectory]);
        }
        if (!File.Exists(Path.Combine(_data, "PG_VERSION")))
        {
            // Made under another name and renamed, so an interrupted initdb is never taken for a cluster.
            var building = _data + ".building";
            Cleanup.DeleteDirectory(building);
            Cleanup.DeleteDirectory(_data);
            await PostgresToolAsync("initdb", "-D", building, "-U", PostgresTools.Superuser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
            Directory.Move(building, _data);
        }
        // A start that failed with the server running (a cluster another run is using) is not tried again.
        Port = await PostgresTools.StartOnFreePortAsync(port => PostgresToolAsync("pg_ctl", "-D", _data, "-l", Path.Combine(_runDirectory, "server.log"), "-w", "-t", "60", "-o",
            $"-p {port} -c listen_addresses=127.0.0.1 -k {_runDirectory} -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start"),
            retry: () => !File.Exists(Path.Combine(_data, "postmaster.pid")));
        // From here on an interrupted run stops the server; a cluster another run is using was refused by pg_ctl above.
        _cleanup?.Dispose();
        _cleanup = Cleanup.Register(() =>
        {
            Processes.Run(Environment.IsPrivilegedProcess ? "runuser" : Path.Combine(_bin, "pg_ctl"),
                [.. Environment.IsPrivilegedProcess ? ["-u", PostgresTools.Superuser, "--", Path.Combine(_bin, "pg_ctl")] : Array.Empty<string>(),
                    "-D", _data, "-m", "immediate", "-w", "stop"], TimeSpan.FromSeconds(30));
            Cleanup.DeleteDirectory(_runDirectory);
        });
        Console.WriteLine($"[postgres] PostgreSQL {Version} at 127.0.0.1:{Port}, cluster {Path.GetDirectoryName(_data)}, ready after {clock.Elapsed.TotalSeconds:F1} s");
    }

    private Task<string> PostgresToolAsync(string tool, params string[] arguments) => PostgresTools.RunAsync(_bin, tool, arguments, _runDirectory);
}
