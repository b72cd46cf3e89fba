using System.Net;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.Http;

/// <summary>Every response carries the browser hardening headers, and the server does not name itself (D16).</summary>
public sealed class SecurityHeadersTests : IDisposable
{
    private readonly KnowledgeGraphApp _app = new();

    public SecurityHeadersTests()
    {
        _app.UseKestrel(0);
        _app.StartServer();
    }

    public static TheoryData<string, string> Requests => new()
    {
        { "POST", "/graphql" },
        { "GET", "/graphql?query=%7B__typename%7D" },
        { "GET", "/graphql?query=%7B" },
        { "DELETE", "/graphql" },
        { "GET", "/graphql/schema.graphql" },
        { "GET", "/health/live" },
        { "GET", "/no/such/page" },
        { "GET", "/graphiql/graphiql.min.js" },
        { "GET", "/export/evidence-map.csv?rows=TACTIC&columns=INDUSTRY" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Every_response_is_hardened_and_anonymous(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json");
        }
        var response = await _app.CreateClient().SendAsync(request);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
        Assert.False(response.Headers.Contains("Server"), $"Server: {Header(response, "Server")}");
    }

    [Fact]
    public async Task A_refused_credential_is_hardened_too()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ __typename }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new("Bearer", "not-a-key");
        var response = await _app.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Contains("default-src 'none'", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task The_graphiql_page_may_load_only_its_own_files()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        var response = await _app.CreateClient().SendAsync(request);
        var policy = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("frame-ancestors 'none'", policy);
        Assert.DoesNotContain("unsafe", policy);
        Assert.DoesNotContain("<script>", await response.Content.ReadAsStringAsync());
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "";

    public void Dispose() => _app.Dispose();
}
