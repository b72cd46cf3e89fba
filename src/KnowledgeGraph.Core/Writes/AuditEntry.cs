using System.Text.Json.Nodes;

namespace KnowledgeGraph.Core.Writes;

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
