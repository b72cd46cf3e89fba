using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Writes;

/// <summary>
/// What a write reads before it decides, inside the write's transaction: one implementation per store. Each method
/// answers for the given ids only and orders its rows by id.
/// </summary>
internal interface IWriteReader
{
    Task<IReadOnlyList<Node>> NodesAsync(IReadOnlyCollection<string> ids);

    Task<IReadOnlyList<StoredEdge>> EdgesAsync(IReadOnlyCollection<string> ids);

    /// <summary>Every edge with one of the given nodes at either end.</summary>
    Task<IReadOnlyList<StoredEdge>> EdgesTouchingAsync(IReadOnlyCollection<string> nodeIds);

    Task<IReadOnlyList<(string Id, string Label)>> LabelsAsync(IReadOnlyCollection<string> nodeIds);

    /// <summary>The CITES edges (id and finding) of the given findings.</summary>
    Task<IReadOnlyList<(string Id, string Finding)>> CitesAsync(IReadOnlyCollection<string> findingIds);
}

/// <summary>A stored edge with the version optimistic concurrency compares.</summary>
internal sealed record StoredEdge(Edge Edge, long Version);
