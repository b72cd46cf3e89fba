using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Analyses.Search;
using KnowledgeGraph.Core.Analyses.Stats;
using KnowledgeGraph.Core.Analyses.Transfer;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using static KnowledgeGraph.Tests.Support.TestGraph;

namespace KnowledgeGraph.Tests.Stores;

// The analyses on a hand-made graph whose answers are known:
// monitoring worked on farms and in hotels (replicated); training was measured in hotels and did nothing;
// panic buttons were only enacted (an ADOPTION finding); the hotel survey has no finding at all; tech has no
// intervention (an empty column).
public abstract partial class GraphStoreConformanceTests
{
    private static JsonObject Finding(string summary, string findingKind, string? effect, string strength, string design, int year)
    {
        var props = new JsonObject { ["summary"] = summary, ["kind"] = findingKind, ["evidenceStrength"] = strength, ["evidenceKind"] = design, ["year"] = year };
        if (effect is not null)
        {
            props["effect"] = effect;
        }
        return props;
    }

    private async Task AnalysisGraphAsync()
    {
        var nodes = new List<NodeInput>
        {
            Node("industry:hotels", "Industry", new() { ["name"] = "Hotels", ["riskFactors"] = new JsonArray("ISOLATED_WORK", "CUSTOMER_FACING", "ALCOHOL") }),
            Node("industry:farms", "Industry", new() { ["name"] = "Farms", ["riskFactors"] = new JsonArray("ISOLATED_WORK", "IMMIGRANT_WORKFORCE") }),
            Node("industry:restaurants", "Industry", new() { ["name"] = "Restaurants", ["riskFactors"] = new JsonArray("CUSTOMER_FACING", "ALCOHOL", "TIPPED_WAGES") }),
            Node("industry:tech", "Industry", new() { ["name"] = "Tech" }),
            Node("tactic:monitoring", "Tactic", new() { ["name"] = "Worker-led monitoring", ["category"] = "MONITORING", ["description"] = "Workers audit their own workplaces" }),
            Node("tactic:training", "Tactic", new() { ["name"] = "Training", ["category"] = "TRAINING" }),
            Node("tactic:survey", "Tactic", new() { ["name"] = "Worker survey", ["category"] = "ORGANIZING" }),
            Node("lever:buttons", "PolicyLever", new() { ["name"] = "Panic buttons", ["kind"] = "ORDINANCE" }),
            Node("jurisdiction:chicago", "Jurisdiction", new() { ["name"] = "Chicago", ["level"] = "CITY" }),
            Node("outcome:incidence", "Outcome", new() { ["name"] = "Harassment incidence", ["category"] = "SAFETY" }),
            Node("outcome:adoption", "Outcome", new() { ["name"] = "Policy adoption", ["category"] = "POLICY_CHANGE" }),
            Node("source:s1", "Source", new() { ["title"] = "Report", ["url"] = "https://example.org/r", ["kind"] = "REPORT", ["quote"] = "assaults virtually eliminated" }),
            Node("intervention:farm_program", "Intervention", new() { ["name"] = "Farm program", ["startYear"] = 2011 }),
            Node("intervention:hotel_monitoring", "Intervention", new() { ["name"] = "Hotel monitoring", ["startYear"] = 2020 }),
            Node("intervention:hotel_training", "Intervention", new() { ["name"] = "Hotel training", ["startYear"] = 2016 }),
            Node("intervention:hotel_survey", "Intervention", new() { ["name"] = "Hotel survey", ["startYear"] = 2016 }),
            Node("intervention:chicago_buttons", "Intervention", new() { ["name"] = "Chicago buttons", ["startYear"] = 2017 }),
            Node("finding:farm_assaults", "Finding", Finding("Assaults virtually eliminated", "EFFECT", "POSITIVE", "MODERATE", "SELF_REPORTED", 2020)),
            Node("finding:hotel_monitoring", "Finding", Finding("Fewer incidents reported by housekeepers", "EFFECT", "POSITIVE", "LIMITED", "CROSS_SECTIONAL_SURVEY", 2022)),
            Node("finding:hotel_training", "Finding", Finding("Training changed nothing", "EFFECT", "NO_EFFECT", "STRONG", "RCT", 2018)),
            Node("finding:buttons_enacted", "Finding", Finding("Ordinance passed", "ADOPTION", null, "LIMITED", "ENACTMENT_ONLY", 2017)),
        };
        var edges = new List<EdgeInput>
        {
            Edge("APPLIES", "intervention:farm_program", "tactic:monitoring"),
            Edge("APPLIES", "intervention:hotel_monitoring", "tactic:monitoring"),
            Edge("APPLIES", "intervention:hotel_training", "tactic:training"),
            Edge("APPLIES", "intervention:hotel_survey", "tactic:survey"),
            Edge("APPLIES", "intervention:chicago_buttons", "lever:buttons"),
            Edge("IN_INDUSTRY", "intervention:farm_program", "industry:farms"),
            Edge("IN_INDUSTRY", "intervention:hotel_monitoring", "industry:hotels"),
            Edge("IN_INDUSTRY", "intervention:hotel_training", "industry:hotels"),
            Edge("IN_INDUSTRY", "intervention:hotel_survey", "industry:hotels"),
            Edge("IN_INDUSTRY", "intervention:chicago_buttons", "industry:hotels"),
            Edge("IN_JURISDICTION", "intervention:chicago_buttons", "jurisdiction:chicago"),
            Edge("HAS_FINDING", "intervention:farm_program", "finding:farm_assaults"),
            Edge("HAS_FINDING", "intervention:hotel_monitoring", "finding:hotel_monitoring"),
            Edge("HAS_FINDING", "intervention:hotel_training", "finding:hotel_training"),
            Edge("HAS_FINDING", "intervention:chicago_buttons", "finding:buttons_enacted"),
            Edge("ON_OUTCOME", "finding:farm_assaults", "outcome:incidence"),
            Edge("ON_OUTCOME", "finding:hotel_monitoring", "outcome:incidence"),
            Edge("ON_OUTCOME", "finding:hotel_training", "outcome:incidence"),
            Edge("ON_OUTCOME", "finding:buttons_enacted", "outcome:adoption"),
        };
        edges.AddRange(nodes.Where(n => n.Label == "Finding").Select(n => Edge("CITES", n.Id, "source:s1")));
        await Store.UpsertAsync(new GraphBatch(nodes, edges), "test");
    }

    [Fact]
    public async Task What_worked_in_hotels_tells_effect_no_effect_adoption_and_no_evidence_apart()
    {
        await AnalysisGraphAsync();
        var ranked = StrategyRanking.Rank(await Analyses.EvidenceAsync(new EvidenceFilter { IndustryIds = ["industry:hotels"] }), await Analyses.NewestFindingYearAsync());
        var verdicts = ranked.ToDictionary(r => r.SubjectId, r => r.Verdict);
        Assert.Equal(Verdict.WORKED, verdicts["tactic:monitoring"]);
        Assert.Equal(Verdict.NO_EFFECT_FOUND, verdicts["tactic:training"]);
        Assert.Equal(Verdict.ADOPTED_ONLY, verdicts["lever:buttons"]);
        Assert.Equal(Verdict.NO_EVIDENCE, verdicts["tactic:survey"]);
        Assert.Equal(Verdict.NO_EVIDENCE, verdicts["intervention:hotel_survey"]);
        Assert.DoesNotContain("intervention:farm_program", verdicts.Keys);
        Assert.Equal(["intervention:hotel_monitoring", "tactic:monitoring"], ranked.Take(2).Select(r => r.SubjectId).Order());
        Assert.Equal(["finding:hotel_monitoring"], ranked[0].FindingIds);
        var training = ranked.Single(r => r.SubjectId == "tactic:training");
        Assert.Equal(0, training.Score);
        Assert.True(training.Confidence > 0, "evidence of no effect is still evidence");
        Assert.Equal(0, ranked.Single(r => r.SubjectId == "tactic:survey").Confidence);
    }

    [Fact]
    public async Task Evidence_replicated_across_industries_scores_higher_and_filters_narrow_it()
    {
        await AnalysisGraphAsync();
        var everywhere = StrategyRanking.Rank(await Analyses.EvidenceAsync(new EvidenceFilter()), await Analyses.NewestFindingYearAsync());
        var monitoring = everywhere.Single(r => r.SubjectId == "tactic:monitoring");
        Assert.Equal(["industry:farms", "industry:hotels"], monitoring.PositiveIndustryIds);
        Assert.True(monitoring.Score > everywhere.Single(r => r.SubjectId == "intervention:farm_program").Score
            + everywhere.Single(r => r.SubjectId == "intervention:hotel_monitoring").Score - 0.0001);
        Assert.Contains("2 industries", monitoring.Explanation);

        var strong = await Analyses.EvidenceAsync(new EvidenceFilter { MinStrength = "MODERATE" });
        Assert.Equal(["finding:farm_assaults", "finding:hotel_training"], strong.Where(r => r.FindingId is not null).Select(r => r.FindingId!).Distinct().Order());
        var recent = await Analyses.EvidenceAsync(new EvidenceFilter { Since = 2021 });
        Assert.Equal(["finding:hotel_monitoring"], recent.Where(r => r.FindingId is not null).Select(r => r.FindingId!).Distinct());
        var safety = await Analyses.EvidenceAsync(new EvidenceFilter { OutcomeCategory = "POLICY_CHANGE" });
        Assert.Equal(["finding:buttons_enacted"], safety.Where(r => r.FindingId is not null).Select(r => r.FindingId!).Distinct());
        var chicago = await Analyses.EvidenceAsync(new EvidenceFilter { JurisdictionId = "jurisdiction:chicago" });
        Assert.Equal(["intervention:chicago_buttons", "lever:buttons"], chicago.Select(r => r.SubjectId).Distinct().Order());
    }

    [Fact]
    public async Task The_evidence_map_returns_every_cell_with_gaps_and_an_empty_column()
    {
        await AnalysisGraphAsync();
        var map = await Analyses.EvidenceMapAsync(new EvidenceMapQuery(MapAxis.Tactic, MapAxis.Industry, new EvidenceFilter()));
        Assert.Equal(["tactic:training", "tactic:survey", "tactic:monitoring"], map.Rows.Select(r => r.Id));
        Assert.Equal(["industry:farms", "industry:hotels", "industry:restaurants", "industry:tech"], map.Columns.Select(c => c.Id));
        Assert.Equal(12, map.Cells.Count);
        EvidenceCell Cell(string row, string column) => map.Cells.Single(c => c.RowId == row && c.ColumnId == column);
        Assert.Equal((1, 0, "MODERATE"), (Cell("tactic:monitoring", "industry:farms").Positive, Cell("tactic:monitoring", "industry:farms").NoEffect, Cell("tactic:monitoring", "industry:farms").BestStrength));
        Assert.Equal(["finding:hotel_monitoring"], Cell("tactic:monitoring", "industry:hotels").FindingIds);
        Assert.Equal((1, "STRONG"), (Cell("tactic:training", "industry:hotels").NoEffect, Cell("tactic:training", "industry:hotels").BestStrength));
        Assert.Equal(0, Cell("tactic:survey", "industry:hotels").Total);
        Assert.All(map.Cells.Where(c => c.ColumnId == "industry:tech"), c => Assert.Equal((0, null, true), (c.Total, c.BestStrength, c.IsGap)));

        Assert.Equal("RCT", Cell("tactic:training", "industry:hotels").BestDesign);
        Assert.Equal("SELF_REPORTED", Cell("tactic:monitoring", "industry:farms").BestDesign);

        // The enacted buttons are adoption, not effect: counted by kind, and the cell stays a gap.
        var byOutcome = await Analyses.EvidenceMapAsync(new EvidenceMapQuery(MapAxis.PolicyLever, MapAxis.OutcomeCategory, new EvidenceFilter()));
        Assert.Equal(GraphSchema.Enums["OutcomeCategory"].Count, byOutcome.Cells.Count);
        var adopted = byOutcome.Cells.Single(c => c.ColumnId == "POLICY_CHANGE");
        Assert.Equal((0, new FindingKindCounts(0, 1, 0, 0), true, null, null), (adopted.Positive, adopted.Kinds, adopted.IsGap, adopted.BestStrength, adopted.BestDesign));
        Assert.Equal(["finding:buttons_enacted"], adopted.FindingIds);

        var adoptionsOnly = await Analyses.EvidenceMapAsync(new EvidenceMapQuery(MapAxis.Intervention, MapAxis.Industry, new EvidenceFilter { FindingKinds = ["ADOPTION"] }));
        Assert.Equal(["finding:buttons_enacted"], adoptionsOnly.Cells.SelectMany(c => c.FindingIds));
        Assert.All(adoptionsOnly.Cells, c => Assert.True(c.IsGap));
        var rcts = await Analyses.EvidenceMapAsync(new EvidenceMapQuery(MapAxis.Tactic, MapAxis.Industry, new EvidenceFilter { Designs = ["RCT", "ENACTMENT_ONLY"] }));
        Assert.Equal(["finding:hotel_training"], rcts.Cells.SelectMany(c => c.FindingIds));
        Assert.Equal(1, rcts.Cells.Count(c => !c.IsGap));

        var filtered = await Analyses.EvidenceMapAsync(new EvidenceMapQuery(MapAxis.Intervention, MapAxis.Jurisdiction, new EvidenceFilter { MinStrength = "STRONG" }));
        Assert.All(filtered.Cells, c => Assert.Equal(0, c.Total));
    }

    [Fact]
    public async Task Transfer_candidates_come_from_similar_industries_and_bring_something_new()
    {
        await AnalysisGraphAsync();
        var restaurants = await Analyses.TransferCandidatesAsync("industry:restaurants", 10);
        // The buttons were only adopted: with no effect evidence they are no longer proposed (they used to be, on the
        // strength of a POSITIVE enactment-only finding).
        Assert.Equal(["intervention:hotel_monitoring"], restaurants.Select(c => c.InterventionId));
        Assert.All(restaurants, c => Assert.Equal(0.5, c.Similarity));
        Assert.Equal(["ALCOHOL", "CUSTOMER_FACING"], restaurants[0].SharedRiskFactors);
        // Three industries list risk factors; ALCOHOL and CUSTOMER_FACING are each in two: ln(3/2) = 0.405 each.
        Assert.Equal([new SharedRiskFactor("ALCOHOL", 0.405, 2), new SharedRiskFactor("CUSTOMER_FACING", 0.405, 2)], restaurants[0].SharedFactors);
        Assert.Equal(0.81, restaurants[0].Distinctiveness);
        Assert.Equal(Math.Round(restaurants[0].Evidence * 1.81, 3), restaurants[0].Score);
        Assert.Equal(["tactic:monitoring"], restaurants[0].NewStrategyIds);

        // Farms already applies monitoring, and the buttons, the only thing new to it, have no effect evidence;
        // tech shares no risk factor at all.
        Assert.Empty(await Analyses.TransferCandidatesAsync("industry:farms", 10));
        Assert.Empty(await Analyses.TransferCandidatesAsync("industry:tech", 10));
        Assert.Single(await Analyses.TransferCandidatesAsync("industry:restaurants", 1));
    }

    [Fact]
    public async Task Search_ranks_names_above_text_matches_and_handles_no_hits_and_operators()
    {
        await AnalysisGraphAsync();
        var hits = await Analyses.SearchAsync(new SearchQuery("monitor", [], 10));
        Assert.Equal(["intervention:hotel_monitoring", "tactic:monitoring"], hits.Take(2).Select(h => h.Node.Id).Order());
        Assert.Contains("«", hits[0].Snippet);
        Assert.Equal(["source:s1"], (await Analyses.SearchAsync(new SearchQuery("virtually eliminated", ["Source"], 10))).Select(h => h.Node.Id));
        Assert.Empty(await Analyses.SearchAsync(new SearchQuery("zebra", [], 10)));
        Assert.Empty(await Analyses.SearchAsync(new SearchQuery("\" OR * NEAR(", [], 10)));
        Assert.Empty(await Analyses.SearchAsync(new SearchQuery("  ", [], 10)));
    }

    [Fact]
    public async Task Prevalence_process_and_inconclusive_findings_never_make_a_strategy_work()
    {
        await AnalysisGraphAsync();
        var extra = new List<NodeInput>
        {
            Node("finding:hotel_prevalence", "Finding", Finding("58% harassed by a guest", "PREVALENCE", null, "LIMITED", "CROSS_SECTIONAL_SURVEY", 2016)),
            Node("finding:hotel_calls", "Finding", Finding("120 calls answered", "PROCESS", null, "LIMITED", "SELF_REPORTED", 2017)),
            Node("finding:buttons_trend", "Finding", Finding("Complaints fell, but so did employment", "EFFECT", "INCONCLUSIVE", "LIMITED", "ADMINISTRATIVE", 2019)),
        };
        var edges = new List<EdgeInput>
        {
            Edge("DESCRIBES", "finding:hotel_prevalence", "industry:hotels"),
            Edge("HAS_FINDING", "intervention:hotel_survey", "finding:hotel_calls"),
            Edge("HAS_FINDING", "intervention:chicago_buttons", "finding:buttons_trend"),
        };
        edges.AddRange(extra.Select(n => Edge("ON_OUTCOME", n.Id, "outcome:incidence")));
        edges.AddRange(extra.Select(n => Edge("CITES", n.Id, "source:s1")));
        await Store.UpsertAsync(new GraphBatch(extra, edges), "test");

        var ranked = StrategyRanking.Rank(await Analyses.EvidenceAsync(new EvidenceFilter { IndustryIds = ["industry:hotels"] }), await Analyses.NewestFindingYearAsync()).ToDictionary(r => r.SubjectId);
        var survey = ranked["tactic:survey"];
        // A PREVALENCE finding describes the industry, not the survey: no strategy has it.
        Assert.Equal((Verdict.NO_EVIDENCE, 0.0, 0.0, new FindingKindCounts(0, 0, 0, 1)), (survey.Verdict, survey.Score, survey.Confidence, survey.Kinds));
        Assert.Empty(survey.FindingIds);
        var buttons = ranked["lever:buttons"];
        Assert.Equal((Verdict.INCONCLUSIVE, 0.0), (buttons.Verdict, buttons.Score));
        Assert.True(buttons.Confidence > 0, "an inconclusive finding is still looked-at evidence");
        Assert.Equal(["finding:buttons_enacted"], buttons.AdoptionFindingIds);
        Assert.Equal(new EffectCounts(0, 0, 0, 0, 1), buttons.Effects);

        var map = await Analyses.EvidenceMapAsync(new EvidenceMapQuery(MapAxis.Tactic, MapAxis.Industry, new EvidenceFilter()));
        var surveyCell = map.Cells.Single(c => c.RowId == "tactic:survey" && c.ColumnId == "industry:hotels");
        Assert.Equal((true, 1, new FindingKindCounts(0, 0, 0, 1), null), (surveyCell.IsGap, surveyCell.Total, surveyCell.Kinds, surveyCell.BestDesign));

        var stats = await Analyses.StatsAsync(new StatsFilter());
        Assert.Equal(new Dictionary<string, long> { ["ADOPTION"] = 1, ["EFFECT"] = 4, ["PREVALENCE"] = 1, ["PROCESS"] = 1 }, stats.FindingsByKind);
        Assert.Equal(4, stats.FindingsByEffect.Values.Sum());
        Assert.Equal(1, (await Analyses.StatsAsync(new StatsFilter { IndustryId = "industry:hotels" })).FindingsByKind["PREVALENCE"]);
        Assert.False((await Analyses.StatsAsync(new StatsFilter { IndustryId = "industry:farms" })).FindingsByKind.ContainsKey("PREVALENCE"));
    }

    [Fact]
    public async Task Stats_count_nodes_findings_and_interventions_within_a_filter()
    {
        await AnalysisGraphAsync();
        var all = await Analyses.StatsAsync(new StatsFilter());
        Assert.Equal(4, all.NodesByLabel["Industry"]);
        // The enacted buttons are an ADOPTION finding: counted by kind, and no longer as a POSITIVE effect.
        Assert.Equal(2, all.FindingsByEffect["POSITIVE"]);
        Assert.Equal(1, all.FindingsByEffect["NO_EFFECT"]);
        Assert.Equal(new Dictionary<string, long> { ["ADOPTION"] = 1, ["EFFECT"] = 3 }, all.FindingsByKind);
        Assert.Equal(1, all.FindingsByStrength["STRONG"]);
        Assert.Equal(2, all.InterventionsByYear[2016]);
        Assert.Equal(4, all.InterventionsByIndustry["industry:hotels"]);

        var hotels = await Analyses.StatsAsync(new StatsFilter { IndustryId = "industry:hotels", Since = 2018 });
        Assert.Equal(new Dictionary<string, long> { ["NO_EFFECT"] = 1, ["POSITIVE"] = 1 }, hotels.FindingsByEffect);
        Assert.Equal(new Dictionary<int, long> { [2020] = 1 }, hotels.InterventionsByYear);
    }
}
