using KnowledgeGraph.Core.Analyses.WhatWorked;

namespace KnowledgeGraph.Tests.Stores;

public abstract partial class GraphStoreConformanceTests
{
    [Fact]
    public async Task Recency_is_measured_from_the_graphs_newest_finding_so_a_narrower_scope_keeps_the_score()
    {
        Assert.Null(await Analyses.NewestFindingYearAsync());
        await AnalysisGraphAsync();

        // The newest finding (hotel monitoring, 2022) is not on farms; the farm program's 2020 finding is two years old in every scope.
        Assert.Equal(2022, await Analyses.NewestFindingYearAsync());
        var newest = await Analyses.NewestFindingYearAsync();
        var everywhere = StrategyRanking.Rank(await Analyses.EvidenceAsync(new EvidenceFilter()), newest).Single(r => r.SubjectId == "intervention:farm_program");
        var farms = StrategyRanking.Rank(await Analyses.EvidenceAsync(new EvidenceFilter { IndustryIds = ["industry:farms"] }), newest).Single(r => r.SubjectId == "intervention:farm_program");
        Assert.Equal(everywhere.Score, farms.Score);
        Assert.Equal(Math.Round(0.7 * 0.5 * Math.Pow(0.5, 0.2), 3), farms.Score);
    }
}
