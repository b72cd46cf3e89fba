namespace KnowledgeGraph.Core.Analyses.Transfer;

/// <summary>An intervention that worked elsewhere, in an industry with similar risk factors, whose strategies this industry has not applied.</summary>
public sealed record TransferCandidate(
    string InterventionId,
    IReadOnlyList<string> FromIndustryIds,
    IReadOnlyList<string> SharedRiskFactors,
    double Similarity,
    double Evidence,
    double Score,
    IReadOnlyList<string> PositiveFindingIds,
    IReadOnlyList<string> NewStrategyIds);
