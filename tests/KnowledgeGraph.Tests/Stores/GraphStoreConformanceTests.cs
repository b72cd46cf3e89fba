using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Tests.Support;
using static KnowledgeGraph.Tests.Support.TestGraph;

namespace KnowledgeGraph.Tests.Stores;

/// <summary>
/// What every graph store must do, run against each implementation through a subclass that says how to make an
/// empty, migrated store. Each test gets its own store.
/// </summary>
public abstract partial class GraphStoreConformanceTests : IAsyncLifetime
{
    protected IGraphStore Store { get; private set; } = null!;

    protected IGraphAnalyses Analyses { get; private set; } = null!;

    /// <summary>An empty store and its analyses (often the same object).</summary>
    protected abstract Task<(IGraphStore Store, IGraphAnalyses Analyses)> CreateStoreAsync();

    public async Task InitializeAsync()
    {
        (Store, Analyses) = await CreateStoreAsync();
        await Store.MigrateAsync();
    }

    public virtual Task DisposeAsync() => Task.CompletedTask;

    protected async Task<IGraphStore> SeededAsync()
    {
        await Store.UpsertAsync(Small(), "test");
        return Store;
    }

    [Fact]
    public async Task Migrating_twice_is_harmless_and_an_empty_store_is_at_version_zero()
    {
        await Store.MigrateAsync();
        Assert.Equal(0, await Store.GetGraphVersionAsync());
        Assert.Empty((await Store.CountAsync()).NodesByLabel);
    }

    [Fact]
    public async Task Written_nodes_and_edges_read_back_exactly()
    {
        var result = await Store.UpsertAsync(Small(), "test");
        Assert.Equal((11, 12, 1L), (result.NodesWritten, result.EdgesWritten, result.GraphVersion));

        var nodes = await Store.GetNodesAsync(["org:union", "source:report", "org:nobody"]);
        Assert.Equal(["org:union", "source:report"], nodes.Select(n => n.Id).Order());
        var union = nodes.Single(n => n.Id == "org:union");
        Assert.Equal(("Organization", "A Union", 1L), (union.Label, union.Name, union.Version));
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["name"] = "A Union", ["kind"] = "UNION", ["founded"] = 1990 }, union.Props));
        Assert.Equal("A report", nodes.Single(n => n.Id == "source:report").Name);

        var counts = await Store.CountAsync();
        Assert.Equal(3, counts.NodesByLabel["Industry"]);
        Assert.Equal(4, counts.EdgesByType["OPERATES_IN"]);
    }

    [Fact]
    public async Task Writing_the_same_batch_again_changes_nothing()
    {
        await SeededAsync();
        var again = await Store.UpsertAsync(Small(), "test");
        Assert.Equal((0, 0, 1L), (again.NodesWritten, again.EdgesWritten, again.GraphVersion));
        Assert.Equal(1, await Store.GetGraphVersionAsync());
        Assert.Equal(1, (await Store.GetNodesAsync(["org:union"]))[0].Version);
    }

    [Fact]
    public async Task Changing_a_node_bumps_its_version_and_the_graph_version()
    {
        await SeededAsync();
        var before = (await Store.GetNodesAsync(["org:union"]))[0];
        var result = await Store.UpsertAsync(new GraphBatch([Node("org:union", "Organization", new() { ["name"] = "Renamed Union", ["kind"] = "UNION" })], []), "test");
        var after = (await Store.GetNodesAsync(["org:union"]))[0];
        Assert.Equal((1, 2L), (result.NodesWritten, result.GraphVersion));
        Assert.Equal(("Renamed Union", 2L, before.CreatedAt), (after.Name, after.Version, after.CreatedAt));
        Assert.True(after.UpdatedAt > before.UpdatedAt);
        Assert.False(after.Props.ContainsKey("founded"));
    }

    [Fact]
    public async Task Neighbors_of_many_nodes_come_back_in_one_call_in_both_directions()
    {
        await SeededAsync();
        var neighbors = await Store.GetNeighborsAsync(
        [
            new NeighborKey("industry:hotels", "OPERATES_IN", Direction.In),
            new NeighborKey("industry:farms", "OPERATES_IN", Direction.In),
            new NeighborKey("org:union", "PARTNERS_WITH", Direction.Out),
            new NeighborKey("org:center", "PARTNERS_WITH", Direction.In),
            new NeighborKey("industry:none", "OPERATES_IN", Direction.In),
        ]);
        string[] Of(string anchor, Direction direction) =>
            neighbors.Where(n => n.AnchorId == anchor && n.Direction == direction).Select(n => n.Node.Id).Order().ToArray();
        Assert.Equal(["org:fund", "org:union"], Of("industry:hotels", Direction.In));
        Assert.Equal(["org:center", "org:fund"], Of("industry:farms", Direction.In));
        var partnership = neighbors.Single(n => n.AnchorId == "org:union");
        Assert.Equal(("org:center", 2018L, "shared campaign"), (partnership.Node.Id, (long)partnership.Edge.Props["since"]!, (string)partnership.Edge.Props["context"]!));
        Assert.Equal("org:union", neighbors.Single(n => n.AnchorId == "org:center").Node.Id);
        Assert.DoesNotContain(neighbors, n => n.AnchorId == "industry:none");
    }

    [Fact]
    public async Task Listing_filters_by_text_enum_list_year_and_relationship()
    {
        await SeededAsync();
        async Task<string[]> Ids(NodeQuery query) => (await Store.ListNodesAsync(query)).Edges.Select(e => e.Node.Id).ToArray();

        Assert.Equal(["industry:tech"], await Ids(new NodeQuery("Industry") { Text = "ARBITRATION" }));
        Assert.Equal(["industry:farms", "industry:hotels"], await Ids(new NodeQuery("Industry") { Text = "" }.WithEnum("riskFactors", "ISOLATED_WORK")));
        Assert.Equal(["org:center"], await Ids(new NodeQuery("Organization").WithEnum("kind", "WORKER_CENTER", "EMPLOYER")));
        Assert.Equal(["org:center"], await Ids(new NodeQuery("Organization") { YearFrom = 2000 }));
        Assert.Equal(["org:union"], await Ids(new NodeQuery("Organization") { YearTo = 1999 }));
        Assert.Equal(["org:union", "org:fund"], await Ids(new NodeQuery("Organization") { RelatedTo = ["industry:hotels"] }));
        Assert.Equal(["org:fund"], await Ids(new NodeQuery("Organization") { RelatedTo = ["industry:hotels", "industry:farms"] }));
        Assert.Empty(await Ids(new NodeQuery("Organization") { Text = "nothing like this" }));
        Assert.Equal(["source:report"], await Ids(new NodeQuery("Source") { YearFrom = 2020, YearTo = 2020 }));
    }

    [Fact]
    public async Task Listing_orders_by_name_case_insensitively_and_by_year_both_ways()
    {
        await SeededAsync();
        async Task<string[]> Ids(NodeQuery query) => (await Store.ListNodesAsync(query)).Edges.Select(e => e.Node.Id).ToArray();
        Assert.Equal(["industry:farms", "industry:hotels", "industry:tech"], await Ids(new NodeQuery("Industry")));
        Assert.Equal(["industry:tech", "industry:hotels", "industry:farms"], await Ids(new NodeQuery("Industry") { Descending = true }));
        Assert.Equal(["org:fund", "org:union", "org:center"], await Ids(new NodeQuery("Organization") { OrderBy = NodeOrderField.Year }));
        Assert.Equal(["org:center", "org:union", "org:fund"], await Ids(new NodeQuery("Organization") { OrderBy = NodeOrderField.Year, Descending = true }));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Paging_forwards_and_backwards_visits_every_node_once(bool descending)
    {
        await SeededAsync();
        var expected = (await Store.ListNodesAsync(new NodeQuery("Organization") { First = 100, Descending = descending, OrderBy = NodeOrderField.Year }))
            .Edges.Select(e => e.Node.Id).ToList();
        Assert.Equal(3, expected.Count);

        var forward = new List<string>();
        Cursor? after = null;
        NodePage page;
        do
        {
            page = await Store.ListNodesAsync(new NodeQuery("Organization") { First = 2, After = after, Descending = descending, OrderBy = NodeOrderField.Year });
            Assert.Equal(3, page.TotalCount);
            forward.AddRange(page.Edges.Select(e => e.Node.Id));
            after = page.Edges.LastOrDefault()?.Cursor;
        }
        while (page.HasNextPage);
        Assert.Equal(expected, forward);

        var backward = new List<string>();
        Cursor? before = null;
        do
        {
            page = await Store.ListNodesAsync(new NodeQuery("Organization") { Last = 2, Before = before, Descending = descending, OrderBy = NodeOrderField.Year });
            backward.InsertRange(0, page.Edges.Select(e => e.Node.Id));
            before = page.Edges.FirstOrDefault()?.Cursor;
        }
        while (page.HasPreviousPage);
        Assert.Equal(expected, backward);
    }

    [Fact]
    public async Task Text_is_stored_exactly_as_given()
    {
        var hostile = "Robert'); DROP TABLE nodes;-- \"quoted\" MATCH (n) DETACH DELETE n ✓ مرحبا";
        await Store.UpsertAsync(new GraphBatch([Node("person:hostile", "Person", new() { ["name"] = hostile })], []), "test");
        Assert.Equal(hostile, (await Store.GetNodesAsync(["person:hostile"]))[0].Name);
        Assert.Equal(["person:hostile"], (await Store.ListNodesAsync(new NodeQuery("Person") { Text = "drop table" })).Edges.Select(e => e.Node.Id));
    }
}

internal static class NodeQueryExtensions
{
    public static NodeQuery WithEnum(this NodeQuery query, string property, params string[] values) =>
        query with { EnumFilters = new Dictionary<string, IReadOnlyList<string>> { [property] = values } };
}
