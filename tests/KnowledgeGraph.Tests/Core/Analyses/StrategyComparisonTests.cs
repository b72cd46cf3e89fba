using KnowledgeGraph.Core.Analyses.Compare;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Tests.Core.Analyses;

public sealed class StrategyComparisonTests
{
    private static EvidenceRow Row(string subject, string label, string intervention, string industry, string? finding, string? effect, params string[] categories) =>
        new(subject, label, intervention, industry, finding, effect, EvidenceStrengths.Strong, EvidenceKinds.Rct, 2020, categories,
            finding is null ? null : FindingKinds.Effect);

    [Fact]
    public void Shared_strategies_come_first_with_a_verdict_per_industry_and_each_industry_has_its_unique_ones_and_outcomes()
    {
        var rows = new[]
        {
            Row("tactic:shared", GraphSchema.Tactic, "intervention:1", "industry:x", "finding:1", Effects.Positive, "SAFETY"),
            Row("tactic:shared", GraphSchema.Tactic, "intervention:2", "industry:y", "finding:2", Effects.Negative, "REPORTING"),
            Row("tactic:only_x", GraphSchema.Tactic, "intervention:1", "industry:x", "finding:1", Effects.Positive, "SAFETY"),
            Row("intervention:1", GraphSchema.Intervention, "intervention:1", "industry:x", "finding:1", Effects.Positive, "SAFETY"),
            Row("tactic:elsewhere", GraphSchema.Tactic, "intervention:3", "industry:z", "finding:3", Effects.Positive),
        };

        var comparison = StrategyComparison.Compare(["industry:x", "industry:y"], rows);

        Assert.Equal(["tactic:shared", "tactic:only_x"], comparison.Strategies.Select(s => s.StrategyId));
        var shared = comparison.Strategies[0];
        Assert.True(shared.SharedByAll);
        Assert.Equal([("industry:x", Verdict.WORKED), ("industry:y", Verdict.HARMFUL)], shared.UsedIn.Select(u => (u.IndustryId, u.Verdict)));
        Assert.Equal(["finding:2"], shared.UsedIn[1].FindingIds);
        Assert.False(comparison.Strategies[1].SharedByAll);

        Assert.Equal(["tactic:only_x"], comparison.Industries[0].UniqueStrategyIds);
        Assert.Empty(comparison.Industries[1].UniqueStrategyIds);
        var safety = Assert.Single(comparison.Industries[0].Outcomes);
        Assert.Equal(("SAFETY", new EffectCounts(1, 0, 0, 0)), (safety.Category, safety.Effects));
        Assert.Equal("REPORTING", Assert.Single(comparison.Industries[1].Outcomes).Category);
    }
}
