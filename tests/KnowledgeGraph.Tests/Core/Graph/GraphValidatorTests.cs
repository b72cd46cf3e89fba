using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Tests.Core.Graph;

public sealed class GraphValidatorTests
{
    private static NodeInput Tactic(string id, JsonObject? props = null) =>
        new(id, GraphSchema.Tactic, props ?? new JsonObject { ["name"] = "A tactic", ["category"] = "LEGAL" });

    private static IReadOnlyList<string> Rules(GraphBatch batch, StoredContext? stored = null) =>
        GraphValidator.Validate(batch, stored ?? StoredContext.Empty).Select(v => $"{v.ElementId} {v.Rule}").ToList();

    [Fact]
    public void A_valid_node_breaks_no_rule()
    {
        Assert.Empty(Rules(new GraphBatch([Tactic("tactic:a")], [])));
    }

    [Fact]
    public void Unknown_labels_bad_ids_missing_required_and_unknown_enum_values_are_each_reported()
    {
        var batch = new GraphBatch(
        [
            new NodeInput("thing:a", "Thing", new JsonObject { ["name"] = "x" }),
            Tactic("tactic:Bad Id"),
            Tactic("tactic:no_category", new JsonObject { ["name"] = "N" }),
            Tactic("tactic:bad_category", new JsonObject { ["name"] = "N", ["category"] = "DANCING" }),
        ], []);

        var violations = GraphValidator.Validate(batch, StoredContext.Empty);

        Assert.Contains(violations, v => v is { ElementId: "thing:a", Rule: "known-label" });
        Assert.Contains(violations, v => v is { ElementId: "tactic:Bad Id", Rule: "id-format" });
        Assert.Contains(violations, v => v is { ElementId: "tactic:no_category", Rule: "required-property" } && v.Message.Contains("category"));
        Assert.Contains(violations, v => v is { ElementId: "tactic:bad_category", Rule: "property-type" } && v.Message.Contains("category"));
        Assert.DoesNotContain(violations, v => v.ElementId is "tactic:a");
    }

    [Fact]
    public void A_relationship_must_join_the_labels_its_type_allows_whether_in_the_batch_or_stored()
    {
        var wrongEnd = new EdgeInput(RelationshipTypes.Uses, "tactic:a", "tactic:b", new JsonObject());
        var batch = new GraphBatch([Tactic("tactic:a"), Tactic("tactic:b")], [wrongEnd]);
        Assert.Contains(GraphValidator.Validate(batch, StoredContext.Empty), v => v is { Rule: "endpoint-label" } && v.ElementId == wrongEnd.Id);

        var uses = new EdgeInput(RelationshipTypes.Uses, "org:a", "tactic:a", new JsonObject());
        var stored = new StoredContext(new Dictionary<string, string> { ["org:a"] = GraphSchema.Organization });
        Assert.Empty(Rules(new GraphBatch([Tactic("tactic:a")], [uses]), stored));
        Assert.Equal([$"{uses.Id} endpoint-exists"], Rules(new GraphBatch([Tactic("tactic:a")], [uses])));
    }

    [Fact]
    public void Edges_point_at_external_references_only_when_the_batch_lacks_the_node()
    {
        var uses = new EdgeInput(RelationshipTypes.Uses, "org:a", "tactic:a", new JsonObject());
        Assert.Equal(["org:a"], GraphValidator.ExternalReferences(new GraphBatch([Tactic("tactic:a")], [uses])));
    }
}
