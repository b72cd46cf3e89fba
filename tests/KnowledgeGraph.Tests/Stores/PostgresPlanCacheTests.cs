using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Stores.Sql;
using KnowledgeGraph.Tests.Support;
using Npgsql;
using static KnowledgeGraph.Tests.Support.TestGraph;

namespace KnowledgeGraph.Tests.Stores;

/// <summary>
/// The statements a request repeats are planned once per connection: once Npgsql has prepared them, PostgreSQL runs the
/// plan it cached instead of planning each execution anew (which cost more than running a one-node statement).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresPlanCacheTests(PostgresServer server) : IAsyncLifetime
{
    private const int Runs = 12;

    private NpgsqlDataSource _dataSource = null!;
    private SqlGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        // One pooled connection, so every statement runs on the session whose prepared statements are read below.
        var connectionString = new NpgsqlConnectionStringBuilder(SqlGraphStore.PostgresConnectionString(await server.CreateDatabaseAsync())) { MaxPoolSize = 1 };
        _dataSource = NpgsqlDataSource.Create(connectionString.ConnectionString);
        _store = new SqlGraphStore(_dataSource, PostgresDialect.Instance);
        await _store.MigrateAsync();
        await _store.UpsertAsync(Small(), "test");
    }

    [Fact]
    public async Task A_node_by_id_and_a_single_relationship_page_run_a_cached_plan_and_answer_as_before()
    {
        var hotels = new NeighborWindow(new NeighborKey("industry:hotels", "OPERATES_IN", Direction.In), Take: 10);
        var farms = new NeighborWindow(new NeighborKey("industry:farms", "OPERATES_IN", Direction.In), Take: 10);
        for (var i = 0; i < Runs; i++)
        {
            var node = Assert.Single(await _store.GetNodesAsync(["org:union"]));
            Assert.Equal(("org:union", "A Union"), (node.Id, node.Name));
            var page = Assert.Single(await _store.GetNeighborPagesAsync([hotels]));
            Assert.Equal(["org:union", "org:fund"], page.Items.Select(n => n.Node.Id));
            // Two windows (an array of rows) give the same page for the window both ask for.
            var both = await _store.GetNeighborPagesAsync([hotels, farms]);
            Assert.Equal(page.Items.Select(n => n.Node.Id), both[0].Items.Select(n => n.Node.Id));
            Assert.Equal(["org:fund", "org:center"], both[1].Items.Select(n => n.Node.Id));
        }

        var plans = new List<(string Statement, long Generic, long Custom)>();
        await using (var connection = await _dataSource.OpenConnectionAsync())
        await using (var command = new NpgsqlCommand("SELECT statement, generic_plans, custom_plans FROM pg_prepared_statements", connection))
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plans.Add((reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2)));
            }
        }
        var byId = Assert.Single(plans, p => p.Statement.Contains("FROM nodes AS n WHERE n.id", StringComparison.Ordinal));
        var onePage = Assert.Single(plans, p => p.Statement.Contains("CROSS JOIN LATERAL", StringComparison.Ordinal)
            && !p.Statement.Contains("unnest", StringComparison.Ordinal));
        foreach (var (statement, generic, custom) in new[] { byId, onePage })
        {
            // PostgreSQL plans the first five executions for their values, then keeps the generic plan if it costs no more.
            Assert.True(generic > 0 && custom <= 5, $"{generic} generic and {custom} custom plans for {statement}");
        }
    }

    public async Task DisposeAsync() => await _store.DisposeAsync();
}
