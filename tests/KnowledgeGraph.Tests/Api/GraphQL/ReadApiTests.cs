using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>The read API over the seed graph: every root field, node lookups, relationships on both ends.</summary>
public sealed class ReadApiTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    [Fact]
    public async Task Every_root_connection_lists_its_label_with_a_total_count()
    {
        var data = await app.QueryAsync("""
            {
              industries { totalCount nodes { __typename id name } }
              organizations { totalCount nodes { __typename id name kind } }
              people { totalCount nodes { __typename id name } }
              tactics { totalCount nodes { __typename id name category } }
              policyLevers { totalCount nodes { __typename id name kind } }
              jurisdictions { totalCount nodes { __typename id name level } }
              interventions { totalCount nodes { __typename id name } }
              findings { totalCount nodes { __typename id summary effect evidenceStrength evidenceKind } }
              outcomes { totalCount nodes { __typename id name category } }
              sources { totalCount nodes { __typename id title url kind } }
            }
            """);
        var seeded = new Dictionary<string, (string Type, string Prefix, string File)>
        {
            ["industries"] = ("Industry", "industry:", "industries.json"),
            ["organizations"] = ("Organization", "org:", "organizations.json"),
            ["people"] = ("Person", "person:", "people.json"),
            ["tactics"] = ("Tactic", "tactic:", "tactics.json"),
            ["policyLevers"] = ("PolicyLever", "lever:", "policy-levers.json"),
            ["jurisdictions"] = ("Jurisdiction", "jurisdiction:", "jurisdictions.json"),
            ["interventions"] = ("Intervention", "intervention:", "interventions.json"),
            ["findings"] = ("Finding", "finding:", "findings.json"),
            ["outcomes"] = ("Outcome", "outcome:", "outcomes.json"),
            ["sources"] = ("Source", "source:", "sources.json"),
        };
        foreach (var (field, (type, prefix, file)) in seeded)
        {
            var connection = data[field]!;
            Assert.Equal(SeedCounts.Of(file), (int)connection["totalCount"]!);
            var nodes = connection["nodes"]!.AsArray();
            Assert.Equal(Math.Min(20, (int)connection["totalCount"]!), nodes.Count);
            Assert.All(nodes, n => Assert.Equal(type, (string?)n!["__typename"]));
            Assert.All(nodes, n => Assert.StartsWith(prefix, (string?)n!["id"]));
        }
    }

    [Fact]
    public async Task Node_finds_any_label_by_id_and_unknown_ids_are_null()
    {
        var data = await app.QueryAsync("""
            {
              farm: node(id: "industry:agriculture_farmwork") { __typename id ... on Industry { name riskFactors } }
              ciw: node(id: "org:coalition_of_immokalee_workers") { __typename ... on Organization { name kind } }
              missing: node(id: "org:does_not_exist") { id }
              garbage: node(id: "not an id at all") { id }
              many: nodes(ids: ["industry:tech", "org:nope", "industry:media_news"]) { id }
            }
            """);
        Assert.Equal("Industry", (string?)data["farm"]!["__typename"]);
        Assert.Contains("IMMIGRANT_WORKFORCE", data["farm"]!["riskFactors"]!.AsArray().Select(v => (string?)v));
        Assert.Equal("Organization", (string?)data["ciw"]!["__typename"]);
        Assert.Contains("Immokalee", (string?)data["ciw"]!["name"]);
        Assert.NotNull((string?)data["ciw"]!["kind"]);
        Assert.Null(data["missing"]);
        Assert.Null(data["garbage"]);
        var many = data["many"]!.AsArray();
        Assert.Equal(["industry:tech", null, "industry:media_news"], many.Select(n => (string?)n?["id"]));
    }

    [Fact]
    public async Task Relationships_are_fields_on_both_ends_with_their_properties_on_the_edge()
    {
        var data = await app.QueryAsync("""
            {
              node(id: "intervention:fair_food_program") {
                ... on Intervention {
                  name
                  tactics { nodes { id } }
                  industries { nodes { id } }
                  ledBy { edges { role node { id name } } }
                  findings { totalCount nodes { id effect sources { edges { quote node { id url } } } intervention { id } } }
                }
              }
            }
            """);
        var ffp = data["node"]!;
        Assert.Contains("tactic:worker_led_monitoring", ffp["tactics"]!["nodes"]!.AsArray().Select(n => (string?)n!["id"]));
        Assert.Equal(["industry:agriculture_farmwork"], ffp["industries"]!["nodes"]!.AsArray().Select(n => (string?)n!["id"]));
        Assert.Contains(ffp["ledBy"]!["edges"]!.AsArray(), e => (string?)e!["node"]!["id"] == "org:coalition_of_immokalee_workers" && e["role"] is not null);
        var findings = ffp["findings"]!["nodes"]!.AsArray();
        Assert.NotEmpty(findings);
        Assert.All(findings, f =>
        {
            Assert.Equal("intervention:fair_food_program", (string?)f!["intervention"]!["id"]);
            Assert.NotEmpty(f["sources"]!["edges"]!.AsArray());
            Assert.All(f["sources"]!["edges"]!.AsArray(), s => Assert.StartsWith("http", (string?)s!["node"]!["url"]));
        });

        var reverse = await app.QueryAsync("""
            { node(id: "org:coalition_of_immokalee_workers") { ... on Organization { interventions { edges { role node { id } } } } } }
            """);
        Assert.Contains(reverse["node"]!["interventions"]!["edges"]!.AsArray(), e => (string?)e!["node"]!["id"] == "intervention:fair_food_program");
    }

    [Fact]
    public async Task A_source_lists_what_cites_it_through_the_node_interface()
    {
        var data = await app.QueryAsync("""
            { sources(first: 1, where: { text: "fair food" }) { nodes { id citedBy { totalCount edges { node { __typename id } } } } } }
            """);
        var cited = data["sources"]!["nodes"]![0]!["citedBy"]!;
        Assert.True((int)cited["totalCount"]! > 0);
        Assert.All(cited["edges"]!.AsArray(), e => Assert.False(string.IsNullOrEmpty((string?)e!["node"]!["__typename"])));
    }
}
