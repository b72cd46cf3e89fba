using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Tests.Api.Caching;

/// <summary>
/// Two replicas on one PostgreSQL and one Redis, with the background re-read of the version pushed out of reach: what
/// they see of each other's writes comes through the Redis channel, and without it they read the store.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class GraphVersionChannelTests(PostgresServer postgres) : IAsyncLifetime
{
    private const string Read = """{ node(id: "tactic:hashtag_campaign") { ... on Tactic { name version } } }""";

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

    private CuratedApp Replica(string database)
    {
        var app = CuratedApp.Replica(database, _redis.ConnectionString);
        app.Settings["Cache:VersionRefreshMilliseconds"] = "3600000";
        return app;
    }

    private static bool Trusted(KnowledgeGraphApp app) => app.Services.GetRequiredService<GraphVersions>().Trusted;

    private static async Task<(string? Cache, JsonNode Node)> ReadAsync(KnowledgeGraphApp app)
    {
        var response = await app.PostAsync(Read);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(body["errors"] is null, body.ToJsonString());
        return (response.Headers.TryGetValues("X-Cache", out var values) ? values.Single() : null, body["data"]!["node"]!);
    }

    private static async Task RenameAsync(KnowledgeGraphApp app, int version, string name) =>
        await ((CuratedApp)app).DataAsync(
            $$"""mutation { updateTactic(id: "tactic:hashtag_campaign", version: {{version}}, patch: { name: "{{name}}" }) { version } }""", CuratedApp.CuratorKey);

    /// <summary>Reads through the replica until <paramref name="condition"/> holds (each read may re-read the store), or fails after 20 s.</summary>
    private static async Task UntilAsync(KnowledgeGraphApp app, Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await ReadAsync(app);
            await Task.Delay(20);
        }
        Assert.True(condition());
    }

    [Fact]
    public async Task While_subscribed_a_hit_reads_no_version_and_a_write_on_the_other_replica_is_read_once_announced()
    {
        await UntilAsync(_two, () => Trusted(_two));
        await ReadAsync(_two);
        _two.Store.Reset();
        var (hit, before) = await ReadAsync(_two);
        Assert.Equal(("hit", "Hashtag campaign"), (hit, (string?)before["name"]));
        Assert.Equal(0, _two.Store.VersionReads);

        await RenameAsync(_one, 1, "Hashtag campaigns");
        // The announcement travels through Redis to the other replica's subscription: it is there a round trip after
        // the write's answer, not necessarily before the very next request. Until then the replica serves its hit.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var (outcome, after) = await ReadAsync(_two);
        while ((string?)after["name"] != "Hashtag campaigns" && DateTime.UtcNow < deadline)
        {
            Assert.Equal("hit", outcome);
            await Task.Delay(10);
            (outcome, after) = await ReadAsync(_two);
        }

        Assert.Equal(("miss", "Hashtag campaigns", 2), (outcome, (string?)after["name"], (int)after["version"]!));
        Assert.Equal(0, _two.Store.VersionReads);
    }

    [Fact]
    public async Task When_redis_stops_the_replicas_read_the_version_from_the_store_and_trust_memory_again_once_it_returns()
    {
        await UntilAsync(_two, () => Trusted(_two));
        await ReadAsync(_two);

        _redis.Stop();
        await UntilAsync(_two, () => !Trusted(_two));
        await RenameAsync(_one, 1, "Written while Redis was down");
        _two.Store.Reset();
        var (_, during) = await ReadAsync(_two);
        Assert.Equal(("Written while Redis was down", 2), ((string?)during["name"], (int)during["version"]!));
        Assert.True(_two.Store.VersionReads > 0);

        _redis.Start();
        await UntilAsync(_two, () => Trusted(_two));
        await UntilAsync(_one, () => Trusted(_one));
        await RenameAsync(_one, 2, "Written after Redis returned");
        var (_, after) = await ReadAsync(_two);
        Assert.Equal(("Written after Redis returned", 3), ((string?)after["name"], (int)after["version"]!));
    }

    public Task DisposeAsync()
    {
        _one.Dispose();
        _two.Dispose();
        _redis.Dispose();
        return Task.CompletedTask;
    }
}
