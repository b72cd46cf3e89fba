using GraphQL.DataLoader;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL.Nodes.Loaders;

/// <summary>The loaders of one request (a scoped service): nodes by id, and relationships by node, type and direction.</summary>
public sealed class GraphLoaders(IGraphStore store)
{
    private readonly BatchLoader<string, Node> _nodesById = new(async (ids, ct) =>
        (await store.GetNodesAsync(ids, ct)).ToDictionary(n => n.Id));

    private readonly BatchLoader<NeighborKey, IReadOnlyList<Neighbor>> _neighborsByNode = new(async (keys, ct) =>
    {
        var neighbors = await store.GetNeighborsAsync(keys, ct);
        return neighbors
            .GroupBy(n => new NeighborKey(n.AnchorId, n.Edge.Type, n.Direction))
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Neighbor>)g.ToList());
    });

    public IDataLoaderResult<Node?> Node(string id) => _nodesById.Load(id);

    /// <summary>Nodes by id, in order, leaving out ids that no longer exist.</summary>
    public IDataLoaderResult<IReadOnlyList<Node>> Nodes(IEnumerable<string> ids) =>
        ids.Select(Node).ToList().WhenAll().Then(list => (IReadOnlyList<Node>)list.OfType<Node>().ToList());

    public IDataLoaderResult<IReadOnlyList<Neighbor>> Neighbors(NeighborKey key) =>
        _neighborsByNode.Load(key).Then(list => list ?? (IReadOnlyList<Neighbor>)[]);
}
