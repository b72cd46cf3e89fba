using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Tests.Core.Analyses;

public sealed class StrategyRankingTests
{
    private static EvidenceRow Row(string tactic, string intervention, string industry, string? finding, string? effect = null,
        string? strength = null, string? kind = null, int? year = null) =>
        new(tactic, GraphSchema.Tactic, intervention, industry, finding, effect, strength, kind, year, [],
            finding is null ? null : kind == EvidenceKinds.EnactmentOnly ? FindingKinds.Adoption : FindingKinds.Effect);

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

        var ranked = StrategyRanking.Rank(rows, null);

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

    // Both score 0 with confidence 0; the id alone used to decide, which put "nothing on record" above an enactment.
    [Fact]
    public void At_a_tie_an_adoption_on_record_ranks_before_no_evidence_and_harm_stays_last()
    {
        var rows = new[]
        {
            Row("tactic:a_none", "intervention:1", "industry:x", null),
            Row("tactic:b_harm", "intervention:2", "industry:x", "finding:2", Effects.Negative, EvidenceStrengths.Moderate, EvidenceKinds.Administrative, 2020),
            Row("tactic:z_adopted", "intervention:3", "industry:x", "finding:3", null, EvidenceStrengths.Moderate, EvidenceKinds.EnactmentOnly, 2020),
        };

        var ranked = StrategyRanking.Rank(rows, null);

        Assert.Equal(["tactic:z_adopted", "tactic:a_none", "tactic:b_harm"], ranked.Select(s => s.SubjectId));
        Assert.Equal([Verdict.ADOPTED_ONLY, Verdict.NO_EVIDENCE, Verdict.HARMFUL], ranked.Select(s => s.Verdict));
    }

    // An adoption is reported beside the verdict and never scores: it used to add strength × 0.2, which let an
    // enactment outrank a measured null result.
    [Fact]
    public void An_adoption_finding_is_reported_apart_and_never_scores()
    {
        var rows = new[] { Row("tactic:a", "intervention:1", "industry:x", "finding:1", null, EvidenceStrengths.Limited, EvidenceKinds.EnactmentOnly, 2020) };

        var only = Assert.Single(StrategyRanking.Rank(rows, null));

        Assert.Equal(Verdict.ADOPTED_ONLY, only.Verdict);
        Assert.Contains("1 adoption", only.Explanation);
        Assert.DoesNotContain("positive", only.Explanation);
        Assert.Equal((0.0, 0.0), (only.Score, only.Confidence));
        Assert.Equal(["finding:1"], only.AdoptionFindingIds);
        Assert.Empty(only.FindingIds);
        Assert.Equal(new FindingKindCounts(0, 1, 0, 0), only.Kinds);
    }

    [Fact]
    public void Prevalence_and_process_findings_never_count_and_inconclusive_weighs_without_a_sign()
    {
        EvidenceRow Kinded(string finding, string findingKind, string? effect) =>
            new("tactic:a", GraphSchema.Tactic, "intervention:1", "industry:x", finding, effect, EvidenceStrengths.Moderate, EvidenceKinds.Administrative, 2020, [], findingKind);
        var rows = new[]
        {
            Kinded("finding:1", FindingKinds.Prevalence, null),
            Kinded("finding:2", FindingKinds.Process, null),
            Kinded("finding:3", FindingKinds.Effect, Effects.Inconclusive),
        };

        var only = Assert.Single(StrategyRanking.Rank(rows, null));

        Assert.Equal(Verdict.INCONCLUSIVE, only.Verdict);
        Assert.Equal(0, only.Score);
        Assert.Equal(Math.Round(0.7 * 0.8, 3), only.Confidence);
        Assert.Equal(["finding:3"], only.FindingIds);
        Assert.Empty(only.PositiveIndustryIds);
        Assert.Equal(new FindingKindCounts(1, 0, 1, 1), only.Kinds);
        Assert.Contains("1 prevalence, 1 process", only.Explanation);
    }
}
