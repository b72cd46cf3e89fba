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
        var results = seen["seen"]!.AsArray().Select(r => ((string?)r!["name"], (int?)r["version"])).ToList();
        Assert.Equal([("Hashtag campaign", 1), ("Renamed by urql", 2)], results);
        Assert.Equal(["GET", "POST"], seen["requests"]!.AsArray().Select(r => (string?)r));

        var stored = await _app.DataAsync("""{ node(id: "tactic:hashtag_campaign") { ... on Tactic { name version } } }""", null);
        Assert.Equal(("Renamed by urql", 2), ((string?)stored["node"]!["name"], (int)stored["node"]!["version"]!));
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();
}
