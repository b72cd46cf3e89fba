using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Traversals;

/// <summary>
/// Shortest simple paths between two nodes, following relationships in either direction; through hubs
/// (<see cref="Hubs"/>) only when <see cref="ThroughHubs"/> is set. The ends themselves may be hubs.
/// </summary>
public sealed record PathQuery(string FromId, string ToId, int MaxHops, IReadOnlyList<string> RelationshipTypes, int First, bool ThroughHubs = false)
{
    public const int MaxHopsLimit = 6;
    public const int MaxFirst = 50;

    /// <summary>A path from a node to itself: there is nothing to search.</summary>
    public bool IsFromNodeToItself => FromId == ToId;

    /// <summary>Throws <see cref="QueryValidationException"/> when a limit is out of range.</summary>
    public void Validate()
    {
        QueryValidationException.ThrowIfOutside(nameof(MaxHops), MaxHops, 1, MaxHopsLimit);
        QueryValidationException.ThrowIfOutside(nameof(First), First, 1, MaxFirst);
    }
}

/// <summary>A path: <c>Nodes[i]</c> and <c>Nodes[i + 1]</c> are joined by <c>Edges[i]</c>, in whichever direction the edge points.</summary>
public sealed record GraphPath(IReadOnlyList<Node> Nodes, IReadOnlyList<Edge> Edges)
{
    /// <summary>The ids of the hubs among the path's middle nodes (none unless the query allowed them).</summary>
    public IReadOnlyList<string> HubIds { get; init; } = [];
}
