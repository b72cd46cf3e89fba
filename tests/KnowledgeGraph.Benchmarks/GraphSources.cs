using KnowledgeGraph.Core.Stores;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Benchmarks;

/// <summary>Which stores a run times: <c>--store sqlite</c> (the default), <c>postgres</c> or <c>both</c>.</summary>
public enum StoreChoice
{
    Sqlite,
    Postgres,
    Both,
}

/// <summary>
/// One store implementation as the benchmark sees it: a synthetic graph per scale, built on first use and cached
/// between runs, opened as an <see cref="IGraphStore"/> and closed again before the next scale.
/// </summary>
public interface IGraphSource : IAsyncDisposable
{
    /// <summary>The heading of this store's table.</summary>
    string Title { get; }

    Task<IGraphStore> OpenOrBuildAsync(int edges);

    /// <summary>Releases the store's connections (the graph stays cached).</summary>
    ValueTask CloseAsync(IGraphStore store);
}

/// <summary>Synthetic SQLite files in the cache directory (see <see cref="SyntheticDatabases"/>).</summary>
public sealed class SqliteGraphSource(string cacheDirectory) : IGraphSource
{
    public string Title => $"SQLite {SqliteVersion()} (a file per scale in {cacheDirectory})";

    public async Task<IGraphStore> OpenOrBuildAsync(int edges) => await SyntheticDatabases.OpenOrBuildAsync(cacheDirectory, edges);

    public ValueTask CloseAsync(IGraphStore store)
    {
        SqliteConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string SqliteVersion()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        return connection.ServerVersion;
    }
}
