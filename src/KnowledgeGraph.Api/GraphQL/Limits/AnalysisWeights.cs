namespace KnowledgeGraph.Api.GraphQL.Limits;

/// <summary>The fixed weights of the analyses whose cost does not follow from their arguments (see docs/security.md).</summary>
public static class AnalysisWeights
{
    public const double EvidenceMap = 2_000;
    public const double TransferCandidates = 1_000;
    public const double WhatWorked = 500;
    public const double Stats = 500;
    public const double PerComparedIndustry = 200;
}
