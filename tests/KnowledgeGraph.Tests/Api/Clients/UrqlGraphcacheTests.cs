using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Clients;

/// <summary>urql with graphcache: a mutation's result updates, from the normalized cache, a query the page keeps open.</summary>
public sealed class UrqlGraphcacheTests : IAsyncLifetime
{
    private readonly CuratedApp _app = new();

    public Task InitializeAsync()
    {
        _app.UseKestrel(0);
        _app.StartServer();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_mutation_updates_the_open_query_from_the_cache_without_refetching()
    {
        var seen = await NodeClients.RunAsync("urql-graphcache.mjs", _app.ClientOptions.BaseAddress.ToString(),
            [CuratedApp.CuratorKey, "tactic:hashtag_campaign"]);
        Assert.Null((string?)seen["mutationError"]);
        // graphcache may hand the open query the same data twice (seen here: the first result again, not stale, before
        // the mutation's; one GET in all), so consecutive equal results count once: what matters is what the page
        // shows, in order, and that no request but the mutation followed the first query.
        var results = seen["seen"]!.AsArray().Select(r => ((string?)r!["name"], (int?)r["version"]))
            .Aggregate(new List<(string?, int?)>(), (shown, next) => { if (shown.Count == 0 || shown[^1] != next) { shown.Add(next); } return shown; });
        Assert.True(results.SequenceEqual([("Hashtag campaign", 1), ("Renamed by urql", 2)]), seen.ToJsonString());
        Assert.Equal(["GET", "POST"], seen["requests"]!.AsArray().Select(r => (string?)r));

        var stored = await _app.DataAsync("""{ node(id: "tactic:hashtag_campaign") { ... on Tactic { name version } } }""", null);
        Assert.Equal(("Renamed by urql", 2), ((string?)stored["node"]!["name"], (int)stored["node"]!["version"]!));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
