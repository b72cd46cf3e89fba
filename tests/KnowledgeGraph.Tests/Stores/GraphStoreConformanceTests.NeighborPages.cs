using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;
using static KnowledgeGraph.Tests.Support.TestGraph;

namespace KnowledgeGraph.Tests.Stores;

// Windows of relationships cut by the store: every window of a generated graph, asked for in one call, equals the
// same window cut out of the plain read of that node's relationships.
public abstract partial class GraphStoreConformanceTests
{
    private static readonly (int Skip, int? Take)[] Windows = [(0, 10), (0, 1), (0, 0), (3, 5), (9, 10), (20, 3), (100, 3), (2, null), (0, null)];

    /// <summary>
    /// Three industries, forty organizations whose names repeat (so ties fall back to the id) and differ in case,
    /// OPERATES_IN and PARTNERS_WITH drawn from a fixed seed, and one industry with no organization at all.
    /// </summary>
    private static GraphBatch GeneratedGraph()
    {
        var random = new Random(20261205);
        string[] names = ["Alpha", "alpha", "Beta", "Gamma", "Alpha", "Zeta", "beta", "Delta"];
        var nodes = new List<NodeInput>();
        var edges = new List<EdgeInput>();
        for (var i = 0; i < 4; i++)
        {
            nodes.Add(Node($"industry:i{i}", GraphSchema.Industry, new() { ["name"] = $"Industry {i}" }));
        }
        for (var o = 0; o < 40; o++)
        {
            var id = $"org:o{(o * 7) % 40:D2}";
            nodes.Add(Node(id, GraphSchema.Organization, new() { ["name"] = names[o % names.Length], ["kind"] = "UNION" }));
            for (var i = 0; i < 3; i++)
            {
                if (random.Next(3) > 0)
                {
                    edges.Add(Edge("OPERATES_IN", id, $"industry:i{i}"));
                }
            }
        }
        for (var p = 0; p < 60; p++)
        {
            var (from, to) = (random.Next(40), random.Next(40));
            if (from != to && !edges.Any(e => e.Type == "PARTNERS_WITH" && e.SourceId == $"org:o{from:D2}" && e.TargetId == $"org:o{to:D2}"))
            {
                edges.Add(Edge("PARTNERS_WITH", $"org:o{from:D2}", $"org:o{to:D2}", new() { ["since"] = 2000 + p }));
            }
        }
        return new GraphBatch(nodes, edges);
    }

    [Fact]
    public async Task Windows_of_many_nodes_read_in_one_call_equal_the_same_windows_of_each_node_read_alone()
    {
        await Store.UpsertAsync(GeneratedGraph(), "test");
        var keys = Enumerable.Range(0, 4).Select(i => new NeighborKey($"industry:i{i}", "OPERATES_IN", Direction.In))
            .Concat(Enumerable.Range(0, 40).SelectMany(o => new[]
            {
                new NeighborKey($"org:o{o:D2}", "PARTNERS_WITH", Direction.Out),
                new NeighborKey($"org:o{o:D2}", "PARTNERS_WITH", Direction.In),
                new NeighborKey($"org:o{o:D2}", "OPERATES_IN", Direction.Out),
            }))
            .ToList();
        var windows = keys
            .SelectMany(key => Windows.SelectMany(w => new[]
            {
                new NeighborWindow(key, null, w.Skip, w.Take, IncludeTotalCount: w.Skip % 2 == 0),
                new NeighborWindow(key, key.Type == "OPERATES_IN" && key.Direction == Direction.Out ? GraphSchema.Industry : GraphSchema.Organization, w.Skip, w.Take, true),
                new NeighborWindow(key, GraphSchema.Tactic, w.Skip, w.Take, true),
            }))
            .ToList();

        var pages = await Store.GetNeighborPagesAsync(windows);

        Assert.Equal(windows.Distinct().Count(), pages.Count);
        Assert.Contains(pages, p => p.Items.Count == 10 && p.HasMore);
        foreach (var page in pages)
        {
            var all = (await Store.GetNeighborsAsync([page.Window.Key])).Where(n => page.Window.Label is null || n.Node.Label == page.Window.Label).ToList();
            var window = page.Window;
            var expected = all.Skip(window.Skip).Take(window.Take ?? int.MaxValue).ToList();
            Assert.Equal(Shape(expected), Shape(page.Items));
            Assert.Equal(all.Count > window.Skip + (window.Take ?? all.Count), page.HasMore);
            Assert.Equal(window.Skip > 0 && all.Count > 0, page.HasEarlier);
            Assert.Equal(window.IncludeTotalCount ? all.Count : null, page.TotalCount);
        }
    }

    [Fact]
    public async Task A_renamed_node_moves_to_its_new_place_in_the_pages_of_its_neighbours()
    {
        await SeededAsync();
        var hotels = new NeighborWindow(new NeighborKey("industry:hotels", "OPERATES_IN", Direction.In), GraphSchema.Organization, 0, 1);
        Assert.Equal("org:union", (await Store.GetNeighborPagesAsync([hotels])).Single().Items.Single().Node.Id);

        await Store.UpsertAsync(new GraphBatch([Node("org:union", GraphSchema.Organization, new() { ["name"] = "Z Union", ["kind"] = "UNION", ["founded"] = 1990 })], []), "test");

        var page = (await Store.GetNeighborPagesAsync([hotels with { Take = 5 }])).Single();
        Assert.Equal(["org:fund", "org:union"], page.Items.Select(n => n.Node.Id));
        var partners = (await Store.GetNeighborPagesAsync([new NeighborWindow(new NeighborKey("org:center", "PARTNERS_WITH", Direction.In))])).Single();
        Assert.Equal("Z Union", partners.Items.Single().Node.Name);
    }

    [Fact]
    public async Task A_window_carries_the_relationship_and_the_whole_node_at_the_other_end()
    {
        await SeededAsync();
        var page = (await Store.GetNeighborPagesAsync([new NeighborWindow(new NeighborKey("org:union", "PARTNERS_WITH", Direction.Out), Take: 5)])).Single();

        var neighbor = Assert.Single(page.Items);
        Assert.Equal(("org:union", Direction.Out, "org:center"), (neighbor.AnchorId, neighbor.Direction, neighbor.Node.Id));
        Assert.Equal(("Worker Center", 1L, 2011), (neighbor.Node.Name, neighbor.Node.Version, (int)neighbor.Node.Props["founded"]!));
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["since"] = 2018, ["context"] = "shared campaign" }, neighbor.Edge.Props));
        Assert.Equal(("org:union", "org:center"), (neighbor.Edge.SourceId, neighbor.Edge.TargetId));
        Assert.Null(page.TotalCount);
        Assert.Empty(await Store.GetNeighborPagesAsync([]));
    }

    [Fact]
    public async Task Histories_of_many_nodes_in_one_call_equal_each_node_read_alone()
    {
        await SeededAsync();
        await Store.UpsertAsync(new GraphBatch([Node("org:union", GraphSchema.Organization, new() { ["name"] = "A Union", ["kind"] = "UNION", ["founded"] = 1991 })], []), "test");
        await Store.UpsertAsync(new GraphBatch([Node("org:union", GraphSchema.Organization, new() { ["name"] = "A Union", ["kind"] = "UNION", ["founded"] = 1992 })], []), "test");
        string[] ids = ["org:union", "org:center", "org:nobody"];

        foreach (var (first, before) in new (int, long?)[] { (50, null), (1, null), (2, 1000), (0, null) })
        {
            var histories = await Store.HistoriesAsync(ids, first, before);
            foreach (var id in ids)
            {
                var alone = await Store.AuditAsync(new AuditQuery { ElementId = id, First = first, BeforeId = before });
                Assert.Equal(alone.Select(a => (a.Id, a.Operation, a.GraphVersion)), histories[id].Select(a => (a.Id, a.Operation, a.GraphVersion)));
            }
        }
        Assert.Equal(3, (await Store.HistoriesAsync(ids, 50, null))["org:union"].Count);
    }

    private static List<(string, string, string, string, long, string)> Shape(IEnumerable<Neighbor> neighbors) =>
        neighbors.Select(n => (n.AnchorId, n.Edge.Id, n.Node.Id, n.Node.Name, n.Node.Version, n.Edge.Props.ToJsonString())).ToList();
}
