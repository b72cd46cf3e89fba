using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Caching;

/// <summary>Two API hosts sharing one real PostgreSQL and one real Redis, as replicas do.</summary>
[Collection(PostgresCollection.Name)]
public sealed class FleetTests(PostgresServer postgres) : IAsyncLifetime
{
    private readonly RedisServer _redis = new();
    private CuratedApp _one = null!;
    private CuratedApp _two = null!;

    public async Task InitializeAsync()
    {
        var database = await postgres.CreateDatabaseAsync();
        _one = Replica(database);
        _two = Replica(database);
        await _one.DataAsync("{ __typename }", null);
        await _two.DataAsync("{ __typename }", null);
    }

    private CuratedApp Replica(string database) => CuratedApp.Replica(database, _redis.ConnectionString);

    private const string Read = """{ node(id: "tactic:hashtag_campaign") { ... on Tactic { name version } } }""";

    [Fact]
    public async Task A_write_through_one_replica_is_read_through_the_other_at_once()
    {
        var before = await _two.DataAsync(Read, null);
        Assert.Equal(1, (int)before["node"]!["version"]!);
        await _one.DataAsync("""mutation { updateTactic(id: "tactic:hashtag_campaign", version: 1, patch: { name: "Hashtag campaigns" }) { version } }""", CuratedApp.CuratorKey);
        var after = await _two.DataAsync(Read, null);
        Assert.Equal(("Hashtag campaigns", 2), ((string?)after["node"]!["name"], (int)after["node"]!["version"]!));
    }

    [Fact]
    public async Task Concurrent_updates_of_one_node_from_both_replicas_let_exactly_one_win()
    {
        for (var round = 1; round <= 5; round++)
        {
            var version = (int)(await _one.DataAsync(Read, null))["node"]!["version"]!;
            string Update(string name) => $$"""mutation { updateTactic(id: "tactic:hashtag_campaign", version: {{version}}, patch: { name: "{{name}}" }) { name version } }""";
            var results = await Task.WhenAll(
                _one.SendAsync(Update($"one {round}"), CuratedApp.CuratorKey),
                _two.SendAsync(Update($"two {round}"), CuratedApp.CuratorKey));
            var winners = results.Where(r => r.Body["errors"] is null).ToList();
            var losers = results.Where(r => r.Body["errors"] is not null).ToList();
            Assert.Single(winners);
            Assert.Equal("CONFLICT", (string?)Assert.Single(losers).Body["errors"]![0]!["extensions"]!["code"]);
            var stored = await _two.DataAsync(Read, null);
            Assert.Equal(winners[0].Body["data"]!["updateTactic"]!["name"]!.ToJsonString(), stored["node"]!["name"]!.ToJsonString());
            Assert.Equal(version + 1, (int)stored["node"]!["version"]!);
        }
        var history = await _one.DataAsync("""{ node(id: "tactic:hashtag_campaign") { ... on Tactic { history { operation } } } }""", CuratedApp.AdminKey);
        Assert.Equal(5, history["node"]!["history"]!.AsArray().Count(h => (string?)h!["operation"] == "UPDATE_NODE"));
    }

    public Task DisposeAsync()
    {
        _one.Dispose();
        _two.Dispose();
        _redis.Dispose();
        return Task.CompletedTask;
    }
}
