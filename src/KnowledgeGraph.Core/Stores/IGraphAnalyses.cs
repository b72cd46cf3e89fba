using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Analyses.Search;
using KnowledgeGraph.Core.Analyses.Stats;
using KnowledgeGraph.Core.Analyses.Transfer;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Traversals;

namespace KnowledgeGraph.Core.Stores;

/// <summary>
/// The analysis queries a store answers. Each gathers in one or a few store calls what a store-independent part of
/// Core then searches, scores or shapes: <c>PathFinder</c> for paths, <c>Neighborhood</c> for the walk,
/// <c>StrategyRanking</c> and <c>Evidence</c> for the evidence rows, <c>EvidenceMaps</c> for the map's headers and
/// gaps, <c>TransferRanking</c> for transfer candidates.
/// </summary>
public interface IGraphAnalyses
{
    /// <summary>
    /// The shortest simple paths between two nodes (shortest first), following edges in either direction; the search
    /// is <c>PathFinder</c>'s, over the store's frontier queries.
    /// </summary>
    Task<IReadOnlyList<GraphPath>> PathsAsync(PathQuery query, CancellationToken cancellationToken = default);

    /// <summary>The nodes within a depth of a node (nearest first, at most the limit), and every edge among them.</summary>
    Task<Subgraph> NeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default);

    /// <summary>The evidence behind strategies: one row per (strategy, intervention, industry, finding) within the filter.</summary>
    Task<IReadOnlyList<EvidenceRow>> EvidenceAsync(EvidenceFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// The year of the newest finding in the whole graph (null when none has a year): recency is measured from it, so
    /// that a strategy with the same findings scores the same in every scope.
    /// </summary>
    Task<int?> NewestFindingYearAsync(CancellationToken cancellationToken = default);

    /// <summary>An evidence gap map: every row × column cell, counted in the store.</summary>
    Task<EvidenceMap> EvidenceMapAsync(EvidenceMapQuery query, CancellationToken cancellationToken = default);

    /// <summary>Interventions with positive findings in industries sharing risk factors with this one, not yet applied here, ranked.</summary>
    Task<IReadOnlyList<TransferCandidate>> TransferCandidatesAsync(string industryId, int first, CancellationToken cancellationToken = default);

    /// <summary>Full-text search over names, descriptions, finding summaries and source quotes, best match first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>The counts a dashboard needs, in one call.</summary>
    Task<GraphStats> StatsAsync(StatsFilter filter, CancellationToken cancellationToken = default);
}
