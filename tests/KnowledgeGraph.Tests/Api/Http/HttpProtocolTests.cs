using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Http;

/// <summary>The endpoint follows the GraphQL-over-HTTP specification: methods, media types and status codes.</summary>
public sealed class HttpProtocolTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private const string GraphQLResponse = "application/graphql-response+json";

    private async Task<(HttpStatusCode Status, string? MediaType, JsonNode? Body, HttpResponseMessage Response)> SendAsync(
        HttpMethod method, string url, string? body = null, string? contentType = "application/json", string? accept = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8);
            request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        }
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }
        var response = await app.CreateClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, text.Length > 0 ? JsonNode.Parse(text) : null, response);
    }

    [Fact]
    public async Task Post_with_json_and_any_accept_answers_plain_json()
    {
        var (status, mediaType, body, _) = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ node(id: \"industry:tech\") { id } }"}""", accept: "*/*");
        Assert.Equal((HttpStatusCode.OK, "application/json"), (status, mediaType));
        Assert.Equal("industry:tech", (string?)body!["data"]!["node"]!["id"]);
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/json;q=0.9, application/graphql-response+json", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json;q=0.5", "application/json")]
    public async Task The_response_type_follows_the_accept_header(string? accept, string expected)
    {
        var (status, mediaType, _, _) = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ __typename }"}""", accept: accept);
        Assert.Equal((HttpStatusCode.OK, expected), (status, mediaType));
    }

    [Fact]
    public async Task An_unacceptable_accept_header_gets_406()
    {
        var (status, _, _, _) = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ __typename }"}""", accept: "application/xml");
        Assert.Equal(HttpStatusCode.NotAcceptable, status);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task Post_without_a_json_content_type_gets_415(string? contentType)
    {
        var (status, _, body, _) = await SendAsync(HttpMethod.Post, "/graphql", """{"query":"{ __typename }"}""", contentType, GraphQLResponse);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Equal("BAD_REQUEST", (string?)body!["errors"]![0]!["extensions"]!["code"]);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1, 2]")]
    [InlineData("""{"query": 42}""")]
    [InlineData("""{"variables": {}}""")]
    [InlineData("""{"query": "{ __typename }", "variables": "x"}""")]
    public async Task A_malformed_request_body_gets_400_with_a_code(string body)
    {
        foreach (var accept in new[] { GraphQLResponse, "application/json" })
        {
            var (status, _, json, _) = await SendAsync(HttpMethod.Post, "/graphql", body, accept: accept);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal("BAD_REQUEST", (string?)json!["errors"]![0]!["extensions"]!["code"]);
        }
    }

    [Fact]
    public async Task Get_runs_queries_with_variables_and_operation_name()
    {
        var query = Uri.EscapeDataString("query Two($id: ID!) { node(id: $id) { id } } query One { __typename }");
        var variables = Uri.EscapeDataString("""{"id":"industry:tech"}""");
        var (status, mediaType, body, _) = await SendAsync(HttpMethod.Get, $"/graphql?query={query}&variables={variables}&operationName=Two", accept: GraphQLResponse);
        Assert.Equal((HttpStatusCode.OK, GraphQLResponse), (status, mediaType));
        Assert.Equal("industry:tech", (string?)body!["data"]!["node"]!["id"]);
    }

    [Fact]
    public async Task A_mutation_over_get_gets_405_allowing_post_only()
    {
        var query = Uri.EscapeDataString("mutation { anything }");
        var (status, _, _, response) = await SendAsync(HttpMethod.Get, $"/graphql?query={query}", accept: GraphQLResponse);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Other_methods_get_405()
    {
        var (status, _, _, response) = await SendAsync(HttpMethod.Put, "/graphql", """{"query":"{ __typename }"}""");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, status);
        Assert.Contains("GET", response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("{ node(id: ", "GRAPHQL_PARSE_FAILED")]
    [InlineData("{ noSuchField }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("query($id: ID!) { node(id: $id) { id } }", "BAD_USER_INPUT")]
    public async Task A_document_that_is_not_executed_gets_400_as_graphql_response_and_200_as_json(string query, string code)
    {
        var body = new JsonObject { ["query"] = query }.ToJsonString();
        var (status, _, json, _) = await SendAsync(HttpMethod.Post, "/graphql", body, accept: GraphQLResponse);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(code, (string?)json!["errors"]![0]!["extensions"]!["code"]);
        Assert.Null(json["data"]);

        var (legacyStatus, _, legacy, _) = await SendAsync(HttpMethod.Post, "/graphql", body, accept: "application/json");
        Assert.Equal(HttpStatusCode.OK, legacyStatus);
        Assert.Equal(code, (string?)legacy!["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task A_field_error_during_execution_still_answers_200_with_partial_data()
    {
        var (status, _, json, _) = await SendAsync(HttpMethod.Post, "/graphql",
            """{"query":"{ ok: node(id: \"industry:tech\") { id } bad: node(id: \"industry:tech\") { ... on Industry { organizations(first: 1000) { totalCount } } } }"}""", accept: GraphQLResponse);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("industry:tech", (string?)json!["data"]!["ok"]!["id"]);
        Assert.Null(json["data"]!["bad"]);
        Assert.Equal("BAD_USER_INPUT", (string?)json["errors"]![0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Every_response_carries_a_correlation_id_and_keeps_a_safe_incoming_one()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        request.Headers.Add("X-Correlation-Id", "abc-123");
        var response = await app.CreateClient().SendAsync(request);
        Assert.Equal("abc-123", response.Headers.GetValues("X-Correlation-Id").Single());

        var generated = await app.CreateClient().GetAsync("/graphql?query=%7B__typename%7D");
        Assert.Matches("^[0-9a-f]{32}$", generated.Headers.GetValues("X-Correlation-Id").Single());
    }
}
