using System.Net;
using System.Net.Http.Headers;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Explorer;

/// <summary>The explorer is served by the API itself at /explore/, offline, under a strict Content-Security-Policy.</summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerServingTests(ExplorerHost host)
{
    [Fact]
    public async Task Explore_redirects_to_the_page_which_is_served_with_a_strict_policy()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.App.ClientOptions.BaseAddress };
        var redirect = await client.GetAsync("/explore");
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/explore/", redirect.Headers.Location?.OriginalString);

        var page = await client.GetAsync("/explore/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var policy = string.Join(' ', page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy);
        Assert.Contains("connect-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("explorer.js", html);
        Assert.DoesNotContain("http", html.Replace("http-equiv", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assets_revalidate_by_content_hash_and_unknown_files_are_404()
    {
        var client = host.App.CreateClient(new() { BaseAddress = host.App.ClientOptions.BaseAddress });
        var script = await client.GetAsync("/explore/explorer.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-cache", script.Headers.CacheControl?.ToString());
        var tag = script.Headers.ETag;
        Assert.NotNull(tag);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/explore/explorer.js");
        again.Headers.IfNoneMatch.Add(tag);
        var notModified = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var stale = new HttpRequestMessage(HttpMethod.Get, "/explore/explorer.js");
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"0000\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);

        using var head = new HttpRequestMessage(HttpMethod.Head, "/explore/explorer.js");
        var headAnswer = await client.SendAsync(head);
        Assert.Equal(HttpStatusCode.OK, headAnswer.StatusCode);
        Assert.Equal(tag, headAnswer.Headers.ETag);
        Assert.Empty(await headAnswer.Content.ReadAsByteArrayAsync());

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/explore/explorer.css")).StatusCode);
        Assert.Contains("cytoscape", await client.GetStringAsync("/explore/THIRD-PARTY-NOTICES.txt"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/explore/appsettings.json")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/explore/..%2Fappsettings.json")).StatusCode);
    }

    [Fact]
    public async Task The_home_view_shows_the_graphs_counts_with_one_request_and_nothing_from_outside()
    {
        await using var page = await host.OpenAsync();
        await page.WaitForLoadedAsync();
        var counts = await page.Page.InnerTextAsync("table.counts");
        Assert.Contains("Industries", counts, StringComparison.Ordinal);
        Assert.Contains("Findings", counts, StringComparison.Ordinal);
        Assert.Single(page.GraphQLRequests);
        await page.ScreenshotAsync("home");
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task A_closed_graph_asks_for_a_reader_key_in_words_and_reads_with_it()
    {
        await using var app = ExplorerHost.StartClosedGraph();
        var baseUrl = app.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        var context = await host.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "/explore/");
        var alert = await page.WaitForSelectorAsync("[role=alert]", new() { Timeout = 30_000 });
        Assert.Contains("reader key", await alert!.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("UNAUTHENTICATED", await alert.InnerTextAsync(), StringComparison.Ordinal);

        await page.FillAsync("#reader-key", CuratedApp.ReaderKey);
        await page.ClickAsync("text=Use this key");
        await page.WaitForSelectorAsync("table.counts", new() { Timeout = 30_000 });
        Assert.Contains("Industries", await page.InnerTextAsync("table.counts"), StringComparison.Ordinal);
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_explorer_can_be_switched_off()
    {
        await using var app = new KnowledgeGraphApp { Environment = "Production" };
        app.Settings["GraphQL:Explorer"] = "false";
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync("/explore/")).StatusCode);
    }
}
