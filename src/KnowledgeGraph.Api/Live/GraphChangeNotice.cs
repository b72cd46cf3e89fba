using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.Live;

/// <summary>What kind of write moved the graph version.</summary>
public enum GraphWriteKind
{
    /// <summary>Nodes or relationships created or updated.</summary>
    Upsert,

    /// <summary>Nodes or relationships removed (with what a cascade removed).</summary>
    Delete,

    /// <summary>One write that both wrote and removed.</summary>
    Mixed,

    /// <summary>A write this server was not told about (another process on the same store): only the version is known.</summary>
    Unknown,
}

/// <summary>A node a write named: written, or removed.</summary>
public sealed record ChangedNode(string Id, string Label, bool Removed);

/// <summary>
/// One committed write as the live updates announce it, within this process and between replicas: the version it made,
/// its kind, the nodes it named (at most <see cref="MaxListed"/>) and the relationship types it touched, and exact counts.
/// </summary>
public sealed record GraphChangeNotice(
    long GraphVersion,
    GraphWriteKind Kind,
    IReadOnlyList<ChangedNode> Nodes,
    IReadOnlyList<string> RelationshipTypes,
    int NodesWritten,
    int RelationshipsWritten,
    int NodesRemoved,
    int RelationshipsRemoved,
    bool Complete)
{
    public const int MaxListed = 100;

    /// <summary>The ids of relationships written (type, source, target), for the evidence feed; not announced.</summary>
    public IReadOnlyList<EdgeRef> Relationships { get; init; } = [];

    /// <summary>Null when the write changed nothing (the version did not move), so there is nothing to announce.</summary>
    public static GraphChangeNotice? Of(GraphChange change, WriteResult result)
    {
        var removedNodes = result.RemovedNodeIds.Count;
        var removedEdges = result.RemovedEdgeIds.Count;
        if (result.NodesWritten + result.EdgesWritten + removedNodes + removedEdges == 0)
        {
            return null;
        }
        var wrote = result.NodesWritten + result.EdgesWritten > 0;
        var removed = removedNodes + removedEdges > 0;
        var kind = wrote && removed ? GraphWriteKind.Mixed : wrote ? GraphWriteKind.Upsert : GraphWriteKind.Delete;
        var nodes = change.UpsertNodes.Select(n => new ChangedNode(n.Id, n.Label, false))
            .Concat(result.RemovedNodeIds.Select(id => new ChangedNode(id, GraphSchema.LabelOfId(id)?.Label ?? "", true)))
            .DistinctBy(n => n.Id).ToList();
        var edges = change.UpsertEdges.Select(e => new EdgeRef(e.Type, e.SourceId, e.TargetId)).ToList();
        var types = edges.Select(e => e.Type).Concat(result.RemovedEdgeIds.Select(TypeOfEdgeId)).Where(t => t.Length > 0)
            .Distinct().Order(StringComparer.Ordinal).ToList();
        return new GraphChangeNotice(result.GraphVersion, kind, nodes.Take(MaxListed).ToList(), types,
            result.NodesWritten, result.EdgesWritten, removedNodes, removedEdges, Complete: nodes.Count <= MaxListed)
        {
            Relationships = edges.Take(MaxListed).ToList(),
        };
    }

    /// <summary>A version seen to move without being told what moved it.</summary>
    public static GraphChangeNotice Unknown(long version) => new(version, GraphWriteKind.Unknown, [], [], 0, 0, 0, 0, Complete: false);

    /// <summary>Relationship ids read <c>source|TYPE|target</c> (<see cref="Edge.IdFor"/>).</summary>
    private static string TypeOfEdgeId(string id) => id.Split('|') is [_, var type, _] ? type : "";
}

/// <summary>A relationship by its ends and type.</summary>
public sealed record EdgeRef(string Type, string SourceId, string TargetId);
