using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>
/// The rules tying a finding's kind, effect, design and strength together, through the API: each refused write names
/// its rule and keeps nothing.
/// </summary>
public sealed class FindingRulesTests : IDisposable
{
    private const string Import = """
        mutation($nodes: [GraphNodeInput!]!, $relationships: [GraphRelationshipInput!]!) {
          importGraph(nodes: $nodes, relationships: $relationships) { nodesWritten } }
        """;

    private readonly CuratedApp _app = new();

    public void Dispose() => _app.Dispose();

    [Theory]
    [InlineData("""{"summary": "S", "kind": "EFFECT", "evidenceStrength": "LIMITED", "evidenceKind": "ADMINISTRATIVE"}""", GraphValidator.EffectIffEffectKindRule)]
    [InlineData("""{"summary": "S", "kind": "PREVALENCE", "effect": "POSITIVE", "evidenceStrength": "LIMITED", "evidenceKind": "CROSS_SECTIONAL_SURVEY"}""", GraphValidator.EffectIffEffectKindRule)]
    [InlineData("""{"summary": "S", "kind": "EFFECT", "effect": "POSITIVE", "evidenceStrength": "STRONG", "evidenceKind": "REPRESENTATIVE_SURVEY"}""", GraphValidator.StrongDesignRule)]
    [InlineData("""{"summary": "S", "kind": "EFFECT", "effect": "NO_EFFECT", "evidenceStrength": "MODERATE", "evidenceKind": "REVIEW"}""", GraphValidator.NoEffectDesignRule)]
    [InlineData("""{"summary": "S", "kind": "EFFECT", "effect": "NO_EFFECT", "evidenceStrength": "LIMITED", "evidenceKind": "ADMINISTRATIVE"}""", GraphValidator.NoEffectDesignRule)]
    [InlineData("""{"summary": "S", "kind": "PROCESS", "evidenceStrength": "LIMITED", "evidenceKind": "ENACTMENT_ONLY"}""", GraphValidator.EnactmentOnlyAdoptionRule)]
    public async Task A_finding_breaking_a_kind_rule_is_refused_with_its_rule_and_nothing_is_kept(string properties, string rule)
    {
        var before = await _app.Store.GetGraphVersionAsync();
        var nodes = new object[] { new { id = "finding:refused", label = "FINDING", properties } };
        var relationships = new object[]
        {
            new { type = "HAS_FINDING", from = "intervention:fair_food_program", to = "finding:refused", properties = (string?)null },
            new { type = "CITES", from = "finding:refused", to = "source:nwlc_about_tuldf", properties = (string?)null },
        };

        var error = await _app.ErrorAsync(Import, CuratedApp.AdminKey, "BAD_USER_INPUT", new { nodes, relationships });

        Assert.Contains(error["extensions"]!["violations"]!.AsArray(), v => (string?)v!["rule"] == rule && (string?)v["id"] == "finding:refused");
        Assert.Equal(before, await _app.Store.GetGraphVersionAsync());
        Assert.Empty(await _app.Store.GetNodesAsync(["finding:refused"]));
    }

    [Fact]
    public async Task The_same_finding_within_the_rules_is_written()
    {
        var nodes = new object[] { new { id = "finding:kept", label = "FINDING", properties = """{"summary": "S", "kind": "EFFECT", "effect": "NO_EFFECT", "evidenceStrength": "STRONG", "evidenceKind": "QUASI_EXPERIMENTAL"}""" } };
        var relationships = new object[]
        {
            new { type = "HAS_FINDING", from = "intervention:fair_food_program", to = "finding:kept", properties = (string?)null },
            new { type = "CITES", from = "finding:kept", to = "source:nwlc_about_tuldf", properties = (string?)null },
        };

        var data = await _app.DataAsync(Import, CuratedApp.AdminKey, new { nodes, relationships });

        Assert.Equal(1, (int)data["importGraph"]!["nodesWritten"]!);
    }

    [Fact]
    public async Task An_update_giving_an_adoption_an_effect_is_refused_and_changes_nothing()
    {
        var stored = (await _app.Store.GetNodesAsync(["finding:nyc_act_passed"]))[0];
        Assert.Equal("ADOPTION", (string?)stored.Props["kind"]);

        var error = await _app.ErrorAsync($$"""
            mutation { updateFinding(id: "finding:nyc_act_passed", version: {{stored.Version}}, patch: { effect: POSITIVE }) { id } }
            """, CuratedApp.CuratorKey, "BAD_USER_INPUT");

        Assert.Equal(GraphValidator.EffectIffEffectKindRule, (string?)error["extensions"]!["violations"]![0]!["rule"]);
        var after = (await _app.Store.GetNodesAsync(["finding:nyc_act_passed"]))[0];
        Assert.Equal((stored.Version, false), (after.Version, after.Props.ContainsKey("effect")));
    }
}
