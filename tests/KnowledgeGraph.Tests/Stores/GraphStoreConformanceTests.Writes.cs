using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;
using static KnowledgeGraph.Tests.Support.TestGraph;

namespace KnowledgeGraph.Tests.Stores;

// Curation writes: optimistic concurrency, deletes with and without cascade, provenance kept, every change audited.
public abstract partial class GraphStoreConformanceTests
{
    [Fact]
    public async Task A_stale_version_is_a_conflict_and_changes_nothing()
    {
        await SeededAsync();
        var renamed = Node("org:union", "Organization", new() { ["name"] = "Renamed", ["kind"] = "UNION" });
        var conflict = await Assert.ThrowsAsync<VersionConflictException>(() => Store.ApplyAsync(new GraphChange
        {
            UpsertNodes = [renamed],
            ExpectedVersions = new Dictionary<string, long> { ["org:union"] = 7 },
        }, "curator"));
        Assert.Equal(("org:union", 7L, 1L), (conflict.Id, conflict.Expected, conflict.Actual));
        Assert.Equal("A Union", (await Store.GetNodesAsync(["org:union"]))[0].Name);

        await Store.ApplyAsync(new GraphChange { UpsertNodes = [renamed], ExpectedVersions = new Dictionary<string, long> { ["org:union"] = 1 } }, "curator");
        Assert.Equal(("Renamed", 2L), ((await Store.GetNodesAsync(["org:union"]))[0].Name, (await Store.GetNodesAsync(["org:union"]))[0].Version));
        await Assert.ThrowsAsync<VersionConflictException>(() => Store.ApplyAsync(new GraphChange
        {
            UpsertNodes = [renamed with { Props = new JsonObject { ["name"] = "Again", ["kind"] = "UNION" } }],
            ExpectedVersions = new Dictionary<string, long> { ["org:union"] = 1 },
        }, "curator"));
    }

    [Fact]
    public async Task Creating_with_version_zero_refuses_an_existing_id()
    {
        await SeededAsync();
        var error = await Assert.ThrowsAsync<VersionConflictException>(() => Store.ApplyAsync(new GraphChange
        {
            UpsertNodes = [Node("org:union", "Organization", new() { ["name"] = "Twin", ["kind"] = "UNION" })],
            ExpectedVersions = new Dictionary<string, long> { ["org:union"] = 0 },
        }, "curator"));
        Assert.Contains("already exists", error.Message);
    }

    [Fact]
    public async Task Deleting_a_node_in_use_is_refused_with_what_cascade_would_remove()
    {
        await SeededAsync();
        var error = await Assert.ThrowsAsync<GraphValidationException>(() => Store.ApplyAsync(new GraphChange { DeleteNodes = ["org:union"] }, "admin"));
        var inUse = Assert.Single(error.Violations, v => v.Rule == "node-in-use");
        Assert.Contains("org:union|OPERATES_IN|industry:hotels", inUse.Message);
        Assert.Contains("intervention:buttons|LED_BY|org:union", inUse.Message);
        Assert.Single(await Store.GetNodesAsync(["org:union"]));

        var result = await Store.ApplyAsync(new GraphChange { DeleteNodes = ["org:union"], Cascade = true }, "admin");
        Assert.Equal(2, result.GraphVersion);
        Assert.Empty(await Store.GetNodesAsync(["org:union"]));
        var hotels = await Store.GetNeighborsAsync([new NeighborKey("industry:hotels", "OPERATES_IN", Direction.In)]);
        Assert.DoesNotContain(hotels, x => x.Node.Id == "org:union");
        var audit = await Store.AuditAsync(new AuditQuery { SinceGraphVersion = 2 });
        Assert.Equal(4, audit.Count);
        Assert.Equal(["DELETE_EDGE", "DELETE_EDGE", "DELETE_EDGE", "DELETE_NODE"], audit.Select(a => a.Operation).Order());
        var node = audit.Single(a => a.Operation == "DELETE_NODE");
        Assert.Equal(("admin", "org:union", "A Union"), (node.Actor, node.ElementId, (string?)node.Before!["properties"]!["name"]));
        Assert.Null(node.After);
    }

    [Fact]
    public async Task A_finding_cannot_lose_its_last_source()
    {
        await SeededAsync();
        var error = await Assert.ThrowsAsync<GraphValidationException>(() => Store.ApplyAsync(
            new GraphChange { DeleteEdges = ["finding:fewer_assaults|CITES|source:report"] }, "curator"));
        Assert.Contains(error.Violations, v => v is { ElementId: "finding:fewer_assaults", Rule: "finding-cites-source" });
        var cascade = await Assert.ThrowsAsync<GraphValidationException>(() => Store.ApplyAsync(
            new GraphChange { DeleteNodes = ["source:report"], Cascade = true }, "admin"));
        Assert.Contains(cascade.Violations, v => v is { ElementId: "finding:fewer_assaults", Rule: "finding-cites-source" });
        Assert.Single(await Store.GetNodesAsync(["source:report"]));
    }

    [Fact]
    public async Task Every_change_is_audited_with_before_and_after_and_history_reads_per_element()
    {
        await SeededAsync();
        await Store.ApplyAsync(new GraphChange
        {
            UpsertNodes = [Node("org:union", "Organization", new() { ["name"] = "B Union", ["kind"] = "UNION" })],
            UpsertEdges = [Edge("USES", "org:union", "tactic:monitoring", new() { ["since"] = 2019 })],
            DeleteEdges = ["org:fund|OPERATES_IN|industry:farms"],
        }, "ana");
        var history = await Store.AuditAsync(new AuditQuery { ElementId = "org:union" });
        Assert.Equal(["UPDATE_NODE", "CREATE_NODE"], history.Select(h => h.Operation));
        Assert.Equal(("A Union", "B Union"), ((string?)history[0].Before!["properties"]!["name"], (string?)history[0].After!["properties"]!["name"]));
        Assert.Equal((2L, "ana"), (history[0].GraphVersion, history[0].Actor));
        var byAna = await Store.AuditAsync(new AuditQuery { Actor = "ana" });
        Assert.Equal(["CREATE_EDGE", "DELETE_EDGE", "UPDATE_NODE"], byAna.Select(a => a.Operation).Order());
        var page = await Store.AuditAsync(new AuditQuery { First = 2 });
        var next = await Store.AuditAsync(new AuditQuery { First = 2, BeforeId = page[^1].Id });
        Assert.True(next[0].Id < page[^1].Id);
    }

    [Fact]
    public async Task Deleting_what_does_not_exist_is_refused()
    {
        await SeededAsync();
        var error = await Assert.ThrowsAsync<GraphValidationException>(() => Store.ApplyAsync(
            new GraphChange { DeleteNodes = ["org:ghost"], DeleteEdges = ["org:union|USES|tactic:monitoring"] }, "admin"));
        Assert.Contains(error.Violations, v => v is { ElementId: "org:ghost", Rule: "node-exists" });
        Assert.Contains(error.Violations, v => v is { Rule: "edge-exists" });
        Assert.Equal(1, await Store.GetGraphVersionAsync());
    }
}
