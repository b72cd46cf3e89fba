using GraphQL.DataLoader;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.GraphQL.Nodes.Loaders;

/// <summary>
/// The loaders of one request (a scoped service): nodes by id, relationships by node, type and direction (whole, or a
/// window of them), and node histories.
/// </summary>
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

    private readonly BatchLoader<NeighborWindow, NeighborPage> _pagesByWindow = new(async (windows, ct) =>
        (await store.GetNeighborPagesAsync(windows, ct)).ToDictionary(p => p.Window));

    private readonly BatchLoader<HistoryKey, IReadOnlyList<AuditEntry>> _historiesByNode = new(async (keys, ct) =>
    {
        var found = new Dictionary<HistoryKey, IReadOnlyList<AuditEntry>>();
        // Every node of a list asks with the same arguments, so this is one call per level.
        foreach (var group in keys.GroupBy(k => (k.First, k.BeforeId)))
        {
            var histories = await store.HistoriesAsync(group.Select(k => k.NodeId).ToList(), group.Key.First, group.Key.BeforeId, ct);
            foreach (var key in group)
            {
                found[key] = histories.TryGetValue(key.NodeId, out var entries) ? entries : [];
            }
        }
        return found;
    });

    public IDataLoaderResult<Node?> Node(string id) => _nodesById.Load(id);

    /// <summary>Nodes by id, in order, leaving out ids that no longer exist.</summary>
    public IDataLoaderResult<IReadOnlyList<Node>> Nodes(IEnumerable<string> ids) =>
        ids.Select(Node).ToList().WhenAll().Then(list => (IReadOnlyList<Node>)list.OfType<Node>().ToList());

    public IDataLoaderResult<IReadOnlyList<Neighbor>> Neighbors(NeighborKey key) =>
        _neighborsByNode.Load(key).Then(list => list ?? (IReadOnlyList<Neighbor>)[]);

    /// <summary>A window of a node's relationships, cut by the store; the windows of one level are fetched together.</summary>
    public IDataLoaderResult<NeighborPage> Page(NeighborWindow window) =>
        _pagesByWindow.Load(window).Then(page => page ?? window.Empty());

    /// <summary>A node's history, newest first; the histories of one level are fetched together.</summary>
    public IDataLoaderResult<IReadOnlyList<AuditEntry>> History(string nodeId, int first, long? beforeId) =>
        _historiesByNode.Load(new HistoryKey(nodeId, first, beforeId)).Then(list => list ?? (IReadOnlyList<AuditEntry>)[]);

    private sealed record HistoryKey(string NodeId, int First, long? BeforeId);
}
