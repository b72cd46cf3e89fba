using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Analysis;

// The questions the product answers, as store queries and their results.

/// <summary>Shortest simple paths between two nodes, following relationships in either direction.</summary>
public sealed record PathQuery(string FromId, string ToId, int MaxHops, IReadOnlyList<string> RelationshipTypes, int First)
{
    public const int MaxHopsLimit = 6;
    public const int MaxFirst = 50;

    /// <summary>A path from a node to itself: there is nothing to search.</summary>
    public bool IsFromNodeToItself => FromId == ToId;

    /// <summary>Throws <see cref="QueryValidationException"/> when a limit is out of range.</summary>
    public void Validate()
    {
        QueryValidationException.ThrowIfOutside(nameof(MaxHops), MaxHops, 1, MaxHopsLimit);
        QueryValidationException.ThrowIfOutside(nameof(First), First, 1, MaxFirst);
    }
}

/// <summary>A path: <c>Nodes[i]</c> and <c>Nodes[i + 1]</c> are joined by <c>Edges[i]</c>, in whichever direction the edge points.</summary>
public sealed record GraphPath(IReadOnlyList<Node> Nodes, IReadOnlyList<Edge> Edges);

/// <summary>The subgraph around a node, up to a depth, optionally only through nodes of some labels.</summary>
public sealed record NeighborhoodQuery(string Id, int Depth, IReadOnlyList<string> Labels, int Limit)
{
    public const int MaxDepth = 3;
    public const int MaxLimit = 1000;

    /// <summary>Throws <see cref="QueryValidationException"/> when a limit is out of range.</summary>
    public void Validate()
    {
        QueryValidationException.ThrowIfOutside(nameof(Depth), Depth, 1, MaxDepth);
        QueryValidationException.ThrowIfOutside(nameof(Limit), Limit, 1, MaxLimit);
    }
}

/// <summary>Nodes and the edges among them, ready to draw. <see cref="Truncated"/> says the limit cut nodes off.</summary>
public sealed record Subgraph(IReadOnlyList<Node> Nodes, IReadOnlyList<Edge> Edges, bool Truncated);

/// <summary>Which findings count as evidence: scope (industries, jurisdiction, outcome category) and quality (strength, year).</summary>
public sealed record EvidenceFilter
{
    public IReadOnlyList<string> IndustryIds { get; init; } = [];
    public string? JurisdictionId { get; init; }
    public string? OutcomeCategory { get; init; }
    public string? MinStrength { get; init; }
    public int? Since { get; init; }
}

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

public enum MapAxis
{
    Tactic,
    PolicyLever,
    Intervention,
    Industry,
    OutcomeCategory,
    Jurisdiction,
}

public sealed record EvidenceMapQuery(MapAxis Rows, MapAxis Columns, EvidenceFilter Filter);

public sealed record MapHeader(string Id, string Name);

/// <summary>One cell of an evidence gap map; a cell with no finding is a gap and is returned all the same.</summary>
public sealed record EvidenceCell(string RowId, string ColumnId, int Positive, int Negative, int Mixed, int NoEffect, string? BestStrength, IReadOnlyList<string> FindingIds)
{
    public int Total => Positive + Negative + Mixed + NoEffect;
}

public sealed record EvidenceMap(IReadOnlyList<MapHeader> Rows, IReadOnlyList<MapHeader> Columns, IReadOnlyList<EvidenceCell> Cells);

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

public sealed record SearchQuery(string Text, IReadOnlyList<string> Labels, int First)
{
    public const int MaxFirst = 100;
}

public sealed record SearchHit(Node Node, double Rank, string Snippet);

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
