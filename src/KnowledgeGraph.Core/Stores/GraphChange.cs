using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores;

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

/// <summary>The version a client sent is not the stored one: someone else wrote first; nothing was changed.</summary>
public sealed class VersionConflictException(string id, long expected, long actual)
    : Exception(actual == 0
        ? $"'{id}' does not exist (any more); the write expected version {expected}."
        : expected == 0 ? $"'{id}' already exists (version {actual})." : $"'{id}' is at version {actual}, not {expected}: it changed since it was read.")
{
    public string Id { get; } = id;
    public long Expected { get; } = expected;
    public long Actual { get; } = actual;
}

/// <summary>One audited change: who, when, what, and the node or edge before and after.</summary>
public sealed record AuditEntry(long Id, long GraphVersion, DateTimeOffset At, string Actor, string Operation, string ElementId, JsonObject? Before, JsonObject? After);

public sealed record AuditQuery
{
    public string? ElementId { get; init; }
    public string? Actor { get; init; }
    public string? Operation { get; init; }
    public long? SinceGraphVersion { get; init; }

    /// <summary>Newest first; continue with <see cref="BeforeId"/> = the last entry's id.</summary>
    public long? BeforeId { get; init; }

    public int First { get; init; } = 50;
}
