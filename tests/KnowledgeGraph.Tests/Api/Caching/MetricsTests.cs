using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Caching;

[Collection(MetricsCollection.Name)]
/// <summary>The cache's hits, misses and hit ratio are published at /metrics.</summary>
public sealed class MetricsTests : IDisposable
{
    private readonly CuratedApp _app = new();

    [Fact]
    public async Task The_hit_ratio_is_published_as_metrics()
    {
        await _app.DataAsync("{ outcomes { totalCount } }", null);
        await _app.DataAsync("{ outcomes { totalCount } }", null);
        await _app.DataAsync("{ outcomes { totalCount } }", null);
        using var scrape = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        scrape.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", CuratedApp.AdminKey);
        var metrics = await (await _app.CreateClient().SendAsync(scrape)).EnsureSuccessStatusCode().Content.ReadAsStringAsync();
        Assert.Matches(@"knowledge_graph_cache_hits_total(\{[^}]*\})? 2(\s|$)", metrics);
        Assert.Matches(@"knowledge_graph_cache_misses_total(\{[^}]*\})? 1(\s|$)", metrics);
        Assert.Matches(@"knowledge_graph_cache_hit_ratio(\{[^}]*\})? 0\.66", metrics);
    }

    public void Dispose() => _app.Dispose();
}
