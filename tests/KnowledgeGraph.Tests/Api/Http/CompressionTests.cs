using System.IO.Compression;
using System.Net;
using System.Text;
using KnowledgeGraph.Tests.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Tests.Api.Http;

/// <summary>GraphQL answers, the CSV download and the printed schema travel Brotli- or gzip-compressed when the client accepts it.</summary>
public sealed class CompressionTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private const string Panel = """
        { industries(first: 50) { nodes { id name } } whatWorked(first: 20) { score verdict explanation strategy { id } findings { id } } }
        """;

    private async Task<(HttpResponseMessage Response, byte[] Body)> SendAsync(HttpMethod method, string url, string? acceptEncoding, KnowledgeGraphApp? host = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (method == HttpMethod.Post)
        {
            request.Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query = Panel }), Encoding.UTF8, "application/json");
        }
        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }
        var response = await (host ?? app).CreateClient().SendAsync(request);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    private static byte[] Decode(string encoding, byte[] body)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    [Theory]
    [InlineData("POST", "/graphql", "br")]
    [InlineData("POST", "/graphql", "gzip")]
    [InlineData("GET", "/export/evidence-map.csv?rows=TACTIC&columns=INDUSTRY", "br")]
    [InlineData("GET", "/export/evidence-map.csv?rows=TACTIC&columns=INDUSTRY", "gzip")]
    [InlineData("GET", "/graphql/schema.graphql", "br")]
    [InlineData("GET", "/graphql/schema.graphql", "gzip")]
    public async Task A_compressed_body_decodes_to_the_plain_one_and_is_several_times_smaller(string method, string url, string encoding)
    {
        var (plain, plainBody) = await SendAsync(new HttpMethod(method), url, null);
        var (compressed, compressedBody) = await SendAsync(new HttpMethod(method), url, encoding);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.DoesNotContain("\"errors\"", Encoding.UTF8.GetString(plainBody));
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal([encoding], compressed.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", compressed.Headers.Vary);
        Assert.Equal(WithoutCostReport(url, plainBody), WithoutCostReport(url, Decode(encoding, compressedBody)));
        Assert.True(compressedBody.Length * 3 < plainBody.Length, $"{encoding}: {compressedBody.Length} bytes of {plainBody.Length}");
    }

    [Fact]
    public async Task Brotli_is_chosen_when_the_client_accepts_both()
    {
        var (response, _) = await SendAsync(HttpMethod.Post, "/graphql", "gzip, deflate, br");
        Assert.Equal(["br"], response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Compression_can_be_switched_off()
    {
        using var plain = new KnowledgeGraphApp();
        plain.Settings["Http:Compression"] = "false";
        var (response, _) = await SendAsync(HttpMethod.Post, "/graphql", "br, gzip", plain);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("application/graphql-response+json; charset=utf-8", true)]
    [InlineData("application/json; charset=utf-8", true)]
    [InlineData("text/csv; charset=utf-8", true)]
    [InlineData("text/plain; charset=utf-8", true)]
    [InlineData("text/event-stream", false)]
    [InlineData("image/png", false)]
    public void Event_streams_are_never_compressed(string contentType, bool compressed)
    {
        var provider = app.Services.GetRequiredService<IResponseCompressionProvider>();
        var http = new DefaultHttpContext();
        http.Request.Headers.AcceptEncoding = "br";
        http.Response.ContentType = contentType;
        Assert.Equal(compressed, provider.ShouldCompressResponse(http));
    }

    /// <summary>The body as text; for GraphQL its data only, since extensions.cost reports each request's own charge and budget.</summary>
    private static string WithoutCostReport(string url, byte[] body) =>
        url == "/graphql" ? System.Text.Json.Nodes.JsonNode.Parse(body)!["data"]!.ToJsonString() : Encoding.UTF8.GetString(body);
}
