using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.GraphQL.Audit;

/// <summary><c>auditLog</c> for admins; <c>history</c> on every node is added by the node types.</summary>
[QueryFields]
public static class AuditLogField
{
    public const int MaxEntries = 500;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryGraphType>>>>("auditLog")
            .Description($"Every change, newest first (admin). At most {MaxEntries} per call; page with 'before'.")
            .Argument<IdGraphType>("elementId", "Only changes to this node or relationship.")
            .Argument<StringGraphType>("actor", "Only changes by this actor.")
            .Argument<AuditOperationGraphType>("operation", "Only this operation, e.g. DELETE_NODE.")
            .Argument<IntGraphType>("sinceGraphVersion", "Only changes at or after this graph version.")
            .Argument<IdGraphType>("before", "Only entries older than this entry id.")
            .Argument<IntGraphType>("first", "How many (default 50).")
            .ResolveAsync(async c => await ReadAsync(c, c.GetArgument<string?>("elementId")));
    }

    /// <summary>The <c>first</c> and <c>before</c> of <c>auditLog</c> or a node's <c>history</c>, checked under the one <see cref="AuditPolicy"/>.</summary>
    public static (int First, long? Before) Window(IResolveFieldContext c)
    {
        AuditPolicy.Require(c);
        var first = Args.InRange(c, "first", 50, 0, MaxEntries);
        long? before = null;
        if (c.GetArgument<string?>("before") is { } text)
        {
            before = long.TryParse(text, out var id) ? id : throw new GraphError(ErrorCodes.BadUserInput, "'before' is not an audit entry id.");
        }
        return (first, before);
    }

    /// <summary>Audit entries for <c>auditLog</c>, under the one <see cref="AuditPolicy"/>.</summary>
    public static async Task<IReadOnlyList<AuditEntry>> ReadAsync(IResolveFieldContext c, string? elementId)
    {
        var (first, before) = Window(c);
        return await c.RequestServices!.GetRequiredService<IGraphStore>().AuditAsync(new AuditQuery
        {
            ElementId = elementId,
            Actor = c.GetArgument<string?>("actor"),
            Operation = c.GetArgument<string?>("operation"),
            SinceGraphVersion = c.GetArgument<int?>("sinceGraphVersion"),
            BeforeId = before,
            First = first,
        }, c.CancellationToken);
    }
}
