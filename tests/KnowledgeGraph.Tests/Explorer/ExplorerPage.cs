using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

namespace KnowledgeGraph.Tests.Explorer;

/// <summary>
/// A browser tab on the explorer that records what a test must check after every view: the GraphQL requests it made,
/// anything it fetched from outside the host, console errors (a refused Content-Security-Policy shows there) and
/// uncaught script errors.
/// </summary>
public sealed class ExplorerPage : IAsyncDisposable
{
    private readonly ExplorerHost _host;

    public ExplorerPage(ExplorerHost host, IPage page)
    {
        _host = host;
        Page = page;
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(host.BaseUrl + "/", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal) && !request.Url.StartsWith("blob:", StringComparison.Ordinal))
            {
                OffHost.Add(request.Url);
            }
            else if (new Uri(request.Url).AbsolutePath == "/graphql")
            {
                GraphQLRequests.Add(request.Url);
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => ConsoleErrors.Add(error);
    }

    public IPage Page { get; }

    public List<string> GraphQLRequests { get; } = [];

    public List<string> OffHost { get; } = [];

    public List<string> ConsoleErrors { get; } = [];

    /// <summary>Goes to a view by its hash and waits until the app has rendered (the loading line of index.html is gone).</summary>
    public async Task GotoAsync(string hash)
    {
        var response = await Page.GotoAsync($"{_host.BaseUrl}/explore/{hash}");
        Assert.Equal(200, response!.Status);
        await Page.WaitForSelectorAsync("main#main", new() { Timeout = 30_000 });
    }

    /// <summary>Milliseconds from navigation until the view first had all its data on screen (set by the first <see cref="WaitForLoadedAsync"/>).</summary>
    public double? LoadedMs { get; private set; }

    /// <summary>Waits until no view shows a loading line (every query of the view answered).</summary>
    public async Task WaitForLoadedAsync()
    {
        try
        {
            await Page.WaitForFunctionAsync("() => !document.querySelector('.loading')", null, new() { Timeout = 30_000 });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The view kept loading for 30 s. Page: {await Page.InnerTextAsync("body")} Requests: {string.Join(' ', GraphQLRequests)} Errors: {string.Join(' ', ConsoleErrors)}");
        }
        LoadedMs ??= Math.Round(await Page.EvaluateAsync<double>("() => performance.now()"));
    }

    /// <summary>axe-core's serious and critical violations on the page as it is now, one line each (WCAG 2.x A and AA rules).</summary>
    public async Task<IReadOnlyList<string>> AccessibilityViolationsAsync()
    {
        // Evaluated by the browser's debugging protocol, so the page's Content-Security-Policy stays as served.
        await Page.EvaluateAsync(_host.AxeScript);
        var json = await Page.EvaluateAsync<string>(
            """
            async () => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
              return JSON.stringify(result.violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')}`));
            }
            """);
        return JsonSerializer.Deserialize<List<string>>(json)!;
    }

    /// <summary>
    /// What every view must satisfy: nothing fetched from outside the host, no console or script error, and no serious
    /// or critical accessibility violation.
    /// </summary>
    public async Task AssertCleanAsync()
    {
        Assert.Empty(OffHost);
        Assert.Empty(ConsoleErrors);
        Assert.Empty(await AccessibilityViolationsAsync());
    }

    /// <summary>Saves a screenshot as NAME.png and the view's measurements (GraphQL requests so far, first contentful paint) beside it.</summary>
    public async Task ScreenshotAsync(string name)
    {
        await Page.ScreenshotAsync(new() { Path = Path.Combine(_host.ScreenshotDirectory, name + ".png"), FullPage = false });
        var paint = await Page.EvaluateAsync<double?>(
            "() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null");
        var measurements = JsonSerializer.Serialize(new { view = name, graphQLRequests = GraphQLRequests.Count, firstContentfulPaintMs = paint is { } ms ? Math.Round(ms) : (double?)null, loadedMs = LoadedMs });
        await File.WriteAllTextAsync(Path.Combine(_host.ScreenshotDirectory, name + ".json"), measurements);
        Debug.WriteLine(measurements);
    }

    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}
