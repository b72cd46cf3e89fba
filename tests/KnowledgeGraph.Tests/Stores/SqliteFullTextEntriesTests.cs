using KnowledgeGraph.Core.Analyses.Search;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Stores.Sql;
using KnowledgeGraph.Core.Writes;
using KnowledgeGraph.Tests.Support;
using Microsoft.Data.Sqlite;
using static KnowledgeGraph.Tests.Support.TestGraph;

namespace KnowledgeGraph.Tests.Stores;

/// <summary>
/// Migration 12 on SQLite: the full-text entries are found by node id through <c>nodes_fts_entries</c> instead of a
/// read of the whole index. A database kept by the triggers of migration 2 (the entries' rowids unrelated to anything)
/// is migrated, and from then on every update and delete reaches exactly its node's entry.
/// </summary>
public sealed class SqliteFullTextEntriesTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private string Path => System.IO.Path.Combine(_directory.Path, "graph.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    private async Task<T> QueryAsync<T>(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<IReadOnlyList<string>> FoundAsync(IGraphAnalyses analyses, string text) =>
        (await analyses.SearchAsync(new SearchQuery(text, [], 50))).Select(h => h.Node.Id).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task A_database_kept_by_the_first_triggers_is_migrated_and_every_entry_then_follows_its_node()
    {
        var store = SqlGraphStore.ForSqliteFile(Path);
        await store.MigrateAsync();
        // Back to migration 2's index and triggers, on an empty store.
        await QueryAsync<long>($"""
            DROP TABLE nodes_fts_entries;
            DROP TRIGGER nodes_fts_insert; DROP TRIGGER nodes_fts_update; DROP TRIGGER nodes_fts_delete;
            DROP TABLE nodes_fts;
            {new SqliteDialect().FullTextIndex}
            DELETE FROM schema_migrations WHERE version = 12;
            SELECT 1;
            """);
        SqliteConnection.ClearAllPools();
        await store.UpsertAsync(Small(), "test");
        var renamed = Node("org:union", GraphSchema.Organization, new() { ["name"] = "Kestrel union", ["kind"] = "UNION" });
        await store.UpsertAsync(new GraphBatch([renamed], []), "test");
        Assert.Equal(["org:union"], await FoundAsync(store, "kestrel"));
        Assert.Equal(["industry:tech"], await FoundAsync(store, "software"));
        var nodes = await QueryAsync<long>("SELECT count(*) FROM nodes");

        await store.MigrateAsync();

        Assert.Equal(nodes, await QueryAsync<long>("SELECT count(*) FROM nodes_fts_entries"));
        Assert.Equal(nodes, await QueryAsync<long>("SELECT count(*) FROM nodes_fts JOIN nodes_fts_entries AS e ON e.entry = nodes_fts.rowid AND e.id = nodes_fts.id"));
        Assert.Equal(["org:union"], await FoundAsync(store, "kestrel"));

        await store.UpsertAsync(new GraphBatch([renamed with { Props = new() { ["name"] = "Heron union", ["kind"] = "UNION" } }], []), "test");
        await store.ApplyAsync(new GraphChange { DeleteNodes = ["industry:tech"], Cascade = true }, "test");
        await store.UpsertAsync(new GraphBatch([Node("industry:newcomer", GraphSchema.Industry, new() { ["name"] = "Plover yards" })], []), "test");

        Assert.Empty(await FoundAsync(store, "kestrel"));
        Assert.Equal(["org:union"], await FoundAsync(store, "heron"));
        Assert.Empty(await FoundAsync(store, "software"));   // industry:tech's description
        Assert.Equal(["industry:newcomer"], await FoundAsync(store, "plover"));
        Assert.Equal(nodes, await QueryAsync<long>("SELECT count(*) FROM nodes_fts"));
        Assert.Equal(nodes, await QueryAsync<long>("SELECT count(*) FROM nodes_fts JOIN nodes_fts_entries AS e ON e.entry = nodes_fts.rowid AND e.id = nodes_fts.id"));
    }
}
