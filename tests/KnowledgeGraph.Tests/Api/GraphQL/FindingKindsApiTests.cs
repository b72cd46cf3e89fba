using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>
/// Every analysis over HTTP on the seed graph: only EFFECT findings make a strategy work or count as a positive
/// effect; adoption, prevalence and process findings are reported, never counted as effects.
/// </summary>
public sealed class FindingKindsApiTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    private static readonly string[] Industries =
    [
        "industry:hospitality_hotels_casinos", "industry:agriculture_farmwork", "industry:entertainment_film_tv",
        "industry:restaurants_food_service", "industry:cross_industry", "industry:government_legislatures",
    ];

    private static IEnumerable<JsonNode> Items(JsonNode? list) => list!.AsArray().Select(n => n!);

    private static int Positive(JsonNode? findings) => Items(findings).Count(f => (string?)f["kind"] == "EFFECT" && (string?)f["effect"] == "POSITIVE");

    private static void OnlyEffectsMakeItWork(JsonNode result)
    {
        Assert.All(Items(result["findings"]), f => Assert.Equal("EFFECT", (string?)f["kind"]));
        Assert.All(Items(result["adoptions"]), f => Assert.Equal("ADOPTION", (string?)f["kind"]));
        Assert.Equal(Positive(result["findings"]), (int)result["effects"]!["positive"]!);
        if ((string?)result["verdict"] == "WORKED")
        {
            Assert.True(Positive(result["findings"]) > 0, $"{result["strategy"]!["id"]} works without a positive effect finding");
        }
        if ((double)result["score"]! > 0)
        {
            Assert.NotEmpty(Items(result["findings"]));
        }
        if (!Items(result["findings"]).Any())
        {
            Assert.Equal((0.0, 0.0), ((double)result["score"]!, (double)result["confidence"]!));
            Assert.Contains((string?)result["verdict"], new[] { "ADOPTED_ONLY", "NO_EVIDENCE" });
        }
    }

    [Fact]
    public async Task What_worked_counts_only_effect_findings_everywhere_and_in_every_industry()
    {
        const string fields = "strategy { id } verdict score confidence effects { positive } findings { kind effect } adoptions { kind } findingKinds { effect adoption total }";
        var everywhere = await app.QueryAsync($"{{ whatWorked(first: 100) {{ {fields} }} }}");
        var results = Items(everywhere["whatWorked"]).ToList();
        foreach (var industry in Industries)
        {
            var data = await app.QueryAsync($$"""{ whatWorked(industry: "{{industry}}", first: 100) { {{fields}} } }""");
            results.AddRange(Items(data["whatWorked"]));
        }
        Assert.NotEmpty(results);
        Assert.All(results, OnlyEffectsMakeItWork);
        Assert.Contains(results, r => (string?)r["verdict"] == "ADOPTED_ONLY" && Items(r["adoptions"]).Any());

        // Hotels: the union's prevalence survey and the industry's own adoption figures no longer make anything work.
        var hotels = await app.QueryAsync("""{ whatWorked(industry: "industry:hospitality_hotels_casinos", first: 100) { strategy { id } verdict } }""");
        Assert.DoesNotContain(Items(hotels["whatWorked"]), r => (string?)r["verdict"] == "WORKED");
        Assert.Equal("NO_EVIDENCE", (string?)Items(hotels["whatWorked"]).Single(r => (string?)r["strategy"]!["id"] == "tactic:worker_led_survey")["verdict"]);
    }

    [Fact]
    public async Task Compare_strategies_stats_and_transfer_candidates_count_effects_apart_from_adoption()
    {
        var data = await app.QueryAsync("""
            {
              compareStrategies(industries: ["industry:hospitality_hotels_casinos", "industry:agriculture_farmwork", "industry:cross_industry"]) {
                strategies { usedIn { verdict effects { positive } findingKinds { effect adoption total } findings { kind effect } } }
                byIndustry { outcomes { effects { positive total } findingKinds { effect total } findings { kind effect } } }
              }
              stats { findingsByEffect { key count } findingsByKind { key count } }
              positive: findings(where: { kind: [EFFECT], effect: [POSITIVE] }) { totalCount }
              adoptions: findings(where: { kind: [ADOPTION] }) { totalCount }
            }
            """);
        var uses = Items(data["compareStrategies"]!["strategies"]).SelectMany(s => Items(s["usedIn"])).ToList();
        Assert.NotEmpty(uses);
        Assert.All(uses, u =>
        {
            Assert.Equal(Positive(u["findings"]), (int)u["effects"]!["positive"]!);
            Assert.Equal(Items(u["findings"]).Count(f => (string?)f["kind"] == "ADOPTION"), (int)u["findingKinds"]!["adoption"]!);
            Assert.True((string?)u["verdict"] != "WORKED" || Positive(u["findings"]) > 0);
        });
        Assert.Contains(uses, u => (int)u["findingKinds"]!["adoption"]! > 0 && (int)u["findingKinds"]!["effect"]! == 0 && (string?)u["verdict"] == "ADOPTED_ONLY");
        var outcomes = Items(data["compareStrategies"]!["byIndustry"]).SelectMany(i => Items(i["outcomes"])).ToList();
        Assert.All(outcomes, o => Assert.Equal(Positive(o["findings"]), (int)o["effects"]!["positive"]!));
        Assert.All(outcomes, o => Assert.Equal(Items(o["findings"]).Count(f => (string?)f["kind"] == "EFFECT"), (int)o["effects"]!["total"]!));

        int Count(JsonNode? list, string key) => (int)(Items(list).SingleOrDefault(c => (string?)c["key"] == key)?["count"] ?? 0);
        Assert.Equal((int)data["positive"]!["totalCount"]!, Count(data["stats"]!["findingsByEffect"], "POSITIVE"));
        Assert.Equal((int)data["adoptions"]!["totalCount"]!, Count(data["stats"]!["findingsByKind"], "ADOPTION"));

        foreach (var industry in Industries)
        {
            var transfer = await app.QueryAsync($$"""{ transferCandidates(industry: "{{industry}}", first: 100) { findings { kind effect } } }""");
            Assert.All(Items(transfer["transferCandidates"]).SelectMany(c => Items(c["findings"])),
                f => Assert.Equal(("EFFECT", "POSITIVE"), ((string?)f["kind"], (string?)f["effect"])));
        }
    }

    [Theory]
    [InlineData("TACTIC", "INDUSTRY")]
    [InlineData("POLICY_LEVER", "INDUSTRY")]
    [InlineData("INTERVENTION", "OUTCOME_CATEGORY")]
    public async Task Evidence_map_cells_count_effects_by_kind_and_are_gaps_without_an_effect_finding(string rows, string columns)
    {
        var data = await app.QueryAsync($$"""
            { evidenceMap(rows: {{rows}}, columns: {{columns}}) { gapCount
                cells { row column isGap bestDesign effects { positive total } findingKinds { effect adoption prevalence process total } findings { kind effect evidenceKind } } } }
            """);
        var cells = Items(data["evidenceMap"]!["cells"]).ToList();
        Assert.All(cells, c =>
        {
            var findings = Items(c["findings"]).ToList();
            Assert.Equal(Positive(c["findings"]), (int)c["effects"]!["positive"]!);
            Assert.Equal(findings.Count(f => (string?)f["kind"] == "EFFECT"), (int)c["findingKinds"]!["effect"]!);
            Assert.Equal(findings.Count(f => (string?)f["kind"] == "ADOPTION"), (int)c["findingKinds"]!["adoption"]!);
            Assert.Equal(findings.Count(f => (string?)f["kind"] == "PREVALENCE"), (int)c["findingKinds"]!["prevalence"]!);
            Assert.Equal(findings.Count(f => (string?)f["kind"] == "PROCESS"), (int)c["findingKinds"]!["process"]!);
            Assert.Equal(findings.Count, (int)c["findingKinds"]!["total"]!);
            Assert.Equal(findings.All(f => (string?)f["kind"] != "EFFECT"), (bool)c["isGap"]!);
            Assert.Equal((bool)c["isGap"]!, c["bestDesign"] is null);
        });
        Assert.Equal(cells.Count(c => (bool)c["isGap"]!), (int)data["evidenceMap"]!["gapCount"]!);
        Assert.Contains(cells, c => (bool)c["isGap"]! && (int)c["findingKinds"]!["adoption"]! > 0);
    }

    [Fact]
    public async Task The_map_and_its_csv_filter_by_finding_kind_and_study_design()
    {
        var data = await app.QueryAsync("""
            { evidenceMap(rows: POLICY_LEVER, columns: INDUSTRY, filter: { findingKinds: [EFFECT], designs: [SELF_REPORTED, ADMINISTRATIVE] }) {
                cells { findings { kind evidenceKind } } } }
            """);
        var findings = Items(data["evidenceMap"]!["cells"]).SelectMany(c => Items(c["findings"])).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Equal("EFFECT", (string?)f["kind"]));
        Assert.All(findings, f => Assert.Contains((string?)f["evidenceKind"], new[] { "SELF_REPORTED", "ADMINISTRATIVE" }));

        var csv = await app.CreateClient().GetStringAsync("/export/evidence-map.csv?rows=POLICY_LEVER&columns=INDUSTRY&findingKinds=ADOPTION");
        // Read from the end: names may hold quoted commas. effect, adoption, prevalence, process ... is_gap, finding_ids, weakly_sourced.
        var lines = csv.TrimEnd('\n').Split('\n').Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Contains(lines, l => l[^9] != "0");
        Assert.All(lines, l => Assert.Equal(("0", "0", "0", "true", "0"), (l[^10], l[^8], l[^7], l[^3], l[^1])));
        var bad = await app.CreateClient().GetAsync("/export/evidence-map.csv?rows=TACTIC&columns=INDUSTRY&designs=RCT,GUESSWORK");
        Assert.Equal(400, (int)bad.StatusCode);
    }

    [Fact]
    public async Task Cross_industry_laws_that_were_only_enacted_are_gaps_in_the_map()
    {
        var data = await app.QueryAsync("""
            { evidenceMap(rows: POLICY_LEVER, columns: INDUSTRY) { cells { row column isGap findingKinds { effect adoption } } } }
            """);
        var crossIndustry = Items(data["evidenceMap"]!["cells"]).Where(c => (string?)c["column"] == "industry:cross_industry").ToDictionary(c => (string)c["row"]!);
        foreach (var lever in new[] { "lever:forced_arbitration_ban", "lever:nda_ban_settlements", "lever:predispute_nda_ban", "lever:severe_or_pervasive_standard_repeal" })
        {
            var cell = crossIndustry[lever];
            Assert.True((bool)cell["isGap"]!, $"{lever} × cross-industry was only enacted, yet is not a gap");
            Assert.True((int)cell["findingKinds"]!["adoption"]! > 0, lever);
            Assert.Equal(0, (int)cell["findingKinds"]!["effect"]!);
        }
    }

    [Fact]
    public async Task Every_value_of_the_evidence_enums_is_described_for_a_legend()
    {
        var data = await app.QueryAsync("""
            { __schema { types { name enumValues { name description } } } }
            """);
        var enums = Items(data["__schema"]!["types"]).Where(t => new[] { "FindingKind", "Effect", "EvidenceKind", "EvidenceStrength", "Verdict" }.Contains((string?)t["name"])).ToList();
        Assert.Equal(5, enums.Count);
        Assert.All(enums.SelectMany(t => Items(t["enumValues"])), v => Assert.False(string.IsNullOrWhiteSpace((string?)v["description"]), (string?)v["name"]));
        Assert.Equal(["ADOPTION", "EFFECT", "PREVALENCE", "PROCESS"], Items(enums.Single(t => (string?)t["name"] == "FindingKind")["enumValues"]).Select(v => (string)v["name"]!).Order());
    }

    [Fact]
    public async Task Every_value_of_every_enum_of_the_api_is_described()
    {
        var data = await app.QueryAsync("""
            { __schema { types { name kind enumValues { name description } } } }
            """);
        var enums = Items(data["__schema"]!["types"]).Where(t => (string?)t["kind"] == "ENUM" && !((string)t["name"]!).StartsWith("__", StringComparison.Ordinal)).ToList();
        Assert.True(enums.Count >= 25, $"only {enums.Count} enums");
        Assert.Contains(enums, t => (string?)t["name"] == "LegalStatus");
        Assert.All(enums.SelectMany(t => Items(t["enumValues"]).Select(v => (Enum: (string)t["name"]!, Value: v))),
            e => Assert.False(string.IsNullOrWhiteSpace((string?)e.Value["description"]), $"{e.Enum}.{(string?)e.Value["name"]}"));
    }
}
