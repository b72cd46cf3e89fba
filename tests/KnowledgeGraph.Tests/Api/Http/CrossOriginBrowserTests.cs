using System.Net;
using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;

namespace KnowledgeGraph.Tests.Api.Http;

/// <summary>
/// Chromium, with a dashboard page served from another loopback origin (its own small server on two ports, so two
/// origins): the page on the allowed origin queries the API, preflights and credentials included, and reads the
/// headers a dashboard needs; the page on the other origin is blocked by the browser.
/// </summary>
public sealed class CrossOriginBrowserTests(CrossOriginBrowserTests.Servers servers) : IClassFixture<CrossOriginBrowserTests.Servers>
{
    private const string Script = """
        async ({ url, method, bearer }) => {
          const query = '{ node(id: "industry:tech") { id } }';
          const headers = { accept: 'application/graphql-response+json' };
          if (bearer) headers.authorization = 'Bearer ' + bearer;
          try {
            const response = method === 'POST'
              ? await fetch(url, { method, headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ query }) })
              : await fetch(url + '?query=' + encodeURIComponent(query), { headers });
            const body = await response.json();
            return JSON.stringify({ ok: true, status: response.status, id: body.data?.node?.id ?? null,
              etag: response.headers.get('etag'), correlation: response.headers.get('x-correlation-id') });
          } catch (e) {
            return JSON.stringify({ ok: false, error: String(e) });
          }
        }
        """;

    private async Task<(JsonNode Result, List<string> Console)> FetchFromAsync(string pageOrigin, string method, string? bearer = null)
    {
        var page = await servers.Browser.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);
        await page.GotoAsync(pageOrigin + "/");
        var api = servers.Api.ClientOptions.BaseAddress.ToString().TrimEnd('/') + "/graphql";
        Assert.NotEqual(new Uri(pageOrigin).GetLeftPart(UriPartial.Authority), new Uri(api).GetLeftPart(UriPartial.Authority));
        var result = await page.EvaluateAsync<string>(Script, new { url = api, method, bearer });
        await page.CloseAsync();
        return (JsonNode.Parse(result)!, console);
    }

    [Theory]
    [InlineData("POST", null)]
    [InlineData("POST", CuratedApp.ReaderKey)]
    [InlineData("GET", null)]
    [InlineData("GET", CuratedApp.ReaderKey)]
    public async Task A_page_on_the_allowed_origin_queries_the_api_and_reads_its_headers(string method, string? bearer)
    {
        var (result, _) = await FetchFromAsync(servers.Allowed, method, bearer);
        Assert.True((bool?)result["ok"], result.ToJsonString());
        Assert.Equal(200, (int?)result["status"]);
        Assert.Equal("industry:tech", (string?)result["id"]);
        Assert.NotNull((string?)result["correlation"]);
        if (method == "GET")
        {
            Assert.StartsWith("W/\"v", (string?)result["etag"]);
        }
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task A_page_on_another_origin_is_blocked_by_the_browser(string method)
    {
        var (result, console) = await FetchFromAsync(servers.Other, method);
        Assert.False((bool?)result["ok"], result.ToJsonString());
        Assert.Contains("Failed to fetch", (string?)result["error"]);
        Assert.Contains(console, line => line.Contains("blocked by CORS policy", StringComparison.Ordinal));
    }

    /// <summary>The page server, the API and Chromium, shared by the tests of this class.</summary>
    public sealed class Servers : IAsyncLifetime
    {
        public CuratedApp Api { get; } = new() { Environment = "Production" };

        public string Allowed { get; private set; } = null!;

        public string Other { get; private set; } = null!;

        public IBrowser Browser { get; private set; } = null!;

        private WebApplication _pages = null!;
        private IPlaywright _playwright = null!;

        public async Task InitializeAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.ConfigureKestrel(kestrel =>
            {
                kestrel.Listen(IPAddress.Loopback, 0);
                kestrel.Listen(IPAddress.Loopback, 0);
            });
            _pages = builder.Build();
            _pages.MapGet("/", () => Results.Content("<!doctype html><title>Dashboard</title><p>A dashboard on another origin.</p>", "text/html"));
            await _pages.StartAsync();
            (Allowed, Other) = (_pages.Urls.First().TrimEnd('/'), _pages.Urls.Last().TrimEnd('/'));

            Api.Settings["Cors:AllowedOrigins:0"] = Allowed;
            Api.UseKestrel(0);
            Api.StartServer();
            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = "/usr/bin/chromium",
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
            });
        }

        public async Task DisposeAsync()
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
            Api.Dispose();
            await _pages.DisposeAsync();
        }
    }
}
