using System.Text.Json;
using KnowledgeGraph.TestSupport;
using Microsoft.Playwright;

namespace KnowledgeGraph.Tests.Explorer;

/// <summary>
/// The graph view (a neighbourhood drawn by Cytoscape.js, expanded by click, filtered, with a table alternative) and the
/// path view (hops with their citations), on the seed graph. Expected nodes are worked out from seed-data/ here.
/// </summary>
[Collection(ExplorerCollection.Name)]
public sealed class ExplorerGraphTests(ExplorerHost host)
{
    private const string Hotels = "industry:hospitality_hotels_casinos";
    private const string UniteHere = "org:unite_here";
    private const string Ciw = "org:coalition_of_immokalee_workers";
    private const string PictureIds = "() => window.__explorerGraph.nodes().map(n => n.id()).sort()";

    private static readonly List<(string Type, string From, string To)> Seed = LoadSeed();

    [Fact]
    public async Task The_graph_of_an_industry_draws_its_neighbours_and_expanding_one_from_the_table_adds_its_own()
    {
        await using var page = await host.OpenAsync("#/graph/" + Uri.EscapeDataString(Hotels));
        await page.WaitForLoadedAsync();
        var around = Around(Hotels);
        Assert.Equal(around.Order(StringComparer.Ordinal), await page.Page.EvaluateAsync<string[]>(PictureIds));
        Assert.Equal(around.Count, await page.Page.Locator("table.graph-nodes tbody tr").CountAsync());
        Assert.Contains("Hospitality", await page.Page.InnerTextAsync("h1"), StringComparison.Ordinal);
        Assert.Single(page.GraphQLRequests);

        // Keyboard and screen-reader users expand from the table.
        await page.Page.ClickAsync("details.graph-tables summary");
        await page.Page.ClickAsync($"tr[data-id='{UniteHere}'] button");
        await page.WaitForLoadedAsync();
        await page.Page.WaitForFunctionAsync($"() => window.__explorerGraph.nodes().length === {around.Union(Around(UniteHere)).Count()}");
        var expanded = await page.Page.EvaluateAsync<string[]>(PictureIds);
        Assert.Equal(around.Union(Around(UniteHere)).Order(StringComparer.Ordinal), expanded);
        Assert.Equal(UniteHere, Param(await HashAsync(page), "expanded"));
        Assert.Equal("Collapse", await page.Page.InnerTextAsync($"tr[data-id='{UniteHere}'] button"));
        Assert.Equal(2, page.GraphQLRequests.Count);

        // The deep link restores the same picture, with one request per neighbourhood.
        await using var again = await host.OpenAsync(await HashAsync(page));
        await again.WaitForLoadedAsync();
        Assert.Equal(expanded, await again.Page.EvaluateAsync<string[]>(PictureIds));
        Assert.Equal(2, again.GraphQLRequests.Count);
        Assert.Contains("UNITE HERE", await again.Page.InnerTextAsync(".graph-selection"), StringComparison.Ordinal);
        await again.ScreenshotAsync("graph");
        await again.AssertCleanAsync();
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task A_mouse_click_on_a_drawn_node_selects_and_expands_it_and_so_do_the_arrow_keys_and_Enter()
    {
        await using var page = await host.OpenAsync("#/graph/" + Uri.EscapeDataString(Hotels));
        await page.WaitForLoadedAsync();
        // A node well apart from the others, where the picture draws it (page coordinates).
        var target = await page.Page.EvaluateAsync<JsonElement>(
            """
            () => {
              const cy = window.__explorerGraph, box = cy.container().getBoundingClientRect();
              const nodes = cy.nodes().filter(n => !n.hasClass('centre'));
              const apart = nodes.filter(n => nodes.every(o => o === n || Math.hypot(o.renderedPosition().x - n.renderedPosition().x, o.renderedPosition().y - n.renderedPosition().y) > 30)
                && n.renderedPosition().y > 50);
              const n = apart[0];
              return { id: n.id(), x: box.left + n.renderedPosition().x, y: box.top + n.renderedPosition().y };
            }
            """);
        var id = target.GetProperty("id").GetString()!;
        await page.Page.Mouse.ClickAsync(target.GetProperty("x").GetSingle(), target.GetProperty("y").GetSingle());
        await page.WaitForLoadedAsync();
        await page.Page.WaitForFunctionAsync($"() => window.__explorerGraph.nodes().length === {Around(Hotels).Union(Around(id)).Count()}");
        Assert.Equal(id, Param(await HashAsync(page), "expanded"));
        var panel = page.Page.Locator(".graph-selection");
        Assert.Equal(Uri.EscapeDataString(id), (await panel.GetByRole(AriaRole.Link, new() { Name = "Open its page" }).GetAttributeAsync("href"))!.Split('/')[^1]);

        // The picture takes focus; arrows choose a node, Enter expands it.
        await page.Page.FocusAsync(".graph-picture");
        string chosen;
        do
        {
            await page.Page.Keyboard.PressAsync("ArrowRight");
            chosen = Param(await HashAsync(page), "selected");
        }
        while (chosen is Hotels || chosen == id);
        await page.Page.Keyboard.PressAsync("Enter");
        await page.WaitForLoadedAsync();
        Assert.Contains(chosen, Param(await HashAsync(page), "expanded").Split(','));
        Assert.True(page.GraphQLRequests.Count <= 3, string.Join('\n', page.GraphQLRequests));
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task Relationship_type_and_label_filters_change_what_is_drawn_and_the_legend_counts()
    {
        await using var page = await host.OpenAsync("#/graph/" + Uri.EscapeDataString(Hotels));
        await page.WaitForLoadedAsync();
        // Without DESCRIBES, the findings that describe the industry drop out (filtered here, no request).
        await page.Page.GetByRole(AriaRole.Checkbox, new() { Name = "describes" }).UncheckAsync();
        var withoutDescribes = Reached(Hotels, Around(Hotels), type => type != "DESCRIBES");
        await page.Page.WaitForFunctionAsync($"() => window.__explorerGraph.nodes().length === {withoutDescribes.Count}");
        Assert.Equal(Around(Hotels).Count - 2, withoutDescribes.Count);
        Assert.Contains("2 more are hidden by the relationship-type filter", await page.Page.InnerTextAsync(".graph-summary"), StringComparison.Ordinal);
        Assert.DoesNotContain("DESCRIBES", Param(await HashAsync(page), "types"), StringComparison.Ordinal);
        Assert.Contains("IN_INDUSTRY", Param(await HashAsync(page), "types"), StringComparison.Ordinal);
        Assert.Single(page.GraphQLRequests);

        // Labels are asked of the API: only organizations (and the centre).
        await using var orgs = await host.OpenAsync("#/graph/" + Uri.EscapeDataString(Hotels) + "?labels=ORGANIZATION");
        await orgs.WaitForLoadedAsync();
        var expected = Around(Hotels).Where(id => id == Hotels || id.StartsWith("org:", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        Assert.Equal(expected, await orgs.Page.EvaluateAsync<string[]>(PictureIds));
        Assert.Matches($@"Organizations\s*\({expected.Count() - 1}\)", await orgs.Page.InnerTextAsync(".graph-legend"));
        await orgs.Page.GetByRole(AriaRole.Checkbox, new() { Name = "Interventions" }).CheckAsync();
        await orgs.WaitForLoadedAsync();
        await orgs.Page.WaitForFunctionAsync($"() => window.__explorerGraph.nodes().length === {Around(Hotels).Count(id => !id.StartsWith("finding:", StringComparison.Ordinal))}");
        Assert.Equal(2, orgs.GraphQLRequests.Count);
        await orgs.AssertCleanAsync();
    }

    [Fact]
    public async Task At_phone_width_the_picture_its_panel_and_tables_are_reachable_and_a_centre_can_be_picked()
    {
        await using var page = await host.OpenAsync("#/graph", 390, 844);
        await page.WaitForLoadedAsync();
        await page.Page.GetByRole(AriaRole.Combobox, new() { Name = "Centre node" }).FillAsync("hospitality");
        await page.Page.ClickAsync($"[role=option]:has-text('{Hotels}')");
        await page.Page.WaitForFunctionAsync("() => window.__explorerGraph?.nodes().length > 0");
        await page.WaitForLoadedAsync();
        Assert.Equal("#/graph/" + Uri.EscapeDataString(Hotels), await HashAsync(page));
        foreach (var selector in new[] { ".graph-picture", ".graph-selection", "details.graph-tables summary", ".graph-legend", ".graph-types" })
        {
            var box = await page.Page.Locator(selector).BoundingBoxAsync();
            Assert.True(box is { Width: > 0 and <= 390 }, $"{selector}: {box?.Width}");
        }
        Assert.True(page.GraphQLRequests.Count <= 4, string.Join('\n', page.GraphQLRequests));
        await page.ScreenshotAsync("graph-phone");
        await page.AssertCleanAsync();
    }

    [Fact]
    public async Task A_path_between_two_seed_nodes_shows_each_hop_with_its_citation_on_hover_and_in_the_list_and_a_hop_can_be_followed()
    {
        await using var page = await host.OpenAsync($"#/path?from={Uri.EscapeDataString(Ciw)}&to={Uri.EscapeDataString(Hotels)}&maxHops=4");
        await page.WaitForLoadedAsync();
        Assert.Single(page.GraphQLRequests);
        var hops = page.Page.Locator(".path-hop");
        Assert.True(await hops.CountAsync() >= 2);
        var first = hops.First;
        Assert.Contains("Coalition of Immokalee Workers", await first.InnerTextAsync(), StringComparison.Ordinal);
        // Every hop says what cites it (or that nothing does); the first one's sources link to their pages.
        foreach (var hop in await hops.AllAsync())
        {
            Assert.Matches("Cited by its ends|No source cited", await hop.InnerTextAsync());
        }
        Assert.StartsWith("#/node/source%3A", await first.Locator(".path-citation a").First.GetAttributeAsync("href"), StringComparison.Ordinal);

        // Hovering a drawn hop shows its meaning and citation, and marks it in the list.
        var middle = await page.Page.EvaluateAsync<JsonElement>(
            "() => { const cy = window.__explorerGraph, box = cy.container().getBoundingClientRect(), e = cy.edges()[0], p = e.renderedMidpoint(); return { x: box.left + p.x, y: box.top + p.y }; }");
        await page.Page.Mouse.MoveAsync(middle.GetProperty("x").GetSingle(), middle.GetProperty("y").GetSingle());
        var tip = page.Page.Locator(".path-tip");
        await tip.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Matches("Cited:|No source cited", await tip.InnerTextAsync());
        Assert.True(await page.Page.Locator(".path-hop-lit").CountAsync() >= 1);
        await page.ScreenshotAsync("path");
        await page.AssertCleanAsync();

        // Following a hop: a node clicked in the picture opens its page, and so does a name in the list.
        var end = await page.Page.EvaluateAsync<JsonElement>(
            $"() => {{ const cy = window.__explorerGraph, box = cy.container().getBoundingClientRect(), p = cy.getElementById('{Hotels}').renderedPosition(); return {{ x: box.left + p.x, y: box.top + p.y }}; }}");
        await page.Page.Mouse.ClickAsync(end.GetProperty("x").GetSingle(), end.GetProperty("y").GetSingle());
        await page.Page.WaitForFunctionAsync($"() => location.hash === '#/node/{Uri.EscapeDataString(Hotels)}'");
        await page.Page.GoBackAsync();
        await page.WaitForLoadedAsync();
        Assert.True(await hops.CountAsync() >= 2, "Back restores the paths");

        var reached = hops.First.Locator(".path-step .node-link a").Nth(1);
        var target = await reached.GetAttributeAsync("href");
        await reached.ClickAsync();
        await page.Page.WaitForURLAsync(url => url.EndsWith(target!, StringComparison.Ordinal));
        Assert.StartsWith("#/node/", new Uri(page.Page.Url).Fragment, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_nodes_further_apart_than_the_hops_allowed_say_there_is_no_path_and_an_unknown_node_is_named()
    {
        await using var page = await host.OpenAsync("#/path?from=industry%3Agarment_manufacturing&to=industry%3Atech&maxHops=1", 390, 844);
        await page.WaitForLoadedAsync();
        Assert.Contains("No path within 1 hop between", await page.Page.InnerTextAsync(".path-none"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Page.GetByRole(AriaRole.Link, new() { Name = "Allow 2 hops" }).CountAsync());
        Assert.Single(page.GraphQLRequests);
        await page.AssertCleanAsync();

        await using var unknown = await host.OpenAsync("#/path?from=industry%3Anope&to=industry%3Atech");
        await unknown.WaitForLoadedAsync();
        Assert.Contains("industry:nope", await unknown.Page.InnerTextAsync("[role=alert]"), StringComparison.Ordinal);
        Assert.Single(unknown.GraphQLRequests);
        await unknown.AssertCleanAsync();
    }

    private static Task<string> HashAsync(ExplorerPage page) => page.Page.EvaluateAsync<string>("() => location.hash");

    /// <summary>A parameter of a view's hash, empty when absent.</summary>
    private static string Param(string hash, string name) =>
        System.Web.HttpUtility.ParseQueryString(hash.Contains('?', StringComparison.Ordinal) ? hash[(hash.IndexOf('?', StringComparison.Ordinal) + 1)..] : "")[name] ?? "";

    /// <summary>A node and the nodes one relationship away, from the seed files.</summary>
    private static HashSet<string> Around(string id) =>
        [id, .. Seed.Where(r => r.From == id).Select(r => r.To), .. Seed.Where(r => r.To == id).Select(r => r.From)];

    /// <summary>The nodes of a set still connected to the start through relationships among them of the kept types.</summary>
    private static HashSet<string> Reached(string start, HashSet<string> among, Func<string, bool> keep)
    {
        var reached = new HashSet<string> { start };
        var queue = new Queue<string>([start]);
        var edges = Seed.Where(r => keep(r.Type) && among.Contains(r.From) && among.Contains(r.To)).ToList();
        while (queue.TryDequeue(out var at))
        {
            foreach (var next in edges.Where(r => r.From == at).Select(r => r.To).Concat(edges.Where(r => r.To == at).Select(r => r.From)))
            {
                if (reached.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }
        return reached;
    }

    private static List<(string, string, string)> LoadSeed()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.SeedData, "relationships.json")));
        return [.. json.RootElement.EnumerateArray().Select(r => (r.GetProperty("type").GetString()!, r.GetProperty("from").GetString()!, r.GetProperty("to").GetString()!))];
    }
}
