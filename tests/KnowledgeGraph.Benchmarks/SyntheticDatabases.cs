using System.Globalization;
using KnowledgeGraph.Benchmarks.Synthetic;
using KnowledgeGraph.Core.Stores.Sql;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Synthetic SQLite graphs on disk: built once per scale and generator version, reused by later runs.</summary>
public static class SyntheticDatabases
{
    public static string DefaultCacheDirectory => Path.Combine(Path.GetTempPath(), "knowledge-graph-benchmarks");

    public static string CachedPath(string cacheDirectory, int edges) => Path.Combine(cacheDirectory,
        string.Create(CultureInfo.InvariantCulture, $"synthetic-g{SyntheticGraph.GeneratorVersion}-s{SyntheticGraph.DefaultSeed}-e{edges}.db"));

    /// <summary>The cached database for a scale, built first when it is missing; migrations run either way.</summary>
    public static async Task<SqlGraphStore> OpenOrBuildAsync(string cacheDirectory, int edges)
    {
        var path = CachedPath(cacheDirectory, edges);
        if (File.Exists(path))
        {
            Console.WriteLine($"[{Scale(edges)}] reusing {path} ({Megabytes(path)})");
        }
        else
        {
            // Built under another name and renamed at the end, so an interrupted build is never taken for a finished one.
            var building = path + ".building";
            await GenerateAsync(edges, building);
            File.Move(building, path);
            File.Delete(building + "-wal");
            File.Delete(building + "-shm");
        }
        var store = SqlGraphStore.ForSqliteFile(path);
        await store.MigrateAsync();
        return store;
    }

    /// <summary>Generates the graph into a new database file and prints the load time and file size.</summary>
    public static async Task<SyntheticLoad> GenerateAsync(int edges, string path)
    {
        path = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
        var graph = new SyntheticGraph(edges);
        var store = SqlGraphStore.ForSqliteFile(path);
        await store.MigrateAsync();
        Console.WriteLine($"[{Scale(edges)}] generating about {edges:N0} edges into {path} ...");
        var load = await graph.LoadAsync(store, "generator", ProgressPrinter());
        await CheckpointAsync(path);
        var perSecond = (load.Nodes + load.Edges) / Math.Max(load.Elapsed.TotalSeconds, 0.001);
        Console.WriteLine($"[{Scale(edges)}] loaded {load.Nodes:N0} nodes and {load.Edges:N0} edges in {load.Batches} batches, " +
            $"{load.Elapsed.TotalSeconds:F1} s ({perSecond:N0} elements/s), {Megabytes(path)}");
        return load;
    }

    /// <summary>A load progress callback that prints a line every ten seconds.</summary>
    public static Action<SyntheticLoad> ProgressPrinter()
    {
        var nextReport = TimeSpan.FromSeconds(10);
        return progress =>
        {
            if (progress.Elapsed >= nextReport)
            {
                Console.WriteLine($"    {progress.Nodes:N0} nodes, {progress.Edges:N0} edges after {progress.Elapsed.TotalSeconds:F0} s");
                nextReport = progress.Elapsed + TimeSpan.FromSeconds(10);
            }
        };
    }

    public static string Scale(int edges) => edges switch
    {
        >= 1_000_000 when edges % 1_000_000 == 0 => $"{edges / 1_000_000}M",
        >= 1_000 when edges % 1_000 == 0 => $"{edges / 1_000}k",
        _ => edges.ToString(CultureInfo.InvariantCulture),
    };

    public static string Megabytes(string path) => $"{new FileInfo(path).Length / 1024.0 / 1024.0:F1} MB";

    /// <summary>Folds the WAL into the database file and closes pooled connections, so the file can be moved and its size is real.</summary>
    private static async Task CheckpointAsync(string path)
    {
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await command.ExecuteNonQueryAsync();
        }
        SqliteConnection.ClearAllPools();
    }
}
