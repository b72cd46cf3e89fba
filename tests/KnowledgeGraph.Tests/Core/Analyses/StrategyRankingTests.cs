using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Tests.Core.Analyses;

public sealed class StrategyRankingTests
{
    private static EvidenceRow Row(string tactic, string intervention, string industry, string? finding, string? effect = null,
        string? strength = null, string? kind = null, int? year = null) =>
        new(tactic, GraphSchema.Tactic, intervention, industry, finding, effect, strength, kind, year, []);

    [Fact]
    public void Strategies_rank_by_signed_weighted_evidence_with_a_bonus_for_replication()
    {
        var rows = new[]
        {
            Row("tactic:a", "intervention:1", "industry:x", "finding:1", Effects.Positive, EvidenceStrengths.Strong, EvidenceKinds.Review, 2020),
            Row("tactic:a", "intervention:2", "industry:y", "finding:2", Effects.Positive, EvidenceStrengths.Moderate, EvidenceKinds.Administrative, 2010),
            Row("tactic:b", "intervention:3", "industry:x", "finding:3", Effects.Negative, EvidenceStrengths.Strong, EvidenceKinds.Review, 2020),
            Row("tactic:c", "intervention:4", "industry:x", null),
        };

        var ranked = StrategyRanking.Rank(rows);

        Assert.Equal(["tactic:a", "tactic:c", "tactic:b"], ranked.Select(s => s.SubjectId));
        var a = ranked[0];
        // (1.0 + 0.7 × 0.8 × 0.5) × (1 + 0.2 × 1 extra positive industry)
        Assert.Equal(Math.Round((1.0 + 0.28) * 1.2, 3), a.Score);
        Assert.Equal(1.28, a.Confidence);
        Assert.Equal(Verdict.WORKED, a.Verdict);
        Assert.Equal(new EffectCounts(2, 0, 0, 0), a.Effects);
        Assert.Equal(EvidenceStrengths.Strong, a.BestStrength);
        Assert.Equal(2020, a.NewestYear);
        Assert.Equal(["industry:x", "industry:y"], a.PositiveIndustryIds);
        Assert.Equal(["finding:1", "finding:2"], a.FindingIds);
        Assert.Contains("replication × 1.2", a.Explanation);

        Assert.Equal(-1.0, ranked[2].Score);
        Assert.Equal(Verdict.HARMFUL, ranked[2].Verdict);
        Assert.Equal(0, ranked[1].Score);
        Assert.Equal(Verdict.NO_EVIDENCE, ranked[1].Verdict);
        Assert.StartsWith("No evidence", ranked[1].Explanation);
    }

    [Fact]
    public void A_positive_enactment_only_finding_is_explained_as_an_adoption()
    {
        var rows = new[] { Row("tactic:a", "intervention:1", "industry:x", "finding:1", Effects.Positive, EvidenceStrengths.Limited, EvidenceKinds.EnactmentOnly, 2020) };

        var only = Assert.Single(StrategyRanking.Rank(rows));

        Assert.Equal(Verdict.ADOPTED_ONLY, only.Verdict);
        Assert.Contains("1 adoption only", only.Explanation);
        Assert.DoesNotContain("1 positive", only.Explanation);
        Assert.Equal(Math.Round(0.4 * 0.2, 3), only.Score);
    }
}
