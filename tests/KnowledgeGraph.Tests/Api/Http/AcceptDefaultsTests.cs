using System.Net;
using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Http;

/// <summary>A client that names no response type (no Accept, */*, application/*) gets application/json, as the GraphQL-over-HTTP audit asks.</summary>
public sealed class AcceptDefaultsTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private async Task<(HttpStatusCode Status, string? MediaType, JsonNode Body)> GetAsync(string query, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        var response = await app.CreateClient().SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, JsonNode.Parse(await response.Content.ReadAsStringAsync())!);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*/*")]
    [InlineData("application/*")]
    public async Task A_client_that_names_no_type_gets_json(string? accept)
    {
        var (status, mediaType, body) = await GetAsync("{ node(id: \"industry:tech\") { id } }", accept);
        Assert.Equal((HttpStatusCode.OK, "application/json"), (status, mediaType));
        Assert.Equal("industry:tech", (string?)body["data"]!["node"]!["id"]);
    }

    [Theory]
    [InlineData("*/*", HttpStatusCode.OK, "application/json")]
    [InlineData("application/graphql-response+json", HttpStatusCode.BadRequest, "application/graphql-response+json")]
    [InlineData("application/graphql-response+json, */*;q=0.5", HttpStatusCode.BadRequest, "application/graphql-response+json")]
    public async Task A_document_that_does_not_validate_answers_with_the_status_of_the_chosen_type(string accept, HttpStatusCode expected, string expectedType)
    {
        var (status, mediaType, body) = await GetAsync("{ noSuchField }", accept);
        Assert.Equal((expected, expectedType), (status, mediaType));
        Assert.Equal("GRAPHQL_VALIDATION_FAILED", (string?)body["errors"]![0]!["extensions"]!["code"]);
    }
}
