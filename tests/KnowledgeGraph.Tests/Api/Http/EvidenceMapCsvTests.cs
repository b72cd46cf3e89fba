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

    [Fact]
    public async Task The_filters_of_the_security_review_are_refused_with_a_graphql_error_body()
    {
        Assert.Equal((400, "BAD_USER_INPUT"), await GetAsync("industries=org:latina_impact_fund"));
        Assert.Equal((400, "BAD_USER_INPUT"), await GetAsync("jurisdiction=org:latina_impact_fund"));
        Assert.Equal((400, "BAD_USER_INPUT"), await GetAsync("industries=" + string.Join(',', Enumerable.Range(0, 500).Select(i => $"industry:made_up_{i}"))));
        Assert.Equal((404, "NOT_FOUND"), await GetAsync("jurisdiction=jurisdiction:us%0A"));
        Assert.Equal((400, "BAD_USER_INPUT"), await GetAsync("minEvidence=ALL"));
        Assert.Equal((400, "BAD_USER_INPUT"), await GetAsync("since=1990%0A"));

        var response = await app.CreateClient().GetAsync("/export/evidence-map.csv?rows=TACTIC&columns=INDUSTRY&industries=org:latina_impact_fund");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("row_id", await response.Content.ReadAsStringAsync());
    }
}
