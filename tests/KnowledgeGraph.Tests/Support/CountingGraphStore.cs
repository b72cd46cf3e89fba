using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Tests.Support;

/// <summary>
/// Passes every call to the real store and its analyses and counts them, so tests can prove batching. The analyses
/// are counted through a proxy (<see cref="Analyses"/>), so a new analysis needs no change here.
/// </summary>
public sealed class CountingGraphStore : IGraphStore
{
    private readonly IGraphStore _inner;
    private int _calls;
    private int _versionReads;

    public CountingGraphStore(IGraphStore store, IGraphAnalyses analyses)
    {
        _inner = store;
        Analyses = CountingAnalyses.Wrap(analyses, () => Interlocked.Increment(ref _calls));
    }

    public IGraphAnalyses Analyses { get; }

    public int Calls => _calls;

    /// <summary>Reads of the graph version, counted apart from <see cref="Calls"/> (the batching tests count data reads).</summary>
    public int VersionReads => _versionReads;

    public void Reset()
    {
        Interlocked.Exchange(ref _calls, 0);
        Interlocked.Exchange(ref _versionReads, 0);
    }

    private T Count<T>(T result)
    {
        Interlocked.Increment(ref _calls);
        return result;
    }

    public Task MigrateAsync(CancellationToken cancellationToken = default) => _inner.MigrateAsync(cancellationToken);
    public Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => Count(_inner.GetNodesAsync(ids, cancellationToken));
    public Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) => Count(_inner.ListNodesAsync(query, cancellationToken));
    public Task<IReadOnlyList<Neighbor>> GetNeighborsAsync(IReadOnlyCollection<NeighborKey> keys, CancellationToken cancellationToken = default) => Count(_inner.GetNeighborsAsync(keys, cancellationToken));
    public Task<IReadOnlyList<NeighborPage>> GetNeighborPagesAsync(IReadOnlyCollection<NeighborWindow> windows, CancellationToken cancellationToken = default) => Count(_inner.GetNeighborPagesAsync(windows, cancellationToken));
    public Task<IReadOnlyDictionary<string, IReadOnlyList<AuditEntry>>> HistoriesAsync(IReadOnlyCollection<string> elementIds, int first, long? beforeId, CancellationToken cancellationToken = default) =>
        Count(_inner.HistoriesAsync(elementIds, first, beforeId, cancellationToken));
    public IAsyncEnumerable<Node> ReadNodesAsync(CancellationToken cancellationToken = default) => Count(_inner.ReadNodesAsync(cancellationToken));
    public IAsyncEnumerable<Edge> ReadEdgesAsync(CancellationToken cancellationToken = default) => Count(_inner.ReadEdgesAsync(cancellationToken));
    public Task<WriteResult> ApplyAsync(GraphChange change, string actor, CancellationToken cancellationToken = default) => Count(_inner.ApplyAsync(change, actor, cancellationToken));
    public Task<IReadOnlyList<AuditEntry>> AuditAsync(AuditQuery query, CancellationToken cancellationToken = default) => Count(_inner.AuditAsync(query, cancellationToken));
    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _versionReads);
        return _inner.GetGraphVersionAsync(cancellationToken);
    }
    public Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default) => Count(_inner.CountAsync(cancellationToken));
}
