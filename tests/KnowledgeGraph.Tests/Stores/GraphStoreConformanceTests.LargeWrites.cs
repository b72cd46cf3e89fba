using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Stores.Sql;
using KnowledgeGraph.Core.Writes;
using static KnowledgeGraph.Tests.Support.TestGraph;

namespace KnowledgeGraph.Tests.Stores;

/// <summary>Writes of more rows than one write statement carries: still one version, one audit in order, all or nothing.</summary>
public abstract partial class GraphStoreConformanceTests
{
    private const int LargeCount = SqlGraphStore.RowsPerStatement + 7;

    private static string LargeOrg(int i) => $"org:o{i:D5}";

    private static string OperatesIn(string from, string to) => KnowledgeGraph.Core.Graph.Edge.IdFor("OPERATES_IN", from, to);

    /// <summary>An industry, <see cref="LargeCount"/> organizations and one OPERATES_IN from each.</summary>
    private static GraphBatch Large(Func<int, string>? name = null, string industry = "industry:hotels") => new(
        [
            Node("industry:hotels", GraphSchema.Industry, new() { ["name"] = "Hotels" }),
            .. Enumerable.Range(0, LargeCount).Select(i => Node(LargeOrg(i), GraphSchema.Organization, new() { ["name"] = name?.Invoke(i) ?? $"Org {i:D5}", ["kind"] = "UNION" })),
        ],
        [.. Enumerable.Range(0, LargeCount).Select(i => Edge("OPERATES_IN", LargeOrg(i), i == LargeCount - 1 ? industry : "industry:hotels"))]);

    [Fact]
    public async Task A_write_larger_than_one_statement_lands_whole_at_one_version_with_its_audit_in_order()
    {
        var result = await Store.UpsertAsync(Large(), "bulk");

        Assert.Equal((LargeCount + 1, LargeCount, 1L), (result.NodesWritten, result.EdgesWritten, result.GraphVersion));
        var counts = await Store.CountAsync();
        Assert.Equal((LargeCount, LargeCount), (counts.NodesByLabel[GraphSchema.Organization], counts.EdgesByType["OPERATES_IN"]));
        var members = await Store.GetNeighborsAsync([new NeighborKey("industry:hotels", "OPERATES_IN", Direction.In)]);
        Assert.Equal(Enumerable.Range(0, LargeCount).Select(i => $"Org {i:D5}"), members.Select(m => m.Node.Name).Order(StringComparer.Ordinal));
        var newest = await Store.AuditAsync(new AuditQuery { First = 2 });
        Assert.Equal(
            [("CREATE_EDGE", OperatesIn(LargeOrg(LargeCount - 1), "industry:hotels"), 1L), ("CREATE_EDGE", OperatesIn(LargeOrg(LargeCount - 2), "industry:hotels"), 1L)],
            newest.Select(a => (a.Operation, a.ElementId, a.GraphVersion)));
        var lastNode = await Store.AuditAsync(new AuditQuery { ElementId = LargeOrg(LargeCount - 1) });
        Assert.Equal([("CREATE_NODE", 1L)], lastNode.Select(a => (a.Operation, a.GraphVersion)));
    }

    [Fact]
    public async Task Rewriting_a_large_batch_writes_only_what_changed_and_an_equal_one_writes_nothing()
    {
        await Store.UpsertAsync(Large(), "bulk");
        var renamed = await Store.UpsertAsync(Large(i => i == LargeCount - 1 ? "Renamed last" : $"Org {i:D5}"), "bulk");
        var again = await Store.UpsertAsync(Large(i => i == LargeCount - 1 ? "Renamed last" : $"Org {i:D5}"), "bulk");

        Assert.Equal((1, 0, 2L), (renamed.NodesWritten, renamed.EdgesWritten, renamed.GraphVersion));
        Assert.Equal((0, 0, 2L), (again.NodesWritten, again.EdgesWritten, again.GraphVersion));
        Assert.Equal([("UPDATE_NODE", LargeOrg(LargeCount - 1))], (await Store.AuditAsync(new AuditQuery { SinceGraphVersion = 2 })).Select(a => (a.Operation, a.ElementId)));
        Assert.Equal("Renamed last", (await Store.GetNodesAsync([LargeOrg(LargeCount - 1)])).Single().Name);
    }

    [Fact]
    public async Task A_large_write_with_one_bad_relationship_after_the_first_statement_changes_nothing()
    {
        await Store.UpsertAsync(Small(), "test");
        var before = await Store.CountAsync();

        var refused = await Assert.ThrowsAsync<GraphValidationException>(() => Store.UpsertAsync(Large(industry: "industry:missing"), "bulk"));

        Assert.Equal([(OperatesIn(LargeOrg(LargeCount - 1), "industry:missing"), "endpoint-exists")], refused.Violations.Select(v => (v.ElementId, v.Rule)));
        Assert.Equal(1, await Store.GetGraphVersionAsync());
        var after = await Store.CountAsync();
        Assert.Equal(before.NodesByLabel, after.NodesByLabel);
        Assert.Equal(before.EdgesByType, after.EdgesByType);
        Assert.Empty(await Store.GetNodesAsync([LargeOrg(0)]));
    }
}
