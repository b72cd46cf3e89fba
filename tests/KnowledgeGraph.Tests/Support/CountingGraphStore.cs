using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Analyses.Search;
using KnowledgeGraph.Core.Analyses.Stats;
using KnowledgeGraph.Core.Analyses.Transfer;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Traversals;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Tests.Support;

/// <summary>Passes every call to the real store and its analyses and counts them, so tests can prove batching.</summary>
public sealed class CountingGraphStore(IGraphStore inner, IGraphAnalyses analyses) : IGraphStore, IGraphAnalyses
{
    private int _calls;

    public int Calls => _calls;

    public void Reset() => Interlocked.Exchange(ref _calls, 0);

    private T Count<T>(T result)
    {
        Interlocked.Increment(ref _calls);
        return result;
    }

    public Task MigrateAsync(CancellationToken cancellationToken = default) => inner.MigrateAsync(cancellationToken);
    public Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Count(inner.GetNodesAsync(ids, cancellationToken));
    public Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) => Count(inner.ListNodesAsync(query, cancellationToken));
    public Task<IReadOnlyList<Neighbor>> GetNeighborsAsync(IReadOnlyCollection<NeighborKey> keys, CancellationToken cancellationToken = default) => Count(inner.GetNeighborsAsync(keys, cancellationToken));
    public IAsyncEnumerable<Node> ReadNodesAsync(CancellationToken cancellationToken = default) => Count(inner.ReadNodesAsync(cancellationToken));
    public IAsyncEnumerable<Edge> ReadEdgesAsync(CancellationToken cancellationToken = default) => Count(inner.ReadEdgesAsync(cancellationToken));
    public Task<WriteResult> ApplyAsync(GraphChange change, string actor, CancellationToken cancellationToken = default) => Count(inner.ApplyAsync(change, actor, cancellationToken));
    public Task<IReadOnlyList<AuditEntry>> AuditAsync(AuditQuery query, CancellationToken cancellationToken = default) => Count(inner.AuditAsync(query, cancellationToken));
    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default) => inner.GetGraphVersionAsync(cancellationToken);
    public Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default) => Count(inner.CountAsync(cancellationToken));
    public Task<IReadOnlyList<GraphPath>> PathsAsync(PathQuery query, CancellationToken cancellationToken = default) => Count(analyses.PathsAsync(query, cancellationToken));
    public Task<Subgraph> NeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default) => Count(analyses.NeighborhoodAsync(query, cancellationToken));
    public Task<IReadOnlyList<EvidenceRow>> EvidenceAsync(EvidenceFilter filter, CancellationToken cancellationToken = default) => Count(analyses.EvidenceAsync(filter, cancellationToken));
    public Task<EvidenceMap> EvidenceMapAsync(EvidenceMapQuery query, CancellationToken cancellationToken = default) => Count(analyses.EvidenceMapAsync(query, cancellationToken));
    public Task<IReadOnlyList<TransferCandidate>> TransferCandidatesAsync(string industryId, int first, CancellationToken cancellationToken = default) => Count(analyses.TransferCandidatesAsync(industryId, first, cancellationToken));
    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => Count(analyses.SearchAsync(query, cancellationToken));
    public Task<GraphStats> StatsAsync(StatsFilter filter, CancellationToken cancellationToken = default) => Count(analyses.StatsAsync(filter, cancellationToken));
}
