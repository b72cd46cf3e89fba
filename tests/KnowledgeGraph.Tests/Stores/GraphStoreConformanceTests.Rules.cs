using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Tests.Support;
using static KnowledgeGraph.Tests.Support.TestGraph;

namespace KnowledgeGraph.Tests.Stores;

// The write rules every store enforces: schema, endpoints, provenance, labels.
public abstract partial class GraphStoreConformanceTests
{
    [Theory]
    [InlineData("Planet", "org:x", "known-label")]
    [InlineData("Organization", "organization:x", "id-prefix")]
    [InlineData("Organization", "org:Bad Id", "id-format")]
    public async Task A_node_breaking_a_rule_is_refused_and_nothing_is_kept(string label, string id, string rule)
    {
        var batch = new GraphBatch(
            [Node("industry:ok", "Industry", new() { ["name"] = "Fine" }), Node(id, label, new() { ["name"] = "X", ["kind"] = "UNION" })], []);
        var error = await Assert.ThrowsAsync<GraphValidationException>(() => Store.UpsertAsync(batch, "test"));
        Assert.Contains(error.Violations, v => v.ElementId == id && v.Rule == rule);
        Assert.Empty(await Store.GetNodesAsync(["industry:ok"]));
        Assert.Equal(0, await Store.GetGraphVersionAsync());
    }

    [Fact]
    public async Task Property_rules_are_enforced_with_the_property_named()
    {
        var batch = new GraphBatch(
        [
            Node("org:a", "Organization", new() { ["kind"] = "UNION" }),
            Node("org:b", "Organization", new() { ["name"] = "B", ["kind"] = "GUILD" }),
            Node("org:c", "Organization", new() { ["name"] = "C", ["kind"] = "UNION", ["founded"] = "1990" }),
            Node("org:d", "Organization", new() { ["name"] = "D", ["kind"] = "UNION", ["website"] = "javascript:alert(1)" }),
            Node("org:e", "Organization", new() { ["name"] = "E", ["kind"] = "UNION", ["motto"] = "x" }),
            Node("industry:f", "Industry", new() { ["name"] = "F", ["riskFactors"] = new JsonArray("ISOLATED_WORK", "BOREDOM") }),
            Node("source:g", "Source", new() { ["title"] = "G", ["url"] = "https://example.org", ["kind"] = "REPORT", ["publishedOn"] = "2020-13" }),
        ], []);
        var error = await Assert.ThrowsAsync<GraphValidationException>(() => Store.UpsertAsync(batch, "test"));
        Assert.Contains(error.Violations, v => v is { ElementId: "org:a", Rule: "required-property" } && v.Message.Contains("'name'"));
        Assert.Contains(error.Violations, v => v is { ElementId: "org:b", Rule: "property-type" } && v.Message.Contains("'kind'"));
        Assert.Contains(error.Violations, v => v is { ElementId: "org:c", Rule: "property-type" } && v.Message.Contains("'founded'"));
        Assert.Contains(error.Violations, v => v is { ElementId: "org:d", Rule: "property-type" } && v.Message.Contains("'website'"));
        Assert.Contains(error.Violations, v => v is { ElementId: "org:e", Rule: "known-property" } && v.Message.Contains("'motto'"));
        Assert.Contains(error.Violations, v => v is { ElementId: "industry:f", Rule: "property-type" } && v.Message.Contains("'riskFactors'"));
        Assert.Contains(error.Violations, v => v is { ElementId: "source:g", Rule: "property-type" } && v.Message.Contains("'publishedOn'"));
        Assert.Empty((await Store.CountAsync()).NodesByLabel);
    }

    [Fact]
    public async Task Relationship_endpoints_must_exist_and_have_allowed_labels()
    {
        await SeededAsync();
        var batch = new GraphBatch([], [
            Edge("OPERATES_IN", "org:union", "industry:nowhere"),
            Edge("OPERATES_IN", "industry:hotels", "org:union"),
            Edge("KNOWS", "org:union", "org:center"),
            Edge("PARTNERS_WITH", "org:union", "org:union"),
            Edge("USES", "org:union", "tactic:monitoring", new() { ["since"] = "long ago" }),
        ]);
        var error = await Assert.ThrowsAsync<GraphValidationException>(() => Store.UpsertAsync(batch, "test"));
        Assert.Contains(error.Violations, v => v is { ElementId: "org:union|OPERATES_IN|industry:nowhere", Rule: "endpoint-exists" });
        Assert.Contains(error.Violations, v => v is { ElementId: "industry:hotels|OPERATES_IN|org:union", Rule: "endpoint-label" });
        Assert.Contains(error.Violations, v => v is { Rule: "known-relationship" });
        Assert.Contains(error.Violations, v => v is { Rule: "no-self-loop" });
        Assert.Contains(error.Violations, v => v is { ElementId: "org:union|USES|tactic:monitoring", Rule: "property-type" });
        Assert.Equal(1, await Store.GetGraphVersionAsync());
        Assert.Empty(await Store.GetNeighborsAsync([new NeighborKey("org:union", "USES", Direction.Out)]));
    }

    [Fact]
    public async Task A_finding_must_cite_a_source_in_the_same_write_or_already()
    {
        await SeededAsync();
        var uncited = Node("finding:uncited", "Finding", new()
        {
            ["summary"] = "No source",
            ["kind"] = "EFFECT",
            ["effect"] = "INCONCLUSIVE",
            ["evidenceStrength"] = "LIMITED",
            ["evidenceKind"] = "REVIEW",
        });
        var error = await Assert.ThrowsAsync<GraphValidationException>(() => Store.UpsertAsync(new GraphBatch([uncited], []), "test"));
        Assert.Contains(error.Violations, v => v is { ElementId: "finding:uncited", Rule: "finding-cites-source" });

        await Store.UpsertAsync(new GraphBatch([uncited], [Edge("CITES", "finding:uncited", "source:report")]), "test");
        var changed = uncited with { Props = new JsonObject { ["summary"] = "Still sourced", ["kind"] = "EFFECT", ["effect"] = "INCONCLUSIVE", ["evidenceStrength"] = "LIMITED", ["evidenceKind"] = "REVIEW" } };
        var result = await Store.UpsertAsync(new GraphBatch([changed], []), "test");
        Assert.Equal(1, result.NodesWritten);
    }

    [Fact]
    public async Task A_node_cannot_change_its_label()
    {
        await SeededAsync();
        var error = await Assert.ThrowsAsync<GraphValidationException>(() =>
            Store.UpsertAsync(new GraphBatch([Node("org:union", "Industry", new() { ["name"] = "x" })], []), "test"));
        Assert.Contains(error.Violations, v => v is { ElementId: "org:union" });
    }
}
