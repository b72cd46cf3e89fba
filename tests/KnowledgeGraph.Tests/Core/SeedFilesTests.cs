using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Core;

/// <summary>The curated seed files are valid on their own: schema rules, endpoints, provenance, id prefixes.</summary>
public sealed class SeedFilesTests
{
    private static readonly GraphBatch Seed = SeedFiles.Read(RepoPaths.SeedData);

    [Fact]
    public void The_seed_files_break_no_rule_of_the_graph_schema()
    {
        var violations = GraphValidator.Validate(Seed, StoredContext.Empty);
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public void Every_relationship_endpoint_exists_in_the_node_files()
    {
        var ids = Seed.Nodes.Select(n => n.Id).ToHashSet();
        Assert.All(Seed.Edges, e =>
        {
            Assert.Contains(e.SourceId, ids);
            Assert.Contains(e.TargetId, ids);
        });
    }

    [Fact]
    public void Every_finding_cites_a_source_with_an_http_url_and_belongs_to_one_intervention()
    {
        var sources = Seed.Nodes.Where(n => n.Label == GraphSchema.Source).ToDictionary(n => n.Id);
        foreach (var finding in Seed.Nodes.Where(n => n.Label == GraphSchema.Finding))
        {
            var cited = Seed.Edges.Where(e => e.Type == "CITES" && e.SourceId == finding.Id).Select(e => sources[e.TargetId]).ToList();
            Assert.True(cited.Count > 0, $"{finding.Id} cites no source");
            Assert.All(cited, s => Assert.Matches("^https?://", (string)s.Props["url"]!));
            Assert.Single(Seed.Edges, e => e.Type == "HAS_FINDING" && e.TargetId == finding.Id);
            Assert.Contains(Seed.Edges, e => e.Type == "ON_OUTCOME" && e.SourceId == finding.Id);
        }
    }

    [Fact]
    public void Ids_carry_their_label_prefix_and_appear_once()
    {
        Assert.All(Seed.Nodes, n => Assert.StartsWith(GraphSchema.Label(n.Label).IdPrefix, n.Id));
        Assert.Equal(Seed.Nodes.Count, Seed.Nodes.Select(n => n.Id).Distinct().Count());
        Assert.Equal(Seed.Edges.Count, Seed.Edges.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void The_seed_meets_the_minimum_counts_and_keeps_negative_and_null_results()
    {
        var counts = Seed.Nodes.GroupBy(n => n.Label).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(counts[GraphSchema.Industry] >= 10);
        Assert.True(counts[GraphSchema.Organization] >= 40);
        Assert.True(counts[GraphSchema.Tactic] >= 15);
        Assert.True(counts[GraphSchema.PolicyLever] >= 20);
        Assert.True(counts[GraphSchema.Intervention] >= 25);
        Assert.True(counts[GraphSchema.Finding] >= 30);
        Assert.True(counts[GraphSchema.Source] >= 30);
        var effects = Seed.Nodes.Where(n => n.Label == GraphSchema.Finding).Select(n => (string)n.Props["effect"]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "POSITIVE", "NO_EFFECT", "MIXED", "NEGATIVE" }, effects);
    }

    [Fact]
    public void Enactment_only_findings_never_claim_more_than_limited_evidence()
    {
        var enactments = Seed.Nodes.Where(n => n.Label == GraphSchema.Finding && (string?)n.Props["evidenceKind"] == "ENACTMENT_ONLY").ToList();
        Assert.NotEmpty(enactments);
        Assert.All(enactments, f => Assert.Contains((string)f.Props["evidenceStrength"]!, new[] { "LIMITED", "ANECDOTAL" }));
    }

    [Fact]
    public void A_malformed_seed_file_is_reported_with_its_name_and_line()
    {
        using var directory = new TempDirectory();
        foreach (var file in Directory.GetFiles(RepoPaths.SeedData, "*.json"))
        {
            File.Copy(file, Path.Combine(directory.Path, Path.GetFileName(file)));
        }
        File.WriteAllText(Path.Combine(directory.Path, "tactics.json"), "[\n  {\"id\": \"tactic:x\",\n  oops\n]");
        File.Delete(Path.Combine(directory.Path, "people.json"));
        var error = Assert.Throws<GraphValidationException>(() => SeedFiles.Read(directory.Path));
        Assert.Contains(error.Violations, v => v.ElementId == "tactics.json" && v.Message.Contains("line 3"));
        Assert.Contains(error.Violations, v => v.ElementId == "people.json" && v.Rule == "seed-file");
    }
}

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
        var stored = new StoredContext(new Dictionary<string, string> { ["org:a"] = "Organization", ["industry:b"] = "Industry" });
        var batch = new GraphBatch([], [new EdgeInput("OPERATES_IN", "org:a", "industry:b", [])]);
        Assert.Empty(GraphValidator.Validate(batch, stored));
        Assert.Equal(["org:a", "industry:b"], GraphValidator.ExternalReferences(batch));
    }
}
