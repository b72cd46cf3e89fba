using System.Net;
using KnowledgeGraph.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeGraph.Tests.Api.Http;

/// <summary>A browser opening /graphql gets GraphiQL, served by the app itself, and Run works without internet.</summary>
public sealed class GraphiQLTests : IAsyncLifetime
{
    private readonly KnowledgeGraphApp _app = new();
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        _app.UseKestrel(0);
        _app.StartServer();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    [Fact]
    public async Task Clicking_run_in_graphiql_shows_real_results_and_nothing_leaves_the_machine()
    {
        var baseUrl = _app.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        var page = await _browser.NewPageAsync();
        var offHost = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(baseUrl, StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                offHost.Add(request.Url);
            }
        };
        var refused = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refused.Add(message.Text);
            }
        };
        var response = await page.GotoAsync(baseUrl + "/graphql");
        Assert.Equal((int)HttpStatusCode.OK, response!.Status);
        Assert.Contains("frame-ancestors 'none'", await response.HeaderValueAsync("content-security-policy"));
        await page.WaitForSelectorAsync(".graphiql-query-editor .CodeMirror", new() { Timeout = 30_000 });
        await page.ClickAsync(".graphiql-execute-button");
        await page.WaitForFunctionAsync("() => document.querySelector('.graphiql-response')?.innerText.includes('totalCount')", null, new() { Timeout = 30_000 });
        var result = await page.InnerTextAsync(".graphiql-response");
        Assert.Contains("intervention:", result);
        Assert.Contains("evidenceStrength", result);
        Assert.DoesNotContain("\"errors\"", result);
        Assert.Empty(offHost);
        Assert.Empty(refused);
    }

    [Fact]
    public async Task The_graphiql_assets_are_served_by_the_app_and_unknown_ones_are_404()
    {
        var client = _app.CreateClient();
        var script = await client.GetAsync("/graphiql/graphiql.min.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/graphiql/secrets.txt")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        _app.Dispose();
    }
}
