using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Http;

/// <summary>The CSV download of the evidence map checks its filter exactly as the <c>evidenceMap</c> field does.</summary>
public sealed class EvidenceMapCsvTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private async Task<(int Status, string? Code)> GetAsync(string query)
    {
        var response = await app.CreateClient().GetAsync("/export/evidence-map.csv?rows=TACTIC&columns=INDUSTRY&" + query);
        var body = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, response.IsSuccessStatusCode ? null : (string?)JsonNode.Parse(body)!["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Unknown_or_mislabelled_ids_and_too_many_industries_are_refused_like_in_graphql()
    {
        Assert.Equal((404, "NOT_FOUND"), await GetAsync("industries=industry:nowhere"));
        Assert.Equal((400, "BAD_USER_INPUT"), await GetAsync("industries=jurisdiction:us"));
        Assert.Equal((404, "NOT_FOUND"), await GetAsync("jurisdiction=jurisdiction:atlantis"));
        Assert.Equal((400, "BAD_USER_INPUT"), await GetAsync("industries=" + string.Join(',', Enumerable.Range(0, 11).Select(i => $"industry:i{i}"))));
        Assert.Equal((200, null), await GetAsync("industries=industry:agriculture_farmwork&jurisdiction=jurisdiction:us"));
    }
}
