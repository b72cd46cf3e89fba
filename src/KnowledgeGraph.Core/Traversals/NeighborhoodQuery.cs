using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Traversals;

/// <summary>The subgraph around a node, up to a depth, optionally only through nodes of some labels.</summary>
public sealed record NeighborhoodQuery(string Id, int Depth, IReadOnlyList<string> Labels, int Limit)
{
    public const int MaxDepth = 3;
    public const int MaxLimit = 1000;

    /// <summary>Throws <see cref="QueryValidationException"/> when a limit is out of range.</summary>
    public void Validate()
    {
        QueryValidationException.ThrowIfOutside(nameof(Depth), Depth, 1, MaxDepth);
        QueryValidationException.ThrowIfOutside(nameof(Limit), Limit, 1, MaxLimit);
    }
}

/// <summary>Nodes and the edges among them, ready to draw. <see cref="Truncated"/> says the limit cut nodes off.</summary>
public sealed record Subgraph(IReadOnlyList<Node> Nodes, IReadOnlyList<Edge> Edges, bool Truncated);
