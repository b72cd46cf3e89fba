namespace KnowledgeGraph.Core.Writes;

/// <summary>What a write did: how many nodes and edges it wrote, which it removed, and the graph version it made.</summary>
public sealed record WriteResult(int NodesWritten, int EdgesWritten, long GraphVersion)
{
    public IReadOnlyList<string> RemovedNodeIds { get; init; } = [];

    public IReadOnlyList<string> RemovedEdgeIds { get; init; } = [];
}
