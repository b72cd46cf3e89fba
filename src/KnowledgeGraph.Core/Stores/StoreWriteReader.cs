using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Stores;

/// <summary>
/// What a write reads, through any store's primitives and outside a transaction: a write plan decided over it is a
/// dry run of the write, with the same rules and verdict the store would give at that moment.
/// </summary>
internal sealed class StoreWriteReader(IGraphStore store, CancellationToken cancellationToken) : IWriteReader
{
    public Task<IReadOnlyList<Node>> NodesAsync(IReadOnlyCollection<string> ids) => store.GetNodesAsync(ids, cancellationToken);

    public async Task<IReadOnlyList<StoredEdge>> EdgesAsync(IReadOnlyCollection<string> ids)
    {
        // An edge's id is its key (source|TYPE|target): its source's relationships of its type hold it, if it exists.
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        var keys = ids.Select(id => id.Split('|')).Where(p => p.Length == 3).Select(p => new NeighborKey(p[0], p[1], Direction.Out)).Distinct().ToList();
        return await EdgesAsync(keys, e => wanted.Contains(e.Id));
    }

    public Task<IReadOnlyList<StoredEdge>> EdgesTouchingAsync(IReadOnlyCollection<string> nodeIds) => EdgesAsync(
        nodeIds.SelectMany(id => GraphSchema.Relationships.Select(r => r.Type).Distinct()
            .SelectMany(type => new[] { new NeighborKey(id, type, Direction.Out), new NeighborKey(id, type, Direction.In) })).ToList(),
        _ => true);

    public async Task<IReadOnlyList<(string Id, string Label)>> LabelsAsync(IReadOnlyCollection<string> nodeIds) =>
        (await store.GetNodesAsync(nodeIds, cancellationToken)).Select(n => (n.Id, n.Label)).ToList();

    public async Task<IReadOnlyList<(string Id, string Finding)>> CitesAsync(IReadOnlyCollection<string> findingIds) =>
        (await store.GetNeighborsAsync(findingIds.Select(id => new NeighborKey(id, RelationshipTypes.Cites, Direction.Out)).ToList(), cancellationToken))
        .Select(n => (n.Edge.Id, n.AnchorId)).OrderBy(c => c.Item1, StringComparer.Ordinal).ToList();

    // The primitives carry no edge version; a dry run checks no expected versions of edges.
    private async Task<IReadOnlyList<StoredEdge>> EdgesAsync(IReadOnlyCollection<NeighborKey> keys, Func<Edge, bool> keep) =>
        keys.Count == 0
            ? []
            : (await store.GetNeighborsAsync(keys, cancellationToken)).Select(n => n.Edge).Where(keep).DistinctBy(e => e.Id)
                .OrderBy(e => e.Id, StringComparer.Ordinal).Select(e => new StoredEdge(e, 0)).ToList();
}
