using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Stores.Sql;
using KnowledgeGraph.Core.Writes;
using KnowledgeGraph.Tests.Support;
using Microsoft.Data.Sqlite;
using static KnowledgeGraph.Tests.Support.TestGraph;

namespace KnowledgeGraph.Tests.Stores;

/// <summary>
/// A large write into an empty SQLite store builds the secondary indexes after its rows: the store ends with the same
/// indexes, defined and ordered as before, and a write the database refuses half-way leaves them and the data untouched.
/// </summary>
public sealed class SqliteBulkWriteTests : IDisposable
{
    private const int Count = SqlGraphStore.RowsPerStatement + 11;

    private readonly TempDirectory _directory = new();

    private string Path => System.IO.Path.Combine(_directory.Path, "graph.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    private static string Org(int i) => $"org:o{i:D5}";

    private static GraphBatch Large() => new(
        [
            Node("industry:hotels", GraphSchema.Industry, new() { ["name"] = "Hotels" }),
            .. Enumerable.Range(0, Count).Select(i => Node(Org(i), GraphSchema.Organization, new() { ["name"] = $"Org {Count - i:D5}", ["kind"] = "UNION" })),
        ],
        [.. Enumerable.Range(0, Count).Select(i => Edge("OPERATES_IN", Org(i), "industry:hotels"))]);

    [Fact]
    public async Task A_large_write_into_an_empty_store_ends_with_the_same_indexes_in_the_same_order()
    {
        var store = SqlGraphStore.ForSqliteFile(Path);
        await store.MigrateAsync();
        var before = await IndexesAsync();

        await store.UpsertAsync(Large(), "bulk");

        Assert.Equal(before, await IndexesAsync());
        Assert.Contains(before, i => i.Name == "ix_edges_target");
        Assert.Contains("USING COVERING INDEX ix_edges_target ", await PlanAsync(
            "SELECT source_id FROM edges WHERE target_id = 'industry:hotels' AND type = 'OPERATES_IN' ORDER BY source_name, source_id"));
        var members = await store.GetNeighborsAsync([new NeighborKey("industry:hotels", "OPERATES_IN", Direction.In)]);
        Assert.Equal(Enumerable.Range(1, Count).Select(i => $"Org {i:D5}"), members.Select(m => m.Node.Name).Order(StringComparer.Ordinal));
        Assert.Equal((long)Count * 2 + 1, await ScalarAsync("SELECT count(*) FROM audit WHERE graph_version = 1"));
    }

    [Fact]
    public async Task A_large_write_the_database_refuses_after_the_indexes_went_leaves_them_and_the_store_as_they_were()
    {
        var store = SqlGraphStore.ForSqliteFile(Path);
        await store.MigrateAsync();
        var before = await IndexesAsync();
        await ScalarAsync($"CREATE TRIGGER refuse_last BEFORE INSERT ON edges WHEN new.source_id = '{Org(Count - 1)}' BEGIN SELECT RAISE(ABORT, 'refused'); END");

        var refused = await Assert.ThrowsAsync<SqliteException>(() => store.UpsertAsync(Large(), "bulk"));

        Assert.Contains("refused", refused.Message);
        Assert.Equal(before, await IndexesAsync());
        Assert.Equal(0, await store.GetGraphVersionAsync());
        Assert.Equal(0L, await ScalarAsync("SELECT (SELECT count(*) FROM nodes) + (SELECT count(*) FROM edges) + (SELECT count(*) FROM audit) + (SELECT count(*) FROM nodes_fts)"));
    }

    [Fact]
    public async Task Rows_larger_than_one_row_set_are_written_whole_and_in_order()
    {
        var store = SqlGraphStore.ForSqliteFile(Path);
        await store.MigrateAsync();
        // Each '<' is six characters in the properties' JSON and seven in the row set's: each long node is ≈ 28 KB there,
        // so the row sets split between the nodes.
        var long1 = new string('<', 3_990) + "é\u2028\"";
        var long2 = string.Concat(Enumerable.Repeat("word<", 798));
        var batch = new GraphBatch(
            [
                Node("industry:a", GraphSchema.Industry, new() { ["name"] = "A", ["description"] = long1 }),
                Node("industry:b", GraphSchema.Industry, new() { ["name"] = "B" }),
                Node("industry:c", GraphSchema.Industry, new() { ["name"] = "C", ["description"] = long2 }),
                Node("industry:d", GraphSchema.Industry, new() { ["name"] = "D", ["description"] = long1 }),
            ],
            []);

        await store.UpsertAsync(batch, "bulk");

        var stored = (await store.GetNodesAsync(["industry:a", "industry:b", "industry:c", "industry:d"])).OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
        Assert.Equal([long1, null, long2, long1], stored.Select(n => (string?)n.Props["description"]));
        var audit = await store.AuditAsync(new AuditQuery { First = 4 });
        Assert.Equal(["industry:d", "industry:c", "industry:b", "industry:a"], audit.Select(a => a.ElementId));
        Assert.Equal(long2, (string?)audit[1].After!["properties"]!["description"]);
        Assert.Equal(1L, await ScalarAsync("SELECT count(*) FROM nodes_fts WHERE nodes_fts MATCH 'word' AND id = 'industry:c'"));
    }

    private async Task<List<(string Name, string? Sql)>> IndexesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY tbl_name, rowid";
        await using var reader = await command.ExecuteReaderAsync();
        var indexes = new List<(string, string?)>();
        while (await reader.ReadAsync())
        {
            indexes.Add((reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }
        return indexes;
    }

    private async Task<string> PlanAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"EXPLAIN QUERY PLAN {sql}";
        await using var reader = await command.ExecuteReaderAsync();
        var details = new List<string>();
        while (await reader.ReadAsync())
        {
            details.Add(reader.GetString(3));
        }
        return string.Join(" | ", details) + " ";
    }

    private async Task<object?> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
