namespace KnowledgeGraph.Core.Traversals;

/// <summary>
/// Catch-all nodes: a node whose relationships are far more than the graph's typical node has (a "cross-industry"
/// bucket, a whole country, an outcome every law reports) joins almost anything to almost anything, so a path through
/// it explains nothing. Paths avoid them as intermediate hops unless asked, and rank the rest by how specific their
/// middle nodes are.
/// </summary>
public static class Hubs
{
    /// <summary>How many times the graph's mean degree a node needs to be a hub.</summary>
    public const int MeanDegreeFactor = 6;

    /// <summary>The least degree of a hub, so that a small graph has none by accident.</summary>
    public const int MinDegree = 20;

    /// <summary>
    /// The degree from which a node is a hub: <see cref="MeanDegreeFactor"/> times the mean degree (2 × relationships
    /// ÷ nodes), at least <see cref="MinDegree"/>. The mean moves little when one node gains links, so the rule is
    /// stable; on the seed graph (473 nodes, 1,140 relationships) it is 29.
    /// </summary>
    public static long Threshold(long nodes, long relationships) =>
        nodes == 0 ? MinDegree : Math.Max(MinDegree, (long)Math.Ceiling(MeanDegreeFactor * 2.0 * relationships / nodes));

    /// <summary>
    /// How general a path's middle is: the sum of <c>ln(1 + degree)</c> over its intermediate nodes. Among paths of one
    /// length, the one with the smaller penalty runs through more specific nodes and comes first.
    /// </summary>
    public static double Penalty(IEnumerable<long> intermediateDegrees) => intermediateDegrees.Sum(d => Math.Log(1 + d));
}

/// <summary>
/// The store's path queries with the hubs kept out: every node a query reaches is looked up once (one batched degree
/// query per fetch of links, counted only up to the threshold) and the hubs among them, never the path's ends, join
/// <see cref="PathSearch.Blocked"/>, so the search neither links through them nor grows from them. With
/// <paramref name="block"/> false nothing is blocked and only the paths' own nodes are looked up, for the ranking.
/// </summary>
internal sealed class HubFilter(IPathLinks store, long threshold, PathSearch search, bool block) : IPathLinks
{
    private readonly Dictionary<string, long> _degrees = [];

    /// <summary>Looks up the nodes not seen yet (one store query) and, when blocking, blocks the hubs among them.</summary>
    public async Task LookUpAsync(IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var unknown = ids.Where(id => !_degrees.ContainsKey(id)).Distinct().ToList();
        if (unknown.Count == 0)
        {
            return;
        }
        var degrees = await store.DegreesAsync(unknown, threshold, cancellationToken);
        foreach (var id in unknown)
        {
            _degrees[id] = degrees.GetValueOrDefault(id);
        }
        if (block)
        {
            search.Blocked.UnionWith(unknown.Where(id => id != search.From.Start && id != search.To.Start && IsHub(id)));
        }
    }

    /// <summary>A node's degree as looked up (up to the threshold in each direction); 0 when it was not.</summary>
    public long Degree(string id) => _degrees.GetValueOrDefault(id);

    public bool IsHub(string id) => Degree(id) >= threshold;

    public Task<(long Nodes, long Relationships)> SizeAsync(CancellationToken cancellationToken) => store.SizeAsync(cancellationToken);

    public Task<IReadOnlyDictionary<string, long>> DegreesAsync(IReadOnlyCollection<string> nodes, long cap, CancellationToken cancellationToken) =>
        store.DegreesAsync(nodes, cap, cancellationToken);

    public Task<long> CountAsync(IReadOnlyCollection<string> frontier, long limit, CancellationToken cancellationToken) =>
        store.CountAsync(frontier, limit, cancellationToken);

    public Task<IReadOnlyList<LinkRow>> LinksAsync(IReadOnlyCollection<string> nodes, IReadOnlyCollection<string>? within, CancellationToken cancellationToken) =>
        CheckedAsync(store.LinksAsync(nodes, within, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<LinkRow>> LinksIntoNeighborhoodAsync(IReadOnlyCollection<string> nodes, IReadOnlyCollection<string> around, CancellationToken cancellationToken) =>
        CheckedAsync(store.LinksIntoNeighborhoodAsync(nodes, around, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<LinkRow>> LinksTowardAsync(string node, string from, int limit, IReadOnlyCollection<string> front, CancellationToken cancellationToken) =>
        CheckedAsync(store.LinksTowardAsync(node, from, limit, front, cancellationToken), cancellationToken);

    private async Task<IReadOnlyList<LinkRow>> CheckedAsync(Task<IReadOnlyList<LinkRow>> fetch, CancellationToken cancellationToken)
    {
        var rows = await fetch;
        if (block)
        {
            await LookUpAsync(rows.Select(r => r.ReachedId), cancellationToken);
        }
        return rows;
    }
}
