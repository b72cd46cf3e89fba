namespace KnowledgeGraph.Core.Analyses.WhatWorked;

/// <summary>
/// One (strategy, intervention, industry, finding) fact: a tactic, lever or intervention applied by an intervention
/// in an industry, with one of the intervention's findings; <see cref="FindingId"/> is null when the intervention
/// has no finding that passes the filter.
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
    IReadOnlyList<string> OutcomeCategories);
