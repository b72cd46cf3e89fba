using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Http;

/// <summary>
/// The request body is bounded before it is read, JSON with a key twice is refused (a proxy reading the first copy
/// would see another request than the server), and refusals speak of the request, never of .NET types (D16).
/// </summary>
public sealed class RequestBodyTests : IDisposable
{
    private const int Limit = 100_000;
    private readonly KnowledgeGraphApp _app = new();

    public RequestBodyTests() => _app.Settings["GraphQL:MaxRequestBytes"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<(int Status, JsonNode Body)> SendAsync(HttpContent content)
    {
        var response = await _app.CreateClient().PostAsync("/graphql", content);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonNode.Parse(text) ?? throw new InvalidOperationException("empty body"));
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    private static string Message(JsonNode body) => (string?)body["errors"]![0]!["message"] ?? "";

    [Fact]
    public async Task A_body_announced_over_the_limit_is_refused_with_413_and_a_graphql_error()
    {
        var query = "{ __typename }" + new string(' ', Limit);
        var (status, body) = await SendAsync(Json($$"""{"query": "{{query}}"}"""));
        Assert.Equal(413, status);
        Assert.Equal("BAD_REQUEST", (string?)body["errors"]![0]!["extensions"]!["code"]);
        Assert.Contains($"{Limit} bytes", Message(body));
    }

    [Fact]
    public async Task A_streamed_body_without_length_is_cut_off_at_the_limit()
    {
        var content = new UnsizedContent(Encoding.UTF8.GetBytes($$"""{"query": "{ __typename }{{new string(' ', Limit)}}"}"""));
        var (status, _) = await SendAsync(content);
        Assert.Equal(413, status);
        var (fits, body) = await SendAsync(new UnsizedContent(Encoding.UTF8.GetBytes("""{"query": "{ __typename }"}""")));
        Assert.Equal(200, fits);
        Assert.Equal("Query", (string?)body["data"]!["__typename"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_body_just_under_the_limit_is_read_whole_with_or_without_its_length(bool announced)
    {
        // A comment of non-ASCII text fills the document, so characters of several bytes fall across every boundary
        // of the buffers the body is read into; the answer proves the whole body arrived intact.
        var comment = string.Concat(Enumerable.Repeat("é🙂 ", (Limit - 200) / 7));   // 7 bytes each in UTF-8
        var json = Encoding.UTF8.GetBytes($$"""{"query": "# {{comment}}\n{ __typename }"}""");
        Assert.InRange(json.Length, Limit - 400, Limit);
        var (status, body) = await SendAsync(announced ? new ByteArrayContent(json) { Headers = { ContentType = new("application/json") } } : new UnsizedContent(json));
        Assert.Equal(200, status);
        Assert.Equal("Query", (string?)body["data"]!["__typename"]);
    }

    [Theory]
    [InlineData("query")]
    [InlineData("operationName")]
    public async Task Bytes_that_are_not_utf8_inside_a_string_are_refused_with_its_path(string key)
    {
        // 0xC3 opens a two-byte character that 0x28 ('(') does not continue.
        var json = Encoding.UTF8.GetBytes($$"""{"query": "{ __typename }", "{{key}}2": "x""").Concat(new byte[] { 0xC3, 0x28 })
            .Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
        var (status, body) = await SendAsync(new ByteArrayContent(json) { Headers = { ContentType = new("application/json") } });
        Assert.Equal(400, status);
        Assert.Equal("BAD_REQUEST", (string?)body["errors"]![0]!["extensions"]!["code"]);
        Assert.Contains($"$.{key}2 is not valid Unicode", Message(body));
    }

    [Theory]
    [InlineData("""{"query": "{ __typename }", "query": "mutation { __typename }"}""", "'query'")]
    [InlineData("""{"query": "query($a: Int) { __typename }", "variables": {"a": 1, "a": 2}}""", "'a'")]
    [InlineData("""{"query": "{ __typename }", "extensions": {"x": [{"k": 1, "k": 1}]}}""", "$.extensions.x[0]")]
    public async Task A_key_twice_anywhere_in_the_body_is_refused(string json, string named)
    {
        var (status, body) = await SendAsync(Json(json));
        Assert.Equal(400, status);
        Assert.Equal("BAD_REQUEST", (string?)body["errors"]![0]!["extensions"]!["code"]);
        Assert.Contains("twice", Message(body));
        Assert.Contains(named, Message(body));
    }

    [Fact]
    public async Task A_key_twice_in_get_variables_is_refused()
    {
        var response = await _app.CreateClient().GetAsync("/graphql?query=" + Uri.EscapeDataString("query($a: Int) { __typename }")
            + "&variables=" + Uri.EscapeDataString("""{"a": 1, "a": 2}"""));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("twice", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("""{"query": 5}""")]
    [InlineData("""{"query": "{ __typename }", "variables": "x"}""")]
    [InlineData("""{"query": "{ __typename }", "operationName": {"a": 1}}""")]
    [InlineData("""{"query": "\ud800"}""")]
    [InlineData("""{"query": "{ __typename }" """)]
    [InlineData("")]
    public async Task Malformed_bodies_get_400_in_words_without_dotnet_type_names(string json)
    {
        var (status, body) = await SendAsync(Json(json));
        Assert.Equal(400, status);
        Assert.Equal("BAD_REQUEST", (string?)body["errors"]![0]!["extensions"]!["code"]);
        Assert.DoesNotMatch(@"GraphQL\.|System\.|Transport|Inputs\b", Message(body));
    }

    [Fact]
    public async Task Malformed_get_variables_get_400_in_words_without_dotnet_type_names()
    {
        var response = await _app.CreateClient().GetAsync("/graphql?query=" + Uri.EscapeDataString("{ __typename }") + "&variables=%5B1%5D");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotMatch(@"GraphQL\.|System\.|Inputs\b", Message(JsonNode.Parse(await response.Content.ReadAsStringAsync())!));
    }

    public void Dispose() => _app.Dispose();

    /// <summary>A body sent without Content-Length, as a chunked upload is.</summary>
    private sealed class UnsizedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public UnsizedContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
