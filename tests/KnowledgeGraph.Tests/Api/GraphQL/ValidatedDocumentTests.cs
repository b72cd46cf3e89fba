using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>
/// A document that passed validation once skips the specification's rules afterwards, and only those: the cost limit,
/// which reads the variables, and the checks of the variables themselves still run on every request; a document that
/// failed is validated again every time.
/// </summary>
public sealed class ValidatedDocumentTests : IDisposable
{
    private readonly KnowledgeGraphApp _app = new();

    public void Dispose() => _app.Dispose();

    private async Task<(int Status, JsonNode Body)> SendAsync(string query, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        var response = await _app.CreateClient().SendAsync(request);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    private static string? Code(JsonNode body) => (string?)body["errors"]?[0]?["extensions"]?["code"];

    [Fact]
    public async Task A_validated_document_is_still_refused_when_its_variables_make_it_too_costly()
    {
        // Unique text, so no other test has validated this document already.
        var query = $$"""
            query Wide($depth: Int!, $limit: Int!, $first: Int!) {
              a: neighborhood(id: "industry:cross_industry", depth: $depth, limit: $limit) {
                nodes { id ... on Industry { name organizations(first: $first) { totalCount nodes { id name } } } }
              }
              b: __typename # {{Guid.NewGuid():N}}
            }
            """;
        var document = DocumentParser.Parse(query).Document!;

        var (cheapStatus, cheap) = await SendAsync(query, new { depth = 1, limit = 5, first = 1 });
        Assert.Equal((200, null), (cheapStatus, Code(cheap)));
        Assert.True(ValidatedDocuments.HasPassed(document));

        var (costlyStatus, costly) = await SendAsync(query, new { depth = 3, limit = 1000, first = 100 });
        Assert.Equal((400, "QUERY_TOO_COMPLEX"), (costlyStatus, Code(costly)));

        var (wrongStatus, wrong) = await SendAsync(query, new { depth = "three", limit = 5, first = 1 });
        Assert.Equal(400, wrongStatus);
        Assert.Null(wrong["data"]);
        Assert.NotNull(Code(wrong));
    }

    [Fact]
    public async Task A_document_that_failed_validation_is_validated_again_and_fails_again()
    {
        var query = $"{{ industries(first: 1) {{ nodes {{ nosuchfield }} }} b: __typename }} # {Guid.NewGuid():N}";
        foreach (var _ in Enumerable.Range(0, 2))
        {
            var (status, body) = await SendAsync(query);
            Assert.Equal((400, "GRAPHQL_VALIDATION_FAILED"), (status, Code(body)));
        }
        Assert.False(ValidatedDocuments.HasPassed(DocumentParser.Parse(query).Document!));
    }
}
