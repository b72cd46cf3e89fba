using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>
/// A PREVALENCE finding describes industries and jurisdictions and belongs to no intervention, through the API on the
/// seed: each refused write names its rule and keeps nothing.
/// </summary>
public sealed class PrevalenceRulesTests : IDisposable
{
    private const string Import = """
        mutation($nodes: [GraphNodeInput!]!, $relationships: [GraphRelationshipInput!]!) {
          importGraph(nodes: $nodes, relationships: $relationships) { nodesWritten relationshipsWritten } }
        """;

    private const string Prevalence = """{"summary": "58% harassed", "kind": "PREVALENCE", "evidenceStrength": "LIMITED", "evidenceKind": "CROSS_SECTIONAL_SURVEY"}""";

    // Seed facts: a prevalence finding describing domestic work and the US, and an effect finding of the Fair Food Program.
    private const string SeedPrevalence = "finding:home_economics_abuse_documented";
    private const string SeedEffect = "finding:ffp_assault_virtually_eliminated";

    private readonly CuratedApp _app = new();

    public void Dispose() => _app.Dispose();

    private static object Rel(string type, string from, string to) => new { type, from, to, properties = (string?)null };

    private static object[] Cited(string finding) => [Rel("CITES", finding, "source:nwlc_about_tuldf"), Rel("ON_OUTCOME", finding, "outcome:harassment_documented")];

    private async Task<long> VersionAsync() => await _app.Store.GetGraphVersionAsync();

    private async Task<long> NodeVersionAsync(string id) => (await _app.Store.GetNodesAsync([id]))[0].Version;

    private static void AssertRule(JsonNode error, string rule, string id) =>
        Assert.Contains(error["extensions"]!["violations"]!.AsArray(), v => (string?)v!["rule"] == rule && (string?)v["id"] == id);

    [Fact]
    public async Task A_new_prevalence_finding_had_by_an_intervention_and_describing_nothing_is_refused_and_nothing_is_kept()
    {
        var before = await VersionAsync();
        var nodes = new object[] { new { id = "finding:survey", label = "FINDING", properties = Prevalence } };
        var relationships = Cited("finding:survey").Append(Rel("HAS_FINDING", "intervention:fair_food_program", "finding:survey")).ToArray();

        var error = await _app.ErrorAsync(Import, CuratedApp.AdminKey, "BAD_USER_INPUT", new { nodes, relationships });

        AssertRule(error, GraphValidator.PrevalenceNotOfInterventionRule, "intervention:fair_food_program|HAS_FINDING|finding:survey");
        AssertRule(error, GraphValidator.PrevalenceDescribesRule, "finding:survey");
        Assert.Equal(before, await VersionAsync());
        Assert.Empty(await _app.Store.GetNodesAsync(["finding:survey"]));
    }

    [Fact]
    public async Task A_prevalence_finding_that_describes_an_industry_is_written_and_read_from_the_industry()
    {
        var nodes = new object[] { new { id = "finding:survey", label = "FINDING", properties = Prevalence } };
        var relationships = Cited("finding:survey").Append(Rel("DESCRIBES", "finding:survey", "industry:domestic_work")).ToArray();

        var written = await _app.DataAsync(Import, CuratedApp.AdminKey, new { nodes, relationships });

        Assert.Equal(1, (int)written["importGraph"]!["nodesWritten"]!);
        var read = await _app.DataAsync("""
            { node(id: "industry:domestic_work") { ... on Industry { prevalence { nodes { id } } } } }
            """, null);
        Assert.Equal([SeedPrevalence, "finding:seattle_domestic_workers_17pct_sexual_harassment", "finding:survey"], read["node"]!["prevalence"]!["nodes"]!.AsArray().Select(f => (string)f!["id"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Describes_from_a_finding_that_is_not_prevalence_is_refused()
    {
        var before = await VersionAsync();

        var error = await _app.ErrorAsync($$"""mutation { link(type: DESCRIBES, from: "{{SeedEffect}}", to: "industry:agriculture_farmwork") { graphVersion } }""",
            CuratedApp.CuratorKey, "BAD_USER_INPUT");

        AssertRule(error, GraphValidator.DescribesFromPrevalenceRule, $"{SeedEffect}|DESCRIBES|industry:agriculture_farmwork");
        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task An_intervention_cannot_take_a_prevalence_finding()
    {
        var before = await VersionAsync();

        var error = await _app.ErrorAsync($$"""mutation { link(type: HAS_FINDING, from: "intervention:fair_food_program", to: "{{SeedPrevalence}}") { graphVersion } }""",
            CuratedApp.CuratorKey, "BAD_USER_INPUT");

        AssertRule(error, GraphValidator.PrevalenceNotOfInterventionRule, $"intervention:fair_food_program|HAS_FINDING|{SeedPrevalence}");
        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task A_prevalence_finding_keeps_its_last_description()
    {
        await _app.DataAsync($$"""mutation { unlink(type: DESCRIBES, from: "{{SeedPrevalence}}", to: "jurisdiction:us") { graphVersion } }""", CuratedApp.CuratorKey);
        var before = await VersionAsync();

        var error = await _app.ErrorAsync($$"""mutation { unlink(type: DESCRIBES, from: "{{SeedPrevalence}}", to: "industry:domestic_work") { graphVersion } }""",
            CuratedApp.CuratorKey, "BAD_USER_INPUT");

        AssertRule(error, GraphValidator.PrevalenceDescribesRule, SeedPrevalence);
        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task Deleting_the_only_industry_a_prevalence_finding_describes_is_refused_even_with_cascade()
    {
        await _app.DataAsync("""mutation { createIndustry(input: { id: "industry:night_cleaning", name: "Janitorial work" }) { id } }""", CuratedApp.CuratorKey);
        var nodes = new object[] { new { id = "finding:janitors", label = "FINDING", properties = Prevalence } };
        var relationships = Cited("finding:janitors").Append(Rel("DESCRIBES", "finding:janitors", "industry:night_cleaning")).ToArray();
        await _app.DataAsync(Import, CuratedApp.AdminKey, new { nodes, relationships });
        var before = await VersionAsync();

        var error = await _app.ErrorAsync("""mutation { deleteIndustry(id: "industry:night_cleaning", version: 1, cascade: true) { removedIds } }""",
            CuratedApp.AdminKey, "BAD_USER_INPUT");

        AssertRule(error, GraphValidator.PrevalenceDescribesRule, "finding:janitors");
        Assert.Equal(before, await VersionAsync());
        Assert.Single(await _app.Store.GetNodesAsync(["industry:night_cleaning"]));
    }

    [Fact]
    public async Task A_finding_had_by_an_intervention_does_not_become_prevalence()
    {
        var version = await NodeVersionAsync(SeedEffect);
        var before = await VersionAsync();

        var error = await _app.ErrorAsync($$"""
            mutation { updateFinding(id: "{{SeedEffect}}", version: {{version}}, patch: { kind: PREVALENCE, effect: null }) { id } }
            """, CuratedApp.CuratorKey, "BAD_USER_INPUT");

        AssertRule(error, GraphValidator.PrevalenceNotOfInterventionRule, SeedEffect);
        AssertRule(error, GraphValidator.PrevalenceDescribesRule, SeedEffect);
        Assert.Equal(before, await VersionAsync());
        Assert.Equal("EFFECT", (string?)(await _app.Store.GetNodesAsync([SeedEffect]))[0].Props["kind"]);
    }

    [Fact]
    public async Task A_prevalence_finding_that_still_describes_does_not_become_another_kind()
    {
        var version = await NodeVersionAsync(SeedPrevalence);
        var before = await VersionAsync();

        var error = await _app.ErrorAsync($$"""
            mutation { updateFinding(id: "{{SeedPrevalence}}", version: {{version}}, patch: { kind: PROCESS }) { id } }
            """, CuratedApp.CuratorKey, "BAD_USER_INPUT");

        AssertRule(error, GraphValidator.DescribesFromPrevalenceRule, SeedPrevalence);
        Assert.Equal(before, await VersionAsync());
    }

    [Fact]
    public async Task An_effect_finding_becomes_prevalence_once_no_intervention_has_it_and_it_describes_an_industry_in_the_same_write()
    {
        var stored = (await _app.Store.GetNodesAsync([SeedEffect]))[0];
        await _app.DataAsync($$"""mutation { unlink(type: HAS_FINDING, from: "intervention:fair_food_program", to: "{{SeedEffect}}") { graphVersion } }""", CuratedApp.CuratorKey);
        var props = (JsonObject)stored.Props.DeepClone();
        props["kind"] = "PREVALENCE";
        props.Remove("effect");
        var nodes = new object[] { new { id = SeedEffect, label = "FINDING", properties = props.ToJsonString() } };

        await _app.DataAsync(Import, CuratedApp.AdminKey, new { nodes, relationships = new[] { Rel("DESCRIBES", SeedEffect, "industry:agriculture_farmwork") } });

        var read = await _app.DataAsync($$"""{ node(id: "{{SeedEffect}}") { ... on Finding { kind intervention { id } describes { nodes { id } } } } }""", null);
        Assert.Equal("PREVALENCE", (string?)read["node"]!["kind"]);
        Assert.Null(read["node"]!["intervention"]);
        Assert.Equal("industry:agriculture_farmwork", (string?)read["node"]!["describes"]!["nodes"]![0]!["id"]);
    }
}
