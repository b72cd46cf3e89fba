using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Tests.Core.Graph;

/// <summary>Rules of the graph schema that the seed files do not exercise.</summary>
public sealed class GraphValidatorTests
{
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
        var stored = new StoredContext(new Dictionary<string, string> { ["org:a"] = "Organization", ["industry:b"] = "Industry" }, new HashSet<string>());
        var batch = new GraphBatch([], [new EdgeInput("OPERATES_IN", "org:a", "industry:b", [])]);
        Assert.Empty(GraphValidator.Validate(batch, stored));
        Assert.Equal(["org:a", "industry:b"], GraphValidator.ExternalReferences(batch));
    }
}
