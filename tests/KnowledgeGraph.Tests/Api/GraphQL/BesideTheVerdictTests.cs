using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>
/// What whatWorked and strategyEvidence report beside the verdict, over HTTP: evidence shared between the tactics and
/// levers of one intervention, where and since when a strategy was adopted, and a score that does not depend on scope.
/// </summary>
public sealed class BesideTheVerdictTests : IDisposable
{
    private const string Import = """
        mutation($nodes: [GraphNodeInput!]!, $relationships: [GraphRelationshipInput!]!) {
          importGraph(nodes: $nodes, relationships: $relationships) { nodesWritten } }
        """;

    private const string Adoption = "adoption { adopted jurisdictionCount since summary jurisdictions { id } ended { id } proposedIn { id } interventions { id } }";

    private readonly CuratedApp _app = new();

    public void Dispose() => _app.Dispose();

    private static IEnumerable<JsonNode> Items(JsonNode? list) => list!.AsArray().Select(n => n!);

    private static List<string> Ids(JsonNode? list) => Items(list).Select(n => (string)n["id"]!).ToList();

    [Fact]
    public async Task Evidence_of_one_intervention_credited_to_several_of_its_strategies_is_said_to_be_shared()
    {
        var data = await _app.DataAsync("""
            { whatWorked(industry: "industry:agriculture_farmwork", kinds: [TACTIC, POLICY_LEVER], first: 50) {
                strategy { id } findings { id } sharedFindings sharedWith { id } explanation } }
            """, null);
        var ranked = Items(data["whatWorked"]).ToDictionary(r => (string)r["strategy"]!["id"]!);

        // The Fair Food Program applies the monitoring tactic and the hotline lever together: its findings count for both.
        var hotline = ranked["lever:24h_complaint_hotline"];
        Assert.Contains("tactic:worker_led_monitoring", Ids(hotline["sharedWith"]));
        Assert.Equal(Ids(hotline["findings"]).Count, (int)hotline["sharedFindings"]!);
        Assert.Contains("shared evidence, not independent support", (string?)hotline["explanation"]);
        Assert.DoesNotContain("lever:24h_complaint_hotline", Ids(hotline["sharedWith"]));
        // Sharing is mutual, and a strategy sharing nothing says nothing about it.
        foreach (var (id, strategy) in ranked)
        {
            foreach (var other in Ids(strategy["sharedWith"]))
            {
                Assert.Contains(id, Ids(ranked[other]["sharedWith"]));
            }
            Assert.Equal((int)strategy["sharedFindings"]! > 0, ((string?)strategy["explanation"])!.Contains("shared evidence", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_strategy_scores_the_same_in_any_scope_that_holds_the_same_findings()
    {
        var everywhere = Items((await _app.DataAsync("{ whatWorked(first: 100) { strategy { id } score explanation industries { id } findings { id } } }", null))["whatWorked"])
            .Where(r => Items(r["industries"]).Count() == 1 && Items(r["findings"]).Any()).ToList();
        Assert.NotEmpty(everywhere);
        foreach (var strategy in everywhere)
        {
            var industry = (string)strategy["industries"]![0]!["id"]!;
            var id = (string)strategy["strategy"]!["id"]!;
            var scoped = (await _app.DataAsync($$"""{ strategyEvidence(id: "{{id}}", industry: "{{industry}}") { score findings { id } } }""", null))["strategyEvidence"]!;
            Assert.Equal(Ids(strategy["findings"]), Ids(scoped["findings"]));
            Assert.Equal((double)strategy["score"]!, (double)scoped["score"]!);
        }
    }

    [Fact]
    public async Task Adoption_says_where_and_since_when_and_never_counts_a_proposed_bill()
    {
        var nodes = new object[]
        {
            new { id = "lever:test_panic_buttons", label = "POLICY_LEVER", properties = """{"name": "Test panic buttons", "kind": "ORDINANCE"}""" },
        };
        var relationships = new object[]
        {
            Enacted("jurisdiction:us_ca", """{"status": "IN_FORCE", "year": 2020}"""),
            Enacted("jurisdiction:us_nj", """{"status": "ENACTED", "year": 2019}"""),
            Enacted("jurisdiction:us_hi", """{"status": "PROPOSED", "year": 2021}"""),
            Enacted("jurisdiction:us_co", """{"status": "STRUCK_DOWN", "year": 2017}"""),
            new { type = "APPLIES", from = "intervention:fair_food_program", to = "lever:test_panic_buttons", properties = (string?)null },
        };
        await _app.DataAsync(Import, CuratedApp.AdminKey, new { nodes, relationships });

        var one = (await _app.DataAsync($$"""{ strategyEvidence(id: "lever:test_panic_buttons") { verdict {{Adoption}} } }""", null))["strategyEvidence"]!;
        var adoption = one["adoption"]!;

        // Enacted or in force counts; the Fair Food Program (adopted, with ADOPTION findings) adds its own places.
        Assert.Contains("jurisdiction:us_ca", Ids(adoption["jurisdictions"]));
        Assert.Contains("jurisdiction:us_nj", Ids(adoption["jurisdictions"]));
        Assert.DoesNotContain("jurisdiction:us_hi", Ids(adoption["jurisdictions"]));
        Assert.DoesNotContain("jurisdiction:us_co", Ids(adoption["jurisdictions"]));
        Assert.Equal(["jurisdiction:us_hi"], Ids(adoption["proposedIn"]));
        Assert.Equal(["jurisdiction:us_co"], Ids(adoption["ended"]));
        Assert.Equal(Ids(adoption["jurisdictions"]).Count, (int)adoption["jurisdictionCount"]!);
        Assert.Equal(["intervention:fair_food_program"], Ids(adoption["interventions"]));
        Assert.True((bool)adoption["adopted"]!);
        Assert.True((int)adoption["since"]! <= 2019);
        Assert.Contains("proposed but not enacted in 1 jurisdiction (Hawaii)", (string?)adoption["summary"]);
        Assert.Contains("struck down, preempted or repealed in 1 jurisdiction (Colorado)", (string?)adoption["summary"]);
        // The verdict comes from the program's EFFECT findings, whatever the adoption.
        var program = (await _app.DataAsync("""{ strategyEvidence(id: "intervention:fair_food_program") { verdict } }""", null))["strategyEvidence"]!;
        Assert.Equal((string?)program["verdict"], (string?)one["verdict"]);

        static object Enacted(string jurisdiction, string properties) =>
            new { type = "ENACTED_IN", from = "lever:test_panic_buttons", to = jurisdiction, properties };
    }

    [Fact]
    public async Task A_strategy_only_proposed_is_not_adopted()
    {
        var nodes = new object[]
        {
            new { id = "lever:test_bill", label = "POLICY_LEVER", properties = """{"name": "Test bill", "kind": "LAW"}""" },
        };
        var relationships = new object[]
        {
            new { type = "ENACTED_IN", from = "lever:test_bill", to = "jurisdiction:us", properties = """{"status": "PROPOSED", "year": 2019}""" },
        };
        await _app.DataAsync(Import, CuratedApp.AdminKey, new { nodes, relationships });

        var one = (await _app.DataAsync($$"""{ strategyEvidence(id: "lever:test_bill") { appliedInScope verdict {{Adoption}} } }""", null))["strategyEvidence"]!;

        Assert.False((bool)one["adoption"]!["adopted"]!);
        Assert.Empty(Ids(one["adoption"]!["jurisdictions"]));
        Assert.Null((int?)one["adoption"]!["since"]);
        Assert.Equal(["jurisdiction:us"], Ids(one["adoption"]!["proposedIn"]));
        Assert.StartsWith("Proposed but not enacted in 1 jurisdiction (United States)", (string?)one["adoption"]!["summary"]);
    }
}
