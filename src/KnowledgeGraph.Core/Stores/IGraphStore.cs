using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores;

/// <summary>
/// The graph store: one relational layout (nodes, edges, audit, graph version) behind two implementations.
/// Every method is one store call; callers batch their keys so that one request level costs one call.
/// </summary>
public interface IGraphStore
{
    /// <summary>Applies pending migrations. Safe to call on every start.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Nodes with the given ids; unknown ids are simply absent from the result.</summary>
    Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>One page of nodes of one label, filtered and ordered, with cursors.</summary>
    Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken = default);

    /// <summary>All relationships of the given types and directions around the given nodes, each with the node at the other end.</summary>
    Task<IReadOnlyList<Neighbor>> GetNeighborsAsync(IReadOnlyCollection<NeighborKey> keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Validates the batch against the graph schema and upserts it in one transaction with its audit rows and a graph
    /// version bump. Throws <see cref="GraphValidationException"/> and keeps nothing when any rule is broken.
    /// Nodes and edges equal to what is stored are left untouched; when nothing changes, the version does not move.
    /// </summary>
    Task<WriteResult> UpsertAsync(GraphBatch batch, string actor, CancellationToken cancellationToken = default);

    /// <summary>Every node, ordered by id, streamed (for export).</summary>
    IAsyncEnumerable<Node> ReadNodesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every edge, ordered by id, streamed (for export).</summary>
    IAsyncEnumerable<Edge> ReadEdgesAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// One atomic write with deletions and version checks. Throws <see cref="VersionConflictException"/> when a
    /// version differs, <see cref="GraphValidationException"/> when a rule breaks (including deleting a node still in
    /// use without cascade); in both cases nothing is kept.
    /// </summary>
    Task<WriteResult> ApplyAsync(GraphChange change, string actor, CancellationToken cancellationToken = default);

    /// <summary>The audit trail, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> AuditAsync(AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>The graph version: it moves on every committed write.</summary>
    Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>Node counts by label and edge counts by type.</summary>
    Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>The shortest simple paths between two nodes (shortest first), following edges in either direction.</summary>
    Task<IReadOnlyList<GraphPath>> PathsAsync(PathQuery query, CancellationToken cancellationToken = default);

    /// <summary>The nodes within a depth of a node, and every edge among them.</summary>
    Task<Subgraph> NeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default);

    /// <summary>The evidence behind strategies: one row per (strategy, intervention, industry, finding) within the filter.</summary>
    Task<IReadOnlyList<EvidenceRow>> EvidenceAsync(EvidenceFilter filter, CancellationToken cancellationToken = default);

    /// <summary>An evidence gap map: every row × column cell, counted in the store.</summary>
    Task<EvidenceMap> EvidenceMapAsync(EvidenceMapQuery query, CancellationToken cancellationToken = default);

    /// <summary>Interventions with positive findings in industries sharing risk factors with this one, not yet applied here.</summary>
    Task<IReadOnlyList<TransferCandidate>> TransferCandidatesAsync(string industryId, int first, CancellationToken cancellationToken = default);

    /// <summary>Full-text search over names, descriptions, finding summaries and source quotes, best match first.</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>The counts a dashboard needs, in one call.</summary>
    Task<GraphStats> StatsAsync(StatsFilter filter, CancellationToken cancellationToken = default);
}

/// <summary>Which relationships of a node to follow.</summary>
public sealed record NeighborKey(string NodeId, string Type, Direction Direction);

public sealed record WriteResult(int NodesWritten, int EdgesWritten, long GraphVersion);

public sealed record GraphCounts(IReadOnlyDictionary<string, long> NodesByLabel, IReadOnlyDictionary<string, long> EdgesByType);

/// <summary>Raised when the store cannot be reached; the API answers STORE_UNAVAILABLE.</summary>
public sealed class StoreUnavailableException(string message, Exception inner) : Exception(message, inner)
{
    /// <summary>
    /// True for an unreachable store: a failed open, or a transient database error such as a connection that broke
    /// mid-query because the server went away (pooled connections only find out when they are used).
    /// </summary>
    public static bool IsUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is StoreUnavailableException or System.Data.Common.DbException { IsTransient: true })
            {
                return true;
            }
        }
        return false;
    }
}
