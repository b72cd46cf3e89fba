using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>A client's mistake is named as one (BAD_USER_INPUT, GRAPHQL_VALIDATION_FAILED), never as an INTERNAL error (D12).</summary>
public sealed class ClientMistakeCodesTests(CuratedApp app) : IClassFixture<CuratedApp>
{
    private const string Import = """
        mutation($p: JSON) { importGraph(nodes: [{ id: "org:mistake", label: ORGANIZATION, properties: $p }], relationships: []) { graphVersion } }
        """;

    private async Task<JsonNode> FirstErrorAsync(string query, object? variables = null, string? bearer = null)
    {
        var (_, body) = await app.SendAsync(query, bearer, variables);
        var error = body["errors"]?[0];
        Assert.True(error is not null, $"Expected an error, got {body.ToJsonString()}");
        return error!;
    }

    [Fact]
    public async Task Paths_with_first_zero_is_bad_user_input()
    {
        var error = await FirstErrorAsync("""{ paths(from: "industry:tech", to: "industry:media_news", first: 0) { length } }""");
        Assert.Equal("BAD_USER_INPUT", (string?)error["extensions"]!["code"]);
        Assert.Contains("'first'", (string?)error["message"]);
    }

    [Theory]
    [InlineData("after")]
    [InlineData("before")]
    public async Task A_relationship_cursor_at_the_largest_offset_is_an_empty_page_not_an_error(string argument)
    {
        var cursor = Convert.ToBase64String(Encoding.UTF8.GetBytes($"#{int.MaxValue}")).TrimEnd('=');
        var (status, body) = await app.SendAsync($$"""
            { node(id: "industry:agriculture_farmwork") { ... on Industry { organizations({{argument}}: "{{cursor}}") { totalCount edges { cursor } } } } }
            """, null);
        Assert.True(status == 200 && body["errors"] is null, body.ToJsonString());
        Assert.NotNull(body["data"]!["node"]!["organizations"]!["totalCount"]);
    }

    [Theory]
    [InlineData("""{"name": "a", "name": "b", "kind": "UNION"}""", "'name'")]
    [InlineData("""{"name": "\ud800", "kind": "UNION"}""", "text")]
    [InlineData("""{"name": "ok", "kind": "UNION", "extra": {"k": 1, "k": 2}}""", "'k'")]
    public async Task Import_properties_with_duplicate_keys_or_lone_surrogates_are_bad_user_input(string properties, string named)
    {
        var error = await FirstErrorAsync(Import, new { p = properties }, CuratedApp.AdminKey);
        Assert.Equal("BAD_USER_INPUT", (string?)error["extensions"]!["code"]);
        Assert.Contains("nodes[0].properties", (string?)error["message"]);
        Assert.Contains(named, (string?)error["message"]);
        Assert.Empty(await app.Store.GetNodesAsync(["org:mistake"]));
    }

    [Theory]
    [InlineData("# only a comment")]
    [InlineData("fragment F on Query { __typename }")]
    public async Task Documents_without_a_runnable_operation_are_validation_failures(string query)
    {
        foreach (var accept in new[] { "application/graphql-response+json", "application/json" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
            var response = await app.CreateClient().SendAsync(request);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal(accept == "application/json" ? 200 : 400, (int)response.StatusCode);
            Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string?)body["errors"]![0]!["extensions"]!["code"]);
            Assert.Null(body["errors"]![0]!["extensions"]!["details"]);
        }
    }
}
