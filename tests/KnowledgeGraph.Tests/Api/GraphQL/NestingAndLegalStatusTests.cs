using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>
/// Nesting jurisdictions and legal statuses through HTTP on the seed graph: a question about a state includes its
/// cities; every refused write names its rule and keeps nothing.
/// </summary>
public sealed class NestingAndLegalStatusTests : IDisposable
{
    private const string Import = """
        mutation($nodes: [GraphNodeInput!]!, $relationships: [GraphRelationshipInput!]!) {
          importGraph(nodes: $nodes, relationships: $relationships) { nodesWritten } }
        """;

    private readonly CuratedApp _app = new();

    public void Dispose() => _app.Dispose();

    private static IEnumerable<string?> StrategyIds(JsonNode list) => list.AsArray().Select(r => (string?)r!["strategy"]!["id"]);

    [Fact]
    public async Task What_worked_in_california_includes_long_beach_and_long_beach_excludes_the_state_laws()
    {
        var data = await _app.DataAsync("""
            {
              california: whatWorked(jurisdiction: "jurisdiction:us_ca", first: 100, kinds: [INTERVENTION]) { strategy { id } adoptions { id } }
              longBeach: whatWorked(jurisdiction: "jurisdiction:us_ca_long_beach", first: 100, kinds: [INTERVENTION]) { strategy { id } }
              stats(jurisdiction: "jurisdiction:us") { findingsByKind { key count } }
              all: stats { findingsByKind { key count } }
            }
            """, CuratedApp.ReaderKey);

        Assert.Contains("intervention:long_beach_measure_ww_2018", StrategyIds(data["california"]!));
        Assert.Contains("intervention:ca_sb820_stand_act_2018", StrategyIds(data["california"]!));
        var measure = data["california"]!.AsArray().Single(r => (string?)r!["strategy"]!["id"] == "intervention:long_beach_measure_ww_2018")!;
        Assert.Contains("finding:long_beach_ww_passed", measure["adoptions"]!.AsArray().Select(f => (string?)f!["id"]));
        Assert.Equal(["intervention:long_beach_measure_ww_2018"], StrategyIds(data["longBeach"]!));
        // Every seeded finding lies in exactly one outermost jurisdiction — the OECD countries (which hold the United
        // States and, through it, every state and city), the UK, Australia, Jordan or the ILO — except the four pooled
        // international reviews of bystander programs and the two findings of the VR training experiment, a laboratory
        // study whose pages name no place, which name no jurisdiction.
        static Dictionary<string, int> Counts(JsonNode stats) => stats["findingsByKind"]!.AsArray().ToDictionary(k => (string)k!["key"]!, k => (int)k!["count"]!);
        var total = Counts(data["all"]!);
        var outermost = await _app.DataAsync("""
            {
              oecd: stats(jurisdiction: "jurisdiction:oecd") { findingsByKind { key count } }
              gb: stats(jurisdiction: "jurisdiction:gb") { findingsByKind { key count } }
              au: stats(jurisdiction: "jurisdiction:au") { findingsByKind { key count } }
              jo: stats(jurisdiction: "jurisdiction:jo") { findingsByKind { key count } }
              ilo: stats(jurisdiction: "jurisdiction:ilo") { findingsByKind { key count } }
            }
            """, CuratedApp.ReaderKey);
        var parts = new[] { "oecd", "gb", "au", "jo", "ilo" }.Select(j => Counts(outermost[j]!)).ToList();
        Assert.All(total, k => Assert.Equal(k.Value - (k.Key == "EFFECT" ? 6 : 0), parts.Sum(p => p.GetValueOrDefault(k.Key))));
        var unitedStates = Counts(data["stats"]!);
        Assert.All(unitedStates, k => Assert.True(k.Value <= parts[0].GetValueOrDefault(k.Key), $"{k.Key}: the United States lies inside the OECD countries"));
    }

    [Theory]
    [InlineData("jurisdiction:us", "jurisdiction:us_ca")] // a country inside a state
    [InlineData("jurisdiction:us_ca", "jurisdiction:us_ny")] // a state inside a state
    public async Task A_part_of_that_does_not_go_to_a_larger_level_is_refused(string from, string to)
    {
        var before = await _app.Store.GetGraphVersionAsync();
        var error = await _app.ErrorAsync($$"""mutation { link(type: PART_OF, from: "{{from}}", to: "{{to}}") { graphVersion } }""", CuratedApp.CuratorKey, "BAD_USER_INPUT");
        Assert.Contains(error["extensions"]!["violations"]!.AsArray(), v => (string?)v!["rule"] == "part-of-larger" && (string?)v["id"] == $"{from}|PART_OF|{to}");
        Assert.Equal(before, await _app.Store.GetGraphVersionAsync());
    }

    [Fact]
    public async Task Changing_a_level_that_breaks_a_stored_part_of_is_refused_and_keeps_nothing()
    {
        var before = await _app.Store.GetGraphVersionAsync();
        var error = await _app.ErrorAsync("""
            mutation { updateJurisdiction(id: "jurisdiction:us_ca", version: 1, patch: { level: COUNTRY }) { level } }
            """, CuratedApp.CuratorKey, "BAD_USER_INPUT");
        var violations = error["extensions"]!["violations"]!.AsArray();
        Assert.Contains(violations, v => (string?)v!["rule"] == "part-of-larger" && (string?)v["id"] == "jurisdiction:us_ca|PART_OF|jurisdiction:us");
        Assert.Equal(before, await _app.Store.GetGraphVersionAsync());
        Assert.Equal("STATE", (await _app.Store.GetNodesAsync(["jurisdiction:us_ca"]))[0].Props["level"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"name": "X", "legalStatus": "ENACTED", "enactedOn": "2020-05", "inForceOn": "2019"}""", GraphValidator.LegalDatesOrderRule)]
    [InlineData("""{"name": "X", "legalStatus": "IN_FORCE", "proposedOn": "2021-01-02", "enactedOn": "2021-01-01"}""", GraphValidator.LegalDatesOrderRule)]
    [InlineData("""{"name": "X", "legalStatus": "ENACTED", "enactedOn": "2020", "endedOn": "2022"}""", GraphValidator.LegalEndedStatusRule)]
    [InlineData("""{"name": "X", "endedOn": "2022"}""", GraphValidator.LegalEndedStatusRule)]
    [InlineData("""{"name": "X", "legalStatus": "PROPOSED", "proposedOn": "2019", "enactedOn": "2020"}""", GraphValidator.LegalProposedDatesRule)]
    public async Task An_intervention_breaking_a_legal_status_rule_is_refused_with_its_rule(string properties, string rule)
    {
        var before = await _app.Store.GetGraphVersionAsync();
        var nodes = new object[] { new { id = "intervention:refused", label = "INTERVENTION", properties } };

        var error = await _app.ErrorAsync(Import, CuratedApp.AdminKey, "BAD_USER_INPUT", new { nodes, relationships = Array.Empty<object>() });

        Assert.Contains(error["extensions"]!["violations"]!.AsArray(), v => (string?)v!["rule"] == rule && (string?)v["id"] == "intervention:refused");
        Assert.Equal(before, await _app.Store.GetGraphVersionAsync());
        Assert.Empty(await _app.Store.GetNodesAsync(["intervention:refused"]));
    }

    [Fact]
    public async Task Partial_dates_compare_at_the_precision_both_have_and_a_valid_history_is_written()
    {
        var nodes = new object[]
        {
            new { id = "intervention:kept", label = "INTERVENTION", properties = """{"name": "X", "legalStatus": "STRUCK_DOWN", "proposedOn": "2016", "enactedOn": "2016-11-08", "inForceOn": "2016-11", "endedOn": "2018-12"}""" },
        };
        var data = await _app.DataAsync(Import, CuratedApp.AdminKey, new { nodes, relationships = Array.Empty<object>() });
        Assert.Equal(1, (int)data["importGraph"]!["nodesWritten"]!);
    }

    [Fact]
    public async Task An_enacted_in_relationship_with_dates_out_of_order_is_refused()
    {
        var before = await _app.Store.GetGraphVersionAsync();
        var error = await _app.ErrorAsync("""
            mutation { link(type: ENACTED_IN, from: "lever:state_panic_button_law", to: "jurisdiction:us_wa",
                            properties: { status: PROPOSED, proposedOn: "2019", inForceOn: "2018" }) { graphVersion } }
            """, CuratedApp.CuratorKey, "BAD_USER_INPUT");
        var violations = error["extensions"]!["violations"]!.AsArray();
        Assert.Contains(violations, v => (string?)v!["rule"] == GraphValidator.LegalDatesOrderRule);
        Assert.Contains(violations, v => (string?)v!["rule"] == GraphValidator.LegalProposedDatesRule);
        Assert.Equal(before, await _app.Store.GetGraphVersionAsync());
    }

    [Fact]
    public async Task An_adoption_finding_cannot_hang_from_a_proposed_bill()
    {
        var before = await _app.Store.GetGraphVersionAsync();
        var nodes = new object[] { new { id = "finding:bill_adopted", label = "FINDING", properties = """{"summary": "S", "kind": "ADOPTION", "evidenceStrength": "LIMITED", "evidenceKind": "ENACTMENT_ONLY"}""" } };
        var relationships = new object[]
        {
            new { type = "HAS_FINDING", from = "intervention:national_domestic_workers_bill_of_rights_2019_bill", to = "finding:bill_adopted", properties = (string?)null },
            new { type = "CITES", from = "finding:bill_adopted", to = "source:ndwa_national_bill_introduced_2019", properties = (string?)null },
        };

        var error = await _app.ErrorAsync(Import, CuratedApp.AdminKey, "BAD_USER_INPUT", new { nodes, relationships });

        var violation = error["extensions"]!["violations"]!.AsArray().Single(v => (string?)v!["rule"] == "proposed-not-adopted")!;
        Assert.Equal("intervention:national_domestic_workers_bill_of_rights_2019_bill|HAS_FINDING|finding:bill_adopted", (string?)violation["id"]);
        Assert.Contains("PROPOSED", (string?)violation["message"]);
        Assert.Equal(before, await _app.Store.GetGraphVersionAsync());
        Assert.Empty(await _app.Store.GetNodesAsync(["finding:bill_adopted"]));
    }

    [Fact]
    public async Task Setting_an_adopted_measure_back_to_proposed_is_refused_while_it_has_an_adoption_finding()
    {
        var before = await _app.Store.GetGraphVersionAsync();
        var error = await _app.ErrorAsync("""
            mutation { updateIntervention(id: "intervention:long_beach_measure_ww_2018", version: 1, patch: { legalStatus: PROPOSED, enactedOn: null }) { legalStatus } }
            """, CuratedApp.CuratorKey, "BAD_USER_INPUT");
        Assert.Contains(error["extensions"]!["violations"]!.AsArray(), v => (string?)v!["rule"] == "proposed-not-adopted"
            && (string?)v["id"] == "intervention:long_beach_measure_ww_2018|HAS_FINDING|finding:long_beach_ww_passed");
        Assert.Equal(before, await _app.Store.GetGraphVersionAsync());
        Assert.Equal("ENACTED", (await _app.Store.GetNodesAsync(["intervention:long_beach_measure_ww_2018"]))[0].Props["legalStatus"]!.GetValue<string>());
    }

    [Fact]
    public async Task Recoding_a_proposed_bills_finding_as_adoption_is_refused()
    {
        var before = await _app.Store.GetGraphVersionAsync();
        var error = await _app.ErrorAsync("""
            mutation { updateFinding(id: "finding:national_dwbor_not_enacted", version: 1, patch: { kind: ADOPTION }) { kind } }
            """, CuratedApp.CuratorKey, "BAD_USER_INPUT");
        Assert.Contains(error["extensions"]!["violations"]!.AsArray(), v => (string?)v!["rule"] == "proposed-not-adopted"
            && (string?)v["id"] == "intervention:national_domestic_workers_bill_of_rights_2019_bill|HAS_FINDING|finding:national_dwbor_not_enacted");
        Assert.Equal(before, await _app.Store.GetGraphVersionAsync());
        Assert.Equal("PROCESS", (await _app.Store.GetNodesAsync(["finding:national_dwbor_not_enacted"]))[0].Props["kind"]!.GetValue<string>());
    }
}
