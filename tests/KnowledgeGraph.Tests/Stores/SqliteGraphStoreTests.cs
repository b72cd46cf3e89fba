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
        Assert.Equal("ix_edges_source,ix_edges_source_year,ix_edges_target,ix_edges_target_id,ix_edges_target_year", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name = 'nodes_fts'";
        Assert.Equal(1L, (long)(await command.ExecuteScalarAsync())!);
    }

    // A database written before finding kinds existed: findings without kind, an enactment with a POSITIVE effect, a
    // narrative review with NO_EFFECT and STRONG. Migration 3 brings them under the rules on start.
    [Fact]
    public async Task A_database_from_before_finding_kinds_is_migrated_on_start_and_answers()
    {
        var store = await OldDatabaseAsync("old.db", """
            INSERT INTO nodes (id, label, name, props, created_at, updated_at, version)
            SELECT 'finding:old_enactment', label, 'Passed', json_set(json_remove(props, '$.kind'), '$.summary', 'Passed', '$.effect', 'POSITIVE', '$.evidenceKind', 'ENACTMENT_ONLY'), created_at, updated_at, 1
            FROM nodes WHERE id = 'finding:fewer_assaults';
            INSERT INTO nodes (id, label, name, props, created_at, updated_at, version)
            SELECT 'finding:old_review', label, 'Nothing', json_set(json_remove(props, '$.kind'), '$.summary', 'Nothing', '$.effect', 'NO_EFFECT', '$.evidenceKind', 'REVIEW', '$.evidenceStrength', 'STRONG'), created_at, updated_at, 1
            FROM nodes WHERE id = 'finding:fewer_assaults';
            UPDATE nodes SET props = json_remove(props, '$.kind') WHERE id = 'finding:fewer_assaults';
            DELETE FROM schema_migrations WHERE version = 3;
            """);
        var before = await store.GetGraphVersionAsync();

        await store.MigrateAsync();

        var nodes = (await store.GetNodesAsync(["finding:old_enactment", "finding:old_review", "finding:fewer_assaults"])).ToDictionary(n => n.Id);
        Assert.Equal(("ADOPTION", false, 2L), ((string?)nodes["finding:old_enactment"].Props["kind"], nodes["finding:old_enactment"].Props.ContainsKey("effect"), nodes["finding:old_enactment"].Version));
        Assert.Equal(("EFFECT", "INCONCLUSIVE", "MODERATE"), ((string?)nodes["finding:old_review"].Props["kind"], (string?)nodes["finding:old_review"].Props["effect"], (string?)nodes["finding:old_review"].Props["evidenceStrength"]));
        Assert.Equal(("EFFECT", "POSITIVE"), ((string?)nodes["finding:fewer_assaults"].Props["kind"], (string?)nodes["finding:fewer_assaults"].Props["effect"]));
        Assert.Equal(before + 1, await store.GetGraphVersionAsync());
        var rows = await store.EvidenceAsync(new KnowledgeGraph.Core.Analyses.WhatWorked.EvidenceFilter());
        Assert.Contains(rows, r => r.FindingId == "finding:fewer_assaults" && r.FindingKind == "EFFECT");
        // The migrated finding now passes the validator: an update that changes nothing is accepted and writes nothing.
        var migrated = nodes["finding:fewer_assaults"].Props.DeepClone().AsObject();
        var again = await store.UpsertAsync(new KnowledgeGraph.Core.Graph.GraphBatch([TestGraph.Node("finding:fewer_assaults", "Finding", migrated)], []), "test");
        Assert.Equal(0, again.NodesWritten);
    }
    // A database written before legal statuses existed: an intervention with the program status ENACTED, another
    // OVERTURNED, and an ENACTED_IN relationship OVERTURNED. Migration 4 moves them to legalStatus on start.
    [Fact]
    public async Task A_database_from_before_legal_statuses_is_migrated_on_start()
    {
        var path = Path.Combine(_directory.Path, "old-status.db");
        var store = await OldDatabaseAsync("old-status.db", """
            UPDATE nodes SET props = json_set(json_remove(props, '$.legalStatus'), '$.status', 'ENACTED') WHERE id = 'intervention:buttons';
            UPDATE nodes SET props = json_set(props, '$.status', 'OVERTURNED') WHERE id = 'intervention:program';
            INSERT INTO edges (id, type, source_id, target_id, props, created_at, updated_at, version)
            SELECT 'old-enactment', 'ENACTED_IN', 'org:union', 'org:center', json_object('status', 'OVERTURNED', 'year', 2016), created_at, updated_at, 1
            FROM nodes WHERE id = 'org:union';
            DELETE FROM schema_migrations WHERE version = 4;
            """);
        var before = await store.GetGraphVersionAsync();

        await store.MigrateAsync();

        var nodes = (await store.GetNodesAsync(["intervention:buttons", "intervention:program"])).ToDictionary(n => n.Id);
        Assert.Equal(("ENACTED", false), ((string?)nodes["intervention:buttons"].Props["legalStatus"], nodes["intervention:buttons"].Props.ContainsKey("status")));
        Assert.Equal(("STRUCK_DOWN", false), ((string?)nodes["intervention:program"].Props["legalStatus"], nodes["intervention:program"].Props.ContainsKey("status")));
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT props ->> '$.status' || ',' || version FROM edges WHERE id = 'old-enactment'";
            Assert.Equal("STRUCK_DOWN,2", (string?)await command.ExecuteScalarAsync());
        }
        Assert.Equal(before + 1, await store.GetGraphVersionAsync());
    }
    /// <summary>
    /// A database in an older shape: the small test graph written by this version, then <paramref name="sql"/> run on
    /// it directly (to take away what a later migration adds); the pools are cleared so that the store reopens it.
    /// </summary>
    private async Task<SqlGraphStore> OldDatabaseAsync(string file, string sql)
    {
        var path = Path.Combine(_directory.Path, file);
        var store = SqlGraphStore.ForSqliteFile(path);
        await store.MigrateAsync();
        await store.UpsertAsync(TestGraph.Small(), "test");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await command.ExecuteNonQueryAsync();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return store;
    }
}
