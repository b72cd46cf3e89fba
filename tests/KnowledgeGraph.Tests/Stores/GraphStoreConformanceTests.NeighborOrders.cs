using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using static KnowledgeGraph.Tests.Support.TestGraph;

namespace KnowledgeGraph.Tests.Stores;

// Windows of relationships in every order, read forwards and from the end, cut by the store: each equals the same window
// cut out of the plain read of that node's relationships, sorted by the order's keys here.
public abstract partial class GraphStoreConformanceTests
{
    private static readonly NeighborOrderField[] Orders = [NeighborOrderField.Name, NeighborOrderField.Id, NeighborOrderField.Year];

    /// <summary>
    /// Three industries; thirty interventions whose names repeat and whose start years tie or are missing; twenty
    /// findings (years tie or are missing) had by them, citing five sources (publication dates with and without a month,
    /// or none); twenty organizations (some without a founding year).
    /// </summary>
    private static GraphBatch DatedGraph()
    {
        var random = new Random(20261206);
        string[] names = ["Alpha", "alpha", "Beta", "Gamma", "Alpha", "Zeta", "beta", "Delta"];
        int?[] years = [2001, 1999, null, 2001, 2015, null, 1999, 2020];
        var nodes = new List<NodeInput>();
        var edges = new List<EdgeInput>();
        JsonObject With(JsonObject props, string property, int? year)
        {
            if (year is { } y)
            {
                props[property] = y;
            }
            return props;
        }
        for (var i = 0; i < 3; i++)
        {
            nodes.Add(Node($"industry:i{i}", GraphSchema.Industry, new() { ["name"] = $"Industry {i}" }));
        }
        for (var v = 0; v < 30; v++)
        {
            var id = $"intervention:v{(v * 7) % 30:D2}";
            nodes.Add(Node(id, GraphSchema.Intervention, With(new() { ["name"] = names[v % names.Length] }, "startYear", years[v % years.Length])));
            edges.AddRange(Enumerable.Range(0, 3).Where(_ => random.Next(3) > 0).Select(i => Edge("IN_INDUSTRY", id, $"industry:i{i}")));
        }
        for (var f = 0; f < 20; f++)
        {
            var id = $"finding:f{(f * 3) % 20:D2}";
            nodes.Add(Node(id, GraphSchema.Finding, With(new()
            {
                ["summary"] = names[f % names.Length],
                ["kind"] = "PROCESS",
                ["evidenceStrength"] = "LIMITED",
                ["evidenceKind"] = "CROSS_SECTIONAL_SURVEY",
            }, "year", years[(f + 3) % years.Length])));
            edges.Add(Edge("HAS_FINDING", $"intervention:v{random.Next(3):D2}", id));
            edges.AddRange(Enumerable.Range(0, 5).Where(s => s == f % 5 || random.Next(3) == 0).Select(s => Edge("CITES", id, $"source:s{s}")));
        }
        for (var s = 0; s < 5; s++)
        {
            var published = years[s + 1] is { } year ? $"{year}-0{s + 1}" : null;
            nodes.Add(Node($"source:s{s}", GraphSchema.Source, new() { ["title"] = names[s], ["url"] = $"https://example.org/{s}", ["kind"] = "REPORT", ["publishedOn"] = published }));
        }
        for (var o = 0; o < 20; o++)
        {
            nodes.Add(Node($"org:o{o:D2}", GraphSchema.Organization, With(new() { ["name"] = names[o % names.Length], ["kind"] = "UNION" }, "founded", years[(o + 1) % years.Length])));
            edges.Add(Edge("OPERATES_IN", $"org:o{o:D2}", $"industry:i{o % 3}"));
        }
        return new GraphBatch(nodes, edges);
    }

    [Fact]
    public async Task Windows_in_every_order_read_in_one_call_equal_the_same_windows_of_each_nodes_sorted_relationships()
    {
        await Store.UpsertAsync(DatedGraph(), "test");
        var keys = Enumerable.Range(0, 3).SelectMany(i => new[]
            {
                new NeighborKey($"industry:i{i}", "IN_INDUSTRY", Direction.In),
                new NeighborKey($"industry:i{i}", "OPERATES_IN", Direction.In),
            })
            .Concat(Enumerable.Range(0, 30).SelectMany(v => new[]
            {
                new NeighborKey($"intervention:v{v:D2}", "HAS_FINDING", Direction.Out),
                new NeighborKey($"intervention:v{v:D2}", "IN_INDUSTRY", Direction.Out),
            }))
            .Concat(Enumerable.Range(0, 20).Select(f => new NeighborKey($"finding:f{f:D2}", "CITES", Direction.Out)))
            .ToList();
        var windows = keys
            .SelectMany(key => Windows.Where(w => w.Take is not null).SelectMany(w => Orders
                .Where(order => order != NeighborOrderField.Year || key.Type != "IN_INDUSTRY" || key.Direction == Direction.In)
                .SelectMany(order => new[] { false, true }.SelectMany(descending => new[] { false, true }.Select(fromEnd =>
                    new NeighborWindow(key, null, w.Skip, w.Take, IncludeTotalCount: fromEnd || w.Skip % 2 == 0, order, descending, fromEnd))))))
            .ToList();

        var pages = await Store.GetNeighborPagesAsync(windows);

        Assert.Equal(windows.Distinct().Count(), pages.Count);
        Assert.Contains(pages, p => p.Window.OrderBy == NeighborOrderField.Year && p.Items.Count == 10 && p.HasMore);
        foreach (var page in pages)
        {
            var window = page.Window;
            var all = Sorted(await Store.GetNeighborsAsync([window.Key]), window);
            var take = window.Take!.Value;
            var (from, to) = window.FromEnd
                ? (Math.Max(0, all.Count - window.Skip - take), Math.Max(0, all.Count - window.Skip))
                : (Math.Min(all.Count, window.Skip), Math.Min(all.Count, window.Skip + take));
            Assert.Equal(Shape(all.Skip(from).Take(to - from)), Shape(page.Items));
            Assert.Equal(window.FromEnd ? from > 0 : all.Count > to, page.HasMore);
            Assert.Equal(window.Skip > 0 && all.Count > 0, page.HasEarlier);
            Assert.Equal(window.IncludeTotalCount ? all.Count : null, page.TotalCount);
        }
    }

    [Fact]
    public async Task A_changed_year_moves_a_node_in_the_year_ordered_pages_of_its_neighbours_and_new_relationships_take_their_ends_years()
    {
        await SeededAsync();
        var hotels = new NeighborWindow(new NeighborKey("industry:hotels", "OPERATES_IN", Direction.In), GraphSchema.Organization, 0, 5, OrderBy: NeighborOrderField.Year);
        // No year (org:fund) comes before every year when ascending, as in root connections.
        Assert.Equal(["org:fund", "org:union"], (await Store.GetNeighborPagesAsync([hotels])).Single().Items.Select(n => n.Node.Id));

        await Store.UpsertAsync(new GraphBatch(
            [Node("org:union", GraphSchema.Organization, new() { ["name"] = "A Union", ["kind"] = "UNION" }),
                Node("org:fund", GraphSchema.Organization, new() { ["name"] = "Fund", ["kind"] = "FUNDER", ["founded"] = 2030 }),
                Node("org:late", GraphSchema.Organization, new() { ["name"] = "Late", ["kind"] = "UNION", ["founded"] = 1950 })],
            [Edge("OPERATES_IN", "org:late", "industry:hotels")]), "test");

        Assert.Equal(["org:union", "org:late", "org:fund"], (await Store.GetNeighborPagesAsync([hotels])).Single().Items.Select(n => n.Node.Id));
        Assert.Equal(["org:fund", "org:late", "org:union"],
            (await Store.GetNeighborPagesAsync([hotels with { Descending = true }])).Single().Items.Select(n => n.Node.Id));
        var program = new NeighborWindow(new NeighborKey("finding:fewer_assaults", "HAS_FINDING", Direction.In), Take: 1, OrderBy: NeighborOrderField.Year, FromEnd: true);
        Assert.Equal("intervention:program", (await Store.GetNeighborPagesAsync([program])).Single().Items.Single().Node.Id);
    }

    /// <summary>A node's relationships in the window's order, by the keys the order names (ids compare ordinally: they are ASCII).</summary>
    private static List<Neighbor> Sorted(IReadOnlyList<Neighbor> all, NeighborWindow window)
    {
        List<Neighbor> sorted = window.OrderBy switch
        {
            NeighborOrderField.Name => [.. all],
            NeighborOrderField.Id => [.. all.OrderBy(n => n.Node.Id, StringComparer.Ordinal)],
            _ => [.. all.OrderBy(Year).ThenBy(n => n.Node.Id, StringComparer.Ordinal)],
        };
        if (window.Descending)
        {
            sorted.Reverse();
        }
        return sorted;
    }

    private static int Year(Neighbor neighbor) =>
        GraphSchema.Label(neighbor.Node.Label).YearProperty is { } property && neighbor.Node.Props[property] is { } year
            ? int.Parse(year.ToString()[..4], System.Globalization.CultureInfo.InvariantCulture)
            : 0;
}
