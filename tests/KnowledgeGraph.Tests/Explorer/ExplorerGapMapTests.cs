using System.Net;
using KnowledgeGraph.Tests.Support;
using Microsoft.Playwright;

namespace KnowledgeGraph.Tests.Explorer;

/// <summary>
/// The gap map (#/gaps) on the seed graph: tactics × industries coloured by the best design, hatched cells for findings
/// that are not on effect, gaps marked in words, a cell's findings on click, filters and the open cell in the URL, and
/// the CSV download of the same map.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerGapMapTests(ExplorerHost host)
{
    private const string TrainingCrossIndustry = "tactic:anti_harassment_training|industry:cross_industry";

    [Fact]
    public async Task The_default_map_colours_evidence_hatches_adoption_marks_gaps_and_lists_a_cells_findings()
    {
        await using var page = await host.OpenAsync("#/gaps");
        await page.WaitForLoadedAsync();
        var p = page.Page;

        Assert.Equal(28, await p.Locator("table.gap-table tbody th[scope=row]").CountAsync());
        Assert.Equal(14, await p.Locator("table.gap-table thead th.gap-col[scope=col]").CountAsync());
        Assert.Equal(1, await p.Locator("th[scope=row]", new() { HasTextString = "Anti-harassment training" }).CountAsync());
        Assert.Equal(1, await p.Locator("th[scope=col]", new() { HasTextString = "Cross-industry" }).CountAsync());
        Assert.True(await p.Locator("td.gap-evidence").CountAsync() >= 20);
        Assert.True(await p.Locator("td.gap-empty").CountAsync() >= 300);

        // The best design names the colour; a cell with only adoption findings is hatched and still a gap.
        var trial = p.GetByRole(AriaRole.Button, new() { Name = "Anti-harassment training × Cross-industry:" });
        Assert.Contains("best design RCT (randomized trial), 7 findings", await trial.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        Assert.Equal("RCT", (await trial.Locator(".gap-mark").InnerTextAsync()).Trim());
        var walkout = p.GetByRole(AriaRole.Button, new() { Name = "Employee walkout × Technology:" });
        Assert.Contains("gap, 4 other findings, none on effect (4 adoption)", await walkout.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        Assert.Contains("gap-other", await walkout.Locator("xpath=..").GetAttributeAsync("class"), StringComparison.Ordinal);
        Assert.Contains("repeating-linear-gradient", await walkout.Locator("xpath=..").EvaluateAsync<string>("td => getComputedStyle(td).backgroundImage"), StringComparison.Ordinal);
        var emptyCell = p.Locator("td.gap-empty button").First;
        Assert.Equal("gap", (await emptyCell.InnerTextAsync()).Trim());
        Assert.Contains("gap, no findings", await emptyCell.GetAttributeAsync("aria-label"), StringComparison.Ordinal);
        Assert.NotEqual(
            await trial.Locator("xpath=..").EvaluateAsync<string>("td => getComputedStyle(td).backgroundColor"),
            await p.Locator("td.gap-evidence.gap-rank-1").First.EvaluateAsync<string>("td => getComputedStyle(td).backgroundColor"));
        Assert.Equal(9, await p.Locator(".gap-legend .gap-swatch.gap-evidence").CountAsync());
        Assert.Contains("randomized trial", await p.InnerTextAsync(".gap-legend"), StringComparison.Ordinal);
        // The map and the two filter lists (industries, jurisdictions).
        Assert.InRange(page.GraphQLRequests.Count, 1, 3);
        await page.ScreenshotAsync("gap-map");

        await trial.ClickAsync();
        await page.WaitForLoadedAsync();
        Assert.Contains("cell=" + Uri.EscapeDataString(TrainingCrossIndustry), p.Url, StringComparison.OrdinalIgnoreCase);
        var panel = p.Locator("section.gap-panel");
        Assert.Equal("Anti-harassment training × Cross-industry", (await panel.Locator("h2").InnerTextAsync()).Trim());
        Assert.Contains("no effect of VR practice", await panel.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(7, await panel.Locator("li.gap-finding").CountAsync());
        Assert.Equal(1, await panel.Locator("a[href='#/node/finding%3Arawski_vr_bystander_practice_no_effect_knowledge_reporting']").CountAsync());
        Assert.True(await panel.Locator(".badge.design-rct").CountAsync() >= 1);
        Assert.Equal("true", await trial.GetAttributeAsync("aria-pressed"));
        Assert.InRange(page.GraphQLRequests.Count, 2, 4);
        await page.ScreenshotAsync("gap-map-cell");

        // Keyboard: arrows move between cells, Enter opens one.
        await trial.FocusAsync();
        await p.Keyboard.PressAsync("ArrowDown");
        await p.Keyboard.PressAsync("Enter");
        await p.WaitForFunctionAsync("() => document.querySelector('section.gap-panel h2')?.textContent.includes('Ballot initiative')");
        await page.WaitForLoadedAsync();
        Assert.Contains("cell=tactic%3Aballot_initiative", p.Url, StringComparison.Ordinal);
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task A_filter_changes_the_map_and_the_url_and_the_csv_link_downloads_the_same_map()
    {
        await using var page = await host.OpenAsync("#/gaps");
        await page.WaitForLoadedAsync();
        var p = page.Page;
        var evidenceBefore = await p.Locator("td.gap-evidence").CountAsync();

        await p.GetByLabel("Minimum strength").SelectOptionAsync("MODERATE");
        await p.WaitForSelectorAsync("table.gap-table[data-query*='MODERATE']");
        await page.WaitForLoadedAsync();
        Assert.Contains("minEvidence=MODERATE", p.Url, StringComparison.Ordinal);
        var evidenceAfter = await p.Locator("td.gap-evidence").CountAsync();
        Assert.InRange(evidenceAfter, 1, evidenceBefore - 1);

        await p.GetByLabel("Rows").SelectOptionAsync("POLICY_LEVER");
        await p.WaitForSelectorAsync("table.gap-table[data-query*='POLICY_LEVER']");
        await page.WaitForLoadedAsync();
        Assert.Contains("rows=POLICY_LEVER", p.Url, StringComparison.Ordinal);
        Assert.Equal(1, await p.Locator("th[scope=row]", new() { HasTextString = "Ban on forced arbitration" }).CountAsync());
        Assert.InRange(page.GraphQLRequests.Count, 3, 5);

        var link = p.GetByRole(AriaRole.Link, new() { Name = "Download this map as CSV" });
        var url = new Uri(new Uri(p.Url), await link.GetAttributeAsync("href"));
        Assert.Equal("/export/evidence-map.csv", url.AbsolutePath);
        Assert.Contains("minEvidence=MODERATE", url.Query, StringComparison.Ordinal);
        using var client = new HttpClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("row_id,row_name,column_id,column_name", lines[0], StringComparison.Ordinal);
        Assert.Equal(await p.Locator("td.gap-cell button").CountAsync(), lines.Count(line => line.StartsWith("lever:", StringComparison.Ordinal)));
        Assert.Equal(lines.Length - 1, lines.Count(line => line.StartsWith("lever:", StringComparison.Ordinal)));
        Assert.Equal(await p.Locator("td.gap-evidence").CountAsync(), lines.Count(line => line.Contains(",false,", StringComparison.Ordinal)));
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task A_deep_link_reopens_its_cell_and_keeps_adoption_apart_from_effect()
    {
        const string hash = "#/gaps?rows=POLICY_LEVER&columns=INDUSTRY&cell=lever%3Aforced_arbitration_ban%7Cindustry%3Across_industry";
        await using var page = await host.OpenAsync(hash);
        await page.WaitForLoadedAsync();
        var p = page.Page;
        var panel = p.Locator("section.gap-panel");
        Assert.StartsWith("Ban on forced arbitration", (await panel.Locator("h2").InnerTextAsync()).Trim(), StringComparison.Ordinal);
        var text = await panel.InnerTextAsync();
        Assert.Contains("A gap:", text, StringComparison.Ordinal);
        Assert.Contains("not evidence of effect", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Effect findings", text, StringComparison.Ordinal);
        Assert.Contains("Congress ended forced arbitration", text, StringComparison.Ordinal);
        Assert.Equal(10, await panel.Locator(".badge.kind-adoption").CountAsync());
        // The map, the two filter lists and the cell's findings.
        Assert.InRange(page.GraphQLRequests.Count, 2, 4);

        await p.ReloadAsync();
        await p.WaitForSelectorAsync("section.gap-panel li.gap-finding");
        await page.WaitForLoadedAsync();
        Assert.StartsWith("Ban on forced arbitration", (await p.InnerTextAsync("section.gap-panel h2")).Trim(), StringComparison.Ordinal);

        await p.GetByRole(AriaRole.Button, new() { Name = "Close this cell" }).ClickAsync();
        await p.WaitForSelectorAsync("section.gap-panel", new() { State = WaitForSelectorState.Detached });
        Assert.DoesNotContain("cell=", p.Url, StringComparison.Ordinal);
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task On_a_phone_the_map_scrolls_sideways_with_its_row_headers_in_view()
    {
        await using var page = await host.OpenAsync("#/gaps?cell=" + Uri.EscapeDataString(TrainingCrossIndustry), 390, 844);
        await page.WaitForLoadedAsync();
        var p = page.Page;
        Assert.True(await p.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"), "The page itself must not scroll sideways.");
        var scroller = p.Locator(".gap-scroll");
        Assert.True(await scroller.EvaluateAsync<bool>("el => el.scrollWidth > el.clientWidth"));
        await scroller.EvaluateAsync("el => { el.scrollLeft = el.scrollWidth; }");
        var header = await p.Locator("th[scope=row]", new() { HasTextString = "Anti-harassment training" }).BoundingBoxAsync();
        Assert.NotNull(header);
        Assert.InRange(header.X, 0, 40);
        Assert.True(header.Width >= 100);
        Assert.True(await p.GetByRole(AriaRole.Link, new() { Name = "Download this map as CSV" }).IsVisibleAsync());
        Assert.True(await p.Locator("section.gap-panel li.gap-finding").First.IsVisibleAsync());
        await page.ScreenshotAsync("gap-map-phone");
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task On_a_closed_graph_the_csv_download_carries_the_reader_key()
    {
        await using var app = ExplorerHost.StartClosedGraph();
        var baseUrl = app.ClientOptions.BaseAddress.ToString().TrimEnd('/');
        var context = await host.Browser.NewContextAsync(new() { AcceptDownloads = true });
        var page = await context.NewPageAsync();
        await page.GotoAsync(baseUrl + "/explore/");
        await page.WaitForSelectorAsync("#reader-key", new() { Timeout = 30_000 });
        await page.FillAsync("#reader-key", CuratedApp.ReaderKey);
        await page.ClickAsync("text=Use this key");
        await page.WaitForSelectorAsync("table.counts", new() { Timeout = 30_000 });
        await page.GotoAsync(baseUrl + "/explore/#/gaps?rows=POLICY_LEVER");
        await page.WaitForSelectorAsync("table.gap-table", new() { Timeout = 30_000 });

        using var anonymous = new HttpClient();
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Download this map as CSV" });
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri(new Uri(page.Url), await link.GetAttributeAsync("href")))).StatusCode);
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Equal("evidence-map-policy_lever-by-industry.csv", download.SuggestedFilename);
        var csv = await File.ReadAllLinesAsync((await download.PathAsync())!);
        Assert.StartsWith("row_id,row_name,column_id,column_name", csv[0], StringComparison.Ordinal);
        Assert.Equal(await page.Locator("td.gap-cell button").CountAsync(), csv.Count(line => line.StartsWith("lever:", StringComparison.Ordinal)));
        await context.CloseAsync();
    }
}
