namespace KnowledgeGraph.Core.Analyses.Stats;

public sealed record StatsFilter
{
    public string? IndustryId { get; init; }
    public string? JurisdictionId { get; init; }
    public int? Since { get; init; }
}

/// <summary>
/// Counts over the graph. <see cref="FindingsByEffect"/> counts EFFECT findings only (the others carry no effect);
/// <see cref="FindingsByKind"/> counts every finding by kind, so adoption and effect are counted apart.
/// </summary>
public sealed record GraphStats(
    IReadOnlyDictionary<string, long> NodesByLabel,
    IReadOnlyDictionary<string, long> FindingsByEffect,
    IReadOnlyDictionary<string, long> FindingsByStrength,
    IReadOnlyDictionary<int, long> InterventionsByYear,
    IReadOnlyDictionary<string, long> InterventionsByIndustry,
    IReadOnlyDictionary<string, long> FindingsByKind);
