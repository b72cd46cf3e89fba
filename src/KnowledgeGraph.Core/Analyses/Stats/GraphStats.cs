namespace KnowledgeGraph.Core.Analyses.Stats;

public sealed record StatsFilter
{
    public string? IndustryId { get; init; }
    public string? JurisdictionId { get; init; }
    public int? Since { get; init; }
}

public sealed record GraphStats(
    IReadOnlyDictionary<string, long> NodesByLabel,
    IReadOnlyDictionary<string, long> FindingsByEffect,
    IReadOnlyDictionary<string, long> FindingsByStrength,
    IReadOnlyDictionary<int, long> InterventionsByYear,
    IReadOnlyDictionary<string, long> InterventionsByIndustry);
