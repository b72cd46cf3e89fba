using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Exchange.Import;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Seed;
using KnowledgeGraph.Core.Stores.Sql;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Core.Seed;

/// <summary>The curated seed files are valid on their own: schema rules, endpoints, provenance, id prefixes.</summary>
public sealed class SeedFilesTests
{
    private static readonly ImportSet Read = SeedFiles.Read(RepoPaths.SeedData);

    private static readonly GraphBatch Seed = Read.ToBatch();

    [Fact]
    public void Every_seed_file_reads_without_a_problem()
    {
        Assert.True(Read.Problems.Count == 0, string.Join("\n", Read.Problems));
        Assert.Equal(Read.Rows, Seed.Nodes.Count + Seed.Edges.Count);
    }

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
    public void Every_finding_cites_a_source_with_an_http_url_and_belongs_to_one_intervention_or_describes_where_it_was_measured()
    {
        var sources = Seed.Nodes.Where(n => n.Label == GraphSchema.Source).ToDictionary(n => n.Id);
        foreach (var finding in Seed.Nodes.Where(n => n.Label == GraphSchema.Finding))
        {
            var cited = Seed.Edges.Where(e => e.Type == "CITES" && e.SourceId == finding.Id).Select(e => sources[e.TargetId]).ToList();
            Assert.True(cited.Count > 0, $"{finding.Id} cites no source");
            Assert.All(cited, s => Assert.Matches("^https?://", (string)s.Props["url"]!));
            // A PREVALENCE finding is about an industry or jurisdiction, not about an intervention (it DESCRIBES them).
            if ((string?)finding.Props["kind"] == FindingKinds.Prevalence)
            {
                Assert.DoesNotContain(Seed.Edges, e => e.Type == "HAS_FINDING" && e.TargetId == finding.Id);
                Assert.Contains(Seed.Edges, e => e.Type == "DESCRIBES" && e.SourceId == finding.Id);
            }
            else
            {
                Assert.Single(Seed.Edges, e => e.Type == "HAS_FINDING" && e.TargetId == finding.Id);
                Assert.DoesNotContain(Seed.Edges, e => e.Type == "DESCRIBES" && e.SourceId == finding.Id);
            }
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
    public void The_seed_meets_the_minimum_counts_and_keeps_negative_and_inconclusive_results_and_every_kind()
    {
        var counts = Seed.Nodes.GroupBy(n => n.Label).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(counts[GraphSchema.Industry] >= 10);
        Assert.True(counts[GraphSchema.Organization] >= 40);
        Assert.True(counts[GraphSchema.Tactic] >= 15);
        Assert.True(counts[GraphSchema.PolicyLever] >= 20);
        Assert.True(counts[GraphSchema.Intervention] >= 25);
        Assert.True(counts[GraphSchema.Finding] >= 30);
        Assert.True(counts[GraphSchema.Source] >= 30);
        // No seed finding comes from a design that can show an absence of effect, so its null results are INCONCLUSIVE,
        // not NO_EFFECT (audit S16); only EFFECT findings carry an effect.
        var findings = Seed.Nodes.Where(n => n.Label == GraphSchema.Finding).ToList();
        var effects = findings.Where(n => (string?)n.Props["kind"] == "EFFECT").Select(n => (string)n.Props["effect"]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "POSITIVE", "INCONCLUSIVE", "MIXED", "NEGATIVE" }, effects);
        Assert.Equal(["ADOPTION", "EFFECT", "PREVALENCE", "PROCESS"], findings.Select(n => (string)n.Props["kind"]!).Distinct().Order());
        Assert.All(findings.Where(n => (string?)n.Props["kind"] != "EFFECT"), n => Assert.False(n.Props.ContainsKey("effect"), n.Id));
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
        var problems = SeedFiles.Read(directory.Path).Problems;
        Assert.Contains(problems, p => p.Location == new SourceLocation(Path.Combine(directory.Path, "tactics.json"), 3) && p.Message.StartsWith("invalid JSON"));
        Assert.Contains(problems, p => p.Location == new SourceLocation(Path.Combine(directory.Path, "people.json"), 0) && p.Message == "no such file or directory");
    }

    [Fact]
    public async Task Seeding_refuses_what_import_refuses_and_writes_nothing()
    {
        using var directory = new TempDirectory();
        foreach (var file in Directory.GetFiles(RepoPaths.SeedData, "*.json"))
        {
            File.Copy(file, Path.Combine(directory.Path, Path.GetFileName(file)));
        }
        File.WriteAllText(Path.Combine(directory.Path, "relationships.json"), "[\n  {\"type\": \"OPERATES_IN\", \"from\": \"org:a\", \"to\": \"industry:b\", \"since\": 2001}\n]");
        File.WriteAllText(Path.Combine(directory.Path, "people.json"), "[\n  {\"id\": \"\", \"name\": \"Nobody\"}\n]");
        var store = SqlGraphStore.ForSqliteFile(Path.Combine(directory.Path, "seed.db"));
        await store.MigrateAsync();

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => SeedFiles.LoadAsync(store, directory.Path));

        Assert.Contains($"{Path.Combine(directory.Path, "relationships.json")}:2: unknown member(s) since", error.Message);
        Assert.Contains($"{Path.Combine(directory.Path, "people.json")}:2: each entry must be an object with a string 'id'", error.Message);
        Assert.Equal(0, await store.GetGraphVersionAsync());
    }
}
