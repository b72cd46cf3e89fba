using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// The one place where this process's writes move the graph version kept in memory: every write of the server (GraphQL
/// mutations, importGraph, seeding) goes through the registered <see cref="IGraphStore"/>, which this wraps. A committed
/// write's version is remembered at once, announced to the other replicas and told to <see cref="CommittedWrites"/>; a
/// write that fails makes memory doubtful until the store is read again, in case it committed before failing.
/// </summary>
public sealed class VersionedGraphStore : IGraphStore
{
    private readonly IGraphStore _inner;
    private readonly GraphVersions _versions;
    private readonly GraphVersionChannel? _channel;
    private readonly CommittedWrites? _writes;

    public VersionedGraphStore(IGraphStore inner, GraphVersions versions, GraphVersionChannel? channel, CommittedWrites? writes = null)
    {
        _inner = inner;
        _versions = versions;
        _channel = channel;
        _writes = writes;
        versions.WritesObserved();
    }

    /// <summary>Wraps a store with the host's version memory, channel and write listeners (for hosts that register their own store).</summary>
    public static VersionedGraphStore Over(IGraphStore inner, IServiceProvider services) =>
        new(inner, services.GetRequiredService<GraphVersions>(), services.GetService<GraphVersionChannel>(), services.GetService<CommittedWrites>());

    public async Task<WriteResult> ApplyAsync(GraphChange change, string actor, CancellationToken cancellationToken = default)
    {
        WriteResult result;
        try
        {
            result = await _inner.ApplyAsync(change, actor, cancellationToken);
        }
        catch
        {
            _versions.Doubt();
            throw;
        }
        _versions.Observe(result.GraphVersion);
        if (_channel is not null)
        {
            await _channel.PublishAsync(result.GraphVersion);
        }
        _writes?.Tell(change, result);
        return result;
    }

    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default) => _inner.GetGraphVersionAsync(cancellationToken);
    public Task MigrateAsync(CancellationToken cancellationToken = default) => _inner.MigrateAsync(cancellationToken);
    public Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => _inner.GetNodesAsync(ids, cancellationToken);
    public Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) => _inner.ListNodesAsync(query, cancellationToken);
    public Task<IReadOnlyList<Neighbor>> GetNeighborsAsync(IReadOnlyCollection<NeighborKey> keys, CancellationToken cancellationToken = default) =>
        _inner.GetNeighborsAsync(keys, cancellationToken);
    public Task<IReadOnlyList<NeighborPage>> GetNeighborPagesAsync(IReadOnlyCollection<NeighborWindow> windows, CancellationToken cancellationToken = default) =>
        _inner.GetNeighborPagesAsync(windows, cancellationToken);
    public Task<IReadOnlyDictionary<string, IReadOnlyList<AuditEntry>>> HistoriesAsync(
        IReadOnlyCollection<string> elementIds, int first, long? beforeId, CancellationToken cancellationToken = default) =>
        _inner.HistoriesAsync(elementIds, first, beforeId, cancellationToken);
    public IAsyncEnumerable<Node> ReadNodesAsync(CancellationToken cancellationToken = default) => _inner.ReadNodesAsync(cancellationToken);
    public IAsyncEnumerable<Edge> ReadEdgesAsync(CancellationToken cancellationToken = default) => _inner.ReadEdgesAsync(cancellationToken);
    public Task<IReadOnlyList<AuditEntry>> AuditAsync(AuditQuery query, CancellationToken cancellationToken = default) => _inner.AuditAsync(query, cancellationToken);
    public Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default) => _inner.CountAsync(cancellationToken);
}
