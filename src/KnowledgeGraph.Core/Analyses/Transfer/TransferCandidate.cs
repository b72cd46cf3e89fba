namespace KnowledgeGraph.Core.Analyses.Transfer;

/// <summary>
/// An intervention with positive EFFECT evidence elsewhere, in an industry that shares risk factors with this one,
/// whose strategies this industry has not applied. <see cref="SharedFactors"/> names the shared risk factors with
/// their distinctiveness weight, heaviest first; <see cref="Distinctiveness"/> is the sum of those weights.
/// </summary>
public sealed record TransferCandidate(
    string InterventionId,
    IReadOnlyList<string> FromIndustryIds,
    IReadOnlyList<string> SharedRiskFactors,
    double Similarity,
    double Evidence,
    double Score,
    IReadOnlyList<string> PositiveFindingIds,
    IReadOnlyList<string> NewStrategyIds)
{
    public IReadOnlyList<SharedRiskFactor> SharedFactors { get; init; } = [];

    public double Distinctiveness { get; init; }
}

/// <summary>A risk factor both industries have, weighted by how few industries have it (see <see cref="TransferRanking.FactorWeight"/>).</summary>
public sealed record SharedRiskFactor(string Name, double Weight, int Industries);
