using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Caching;

/// <summary>Read results are cached per graph version: a repeat is served without the store, a write makes it fresh again.</summary>
public sealed class ResponseCacheTests : IDisposable
{
    private readonly CuratedApp _app = new();

    /// <summary>Sends a request and returns its body and cache outcome from X-Cache ("-" when it did not go through the cache).</summary>
    private async Task<(JsonNode Body, string Cache)> SendAsync(string query, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }
        var response = await _app.CreateClient().SendAsync(request);
        var cache = response.Headers.TryGetValues("X-Cache", out var values) ? values.Single() : "-";
        return (JsonNode.Parse(await response.Content.ReadAsStringAsync())!, cache);
    }

    [Fact]
    public async Task A_repeated_read_is_served_from_the_cache_until_the_graph_changes()
    {
        const string query = """{ node(id: "tactic:hashtag_campaign") { ... on Tactic { name version organizations: usedBy { totalCount } } } }""";
        var outcomes = new List<string>();
        var (first, cache) = await SendAsync(query);
        outcomes.Add(cache);
        _app.Store.Reset();
        (var second, cache) = await SendAsync(query);
        outcomes.Add(cache);
        Assert.Equal(first["data"]!.ToJsonString(), second["data"]!.ToJsonString());
        Assert.Equal(0, _app.Store.Calls);

        (var written, cache) = await SendAsync("""mutation { updateTactic(id: "tactic:hashtag_campaign", version: 1, patch: { name: "Hashtag campaigns" }) { version } }""", CuratedApp.CuratorKey);
        outcomes.Add(cache);
        Assert.Null(written["errors"]);
        (var third, cache) = await SendAsync(query);
        outcomes.Add(cache);
        Assert.Equal(("Hashtag campaigns", 2), ((string?)third["data"]!["node"]!["name"], (int)third["data"]!["node"]!["version"]!));
        Assert.Equal(["miss", "hit", "-", "miss"], outcomes);
    }

    [Fact]
    public async Task Errors_are_not_cached()
    {
        const string query = "{ industries(first: 500) { totalCount } }";
        var outcomes = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            var (body, cache) = await SendAsync(query);
            Assert.Equal("BAD_USER_INPUT", (string?)body["errors"]![0]!["extensions"]!["code"]);
            outcomes.Add(cache);
        }
        Assert.Equal(["miss", "miss"], outcomes);
    }

    public void Dispose() => _app.Dispose();
}
