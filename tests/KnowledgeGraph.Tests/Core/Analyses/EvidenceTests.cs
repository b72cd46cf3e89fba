using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Tests.Core.Analyses;

public sealed class EvidenceTests
{
    [Fact]
    public void A_finding_weighs_strength_times_kind_times_recency()
    {
        Assert.Equal(1.0, Evidence.Weight(EvidenceStrengths.Strong, EvidenceKinds.Review, 2020, 2020), 9);
        Assert.Equal(0.7 * 0.8 * 0.5, Evidence.Weight(EvidenceStrengths.Moderate, EvidenceKinds.Administrative, 2010, 2020), 9);
        Assert.Equal(0.2 * 0.2, Evidence.Weight(EvidenceStrengths.Anecdotal, EvidenceKinds.EnactmentOnly, 2020, 2020), 9);
    }

    [Fact]
    public void Recency_halves_every_ten_years_and_counts_an_undated_finding_at_half()
    {
        Assert.Equal(1.0, Evidence.Recency(2024, 2024), 9);
        Assert.Equal(0.25, Evidence.Recency(2004, 2024), 9);
        Assert.Equal(1.0, Evidence.Recency(2030, 2024), 9);
        Assert.Equal(0.5, Evidence.Recency(null, 2024), 9);
    }

    [Fact]
    public void Unknown_strengths_and_kinds_weigh_nothing()
    {
        Assert.Equal(0.0, Evidence.Weight("UNKNOWN", EvidenceKinds.Review, 2020, 2020));
        Assert.Equal(0.0, Evidence.Weight(EvidenceStrengths.Strong, "UNKNOWN", 2020, 2020));
    }

    // Each finding is written kind/effect; only EFFECT findings decide, adoption is set apart, prevalence and process never count.
    [Theory]
    [InlineData(new string[0], Verdict.NO_EVIDENCE)]
    [InlineData(new[] { "ADOPTION/" }, Verdict.ADOPTED_ONLY)]
    [InlineData(new[] { "EFFECT/POSITIVE", "EFFECT/POSITIVE" }, Verdict.WORKED)]
    [InlineData(new[] { "ADOPTION/", "EFFECT/NEGATIVE" }, Verdict.HARMFUL)]
    [InlineData(new[] { "EFFECT/NO_EFFECT" }, Verdict.NO_EFFECT_FOUND)]
    [InlineData(new[] { "EFFECT/POSITIVE", "EFFECT/NEGATIVE" }, Verdict.MIXED_EVIDENCE)]
    [InlineData(new[] { "EFFECT/MIXED" }, Verdict.MIXED_EVIDENCE)]
    [InlineData(new[] { "EFFECT/INCONCLUSIVE" }, Verdict.INCONCLUSIVE)]
    [InlineData(new[] { "EFFECT/INCONCLUSIVE", "EFFECT/POSITIVE" }, Verdict.WORKED)]
    [InlineData(new[] { "PREVALENCE/", "PROCESS/" }, Verdict.NO_EVIDENCE)]
    [InlineData(new[] { "PREVALENCE/", "ADOPTION/" }, Verdict.ADOPTED_ONLY)]
    public void The_verdict_reads_effect_findings_and_sets_adoptions_apart(string[] findings, Verdict expected)
    {
        var facts = findings.Select(f => f.Split('/')).Select(p => ((string?)p[0], p[1].Length == 0 ? null : (string?)p[1])).ToList();
        Assert.Equal(expected, Evidence.VerdictOf(facts));
    }
}
