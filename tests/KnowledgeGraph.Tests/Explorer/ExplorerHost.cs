using KnowledgeGraph.Tests.Support;
using KnowledgeGraph.TestSupport;
using Microsoft.Playwright;

namespace KnowledgeGraph.Tests.Explorer;

/// <summary>
/// One real host on the seed graph with the production settings (rate limits and budgets included, so the explorer is
/// shown to work within them), listening on loopback, and one Debian Chromium, shared by every explorer test class.
/// </summary>
public sealed class ExplorerHost : IAsyncLifetime
{
    private IPlaywright _playwright = null!;

    public KnowledgeGraphApp App { get; } = CreateApp();

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The host's address without the trailing slash, such as <c>http://127.0.0.1:PORT</c>.</summary>
    public string BaseUrl => App.ClientOptions.BaseAddress.ToString().TrimEnd('/');

    /// <summary>axe-core's script, from the explorer's locked npm packages.</summary>
    public string AxeScript { get; } = ReadAxe();

    /// <summary>
    /// Where the tests save their screenshots and the per-view measurements: KG_EXPLORER_SCREENSHOTS when set (the
    /// docs' pictures are taken so, see docs/explorer.md), else a folder deleted with the host.
    /// </summary>
    public string ScreenshotDirectory { get; } = Environment.GetEnvironmentVariable("KG_EXPLORER_SCREENSHOTS") is { Length: > 0 } dir
        ? Path.GetFullPath(dir, RepoPaths.Root)
        : Directory.CreateTempSubdirectory("explorer-shots-").FullName;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        App.UseKestrel(0);
        App.StartServer();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>Opens the explorer at a view (a hash such as <c>#/node/industry%3Afilm_tv</c>, or empty for home) in a fresh browser context.</summary>
    public async Task<ExplorerPage> OpenAsync(string hash = "", int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = height } });
        var page = new ExplorerPage(this, await context.NewPageAsync());
        await page.GotoAsync(hash);
        return page;
    }

    /// <summary>A second host, listening on loopback, whose reads need a reader key (<see cref="CuratedApp.ReaderKey"/>).</summary>
    public static CuratedApp StartClosedGraph()
    {
        var app = new CuratedApp { Environment = "Production" };
        app.Settings["Auth:RequireReaderForReads"] = "true";
        app.UseKestrel(0);
        app.StartServer();
        return app;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await App.DisposeAsync();
        if (Environment.GetEnvironmentVariable("KG_EXPLORER_SCREENSHOTS") is not { Length: > 0 })
        {
            Directory.Delete(ScreenshotDirectory, recursive: true);
        }
    }

    private static KnowledgeGraphApp CreateApp()
    {
        var app = new KnowledgeGraphApp { Environment = "Production" };
        foreach (var key in app.Settings.Keys.Where(key => key.StartsWith("RateLimit:", StringComparison.Ordinal)).ToList())
        {
            app.Settings.Remove(key);
        }
        return app;
    }

    private static string ReadAxe()
    {
        var path = Path.Combine(RepoPaths.Root, "explorer", "node_modules", "axe-core", "axe.min.js");
        Assert.True(File.Exists(path), "explorer/node_modules is missing: run `npm ci --prefix explorer` (scripts/test.sh does).");
        return File.ReadAllText(path);
    }
}

[CollectionDefinition(Name)]
public sealed class ExplorerCollection : ICollectionFixture<ExplorerHost>
{
    public const string Name = "explorer";
}
