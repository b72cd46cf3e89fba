using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Traversals;
using static KnowledgeGraph.Tests.Support.TestGraph;

namespace KnowledgeGraph.Tests.Stores;

/// <summary>
/// Where a neighbourhood's limit cuts across a hub: the nearest levels first, then the lowest ids, each neighbour once
/// however many relationships and frontier nodes lead to it, and the cut reported.
/// </summary>
public abstract partial class GraphStoreConformanceTests
{
    // 30 organizations operate in industry:hub. org:start operates there too, partners with and funds org:m05, and
    // person:a founded and leads it. person:a also founded and leads org:a_extra and org:m03; person:b founded and
    // leads ten organizations (two relationships to each, in the same direction).
    private static GraphBatch HubWeb()
    {
        var members = Enumerable.Range(0, 30).Select(i => $"org:m{i:D2}").ToList();
        var founded = Enumerable.Range(0, 10).Select(i => $"org:d{i:D2}").ToList();
        return new(
        [
            .. members.Concat(founded).Append("org:start").Append("org:a_extra")
                .Select(id => Node(id, GraphSchema.Organization, new() { ["name"] = id, ["kind"] = "UNION" })),
            Node("industry:hub", GraphSchema.Industry, new() { ["name"] = "Hub" }),
            Node("person:a", GraphSchema.Person, new() { ["name"] = "A" }),
            Node("person:b", GraphSchema.Person, new() { ["name"] = "B" }),
        ],
        [
            .. members.Append("org:start").Select(id => Edge("OPERATES_IN", id, "industry:hub")),
            Edge("PARTNERS_WITH", "org:start", "org:m05"),
            Edge("FUNDS", "org:start", "org:m05"),
            .. new[] { "org:start", "org:a_extra", "org:m03" }.SelectMany(id => new[] { Edge("FOUNDED", "person:a", id), Edge("LEADS", "person:a", id) }),
            .. founded.SelectMany(id => new[] { Edge("FOUNDED", "person:b", id), Edge("LEADS", "person:b", id) }),
        ]);
    }

    [Fact]
    public async Task A_hub_neighbourhood_cut_by_the_limit_keeps_the_lowest_ids()
    {
        await Store.UpsertAsync(HubWeb(), "test");
        var (nodes, edges, truncated) = await NeighborhoodAsync("industry:hub", 2, 11);
        Assert.Equal(["industry:hub", .. Enumerable.Range(0, 10).Select(i => $"org:m{i:D2}")], nodes);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"org:m{i:D2}|OPERATES_IN|industry:hub"), edges);
        Assert.True(truncated);
    }

    [Fact]
    public async Task Across_a_hub_the_next_level_merges_every_frontier_node_in_id_order()
    {
        await Store.UpsertAsync(HubWeb(), "test");
        var (nodes, edges, truncated) = await NeighborhoodAsync("org:start", 2, 10);
        Assert.Equal(
            ["org:start", "industry:hub", "org:m05", "person:a", "org:a_extra", "org:m00", "org:m01", "org:m02", "org:m03", "org:m04"],
            nodes);
        Assert.Equal(
        [
            "org:m00|OPERATES_IN|industry:hub", "org:m01|OPERATES_IN|industry:hub", "org:m02|OPERATES_IN|industry:hub",
            "org:m03|OPERATES_IN|industry:hub", "org:m04|OPERATES_IN|industry:hub", "org:m05|OPERATES_IN|industry:hub",
            "org:start|FUNDS|org:m05", "org:start|OPERATES_IN|industry:hub", "org:start|PARTNERS_WITH|org:m05",
            "person:a|FOUNDED|org:a_extra", "person:a|FOUNDED|org:m03", "person:a|FOUNDED|org:start",
            "person:a|LEADS|org:a_extra", "person:a|LEADS|org:m03", "person:a|LEADS|org:start",
        ], edges);
        Assert.True(truncated);
    }

    [Fact]
    public async Task A_neighbour_reached_through_two_relationships_counts_once_toward_the_limit()
    {
        await Store.UpsertAsync(HubWeb(), "test");
        var (nodes, _, truncated) = await NeighborhoodAsync("person:b", 1, 6);
        Assert.Equal(["person:b", "org:d00", "org:d01", "org:d02", "org:d03", "org:d04"], nodes);
        Assert.True(truncated);
        var all = await NeighborhoodAsync("person:b", 1, 11);
        Assert.Equal(11, all.Nodes.Length);
        Assert.False(all.Truncated);
    }

    [Fact]
    public async Task Every_limit_and_label_filter_cuts_where_a_plain_walk_of_the_graph_does()
    {
        var graph = HubWeb();
        await Store.UpsertAsync(graph, "test");
        var labels = graph.Nodes.ToDictionary(n => n.Id, n => n.Label);
        string[][] filters = [[], [GraphSchema.Organization], [GraphSchema.Organization, GraphSchema.Person]];
        foreach (var start in new[] { "org:start", "industry:hub", "person:a", "person:b" })
        {
            foreach (var filter in filters)
            {
                for (var limit = 1; limit <= 45; limit += 4)
                {
                    var expected = PlainWalk(graph, labels, start, 2, limit, filter);
                    var actual = await NeighborhoodAsync(start, 2, limit, filter);
                    Assert.Equal(expected.Nodes, actual.Nodes);
                    Assert.Equal(expected.Edges, actual.Edges);
                    Assert.Equal(expected.Truncated, actual.Truncated);
                }
            }
        }
    }

    // What a neighbourhood means, read off the batch in memory: level by level, the new neighbours (either direction,
    // of the labels asked for) in id order, as many as the limit leaves room for; then every edge among those kept.
    private static (string[] Nodes, string[] Edges, bool Truncated) PlainWalk(
        GraphBatch graph, Dictionary<string, string> labels, string start, int depth, int limit, string[] filter)
    {
        var kept = new List<string> { start };
        var frontier = new List<string> { start };
        var truncated = false;
        for (var level = 1; level <= depth && frontier.Count > 0 && !truncated; level++)
        {
            var next = graph.Edges
                .SelectMany(e => new[] { (From: e.SourceId, To: e.TargetId), (From: e.TargetId, To: e.SourceId) })
                .Where(p => frontier.Contains(p.From) && !kept.Contains(p.To) && (filter.Length == 0 || filter.Contains(labels[p.To])))
                .Select(p => p.To).Distinct().Order(StringComparer.Ordinal).ToList();
            var room = limit - kept.Count;
            truncated = next.Count > room;
            frontier = next.Take(room).ToList();
            kept.AddRange(frontier);
        }
        var edges = graph.Edges.Where(e => kept.Contains(e.SourceId) && kept.Contains(e.TargetId))
            .Select(e => $"{e.SourceId}|{e.Type}|{e.TargetId}").Order(StringComparer.Ordinal).ToArray();
        return ([.. kept], edges, truncated);
    }
}
