using System.Net;
using System.Text;
using KnowledgeGraph.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Serilog.Core;

namespace KnowledgeGraph.Tests.Api.Http;

/// <summary>
/// Pages on other origins call the API as the configured origin list allows: preflights answered before auth and the
/// rate limiter, on every route a dashboard uses; loopback pages in Development only; nothing by default in Production.
/// </summary>
public sealed class CorsTests
{
    private const string Dashboard = "https://dashboard.example.org";

    private static KnowledgeGraphApp Production(params (string Key, string Value)[] settings)
    {
        var app = new KnowledgeGraphApp { Environment = "Production" };
        foreach (var (key, value) in settings)
        {
            app.Settings[key] = value;
        }
        return app;
    }

    private static async Task<HttpResponseMessage> PreflightAsync(KnowledgeGraphApp app, string path, string origin, string method = "POST")
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, path);
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", "content-type, authorization");
        return await app.CreateClient().SendAsync(request);
    }

    private static async Task<HttpResponseMessage> QueryAsync(KnowledgeGraphApp app, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ node(id: \"industry:tech\") { id } }"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", origin);
        return await app.CreateClient().SendAsync(request);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;

    [Fact]
    public async Task A_configured_origin_gets_a_cached_preflight_and_may_read_the_headers_a_dashboard_needs()
    {
        using var app = Production(("Cors:AllowedOrigins:0", Dashboard), ("Cors:PreflightMaxAgeSeconds", "300"));
        var preflight = await PreflightAsync(app, "/graphql", Dashboard);
        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Equal(Dashboard, Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(preflight, "Access-Control-Allow-Methods"));
        Assert.Contains("authorization", Header(preflight, "Access-Control-Allow-Headers")!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("content-type", Header(preflight, "Access-Control-Allow-Headers")!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("300", Header(preflight, "Access-Control-Max-Age"));
        Assert.Null(Header(preflight, "Access-Control-Allow-Credentials"));

        var response = await QueryAsync(app, Dashboard);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Dashboard, Header(response, "Access-Control-Allow-Origin"));
        var exposed = Header(response, "Access-Control-Expose-Headers")!;
        foreach (var header in new[] { "ETag", "Retry-After", "X-Cache", "X-Correlation-Id" })
        {
            Assert.Contains(header, exposed, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("Origin", Header(response, "Vary"));
    }

    [Theory]
    [InlineData("https://evil.example.org")]
    [InlineData("http://dashboard.example.org")]
    [InlineData("https://dashboard.example.org.evil.example")]
    [InlineData("http://localhost:3000")]
    [InlineData("null")]
    public async Task Any_other_origin_gets_no_cors_headers_in_production(string origin)
    {
        using var app = Production(("Cors:AllowedOrigins:0", Dashboard));
        var preflight = await PreflightAsync(app, "/graphql", origin);
        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.Null(Header(preflight, "Access-Control-Allow-Origin"));
        var response = await QueryAsync(app, origin);
        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Production_allows_no_origin_unless_configured()
    {
        using var app = Production();
        var response = await QueryAsync(app, "http://localhost:5173");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
        Assert.Null(Header(await PreflightAsync(app, "/graphql", "http://127.0.0.1:3000"), "Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("http://localhost:3000")]
    [InlineData("http://127.0.0.1:5173")]
    [InlineData("http://[::1]:8080")]
    [InlineData("https://localhost")]
    public async Task Development_allows_loopback_pages_on_any_port(string origin)
    {
        using var app = new KnowledgeGraphApp();
        Assert.Equal(origin, Header(await PreflightAsync(app, "/graphql", origin), "Access-Control-Allow-Origin"));
        Assert.Equal(origin, Header(await QueryAsync(app, origin), "Access-Control-Allow-Origin"));
        Assert.Null(Header(await PreflightAsync(app, "/graphql", Dashboard), "Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("/graphql", "POST")]
    [InlineData("/graphql", "GET")]
    [InlineData("/graphql/schema.graphql", "GET")]
    [InlineData("/export/evidence-map.csv", "GET")]
    public async Task A_preflight_is_answered_on_every_dashboard_route_even_where_reads_need_a_key_and_past_the_rate_limit(string path, string method)
    {
        using var app = Production(("Cors:AllowedOrigins:0", Dashboard), ("Auth:RequireReaderForReads", "true"),
            ("RateLimit:RequestsPerSecond", "1"), ("RateLimit:RequestBurst", "1"));
        for (var i = 0; i < 3; i++)
        {
            var preflight = await PreflightAsync(app, path, Dashboard, method);
            Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
            Assert.Equal(Dashboard, Header(preflight, "Access-Control-Allow-Origin"));
            Assert.Contains(method, Header(preflight, "Access-Control-Allow-Methods"));
        }
    }

    [Fact]
    public async Task A_refused_request_still_carries_cors_headers_so_the_page_can_read_why()
    {
        using var app = Production(("Cors:AllowedOrigins:0", Dashboard), ("Auth:RequireReaderForReads", "true"));
        var response = await QueryAsync(app, Dashboard);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(Dashboard, Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Credentials_are_allowed_only_when_configured()
    {
        using var app = Production(("Cors:AllowedOrigins:0", Dashboard), ("Cors:AllowCredentials", "true"));
        var preflight = await PreflightAsync(app, "/graphql", Dashboard);
        Assert.Equal("true", Header(preflight, "Access-Control-Allow-Credentials"));
        Assert.Equal(Dashboard, Header(preflight, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_star_without_credentials_allows_any_origin()
    {
        using var app = Production(("Cors:AllowedOrigins:0", "*"));
        Assert.Equal("*", Header(await QueryAsync(app, "https://anyone.example"), "Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("*", "true")]
    [InlineData("https://dashboard.example.org/", "false")]
    [InlineData("https://dashboard.example.org/app", "false")]
    [InlineData("dashboard.example.org", "false")]
    public void An_origin_list_that_cannot_work_fails_the_start(string origin, string credentials)
    {
        var log = new LogSink();
        using var app = new KnowledgeGraphApp { Environment = "Production", ExtraServices = services => services.AddSingleton<ILogEventSink>(log) };
        app.Settings["Cors:AllowedOrigins:0"] = origin;
        app.Settings["Cors:AllowCredentials"] = credentials;
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        // As in OptionsValidationTests: the failed start may surface as the test host's disposal race; its reason is logged.
        var cause = error.GetBaseException() as OptionsValidationException
            ?? log.Events.Select(e => e.Exception?.GetBaseException()).OfType<OptionsValidationException>().FirstOrDefault();
        Assert.True(cause is not null, error.ToString());
        Assert.Contains("Cors:", cause.Message);
    }
}
