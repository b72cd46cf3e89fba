using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Stores.Sql;
using KnowledgeGraph.Tests.Support;
using Npgsql;

namespace KnowledgeGraph.Tests.Stores;

/// <summary>The conformance suite on a real PostgreSQL server; every test gets a fresh database on the shared server.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresGraphStoreTests(PostgresServer server) : GraphStoreConformanceTests
{
    private string _connectionString = "";

    protected override async Task<(IGraphStore Store, IGraphAnalyses Analyses)> CreateStoreAsync()
    {
        _connectionString = await server.CreateDatabaseAsync();
        var store = SqlGraphStore.ForPostgres(_connectionString);
        return (store, store);
    }

    public override async Task DisposeAsync()
    {
        if (Store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_schema_has_indexes_for_both_edge_directions_and_a_full_text_index()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes WHERE tablename = 'edges' AND indexname LIKE 'ix_%'
            """;
        Assert.Equal("ix_edges_source,ix_edges_source_year,ix_edges_target,ix_edges_target_id,ix_edges_target_source,ix_edges_target_year", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_nodes_search'";
        Assert.Contains("USING gin (search)", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_nodes_label_id'";
        Assert.Contains("(label, id)", (string?)await command.ExecuteScalarAsync());
        command.CommandText = "SELECT string_agg(CAST(version AS TEXT), ',' ORDER BY version) FROM schema_migrations";
        Assert.Equal("1,2,3,4,5,6,7,8,9,10,11,12", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Migrations_that_ran_are_followed_by_a_vacuum_and_a_start_with_none_pending_runs_none()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        async Task<long> VacuumsAsync()
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COALESCE(SUM(vacuum_count), 0) FROM pg_stat_user_tables WHERE relname IN ('nodes', 'edges')";
            return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        }
        // The store under test migrated a new database: nodes and edges were vacuumed once each.
        Assert.Equal(2, await VacuumsAsync());
        await Store.MigrateAsync();
        Assert.Equal(2, await VacuumsAsync());
    }

    [Fact]
    public async Task A_server_that_cannot_be_reached_makes_the_store_unavailable()
    {
        var unreachable = new NpgsqlConnectionStringBuilder(_connectionString) { Port = 1, Timeout = 2 }.ConnectionString;
        await using var store = SqlGraphStore.ForPostgres(unreachable);
        await Assert.ThrowsAsync<StoreUnavailableException>(() => store.GetGraphVersionAsync());
    }
}
