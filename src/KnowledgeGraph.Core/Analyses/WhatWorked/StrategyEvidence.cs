namespace KnowledgeGraph.Core.Analyses.WhatWorked;

/// <summary>The evidence behind one strategy (a tactic, policy lever or intervention), scored and explained.</summary>
public sealed record StrategyEvidence(
    string SubjectId,
    string SubjectLabel,
    double Score,
    double Confidence,
    Verdict Verdict,
    EffectCounts Effects,
    string? BestStrength,
    int? NewestYear,
    IReadOnlyList<string> IndustryIds,
    IReadOnlyList<string> PositiveIndustryIds,
    IReadOnlyList<string> InterventionIds,
    IReadOnlyList<string> FindingIds,
    string Explanation);
