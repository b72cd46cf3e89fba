using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>The coalitions' questions through HTTP, answered from the seed graph.</summary>
public sealed class AnalysisApiTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private static IEnumerable<string?> Ids(JsonNode? list) => list!.AsArray().Select(n => (string?)n!["id"]);

    [Fact]
    public async Task What_worked_in_hotels_is_ranked_explained_and_sourced()
    {
        var data = await app.QueryAsync("""
            { whatWorked(industry: "industry:hospitality_hotels_casinos", first: 20) {
                strategy { id } kind score confidence verdict explanation effects { total }
                industries { id } findings { id evidenceKind sources { nodes { url } } } } }
            """);
        var results = data["whatWorked"]!.AsArray();
        Assert.NotEmpty(results);
        var scores = results.Select(r => (double)r!["score"]!).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.Contains(results, r => (string?)r!["strategy"]!["id"] == "lever:hotel_panic_button_ordinance");
        foreach (var result in results)
        {
            Assert.Contains("industry:hospitality_hotels_casinos", Ids(result!["industries"]));
            Assert.False(string.IsNullOrWhiteSpace((string?)result["explanation"]));
            Assert.Equal((int)result["effects"]!["total"]!, result["findings"]!.AsArray().Count);
            Assert.All(result["findings"]!.AsArray(), f => Assert.All(f!["sources"]!["nodes"]!.AsArray(), s => Assert.StartsWith("http", (string?)s!["url"])));
        }
        // Panic-button laws are documented as adopted, never as measured: the answer must say so.
        var buttons = results.Single(r => (string?)r!["strategy"]!["id"] == "lever:hotel_panic_button_ordinance")!;
        Assert.Equal("ADOPTED_ONLY", (string?)buttons["verdict"]);
        Assert.Contains("no effect on harassment was measured", (string?)buttons["explanation"]);
    }

    [Fact]
    public async Task No_evidence_and_evidence_of_no_effect_stay_different_answers()
    {
        var data = await app.QueryAsync("""
            {
              all: whatWorked(first: 100, kinds: [TACTIC, POLICY_LEVER]) { strategy { id } verdict confidence explanation }
              measured: whatWorked(first: 100, includeUnevidenced: false) { verdict }
              farms: whatWorked(industry: "industry:agriculture_farmwork", first: 5) { strategy { id } verdict }
            }
            """);
        var all = data["all"]!.AsArray();
        var training = all.Single(r => (string?)r!["strategy"]!["id"] == "lever:mandatory_harassment_training")!;
        // The seed's null results on training come from narrative reviews and a running count, which cannot show an
        // absence of effect: INCONCLUSIVE (it was NO_EFFECT_FOUND), still weighed and still not NO_EVIDENCE.
        // NO_EFFECT_FOUND itself is checked on the hand-made graph of the store conformance suite.
        Assert.Equal("INCONCLUSIVE", (string?)training["verdict"]);
        Assert.True((double)training["confidence"]! > 0);
        var unmeasured = all.Where(r => (string?)r!["verdict"] == "NO_EVIDENCE").ToList();
        Assert.NotEmpty(unmeasured);
        Assert.All(unmeasured, r => Assert.Equal(0, (double)r!["confidence"]!));
        Assert.All(unmeasured, r => Assert.StartsWith("No evidence", (string?)r!["explanation"]));
        Assert.DoesNotContain(data["measured"]!.AsArray(), r => (string?)r!["verdict"] == "NO_EVIDENCE");
        Assert.Contains(data["farms"]!.AsArray(), r => (string?)r!["strategy"]!["id"] == "intervention:fair_food_program" && (string?)r["verdict"] == "WORKED");
    }

    [Fact]
    public async Task Farmwork_and_film_share_some_strategies_and_keep_others_to_themselves()
    {
        var data = await app.QueryAsync("""
            { compareStrategies(industries: ["industry:agriculture_farmwork", "industry:entertainment_film_tv"]) {
                industries { id }
                shared { id }
                strategies { strategy { id } sharedByAll usedIn { industry { id } verdict effects { total } } }
                byIndustry { industry { id } uniqueStrategies { id } outcomes { category effects { positive negative mixed noEffect } } } } }
            """);
        var comparison = data["compareStrategies"]!;
        Assert.Contains("tactic:cross_industry_coalition", Ids(comparison["shared"]));
        var byIndustry = comparison["byIndustry"]!.AsArray();
        Assert.Equal(["industry:agriculture_farmwork", "industry:entertainment_film_tv"], byIndustry.Select(p => (string?)p!["industry"]!["id"]));
        Assert.Contains("tactic:worker_led_monitoring", Ids(byIndustry[0]!["uniqueStrategies"]));
        Assert.DoesNotContain("tactic:worker_led_monitoring", Ids(byIndustry[1]!["uniqueStrategies"]));
        Assert.All(byIndustry, p => Assert.NotEmpty(p!["outcomes"]!.AsArray()));
        foreach (var strategy in comparison["strategies"]!.AsArray())
        {
            Assert.Equal((bool)strategy!["sharedByAll"]!, strategy["usedIn"]!.AsArray().Count == 2);
        }
    }

    [Fact]
    public async Task The_evidence_map_covers_every_cell_and_downloads_as_csv()
    {
        var data = await app.QueryAsync("""
            { evidenceMap(rows: TACTIC, columns: INDUSTRY) { gapCount rows { id } columns { id name } cells { row column effects { positive total } bestEvidence isGap findingIds } } }
            """);
        var map = data["evidenceMap"]!;
        var rows = map["rows"]!.AsArray().Count;
        var columns = map["columns"]!.AsArray().Count;
        var cells = map["cells"]!.AsArray();
        Assert.Equal(rows * columns, cells.Count);
        Assert.Equal(cells.Count(c => (bool)c!["isGap"]!), (int)map["gapCount"]!);
        Assert.InRange((int)map["gapCount"]!, 1, cells.Count - 1);
        var ffp = cells.Single(c => (string?)c!["row"] == "tactic:worker_led_monitoring" && (string?)c["column"] == "industry:agriculture_farmwork")!;
        Assert.True((int)ffp["effects"]!["positive"]! > 0);
        Assert.NotNull((string?)ffp["bestEvidence"]);

        var response = await app.CreateClient().GetAsync("/export/evidence-map.csv?rows=TACTIC&columns=INDUSTRY");
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');
        Assert.Equal("row_id,row_name,column_id,column_name,positive,negative,mixed,no_effect,inconclusive," +
            "effect_findings,adoption_findings,prevalence_findings,process_findings,total,best_evidence,best_design,is_gap,finding_ids,weakly_sourced", lines[0]);
        Assert.Equal(cells.Count + 1, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("tactic:worker_led_monitoring,", StringComparison.Ordinal) && l.Contains(",industry:agriculture_farmwork,"));

        var bad = await app.CreateClient().GetAsync("/export/evidence-map.csv?rows=INDUSTRY&columns=TACTIC");
        Assert.Equal(400, (int)bad.StatusCode);
        Assert.Contains("BAD_USER_INPUT", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Transfer_candidates_share_risk_factors_and_bring_new_strategies()
    {
        var data = await app.QueryAsync("""
            {
              industry: node(id: "industry:restaurants_food_service") { ... on Industry { riskFactors interventions(first: 100) { nodes { tactics { nodes { id } } policyLevers { nodes { id } } } } } }
              transferCandidates(industry: "industry:restaurants_food_service", first: 5) {
                intervention { id industries { nodes { id } } } score similarity evidence sharedRiskFactors newStrategies { id } reason findings { effect } }
            }
            """);
        var risks = data["industry"]!["riskFactors"]!.AsArray().Select(r => (string?)r).ToHashSet();
        var applied = data["industry"]!["interventions"]!["nodes"]!.AsArray()
            .SelectMany(i => Ids(i!["tactics"]!["nodes"]).Concat(Ids(i["policyLevers"]!["nodes"]))).ToHashSet();
        var candidates = data["transferCandidates"]!.AsArray();
        Assert.NotEmpty(candidates);
        Assert.Equal(candidates.Select(c => (double)c!["score"]!).OrderByDescending(s => s), candidates.Select(c => (double)c!["score"]!));
        foreach (var candidate in candidates)
        {
            Assert.NotEmpty(candidate!["sharedRiskFactors"]!.AsArray());
            Assert.All(candidate["sharedRiskFactors"]!.AsArray(), r => Assert.Contains((string?)r, risks));
            Assert.DoesNotContain("industry:restaurants_food_service", Ids(candidate["intervention"]!["industries"]!["nodes"]));
            Assert.NotEmpty(candidate["newStrategies"]!.AsArray());
            Assert.All(Ids(candidate["newStrategies"]), id => Assert.DoesNotContain(id, applied));
            Assert.All(candidate["findings"]!.AsArray(), f => Assert.Equal("POSITIVE", (string?)f!["effect"]));
        }
    }

    [Fact]
    public async Task Transfer_candidates_for_hotels_name_their_weighted_shared_factors_and_rest_on_effect_evidence()
    {
        var data = await app.QueryAsync("""
            { transferCandidates(industry: "industry:hospitality_hotels_casinos", first: 10) {
                intervention { id } score evidence distinctiveness sharedRiskFactors sharedFactors { name weight industries } reason findings { kind effect } } }
            """);
        var candidates = data["transferCandidates"]!.AsArray();
        Assert.NotEmpty(candidates);
        // Farmworkers share the hotels' immigrant workforce and isolated work, both rarer than power disparity. The
        // #MeToo wave, with its quasi-experimental reporting effect, can outrank them on evidence: ranked by score.
        var farmworkers = candidates.Single(c => (string?)c!["intervention"]!["id"] == "intervention:fair_food_program")!;
        Assert.Equal(["IMMIGRANT_WORKFORCE", "ISOLATED_WORK", "POWER_DISPARITY"], farmworkers["sharedFactors"]!.AsArray().Select(f => (string?)f!["name"]));
        var scores = candidates.Select(c => (double)c!["score"]!).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        foreach (var candidate in candidates)
        {
            Assert.NotEmpty(candidate!["findings"]!.AsArray());
            Assert.All(candidate["findings"]!.AsArray(), f => Assert.Equal(("EFFECT", "POSITIVE"), ((string?)f!["kind"], (string?)f["effect"])));
            var factors = candidate["sharedFactors"]!.AsArray();
            Assert.Equal(candidate["sharedRiskFactors"]!.AsArray().Select(n => (string?)n).Order(), factors.Select(f => (string?)f!["name"]).Order());
            var weights = factors.Select(f => (double)f!["weight"]!).ToList();
            Assert.Equal(weights.OrderByDescending(w => w), weights);
            Assert.Equal(Math.Round(weights.Sum(), 3), (double)candidate["distinctiveness"]!, 3);
            // evidence and distinctiveness are shown rounded; the score is computed before rounding.
            Assert.Equal((double)candidate["evidence"]! * (1 + (double)candidate["distinctiveness"]!), (double)candidate["score"]!, 0.01);
            Assert.All(factors, f => Assert.Contains((string)f!["name"]!, (string?)candidate["reason"]));
            // Every industry described by risk factors lists POWER_DISPARITY: sharing it says nothing.
            Assert.All(factors.Where(f => (string?)f!["name"] == "POWER_DISPARITY"), f => Assert.Equal((0.0, 11), ((double)f!["weight"]!, (int)f["industries"]!)));
        }
    }

    [Fact]
    public async Task Search_finds_arbitration_with_snippets_and_respects_labels()
    {
        var data = await app.QueryAsync("""
            {
              any: search(text: "forced arbitration", first: 10) { node { __typename id } score snippet }
              levers: search(text: "arbitration", labels: [POLICY_LEVER]) { node { __typename } }
              none: search(text: "xylophone") { node { id } }
            }
            """);
        var hits = data["any"]!.AsArray();
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains("arbitration", ((string?)h!["snippet"])!.ToLowerInvariant()));
        Assert.Equal(hits.Select(h => (double)h!["score"]!).OrderByDescending(s => s), hits.Select(h => (double)h!["score"]!));
        Assert.NotEmpty(data["levers"]!.AsArray());
        Assert.All(data["levers"]!.AsArray(), h => Assert.Equal("PolicyLever", (string?)h!["node"]!["__typename"]));
        Assert.Empty(data["none"]!.AsArray());
    }

    [Fact]
    public async Task Stats_agree_with_the_root_connections()
    {
        var data = await app.QueryAsync("""
            {
              stats { nodesByLabel { key count } findingsByEffect { key count } findingsByKind { key count } findingsByEvidenceStrength { key count } interventionsByYear { key count } interventionsByIndustry { key count } }
              findings { totalCount } interventions { totalCount } inconclusive: findings(where: { effect: [INCONCLUSIVE] }) { totalCount }
              effects: findings(where: { kind: [EFFECT] }) { totalCount }
              hotels: stats(industry: "industry:hospitality_hotels_casinos") { interventionsByIndustry { key count } }
              hotelInterventions: interventions(where: { relatedTo: ["industry:hospitality_hotels_casinos"] }) { totalCount }
            }
            """);
        int Count(JsonNode? list, string key) => (int)list!.AsArray().Single(c => (string?)c!["key"] == key)!["count"]!;
        var stats = data["stats"]!;
        Assert.Equal((int)data["findings"]!["totalCount"]!, Count(stats["nodesByLabel"], "Finding"));
        // Only EFFECT findings carry an effect: findingsByEffect sums to them, findingsByKind to every finding.
        Assert.Equal((int)data["effects"]!["totalCount"]!, stats["findingsByEffect"]!.AsArray().Sum(c => (int)c!["count"]!));
        Assert.Equal((int)data["effects"]!["totalCount"]!, Count(stats["findingsByKind"], "EFFECT"));
        Assert.Equal((int)data["findings"]!["totalCount"]!, stats["findingsByKind"]!.AsArray().Sum(c => (int)c!["count"]!));
        Assert.Equal((int)data["inconclusive"]!["totalCount"]!, Count(stats["findingsByEffect"], "INCONCLUSIVE"));
        Assert.Equal((int)data["findings"]!["totalCount"]!, stats["findingsByEvidenceStrength"]!.AsArray().Sum(c => (int)c!["count"]!));
        Assert.NotEmpty(stats["interventionsByYear"]!.AsArray());
        Assert.Equal((int)data["hotelInterventions"]!["totalCount"]!, Count(data["hotels"]!["interventionsByIndustry"], "industry:hospitality_hotels_casinos"));
    }

    [Theory]
    [InlineData("{ whatWorked(first: 101) { score } }", "BAD_USER_INPUT")]
    [InlineData("{ whatWorked(industry: \"industry:atlantis\") { score } }", "NOT_FOUND")]
    [InlineData("{ whatWorked(industry: \"org:unite_here\") { score } }", "BAD_USER_INPUT")]
    [InlineData("{ compareStrategies(industries: [\"industry:tech\"]) { shared { id } } }", "BAD_USER_INPUT")]
    [InlineData("{ transferCandidates(industry: \"industry:atlantis\") { score } }", "NOT_FOUND")]
    [InlineData("{ evidenceMap(rows: TACTIC, columns: INDUSTRY, filter: { jurisdiction: \"jurisdiction:atlantis\" }) { gapCount } }", "NOT_FOUND")]
    [InlineData("{ paths(from: \"org:unite_here\", to: \"industry:tech\", maxHops: 7) { length } }", "BAD_USER_INPUT")]
    [InlineData("{ paths(from: \"org:atlantis\", to: \"industry:tech\") { length } }", "NOT_FOUND")]
    [InlineData("{ neighborhood(id: \"org:unite_here\", depth: 4) { truncated } }", "BAD_USER_INPUT")]
    [InlineData("{ neighborhood(id: \"org:unite_here\", limit: 5000) { truncated } }", "BAD_USER_INPUT")]
    public async Task Analyses_refuse_bad_arguments_with_a_clear_code(string query, string code)
    {
        var (_, errors, _) = await app.QueryErrorsAsync(query);
        Assert.Equal(code, (string?)errors[0]!["extensions"]!["code"]);
    }

    [Fact]
    public async Task Results_resolve_their_nodes_in_batches()
    {
        app.Store.Reset();
        var data = await app.QueryAsync("""
            { whatWorked(first: 30) { strategy { id } industries { id } findings { id sources { nodes { url } } outcomes { nodes { category } } } } }
            """);
        Assert.Equal(30, data["whatWorked"]!.AsArray().Count);
        // GetNodes for the anchors is skipped (no filter), then: evidence, nodes (strategies, industries, findings), relationships.
        Assert.InRange(app.Store.Calls, 3, 5);
    }
}
