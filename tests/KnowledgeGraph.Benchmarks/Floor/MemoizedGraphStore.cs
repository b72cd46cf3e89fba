using System.Collections.Concurrent;
using System.Text.Json;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Benchmarks.Floor;

/// <summary>
/// A store that answers each read it has seen before from memory: the first call with given arguments goes to the
/// real store, every later one returns the same answer at once. Under it, a GraphQL request costs only what the
/// server does besides the database: parsing, validation, execution, loaders and serialization.
/// </summary>
public sealed class MemoizedGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, object> _answers = new();

    private Task<T> Remember<T>(string method, object arguments, Func<Task<T>> read)
    {
        var key = method + JsonSerializer.Serialize(arguments);
        return (Task<T>)_answers.GetOrAdd(key, _ => read());
    }

    public Task MigrateAsync(CancellationToken cancellationToken = default) => inner.MigrateAsync(cancellationToken);
    public Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Remember(nameof(GetNodesAsync), ids, () => inner.GetNodesAsync(ids, cancellationToken));
    public Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken = default) =>
        Remember(nameof(ListNodesAsync), query, () => inner.ListNodesAsync(query, cancellationToken));
    public Task<IReadOnlyList<Neighbor>> GetNeighborsAsync(IReadOnlyCollection<NeighborKey> keys, CancellationToken cancellationToken = default) =>
        Remember(nameof(GetNeighborsAsync), keys, () => inner.GetNeighborsAsync(keys, cancellationToken));
    public Task<IReadOnlyList<NeighborPage>> GetNeighborPagesAsync(IReadOnlyCollection<NeighborWindow> windows, CancellationToken cancellationToken = default) =>
        Remember(nameof(GetNeighborPagesAsync), windows, () => inner.GetNeighborPagesAsync(windows, cancellationToken));
    public Task<IReadOnlyDictionary<string, IReadOnlyList<AuditEntry>>> HistoriesAsync(
        IReadOnlyCollection<string> elementIds, int first, long? beforeId, CancellationToken cancellationToken = default) =>
        Remember(nameof(HistoriesAsync), new { elementIds, first, beforeId }, () => inner.HistoriesAsync(elementIds, first, beforeId, cancellationToken));
    public Task<WriteResult> ApplyAsync(GraphChange change, string actor, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("The floor measures reads only.");
    public IAsyncEnumerable<Node> ReadNodesAsync(CancellationToken cancellationToken = default) => inner.ReadNodesAsync(cancellationToken);
    public IAsyncEnumerable<Edge> ReadEdgesAsync(CancellationToken cancellationToken = default) => inner.ReadEdgesAsync(cancellationToken);
    public Task<IReadOnlyList<AuditEntry>> AuditAsync(AuditQuery query, CancellationToken cancellationToken = default) => inner.AuditAsync(query, cancellationToken);
    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default) =>
        Remember(nameof(GetGraphVersionAsync), "", () => inner.GetGraphVersionAsync(cancellationToken));
    public Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default) =>
        Remember(nameof(CountAsync), "", () => inner.CountAsync(cancellationToken));
}
