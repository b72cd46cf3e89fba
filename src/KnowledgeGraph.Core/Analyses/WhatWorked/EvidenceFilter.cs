namespace KnowledgeGraph.Core.Analyses.WhatWorked;

/// <summary>Which findings count as evidence: scope (industries, jurisdiction, outcome category) and quality (strength, year).</summary>
public sealed record EvidenceFilter
{
    public IReadOnlyList<string> IndustryIds { get; init; } = [];
    public string? JurisdictionId { get; init; }
    public string? OutcomeCategory { get; init; }
    public string? MinStrength { get; init; }
    public int? Since { get; init; }
}
