using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Writes;

/// <summary>
/// One atomic write: upserts and deletions, with the versions the client read (optimistic concurrency: 0 means
/// "must not exist yet"). Deleting a node that relationships still touch needs <see cref="Cascade"/>.
/// </summary>
public sealed record GraphChange
{
    public IReadOnlyList<NodeInput> UpsertNodes { get; init; } = [];
    public IReadOnlyList<EdgeInput> UpsertEdges { get; init; } = [];
    public IReadOnlyList<string> DeleteNodes { get; init; } = [];
    public IReadOnlyList<string> DeleteEdges { get; init; } = [];
    public IReadOnlyDictionary<string, long> ExpectedVersions { get; init; } = new Dictionary<string, long>();
    public bool Cascade { get; init; }

    public static GraphChange Of(GraphBatch batch) => new() { UpsertNodes = batch.Nodes, UpsertEdges = batch.Edges };
}
