using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Caching;

/// <summary>
/// Bursts of identical requests, as a popular client sends them: each caller gets the same correct answer whether the
/// shared result has errors or not, and none of them a 500 or an empty body (D3).
/// </summary>
public sealed class ConcurrentIdenticalRequestsTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private async Task<(int Status, string Body)> SendAsync(string query, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        if (accept is not null)
        {
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        }
        var response = await app.CreateClient().SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<(int Status, string Body)[]> BurstAsync(string query, string? accept)
    {
        await SendAsync("{ __typename }", accept);
        return await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() => SendAsync(query, accept))));
    }

    private static void AllAnswerAlike((int Status, string Body)[] results, int status, string code)
    {
        Assert.All(results, r =>
        {
            Assert.True(r.Status == status, $"Expected {status}, got {r.Status}: '{r.Body}'");
            Assert.Equal(code, (string?)JsonNode.Parse(r.Body)!["errors"]![0]!["extensions"]!["code"]);
        });
        Assert.Single(results.Select(r => WithoutCostReport(r.Body)).Distinct());
    }

    /// <summary>The body without <c>extensions.cost</c>, which reports each caller's own charge and budget.</summary>
    private static string WithoutCostReport(string body)
    {
        var json = JsonNode.Parse(body)!.AsObject();
        json.Remove("extensions");
        return json.ToJsonString();
    }

    [Theory]
    [InlineData("application/graphql-response+json", 400)]
    [InlineData(null, 200)]
    public async Task Twenty_identical_requests_for_an_unknown_field_all_get_the_validation_error(string? accept, int status)
    {
        var results = await BurstAsync($"{{ nope_{Guid.NewGuid():n} }}", accept);
        AllAnswerAlike(results, status, "GRAPHQL_VALIDATION_FAILED");
    }

    [Theory]
    [InlineData("application/graphql-response+json")]
    [InlineData(null)]
    public async Task Twenty_identical_reads_that_execute_with_a_not_found_error_all_get_it(string? accept)
    {
        var query = $$"""{ industries(first: 100) { nodes { id name } } neighborhood(id: "industry:nope_{{Guid.NewGuid():n}}") { truncated } }""";
        var results = await BurstAsync(query, accept);
        AllAnswerAlike(results, 200, "NOT_FOUND");
    }

    [Fact]
    public async Task Twenty_identical_successful_reads_all_get_the_same_data()
    {
        var results = await BurstAsync($$"""query Burst{{Guid.NewGuid():n}} { industries(first: 100) { totalCount nodes { id } } }""", null);
        Assert.All(results, r => Assert.True(r.Status == 200 && JsonNode.Parse(r.Body)!["errors"] is null, $"{r.Status}: '{r.Body}'"));
        Assert.Single(results.Select(r => WithoutCostReport(r.Body)).Distinct());
    }
}
