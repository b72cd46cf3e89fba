using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Tests.Core.Analyses;

public sealed class OneStrategyTests
{
    private static EvidenceRow Row(string tactic, string intervention, string? finding, string findingKind, string? effect, int year) =>
        new(tactic, GraphSchema.Tactic, intervention, "industry:x", finding, effect, EvidenceStrengths.Moderate, EvidenceKinds.Administrative, year, [], findingKind);

    [Fact]
    public void One_strategy_is_scored_against_the_whole_scope_and_lists_each_kind_apart()
    {
        var rows = new[]
        {
            Row("tactic:a", "intervention:1", "finding:effect", FindingKinds.Effect, Effects.Positive, 2010),
            Row("tactic:a", "intervention:1", "finding:prevalence", FindingKinds.Prevalence, null, 2010),
            Row("tactic:a", "intervention:1", "finding:process", FindingKinds.Process, null, 2010),
            Row("tactic:a", "intervention:1", "finding:adoption", FindingKinds.Adoption, null, 2010),
            Row("tactic:b", "intervention:2", "finding:newer", FindingKinds.Effect, Effects.Positive, 2024),
        };

        // Recency is measured from the graph's newest finding (2024), so the scope does not change the score.
        var one = OneStrategy.Of("tactic:a", GraphSchema.Tactic, rows, 2024);

        var ranked = StrategyRanking.Rank(rows, 2024).Single(s => s.SubjectId == "tactic:a");
        Assert.Equal((ranked.Verdict, ranked.Score, ranked.Confidence, ranked.Explanation), (one.Evidence.Verdict, one.Evidence.Score, one.Evidence.Confidence, one.Evidence.Explanation));
        Assert.Equal(StrategyRanking.Rank(rows.Take(4).ToList(), 2024).Single().Score, one.Evidence.Score);
        Assert.Equal(Math.Round(0.7 * 0.8 * Math.Pow(0.5, 1.4), 3), one.Evidence.Score); // MODERATE × ADMINISTRATIVE × 14 years old
        Assert.True(one.AppliedInScope);
        Assert.Equal(Verdict.WORKED, one.Evidence.Verdict);
        Assert.Equal(["finding:effect"], one.Evidence.FindingIds);
        Assert.Equal(["finding:adoption"], one.Evidence.AdoptionFindingIds);
        Assert.Equal(["finding:prevalence"], one.PrevalenceFindingIds);
        Assert.Equal(["finding:process"], one.ProcessFindingIds);
    }

    [Fact]
    public void A_strategy_without_rows_in_scope_is_not_applied_and_has_no_evidence()
    {
        var one = OneStrategy.Of("tactic:z", GraphSchema.Tactic, [Row("tactic:a", "intervention:1", null, FindingKinds.Effect, null, 2010)], null);

        Assert.False(one.AppliedInScope);
        Assert.Equal((Verdict.NO_EVIDENCE, 0.0), (one.Evidence.Verdict, one.Evidence.Score));
        Assert.Empty(one.Evidence.InterventionIds);
        Assert.StartsWith("Not applied in this scope", one.Evidence.Explanation);
    }
}
