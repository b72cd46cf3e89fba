using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Tests.Core.Writes;

public sealed class NodePatchTests
{
    private static readonly Node Current = new("tactic:a", GraphSchema.Tactic, "A",
        new JsonObject { ["name"] = "A", ["category"] = "LEGAL", ["description"] = "old" }, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 3);

    [Fact]
    public void A_patch_sets_named_properties_removes_nulls_and_keeps_the_rest()
    {
        var patch = new NodePatch(new Dictionary<string, JsonNode?> { ["description"] = null, ["category"] = "TRAINING", ["extra"] = 1 });

        var props = patch.ApplyTo(Current.Props);

        Assert.Equal("""{"name":"A","category":"TRAINING","extra":1}""", props.ToJsonString());
        Assert.Equal("old", (string?)Current.Props["description"]);
    }

    [Fact]
    public void The_change_of_a_patch_writes_the_node_at_the_expected_version()
    {
        var change = new NodePatch(new Dictionary<string, JsonNode?> { ["name"] = "B" }).ChangeOf(Current, 3);

        var node = Assert.Single(change.UpsertNodes);
        Assert.Equal(("tactic:a", GraphSchema.Tactic, "B"), (node.Id, node.Label, (string?)node.Props["name"]));
        Assert.Equal(3, change.ExpectedVersions["tactic:a"]);
        Assert.Empty(change.DeleteNodes);
        Assert.Empty(change.UpsertEdges);
    }
}
