namespace KnowledgeGraph.Core.Analyses.WhatWorked;

/// <summary>
/// Which findings count as evidence: scope (industries, jurisdiction, outcome category), quality (strength, year) and
/// what they are (finding kinds, study designs).
/// </summary>
public sealed record EvidenceFilter
{
    public IReadOnlyList<string> IndustryIds { get; init; } = [];
    public string? JurisdictionId { get; init; }
    public string? OutcomeCategory { get; init; }
    public string? MinStrength { get; init; }
    public int? Since { get; init; }

    /// <summary>Only findings of these kinds (EFFECT, ADOPTION, PREVALENCE, PROCESS); empty means all.</summary>
    public IReadOnlyList<string> FindingKinds { get; init; } = [];

    /// <summary>Only findings from these study designs (evidenceKind values); empty means all.</summary>
    public IReadOnlyList<string> Designs { get; init; } = [];
}
