using System.Diagnostics;
using System.Globalization;
using KnowledgeGraph.Benchmarks.Synthetic;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Stores.Sql;
using Npgsql;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Synthetic graphs on the benchmark's private PostgreSQL server, one database per scale and generator version, loaded
/// through <see cref="GraphStoreExtensions.UpsertAsync"/> in the generator's chunks exactly as the SQLite files are, then
/// vacuumed and analysed (as an operator would after a bulk load) and kept in the cached cluster for later runs.
/// </summary>
public sealed class PostgresDatabases : IGraphSource
{
    private readonly PostgresServer _server;

    private PostgresDatabases(PostgresServer server) => _server = server;

    public string Title => $"PostgreSQL {_server.Version} (private server on 127.0.0.1:{_server.Port}, fsync off; a database per scale)";

    public static async Task<PostgresDatabases> StartAsync(string cacheDirectory) => new(await PostgresServer.StartAsync(cacheDirectory));

    public static string DatabaseName(int edges) =>
        string.Create(CultureInfo.InvariantCulture, $"synthetic_g{SyntheticGraph.GeneratorVersion}_s{SyntheticGraph.DefaultSeed}_e{edges}");

    public async Task<IGraphStore> OpenOrBuildAsync(int edges)
    {
        var name = DatabaseName(edges);
        await using (var admin = NpgsqlDataSource.Create(_server.ConnectionString("postgres")))
        {
            if (await SizeAsync(admin, name) is { } size)
            {
                Console.WriteLine($"[{SyntheticDatabases.Scale(edges)}] reusing database {name} ({size})");
            }
            else
            {
                await BuildAsync(admin, edges, name);
            }
        }
        var store = SqlGraphStore.ForPostgres(_server.ConnectionString(name));
        await store.MigrateAsync();
        return store;
    }

    public async ValueTask CloseAsync(IGraphStore store)
    {
        if (store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private async Task BuildAsync(NpgsqlDataSource admin, int edges, string name)
    {
        // Built under another name and renamed at the end, so an interrupted load is never taken for a finished one.
        var building = name + "_building";
        await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS {building} WITH (FORCE)");
        await ExecuteAsync(admin, $"CREATE DATABASE {building} TEMPLATE template0");
        var connectionString = _server.ConnectionString(building);
        SyntheticLoad load;
        await using (var store = SqlGraphStore.ForPostgres(connectionString))
        {
            await store.MigrateAsync();
            Console.WriteLine($"[{SyntheticDatabases.Scale(edges)}] generating about {edges:N0} edges into database {name} ...");
            load = await new SyntheticGraph(edges).LoadAsync(store, "generator", SyntheticDatabases.ProgressPrinter());
        }
        var vacuum = Stopwatch.StartNew();
        await using (var database = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString))
        {
            await ExecuteAsync(database, "VACUUM (ANALYZE)");
            // Lets the server recycle the load's WAL now rather than keep it in the cached cluster.
            await ExecuteAsync(database, "CHECKPOINT");
        }
        await RenameAsync(admin, building, name);
        var perSecond = (load.Nodes + load.Edges) / Math.Max(load.Elapsed.TotalSeconds, 0.001);
        Console.WriteLine($"[{SyntheticDatabases.Scale(edges)}] loaded {load.Nodes:N0} nodes and {load.Edges:N0} edges in {load.Batches} batches, " +
            $"{load.Elapsed.TotalSeconds:F1} s ({perSecond:N0} elements/s), VACUUM ANALYZE {vacuum.Elapsed.TotalSeconds:F1} s, {await SizeAsync(admin, name)}");
    }

    private static async Task RenameAsync(NpgsqlDataSource admin, string from, string to)
    {
        NpgsqlConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteAsync(admin, $"ALTER DATABASE {from} RENAME TO {to}");
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                // A backend of a just-closed connection has not exited yet.
                await Task.Delay(100);
            }
        }
    }

    private static async Task<string?> SizeAsync(NpgsqlDataSource admin, string name)
    {
        await using var command = admin.CreateCommand("SELECT pg_database_size(datname) FROM pg_database WHERE datname = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = name });
        return await command.ExecuteScalarAsync() is long bytes ? $"{bytes / 1024.0 / 1024.0:F1} MB" : null;
    }

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }
}
