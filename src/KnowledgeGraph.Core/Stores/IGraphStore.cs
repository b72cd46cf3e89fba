using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Stores;

/// <summary>
/// The storage primitives of the graph: what a new store implements first. Every method is one store call; callers
/// batch their keys so that one request level costs one call. Analyses over the graph are <see cref="IGraphAnalyses"/>.
/// </summary>
public interface IGraphStore
{
    /// <summary>Applies pending migrations. Safe to call on every start, and by replicas starting together.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Nodes with the given ids, ordered by id; unknown ids are simply absent from the result.</summary>
    Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of nodes of one label, filtered and ordered, with cursors: keyset paging over (sort key, id), the rows
    /// shaped by <c>NodeListing</c>.
    /// </summary>
    Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// All relationships of the given types and directions around the given nodes, each with the node at the other
    /// end; ordered by anchor, direction, type, then the other node's name and id.
    /// </summary>
    Task<IReadOnlyList<Neighbor>> GetNeighborsAsync(IReadOnlyCollection<NeighborKey> keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page per distinct window, all in one statement: the windows are cut in the database, so a page costs what
    /// its size costs, not the node's whole fan-out; the count is taken only for windows that ask for it.
    /// </summary>
    Task<IReadOnlyList<NeighborPage>> GetNeighborPagesAsync(IReadOnlyCollection<NeighborWindow> windows, CancellationToken cancellationToken = default);

    /// <summary>
    /// The audit trail of each of the given nodes or relationships, newest first: at most <paramref name="first"/>
    /// entries each, older than <paramref name="beforeId"/> when given. One call for many elements.
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<AuditEntry>>> HistoriesAsync(
        IReadOnlyCollection<string> elementIds, int first, long? beforeId, CancellationToken cancellationToken = default);

    /// <summary>
    /// One atomic write, decided by <c>WritePlan</c> inside the write's transaction with writers taking turns: version
    /// checks, deletions (with cascade), upserts validated against the graph schema, audit rows and one graph version
    /// bump. Throws <see cref="VersionConflictException"/> when a version differs, <see cref="GraphValidationException"/>
    /// when a rule breaks; in both cases nothing is kept. Nodes and edges equal to what is stored are left untouched;
    /// when nothing changes, the version does not move.
    /// </summary>
    Task<WriteResult> ApplyAsync(GraphChange change, string actor, CancellationToken cancellationToken = default);

    /// <summary>Every node, ordered by id, streamed (for export).</summary>
    IAsyncEnumerable<Node> ReadNodesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every edge, ordered by id, streamed (for export).</summary>
    IAsyncEnumerable<Edge> ReadEdgesAsync(CancellationToken cancellationToken = default);

    /// <summary>The audit trail, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> AuditAsync(AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>The graph version: it moves on every committed write, so it keys caches.</summary>
    Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>Node counts by label and edge counts by type.</summary>
    Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default);
}

/// <summary>Which relationships of a node to follow.</summary>
public sealed record NeighborKey(string NodeId, string Type, Direction Direction);

public sealed record GraphCounts(IReadOnlyDictionary<string, long> NodesByLabel, IReadOnlyDictionary<string, long> EdgesByType);
