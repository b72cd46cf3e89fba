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

    [Theory]
    [InlineData("tactic:tech\n")]
    [InlineData("tactic:tech\r\n")]
    [InlineData("\ntactic:tech")]
    public void An_id_is_matched_as_a_whole_string_so_a_trailing_newline_is_refused(string id)
    {
        Assert.Equal([$"{id} id-format"], Rules(new GraphBatch([Tactic(id)], [])));
    }

    [Fact]
    public void A_partial_date_is_matched_as_a_whole_string()
    {
        var source = new JsonObject { ["title"] = "T", ["url"] = "https://example.org", ["kind"] = "REPORT", ["publishedOn"] = "2020\n" };
        Assert.Contains(GraphValidator.Validate(One("source:a", "Source", source), StoredContext.Empty), v => v.Message.Contains("publishedOn"));
    }

    [Theory]
    [InlineData("\u0000")]
    [InlineData("a\u0000b")]
    [InlineData("bell\u0007")]
    [InlineData("line\r\nbreak")]
    [InlineData("esc\u001b[31m")]
    [InlineData("del\u007f")]
    [InlineData("nel\u0085")]
    [InlineData("c1\u009f")]
    [InlineData("not a character\ufffe")]
    [InlineData("not a character\uffff")]
    public void Control_characters_are_refused_in_names_and_text(string text)
    {
        var violations = GraphValidator.Validate(new GraphBatch(
        [
            Tactic("tactic:in_name", new JsonObject { ["name"] = text, ["category"] = "LEGAL" }),
            Tactic("tactic:in_text", new JsonObject { ["name"] = "Fine", ["category"] = "LEGAL", ["description"] = text }),
        ], []), StoredContext.Empty);
        Assert.Equal(["tactic:in_name property-type", "tactic:in_text property-type"], violations.Select(v => $"{v.ElementId} {v.Rule}"));
        Assert.All(violations, v => Assert.Contains("control character U+", v.Message));
    }

    [Theory]
    [InlineData("\u200b")]
    [InlineData("\u200b\u200d\u2060")]
    [InlineData("\u202e\u00a0")]
    [InlineData("\t\n \u2028")]
    public void A_name_without_a_visible_character_is_refused(string name)
    {
        var violations = GraphValidator.Validate(new GraphBatch([Tactic("tactic:a", new JsonObject { ["name"] = name, ["category"] = "LEGAL" })], []), StoredContext.Empty);
        Assert.Contains(violations, v => v.Message.Contains("visible character"));
    }

    [Fact]
    public void Tabs_line_feeds_and_other_unicode_text_are_kept()
    {
        var text = "line\nbreak\ttab ✓ مرحبا 𝄞 \u2028 zero\u200bwidth";
        Assert.Empty(Rules(new GraphBatch([Tactic("tactic:a", new JsonObject { ["name"] = text, ["category"] = "LEGAL", ["description"] = text })], [])));
    }
    [Theory]
    [InlineData("true", true)]
    [InlineData("false", true)]
    [InlineData("\"yes\"", false)]
    [InlineData("1", false)]
    public void A_source_primary_flag_is_true_or_false(string primary, bool valid)
    {
        var source = new NodeInput("source:a", GraphSchema.Source, new JsonObject
        {
            ["title"] = "T",
            ["url"] = "https://example.org",
            ["kind"] = "REPORT",
            ["type"] = "NEWS",
            ["primary"] = JsonNode.Parse(primary),
        });

        Assert.Equal(valid ? [] : ["source:a property-type"], Rules(new GraphBatch([source], [])));
    }

    [Theory]
    [InlineData("750000.5", true)]
    [InlineData("0", true)]
    [InlineData("-5", false)]
    [InlineData("1e16", false)]
    [InlineData("\"a lot\"", false)]
    public void A_funding_amount_is_a_number_from_zero_to_a_bound(string amount, bool valid)
    {
        var stored = new StoredContext(new Dictionary<string, string> { ["org:f"] = GraphSchema.Organization, ["intervention:i"] = GraphSchema.Intervention });
        var funds = new EdgeInput(RelationshipTypes.Funds, "org:f", "intervention:i", new JsonObject { ["amount"] = JsonNode.Parse(amount), ["currency"] = "USD" });

        var rules = Rules(new GraphBatch([], [funds]), stored);

        Assert.Equal(valid, rules.Count == 0);
        Assert.All(rules, r => Assert.EndsWith("property-type", r));
    }
}
