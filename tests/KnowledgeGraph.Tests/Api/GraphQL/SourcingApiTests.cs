using System.Text.Json.Nodes;
using KnowledgeGraph.Tests.Support;

namespace KnowledgeGraph.Tests.Api.GraphQL;

/// <summary>
/// Sources you can weigh, through HTTP on the seed: a finding resting only on the organization's own account says so in
/// every analysis that lists it, and strategies and map cells count their weakly sourced EFFECT findings.
/// </summary>
public sealed class SourcingApiTests(KnowledgeGraphApp app) : IClassFixture<KnowledgeGraphApp>
{
    // The EEOC task force's praise of the Fair Food Program, read only in the Coalition of Immokalee Workers' own account.
    private const string SelfReported = "finding:ffp_eeoc_task_force_recognition";
    private const string Fund = "intervention:fair_food_program";

    private static IEnumerable<JsonNode> Items(JsonNode? list) => list!.AsArray().Select(n => n!);

    private static void AssertSelfPublishedOnly(IEnumerable<JsonNode> findings)
    {
        var finding = findings.Single(f => (string?)f["id"] == SelfReported);
        Assert.Equal("SELF_PUBLISHED_ONLY", (string?)finding["sourcing"]);
        Assert.Contains("organization's own account", (string?)finding["sourcingNote"]);
    }

    [Fact]
    public async Task WhatWorked_flags_a_self_reported_finding_and_counts_it_for_its_strategy()
    {
        var data = await app.QueryAsync("""
            { whatWorked(kinds: [INTERVENTION], first: 100) { strategy { id } weaklySourced explanation findings { id sourcing sourcingNote } } }
            """);
        var fund = Items(data["whatWorked"]).Single(s => (string?)s["strategy"]!["id"] == Fund);

        AssertSelfPublishedOnly(Items(fund["findings"]));
        Assert.InRange((int)fund["weaklySourced"]!, 1, Items(fund["findings"]).Count());
        Assert.Contains("only on self-published or secondary sources", (string?)fund["explanation"]);
        Assert.All(Items(data["whatWorked"]), s => Assert.Equal(
            Items(s["findings"]).Count(f => (string?)f["sourcing"] is "SELF_PUBLISHED_ONLY" or "SECONDARY_ONLY"), (int)s["weaklySourced"]!));
    }

    [Fact]
    public async Task StrategyEvidence_flags_the_same_finding_with_the_same_count()
    {
        var data = await app.QueryAsync($$"""
            {
              one: strategyEvidence(id: "{{Fund}}") { weaklySourced explanation findings { id sourcing sourcingNote } }
              all: whatWorked(kinds: [INTERVENTION], first: 100) { strategy { id } weaklySourced explanation }
            }
            """);
        var one = data["one"]!;
        var ranked = Items(data["all"]).Single(s => (string?)s["strategy"]!["id"] == Fund);

        AssertSelfPublishedOnly(Items(one["findings"]));
        Assert.Equal((int)ranked["weaklySourced"]!, (int)one["weaklySourced"]!);
        Assert.Equal((string?)ranked["explanation"], (string?)one["explanation"]);
    }

    [Fact]
    public async Task The_evidence_map_flags_the_finding_and_counts_it_in_its_cell_and_csv()
    {
        var data = await app.QueryAsync("""
            { evidenceMap(rows: INTERVENTION, columns: INDUSTRY) { cells { row column weaklySourced findings { id kind sourcing sourcingNote } } } }
            """);
        var cells = Items(data["evidenceMap"]!["cells"]).ToList();
        var cell = cells.Single(c => Items(c["findings"]).Any(f => (string?)f["id"] == SelfReported));

        AssertSelfPublishedOnly(Items(cell["findings"]));
        Assert.All(cells, c => Assert.Equal(
            Items(c["findings"]).Count(f => (string?)f["kind"] == "EFFECT" && (string?)f["sourcing"] is "SELF_PUBLISHED_ONLY" or "SECONDARY_ONLY"),
            (int)c["weaklySourced"]!));

        var csv = await app.CreateClient().GetStringAsync("/export/evidence-map.csv?rows=INTERVENTION&columns=INDUSTRY");
        var line = csv.Split('\n').Single(l => l.StartsWith($"{cell["row"]},", StringComparison.Ordinal) && l.Contains($",{cell["column"]},"));
        Assert.Equal(((int)cell["weaklySourced"]!).ToString(System.Globalization.CultureInfo.InvariantCulture), line.Split(',')[^1]);
    }

    [Fact]
    public async Task CompareStrategies_transferCandidates_and_search_show_the_same_sourcing_on_their_findings()
    {
        var data = await app.QueryAsync("""
            {
              compareStrategies(industries: ["industry:agriculture_farmwork", "industry:entertainment_film_tv"]) {
                strategies { usedIn { findings { id sourcing sourcingNote } } }
                byIndustry { outcomes { findings { id sourcing sourcingNote } } } }
            }
            """);
        var others = await app.QueryAsync("""
            {
              transferCandidates(industry: "industry:restaurants_food_service", first: 5) { findings { id sourcing sourcingNote } }
              search(text: "radically different accountability mechanism", labels: [FINDING]) { node { id ... on Finding { sourcing sourcingNote } } }
            }
            """);
        // Two pages of at most 100 from either end cover every seed finding (fewer than 200).
        var all = await app.QueryAsync("{ head: findings(first: 100) { nodes { id sourcing sourcingNote } } tail: findings(last: 100) { nodes { id sourcing sourcingNote } } }");
        var truth = Items(all["head"]!["nodes"]).Concat(Items(all["tail"]!["nodes"])).DistinctBy(f => (string)f["id"]!)
            .ToDictionary(f => (string)f["id"]!, f => ((string?)f["sourcing"], (string?)f["sourcingNote"]));
        var compared = Items(data["compareStrategies"]!["strategies"]).SelectMany(s => Items(s["usedIn"])).SelectMany(u => Items(u["findings"]))
            .Concat(Items(data["compareStrategies"]!["byIndustry"]).SelectMany(i => Items(i["outcomes"])).SelectMany(o => Items(o["findings"])))
            .ToList();
        var transferred = Items(others["transferCandidates"]).SelectMany(t => Items(t["findings"])).ToList();
        var searched = Items(others["search"]).Select(h => h["node"]!).ToList();

        Assert.Contains(compared, f => (string?)f["id"] == "finding:alianza_letter_catalyzed_tuldf" && (string?)f["sourcing"] == "SELF_PUBLISHED_ONLY");
        Assert.NotEmpty(transferred);
        Assert.Contains(searched, f => (string?)f["id"] == SelfReported);
        Assert.All(compared.Concat(transferred).Concat(searched), f =>
            Assert.Equal(truth[(string)f["id"]!], ((string?)f["sourcing"], (string?)f["sourcingNote"])));
        Assert.All(truth.Values, t => Assert.Equal(t.Item1 == "PRIMARY_INDEPENDENT", t.Item2 is null));
    }

    [Fact]
    public async Task A_finding_backed_by_an_independent_primary_source_has_no_note()
    {
        // AP's own count of lawmakers who resigned or were expelled, published by AP members.
        var data = await app.QueryAsync("""
            { node(id: "finding:legislators_resigned_or_expelled") { ... on Finding { sourcing sourcingNote sources { nodes { type primary } } } } }
            """);

        Assert.Equal("PRIMARY_INDEPENDENT", (string?)data["node"]!["sourcing"]);
        Assert.Null(data["node"]!["sourcingNote"]);
        Assert.Contains(Items(data["node"]!["sources"]!["nodes"]), s => (bool?)s["primary"] == true && (string?)s["type"] != "SELF_PUBLISHED");
    }

    [Fact]
    public async Task Finding_sourcing_is_read_in_one_batched_call_for_many_findings()
    {
        await app.QueryAsync("{ __typename }");
        app.Store.Reset();
        var data = await app.QueryAsync("{ findings(first: 80) { nodes { id sourcing sourcingNote } } }");

        Assert.True(data["findings"]!["nodes"]!.AsArray().Count > 40);
        // 1 page of findings + 1 call for all their CITES relationships.
        Assert.Equal(2, app.Store.Calls);
    }
}
