using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Stores.Sql;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Stores;

public sealed class SqliteGraphStoreTests : GraphStoreConformanceTests
{
    private readonly TempDirectory _directory = new();

    protected override Task<(IGraphStore Store, IGraphAnalyses Analyses)> CreateStoreAsync()
    {
        var store = SqlGraphStore.ForSqliteFile(Path.Combine(_directory.Path, "graph.db"));
        return Task.FromResult<(IGraphStore, IGraphAnalyses)>((store, store));
    }

    public override Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _directory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task The_database_runs_in_wal_mode_with_indexes_for_both_edge_directions()
    {
        var path = Path.Combine(_directory.Path, "graph.db");
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'edges' AND name LIKE 'ix_%' ORDER BY name)";
        Assert.Equal("ix_edges_source,ix_edges_target", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'nodes_fts'";
        Assert.Equal(1L, (long)(await command.ExecuteScalarAsync())!);
    }
}
