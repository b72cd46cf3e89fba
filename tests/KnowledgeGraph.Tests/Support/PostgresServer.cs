using System.Diagnostics;
using Npgsql;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace KnowledgeGraph.Tests.Support;

/// <summary>Test classes in this collection share one <see cref="PostgresServer"/> and run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL server";
}

/// <summary>
/// A private PostgreSQL server for one test run: a fresh cluster in a temporary folder, on a free loopback port, with
/// durability off (fsync, synchronous commit, full-page writes) since nothing outlives the run. Each test asks for
/// its own database. Installs nothing: scripts/test.sh installs Debian's postgresql when it is missing.
/// </summary>
public sealed class PostgresServer(IMessageSink diagnostics) : IAsyncLifetime
{
    private const int DatabasesAhead = 2;

    private readonly Queue<Task<string>> _ahead = new();

    private string _bin = "";
    private string _directory = "";
    private int _port;
    private int _databases;
    private NpgsqlDataSource? _admin;

    private string DataDirectory => Path.Combine(_directory, "data");

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        _bin = PostgresTools.FindBinaries() ?? throw new InvalidOperationException(
            "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb). Run scripts/test.sh, which installs Debian's postgresql package first.");
        _directory = Directory.CreateTempSubdirectory("knowledge-graph-postgres-").FullName;
        // The server runs as the postgres user when the tests run as root (initdb refuses root): it must reach the folder.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_directory, (UnixFileMode)0b111_101_101);
        }
        if (Environment.IsPrivilegedProcess)
        {
            await Processes.RunAsync("chown", [$"{PostgresTools.Superuser}:{PostgresTools.Superuser}", _directory]);
        }
        await RunPostgresToolAsync("initdb", "-D", DataDirectory, "-U", PostgresTools.Superuser, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        var initialized = clock.Elapsed;

        await PostgresTools.StartOnFreePortAsync(async port =>
        {
            _port = port;
            await StartAsync();
        }, retry: () => true);
        _admin = NpgsqlDataSource.Create(ConnectionString("postgres"));
        diagnostics.OnMessage(new DiagnosticMessage(
            $"PostgreSQL at 127.0.0.1:{_port} in {_directory}: initdb {initialized.TotalSeconds:F2} s, ready after {clock.Elapsed.TotalSeconds:F2} s"));
    }

    /// <summary>Starts the server (again) on its port; after an outage, the fixture's own idle connections are dropped.</summary>
    public async Task StartAsync()
    {
        await RunPostgresToolAsync("pg_ctl", "-D", DataDirectory, "-l", Path.Combine(_directory, "server.log"), "-w", "-t", "30", "-o",
            $"-p {_port} -c listen_addresses=127.0.0.1 -k {_directory} -c fsync=off -c synchronous_commit=off -c full_page_writes=off", "start");
        _admin?.Clear();
    }

    /// <summary>Stops the server, as an outage would; databases made ahead are finished first.</summary>
    public async Task StopAsync()
    {
        Task<string>[] pending;
        lock (_ahead)
        {
            pending = [.. _ahead];
        }
        await Task.WhenAll(pending.Select(p => p.ContinueWith(_ => { }, TaskScheduler.Default)));
        // A fast (clean) shutdown: with fsync and synchronous commit off, an immediate one could lose the last commits.
        await RunPostgresToolAsync("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "stop");
    }

    /// <summary>A new, empty database (a copy of template0) and the connection string to it.</summary>
    /// <remarks>
    /// Copying template0 takes about as long as a store test, so the next databases are made while a test runs:
    /// taking one starts another, keeping <see cref="DatabasesAhead"/> in the making.
    /// </remarks>
    public async Task<string> CreateDatabaseAsync()
    {
        Task<string> next;
        lock (_ahead)
        {
            while (_ahead.Count < DatabasesAhead + 1)
            {
                _ahead.Enqueue(NewDatabaseAsync());
            }
            next = _ahead.Dequeue();
        }
        return await next;
    }

    private async Task<string> NewDatabaseAsync()
    {
        var name = $"kg_test_{Interlocked.Increment(ref _databases)}";
        await using var command = _admin!.CreateCommand($"CREATE DATABASE {name} TEMPLATE template0");
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public string ConnectionString(string database)
    {
        var builder = PostgresTools.ConnectionString(_port, database);
        builder.Timeout = 10;
        return builder.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        Task<string>[] pending;
        lock (_ahead)
        {
            pending = [.. _ahead];
        }
        await Task.WhenAll(pending.Select(p => p.ContinueWith(_ => { }, TaskScheduler.Default)));
        if (_admin is not null)
        {
            await _admin.DisposeAsync();
        }
        NpgsqlConnection.ClearAllPools();
        if (_directory.Length == 0)
        {
            return;
        }
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            await RunPostgresToolAsync("pg_ctl", "-D", DataDirectory, "-m", "fast", "-w", "stop");
        }
        Directory.Delete(_directory, recursive: true);
    }

    private async Task RunPostgresToolAsync(string tool, params string[] arguments)
    {
        try
        {
            await PostgresTools.RunAsync(_bin, tool, arguments, _directory);
        }
        catch (InvalidOperationException e)
        {
            var log = Path.Combine(_directory, "server.log");
            throw new InvalidOperationException(e.Message + (File.Exists(log) ? $"\nserver.log:\n{File.ReadAllText(log)}" : ""), e);
        }
    }
}
