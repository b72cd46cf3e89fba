using System.Text.Json.Nodes;

namespace KnowledgeGraph.Core.Graph;

/// <summary>A labelled node of the property graph. <see cref="Name"/> is the label's display property.</summary>
public sealed record Node(
    string Id,
    string Label,
    string Name,
    JsonObject Props,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    long Version);

/// <summary>A typed, directed relationship between two nodes, with its own properties.</summary>
public sealed record Edge(string Id, string Type, string SourceId, string TargetId, JsonObject Props)
{
    public static string IdFor(string type, string sourceId, string targetId) => $"{sourceId}|{type}|{targetId}";
}

public enum Direction
{
    Out,
    In,
}

/// <summary>An edge seen from one of its ends: the anchor node, the edge, and the node at the other end.</summary>
public sealed record Neighbor(string AnchorId, Direction Direction, Edge Edge, Node Node);

/// <summary>Nodes and edges written together: all of them are kept, or none.</summary>
public sealed record GraphBatch(IReadOnlyList<NodeInput> Nodes, IReadOnlyList<EdgeInput> Edges);

public sealed record NodeInput(string Id, string Label, JsonObject Props);

public sealed record EdgeInput(string Type, string SourceId, string TargetId, JsonObject Props)
{
    public string Id => Edge.IdFor(Type, SourceId, TargetId);
}
