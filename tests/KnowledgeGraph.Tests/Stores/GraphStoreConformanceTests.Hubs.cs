using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Traversals;
using static KnowledgeGraph.Tests.Support.TestGraph;

namespace KnowledgeGraph.Tests.Stores;

/// <summary>Paths and catch-all nodes, on a hand-made graph with one hub.</summary>
public abstract partial class GraphStoreConformanceTests
{
    [Fact]
    public async Task A_catch_all_node_is_passed_through_only_when_asked_and_the_path_names_it()
    {
        // 25 organizations in one bucket industry (25 links: over the floor of 20 and six times the mean of 2), and
        // s - x - y - t around it.
        var members = Enumerable.Range(0, 23).Select(i => $"org:m{i:D2}").Append("org:s").Append("org:t").ToList();
        await Store.UpsertAsync(new GraphBatch(
        [
            .. members.Append("org:x").Append("org:y").Select(id => Node(id, GraphSchema.Organization, new() { ["name"] = id, ["kind"] = "UNION" })),
            Node("industry:bucket", GraphSchema.Industry, new() { ["name"] = "Every industry" }),
        ],
        [
            .. members.Select(id => Edge("OPERATES_IN", id, "industry:bucket")),
            Edge("PARTNERS_WITH", "org:s", "org:x"),
            Edge("PARTNERS_WITH", "org:x", "org:y"),
            Edge("PARTNERS_WITH", "org:y", "org:t"),
        ]), "test");

        var around = await Analyses.PathsAsync(new PathQuery("org:s", "org:t", 4, [], 5));
        Assert.Equal(["org:s org:x org:y org:t"], around.Select(p => string.Join(" ", p.Nodes.Select(n => n.Id))));
        Assert.Empty(Assert.Single(around).HubIds);

        var through = await Analyses.PathsAsync(new PathQuery("org:s", "org:t", 4, [], 5, ThroughHubs: true));
        Assert.Equal(["org:s industry:bucket org:t", "org:s org:x org:y org:t"], through.Select(p => string.Join(" ", p.Nodes.Select(n => n.Id))));
        Assert.Equal(["industry:bucket"], through[0].HubIds);
        Assert.Empty(through[1].HubIds);

        Assert.Equal(
            ["org:s industry:bucket", "org:s org:x org:y org:t industry:bucket"],
            await PathsAsync("org:s", "industry:bucket", 4, 5));
    }

    [Fact]
    public async Task The_hub_threshold_follows_the_graph_as_it_grows()
    {
        // 21 organizations in the bucket (22 nodes, 21 links, mean degree 1.9): the threshold is the floor of 20 and
        // the bucket a hub, the only way between s and t.
        var members = Enumerable.Range(0, 19).Select(i => $"org:m{i:D2}").Append("org:s").Append("org:t").ToList();
        await Store.UpsertAsync(new GraphBatch(
        [
            .. members.Select(id => Node(id, GraphSchema.Organization, new() { ["name"] = id, ["kind"] = "UNION" })),
            Node("industry:bucket", GraphSchema.Industry, new() { ["name"] = "Every industry" }),
        ],
        [.. members.Select(id => Edge("OPERATES_IN", id, "industry:bucket"))]), "test");
        Assert.Empty(await PathsAsync("org:s", "org:t", 2, 5));

        // A ring of partnerships among the members: 42 links on 22 nodes make the mean degree 3.8 and the threshold 23,
        // over the bucket's 21 links: after this write it is an ordinary node.
        await Store.UpsertAsync(new GraphBatch([], [.. Enumerable.Range(0, 21).Select(i => Edge("PARTNERS_WITH", members[i], members[(i + 1) % 21]))]), "test");
        Assert.Contains("org:s industry:bucket org:t", await PathsAsync("org:s", "org:t", 2, 5));
    }
}
