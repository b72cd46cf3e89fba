using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Traversals;
using static KnowledgeGraph.Tests.Support.TestGraph;

namespace KnowledgeGraph.Tests.Stores;

/// <summary>Paths and neighbourhoods, on hand-made graphs with known answers.</summary>
public abstract partial class GraphStoreConformanceTests
{
    // a→b, a→c, d→a: three partners of a, each partnering with e, so a and e are joined by three 2-hop paths.
    // a→f→g→h→f is a cycle, and g→e makes a-f-g-e (3 hops) and a-f-h-g-e (4 hops). e operates in hotels; b uses talks.
    private static GraphBatch Web() => new(
    [
        .. "abcdefgh".Select(c => Node($"org:{c}", GraphSchema.Organization, new() { ["name"] = $"Org {c}", ["kind"] = "UNION" })),
        Node("industry:hotels", GraphSchema.Industry, new() { ["name"] = "Hotels" }),
        Node("tactic:talks", GraphSchema.Tactic, new() { ["name"] = "Talks", ["category"] = "ORGANIZING" }),
    ],
    [
        Edge("PARTNERS_WITH", "org:a", "org:b", new() { ["since"] = 2018 }),
        Edge("PARTNERS_WITH", "org:a", "org:c"),
        Edge("PARTNERS_WITH", "org:d", "org:a"),
        Edge("PARTNERS_WITH", "org:b", "org:e"),
        Edge("PARTNERS_WITH", "org:c", "org:e"),
        Edge("PARTNERS_WITH", "org:d", "org:e"),
        Edge("PARTNERS_WITH", "org:a", "org:f"),
        Edge("PARTNERS_WITH", "org:f", "org:g"),
        Edge("PARTNERS_WITH", "org:g", "org:h"),
        Edge("PARTNERS_WITH", "org:h", "org:f"),
        Edge("PARTNERS_WITH", "org:g", "org:e"),
        Edge("OPERATES_IN", "org:e", "industry:hotels"),
        Edge("USES", "org:b", "tactic:talks"),
    ]);

    // Within one length, paths through less connected nodes come first: b has three links (a, e, talks), c and d two.
    private static readonly string[] AllPathsFromAToE = ["org:a org:c org:e", "org:a org:d org:e", "org:a org:b org:e", "org:a org:f org:g org:e", "org:a org:f org:h org:g org:e"];

    private Task<string[]> PathsAsync(string from, string to, int maxHops, int first, params string[] types) =>
        PathsAsync(new PathQuery(from, to, maxHops, types, first));

    private async Task<string[]> PathsAsync(PathQuery query)
    {
        var paths = await Analyses.PathsAsync(query);
        foreach (var path in paths)
        {
            Assert.Equal(path.Nodes.Count, path.Edges.Count + 1);
            Assert.Equal(path.Nodes.Count, path.Nodes.Select(n => n.Id).Distinct().Count());
            for (var i = 0; i < path.Edges.Count; i++)
            {
                var ends = new[] { path.Edges[i].SourceId, path.Edges[i].TargetId }.Order();
                Assert.Equal(new[] { path.Nodes[i].Id, path.Nodes[i + 1].Id }.Order(), ends);
            }
        }
        return paths.Select(p => string.Join(" ", p.Nodes.Select(n => n.Id))).ToArray();
    }

    private async Task<(string[] Nodes, string[] Edges, bool Truncated)> NeighborhoodAsync(string id, int depth, int limit, params string[] labels)
    {
        var subgraph = await Analyses.NeighborhoodAsync(new NeighborhoodQuery(id, depth, labels, limit));
        return (subgraph.Nodes.Select(n => n.Id).ToArray(), subgraph.Edges.Select(e => e.Id).Order(StringComparer.Ordinal).ToArray(), subgraph.Truncated);
    }

    [Fact]
    public async Task A_direct_relationship_is_a_one_hop_path_with_the_edge_as_stored()
    {
        await Store.UpsertAsync(Web(), "test");
        var path = Assert.Single(await Analyses.PathsAsync(new PathQuery("org:a", "org:b", 1, [], 5)));
        Assert.Equal(["org:a", "org:b"], path.Nodes.Select(n => n.Id));
        Assert.Equal(("Org a", "Org b"), (path.Nodes[0].Name, path.Nodes[1].Name));
        var edge = Assert.Single(path.Edges);
        Assert.Equal(("PARTNERS_WITH", "org:a", "org:b", 2018L), (edge.Type, edge.SourceId, edge.TargetId, (long)edge.Props["since"]!));

        await Store.UpsertAsync(new GraphBatch([], [Edge("PARTNERS_WITH", "org:b", "org:a")]), "test");
        var both = await Analyses.PathsAsync(new PathQuery("org:a", "org:b", 1, [], 5));
        Assert.Equal(["org:a|PARTNERS_WITH|org:b", "org:b|PARTNERS_WITH|org:a"], both.Select(p => Assert.Single(p.Edges).Id));
    }

    [Fact]
    public async Task A_path_may_follow_relationships_against_their_direction()
    {
        await SeededAsync();
        var path = Assert.Single(await Analyses.PathsAsync(new PathQuery("source:report", "intervention:program", 2, [], 5)));
        Assert.Equal(["source:report", "finding:fewer_assaults", "intervention:program"], path.Nodes.Select(n => n.Id));
        Assert.Equal(["finding:fewer_assaults|CITES|source:report", "intervention:program|HAS_FINDING|finding:fewer_assaults"], path.Edges.Select(e => e.Id));
        Assert.Equal("virtually eliminated", (string)path.Edges[0].Props["quote"]!);
    }

    [Fact]
    public async Task Equally_short_paths_come_back_through_less_connected_nodes_first_then_in_node_id_order()
    {
        await Store.UpsertAsync(Web(), "test");
        Assert.Equal(AllPathsFromAToE[..3], await PathsAsync("org:a", "org:e", 2, 10));
        Assert.Equal(["org:e org:c org:a", "org:e org:d org:a", "org:e org:b org:a"], await PathsAsync("org:e", "org:a", 2, 10));
    }

    [Fact]
    public async Task First_limits_the_paths_and_longer_paths_follow_the_shortest_when_asked_for()
    {
        await Store.UpsertAsync(Web(), "test");
        Assert.Equal(AllPathsFromAToE[..2], await PathsAsync("org:a", "org:e", 4, 2));
        Assert.Equal(AllPathsFromAToE[..4], await PathsAsync("org:a", "org:e", 4, 4));
        Assert.Equal(AllPathsFromAToE[..4], await PathsAsync("org:a", "org:e", 3, 10));
    }

    [Fact]
    public async Task Cycles_end_the_search_without_repeated_nodes_or_duplicate_paths()
    {
        await Store.UpsertAsync(Web(), "test");
        Assert.Equal(AllPathsFromAToE, await PathsAsync("org:a", "org:e", PathQuery.MaxHopsLimit, PathQuery.MaxFirst));
        Assert.Equal(
            ["org:f org:g", "org:f org:h org:g", "org:f org:a org:c org:e org:g", "org:f org:a org:d org:e org:g", "org:f org:a org:b org:e org:g"],
            await PathsAsync("org:f", "org:g", PathQuery.MaxHopsLimit, PathQuery.MaxFirst, "PARTNERS_WITH"));
    }

    [Fact]
    public async Task No_path_within_the_hop_limit_is_an_empty_answer()
    {
        await Store.UpsertAsync(Web(), "test");
        Assert.Empty(await PathsAsync("org:b", "org:h", 2, 10));
        Assert.Equal(["org:b org:a org:f org:h", "org:b org:e org:g org:h"], await PathsAsync("org:b", "org:h", 3, 10));
    }

    [Fact]
    public async Task A_relationship_type_filter_can_exclude_the_only_paths()
    {
        await Store.UpsertAsync(Web(), "test");
        Assert.Empty(await PathsAsync("org:a", "industry:hotels", 4, 10, "PARTNERS_WITH"));
        Assert.Equal(
            ["org:a org:c org:e industry:hotels", "org:a org:d org:e industry:hotels", "org:a org:b org:e industry:hotels"],
            await PathsAsync("org:a", "industry:hotels", 3, 10, "PARTNERS_WITH", "OPERATES_IN"));
        Assert.Empty(await PathsAsync("org:a", "org:b", 4, 10, "USES"));
    }

    [Fact]
    public async Task Unknown_or_identical_ends_have_no_paths_and_hop_limits_are_checked()
    {
        await Store.UpsertAsync(Web(), "test");
        Assert.Empty(await PathsAsync("org:a", "org:nobody", 6, 10));
        Assert.Empty(await PathsAsync("org:nobody", "org:a", 6, 10));
        Assert.Empty(await PathsAsync("org:a", "org:a", 6, 10));
        await Assert.ThrowsAsync<QueryValidationException>(() => Analyses.PathsAsync(new PathQuery("org:a", "org:e", 0, [], 10)));
        await Assert.ThrowsAsync<QueryValidationException>(() => Analyses.PathsAsync(new PathQuery("org:a", "org:e", PathQuery.MaxHopsLimit + 1, [], 10)));
    }

    [Fact]
    public async Task Paths_through_two_large_hubs_come_only_when_asked_and_are_the_first_ones_in_id_order()
    {
        // Enough members that neither hub is cheap to expand, so the store has to join the hubs rather than list them.
        const int members = 4_100;
        var orgs = Enumerable.Range(0, members).Select(i => $"org:m{i:D4}").Append("org:s").Append("org:t").ToList();
        await Store.UpsertAsync(new GraphBatch(
        [
            .. orgs.Select(id => Node(id, GraphSchema.Organization, new() { ["name"] = id, ["kind"] = "UNION" })),
            Node("industry:h1", GraphSchema.Industry, new() { ["name"] = "Hub one" }),
            Node("industry:h2", GraphSchema.Industry, new() { ["name"] = "Hub two" }),
        ],
        [
            .. orgs.Where(id => id != "org:t").Select(id => Edge("OPERATES_IN", id, "industry:h1")),
            .. orgs.Where(id => id != "org:s").Select(id => Edge("OPERATES_IN", id, "industry:h2")),
        ]), "test");

        // Every path runs through the hubs, so by default there is none.
        string Through(int member) => $"org:s industry:h1 org:m{member:D4} industry:h2 org:t";
        Assert.Empty(await PathsAsync("org:s", "org:t", 4, 5));
        Assert.Equal(Enumerable.Range(0, 5).Select(Through), await PathsAsync(new PathQuery("org:s", "org:t", 4, [], 5, ThroughHubs: true)));
        Assert.Equal(
            Enumerable.Range(0, PathQuery.MaxFirst).Select(Through),
            await PathsAsync(new PathQuery("org:s", "org:t", 4, ["OPERATES_IN"], PathQuery.MaxFirst, ThroughHubs: true)));
        Assert.Empty(await PathsAsync(new PathQuery("org:s", "org:t", 3, [], 5, ThroughHubs: true)));
        Assert.Equal(
            ["org:m0000 industry:h1 org:m0001", "org:m0000 industry:h2 org:m0001"],
            await PathsAsync(new PathQuery("org:m0000", "org:m0001", 2, [], 5, ThroughHubs: true)));
        Assert.Equal(["org:s industry:h1"], await PathsAsync("org:s", "industry:h1", 2, 5));
    }

    [Fact]
    public async Task A_depth_one_neighborhood_is_the_node_its_neighbors_and_the_edges_among_them()
    {
        await Store.UpsertAsync(Web(), "test");
        var (nodes, edges, truncated) = await NeighborhoodAsync("org:a", 1, 100);
        Assert.Equal(["org:a", "org:b", "org:c", "org:d", "org:f"], nodes);
        Assert.Equal(["org:a|PARTNERS_WITH|org:b", "org:a|PARTNERS_WITH|org:c", "org:a|PARTNERS_WITH|org:f", "org:d|PARTNERS_WITH|org:a"], edges);
        Assert.False(truncated);
    }

    [Fact]
    public async Task A_depth_two_neighborhood_lists_nearer_nodes_first_with_every_edge_among_them()
    {
        await Store.UpsertAsync(Web(), "test");
        var (nodes, edges, truncated) = await NeighborhoodAsync("org:a", 2, 100);
        Assert.Equal(["org:a", "org:b", "org:c", "org:d", "org:f", "org:e", "org:g", "org:h", "tactic:talks"], nodes);
        Assert.Equal(
            [.. Web().Edges.Where(e => e.Type != "OPERATES_IN").Select(e => e.Id).Order(StringComparer.Ordinal)],
            edges);
        Assert.False(truncated);
    }

    [Fact]
    public async Task A_label_filter_limits_the_nodes_reached_and_passed_through_but_keeps_the_start()
    {
        await Store.UpsertAsync(Web(), "test");
        var (nodes, edges, _) = await NeighborhoodAsync("industry:hotels", 2, 100, GraphSchema.Organization);
        Assert.Equal(["industry:hotels", "org:e", "org:b", "org:c", "org:d", "org:g"], nodes);
        Assert.Equal(["org:b|PARTNERS_WITH|org:e", "org:c|PARTNERS_WITH|org:e", "org:d|PARTNERS_WITH|org:e", "org:e|OPERATES_IN|industry:hotels", "org:g|PARTNERS_WITH|org:e"], edges);

        var (alone, none, _) = await NeighborhoodAsync("org:a", 2, 100, GraphSchema.Tactic);
        Assert.Equal(["org:a"], alone);
        Assert.Empty(none);
    }

    [Fact]
    public async Task The_limit_keeps_the_nearest_nodes_and_says_it_cut_some()
    {
        await Store.UpsertAsync(Web(), "test");
        var (nodes, edges, truncated) = await NeighborhoodAsync("org:a", 2, 3);
        Assert.Equal(["org:a", "org:b", "org:c"], nodes);
        Assert.Equal(["org:a|PARTNERS_WITH|org:b", "org:a|PARTNERS_WITH|org:c"], edges);
        Assert.True(truncated);

        var full = await NeighborhoodAsync("org:a", 2, 5);
        Assert.Equal(["org:a", "org:b", "org:c", "org:d", "org:f"], full.Nodes);
        Assert.True(full.Truncated);
        Assert.False((await NeighborhoodAsync("org:a", 1, 5)).Truncated);
    }

    [Fact]
    public async Task Unknown_node_has_an_empty_neighborhood()
    {
        await SeededAsync();
        var subgraph = await Analyses.NeighborhoodAsync(new NeighborhoodQuery("org:nobody", 2, [], 100));
        Assert.Equal((0, 0, false), (subgraph.Nodes.Count, subgraph.Edges.Count, subgraph.Truncated));
    }
}
