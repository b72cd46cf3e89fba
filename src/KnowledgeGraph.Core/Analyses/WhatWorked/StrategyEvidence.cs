namespace KnowledgeGraph.Core.Analyses.WhatWorked;

/// <summary>
/// The evidence behind one strategy (a tactic, policy lever or intervention), scored and explained. Score, confidence,
/// verdict, effects, best strength and <see cref="FindingIds"/> come from EFFECT findings only; adoption is reported
/// beside them (<see cref="AdoptionFindingIds"/>), and <see cref="Kinds"/> counts every finding in scope by kind.
/// <see cref="WeaklySourced"/> counts the EFFECT findings that rest only on self-published or secondary sources
/// (set by <see cref="StrategySourcing.Apply"/>; it never changes the score).
/// </summary>
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
    string Explanation,
    IReadOnlyList<string> AdoptionFindingIds,
    FindingKindCounts Kinds,
    string? BestDesign,
    int WeaklySourced = 0)
{
    /// <summary>Interventions in scope with an ADOPTION finding: what <see cref="Adoption"/> reads for programs that are not legal measures.</summary>
    public IReadOnlyList<string> InterventionsWithAdoption { get; init; } = [];

    /// <summary>
    /// Other tactics and policy levers credited with some of the same EFFECT findings, because one intervention
    /// applied them together: that evidence is shared, not independent support for each (empty for interventions).
    /// </summary>
    public IReadOnlyList<string> SharedWithIds { get; init; } = [];

    /// <summary>How many of <see cref="FindingIds"/> are also credited to one of <see cref="SharedWithIds"/>.</summary>
    public int SharedFindings { get; init; }
}
