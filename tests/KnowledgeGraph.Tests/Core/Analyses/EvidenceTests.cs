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

    [Theory]
    [InlineData(new string[0], Verdict.NO_EVIDENCE)]
    [InlineData(new[] { "POSITIVE/ENACTMENT_ONLY" }, Verdict.ADOPTED_ONLY)]
    [InlineData(new[] { "POSITIVE/REVIEW", "POSITIVE/SELF_REPORTED" }, Verdict.WORKED)]
    [InlineData(new[] { "POSITIVE/ENACTMENT_ONLY", "NEGATIVE/REVIEW" }, Verdict.HARMFUL)]
    [InlineData(new[] { "NO_EFFECT/ADMINISTRATIVE" }, Verdict.NO_EFFECT_FOUND)]
    [InlineData(new[] { "POSITIVE/REVIEW", "NEGATIVE/REVIEW" }, Verdict.MIXED_EVIDENCE)]
    [InlineData(new[] { "MIXED/REVIEW" }, Verdict.MIXED_EVIDENCE)]
    public void The_verdict_reads_measured_findings_and_sets_adoptions_apart(string[] findings, Verdict expected)
    {
        var facts = findings.Select(f => f.Split('/')).Select(p => (p[0], p[1])).ToList();
        Assert.Equal(expected, Evidence.VerdictOf(facts));
    }
}
