using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Tests.Core.Graph;

/// <summary>The rules of the graph schema, checked on batches built in memory.</summary>
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

    private static GraphBatch One(string id, string label, JsonObject props) => new([new NodeInput(id, label, props)], []);

    [Theory]
    [InlineData(999)]
    [InlineData(2201)]
    public void Years_outside_the_plausible_range_are_refused(int year)
    {
        var violations = GraphValidator.Validate(One("org:a", "Organization", new() { ["name"] = "A", ["kind"] = "UNION", ["founded"] = year }), StoredContext.Empty);
        Assert.Contains(violations, v => v.Rule == "property-type" && v.Message.Contains("founded"));
    }

    [Fact]
    public void Over_long_text_and_blank_strings_are_refused()
    {
        var violations = GraphValidator.Validate(new GraphBatch(
        [
            new NodeInput("person:a", "Person", new() { ["name"] = new string('x', 501) }),
            new NodeInput("person:b", "Person", new() { ["name"] = "   " }),
            new NodeInput("person:c", "Person", new() { ["name"] = "C", ["description"] = new string('y', 4001) }),
        ], []), StoredContext.Empty);
        Assert.Equal(["person:a", "person:b", "person:c"], violations.Select(v => v.ElementId));
    }

    [Fact]
    public void Repeated_list_values_and_repeated_ids_are_refused()
    {
        var node = new NodeInput("industry:a", "Industry", new() { ["name"] = "A", ["riskFactors"] = new JsonArray("ALCOHOL", "ALCOHOL") });
        var violations = GraphValidator.Validate(new GraphBatch([node, node], []), StoredContext.Empty);
        Assert.Contains(violations, v => v.Rule == "unique-id");
        Assert.Contains(violations, v => v.Message.Contains("repeat"));
    }

    [Fact]
    public void Edges_may_point_at_nodes_already_stored()
    {
        var stored = new StoredContext(new Dictionary<string, string> { ["org:a"] = "Organization", ["industry:b"] = "Industry" });
        var batch = new GraphBatch([], [new EdgeInput("OPERATES_IN", "org:a", "industry:b", [])]);
        Assert.Empty(GraphValidator.Validate(batch, stored));
        Assert.Equal(["org:a", "industry:b"], GraphValidator.ExternalReferences(batch));
    }
}
