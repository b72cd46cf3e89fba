namespace KnowledgeGraph.Core.Analyses.WhatWorked;

/// <summary>
/// One (strategy, intervention, industry, finding) fact: a tactic, lever or intervention applied by an intervention
/// in an industry, with one of the intervention's findings; <see cref="FindingId"/> is null when the intervention
/// has no finding that passes the filter. <see cref="Kind"/> is the study design (evidenceKind) and
/// <see cref="FindingKind"/> what the finding is about (EFFECT, ADOPTION, PREVALENCE, PROCESS); only EFFECT findings
/// carry an <see cref="Effect"/>.
/// </summary>
public sealed record EvidenceRow(
    string SubjectId,
    string SubjectLabel,
    string InterventionId,
    string? IndustryId,
    string? FindingId,
    string? Effect,
    string? Strength,
    string? Kind,
    int? Year,
    IReadOnlyList<string> OutcomeCategories,
    string? FindingKind = null)
{
    /// <summary>True for a finding about a change in an outcome: the only kind that counts toward a verdict or score.</summary>
    public bool IsEffect => FindingKind == Graph.FindingKinds.Effect;
}
