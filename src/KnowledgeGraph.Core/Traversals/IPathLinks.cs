namespace KnowledgeGraph.Core.Traversals;

/// <summary>
/// The store's half of a path search: the queries that feed <see cref="PathSearch"/>, one implementation per store.
/// Every query follows only the path query's relationship types (all of them when it names none).
/// </summary>
internal interface IPathLinks
{
    /// <summary>How many nodes and relationships the graph holds, for <see cref="Hubs.Threshold"/>.</summary>
    Task<(long Nodes, long Relationships)> SizeAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The degree of each node (its relationships of every type, both directions), counted only up to
    /// <paramref name="cap"/> in each direction so that a hub costs no more than the cap to count.
    /// </summary>
    Task<IReadOnlyDictionary<string, long>> DegreesAsync(IReadOnlyCollection<string> nodes, long cap, CancellationToken cancellationToken);

    /// <summary>How many links the frontier has, in both directions, counted up to <paramref name="limit"/>.</summary>
    Task<long> CountAsync(IReadOnlyCollection<string> frontier, long limit, CancellationToken cancellationToken);

    /// <summary>
    /// The links of the given nodes (not empty), in both directions, only to nodes in <paramref name="within"/> (not
    /// empty) when it is given.
    /// </summary>
    Task<IReadOnlyList<LinkRow>> LinksAsync(IReadOnlyCollection<string> nodes, IReadOnlyCollection<string>? within, CancellationToken cancellationToken);

    /// <summary>
    /// The links from <paramref name="nodes"/> to any neighbour of <paramref name="around"/> (neither empty): the first
    /// hop of every two-hop connection between them, found in the store without bringing either neighbourhood back.
    /// </summary>
    Task<IReadOnlyList<LinkRow>> LinksIntoNeighborhoodAsync(IReadOnlyCollection<string> nodes, IReadOnlyCollection<string> around, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="limit"/> links of one node to middle nodes (from <paramref name="from"/> on, ordered by the
    /// middle node's id, never one of the path's ends) that have a link into <paramref name="front"/>.
    /// </summary>
    Task<IReadOnlyList<LinkRow>> LinksTowardAsync(string node, string from, int limit, IReadOnlyCollection<string> front, CancellationToken cancellationToken);
}

/// <summary>One link as a path query reads it: the edge's key (type, source, target) and the node it reached.</summary>
internal sealed record LinkRow(string Type, string SourceId, string TargetId, string ReachedId);
