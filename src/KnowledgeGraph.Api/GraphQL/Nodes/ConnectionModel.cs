using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

public sealed record PageInfoModel(bool HasNextPage, bool HasPreviousPage, string? StartCursor, string? EndCursor);

/// <summary>One edge of a connection: the node, its cursor, and for relationship connections the relationship itself.</summary>
public sealed record EdgeModel(string Cursor, Node Node, Edge? Relationship);

public sealed record ConnectionModel(IReadOnlyList<EdgeModel> Edges, PageInfoModel PageInfo, long? TotalCount);
