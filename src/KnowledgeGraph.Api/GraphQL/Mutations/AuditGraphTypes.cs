using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Core.Stores;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.GraphQL.Mutations;

public sealed class AuditEntryGraphType : ObjectGraphType<AuditEntry>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "One change to the graph: who, when, which operation, and the node or relationship before and after (JSON).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Use as 'before' to read older entries.").Resolve(c => c.Source.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<IntGraphType>>("graphVersion").Resolve(c => (int)c.Source.GraphVersion);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("actor").Resolve(c => c.Source.Actor);
        Field<NonNullGraphType<StringGraphType>>("operation").Description("CREATE_NODE, UPDATE_NODE, DELETE_NODE, CREATE_EDGE, UPDATE_EDGE or DELETE_EDGE.").Resolve(c => c.Source.Operation);
        Field<NonNullGraphType<IdGraphType>>("elementId").Resolve(c => c.Source.ElementId);
        Field<StringGraphType>("before").Resolve(c => c.Source.Before?.ToJsonString());
        Field<StringGraphType>("after").Resolve(c => c.Source.After?.ToJsonString());
    }
}

/// <summary><c>auditLog</c> for admins; <c>history</c> on every node is added by the node types.</summary>
public static class AuditQueries
{
    public const int MaxEntries = 500;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryGraphType>>>>("auditLog")
            .Description($"Every change, newest first (admin). At most {MaxEntries} per call; page with 'before'.")
            .Argument<IdGraphType>("elementId", "Only changes to this node or relationship.")
            .Argument<StringGraphType>("actor", "Only changes by this actor.")
            .Argument<StringGraphType>("operation", "Only this operation, e.g. DELETE_NODE.")
            .Argument<IntGraphType>("sinceGraphVersion", "Only changes at or after this graph version.")
            .Argument<IdGraphType>("before", "Only entries older than this entry id.")
            .Argument<IntGraphType>("first", "How many (default 50).")
            .ResolveAsync(async c => await ReadAsync(c, c.GetArgument<string?>("elementId")));
    }

    /// <summary>Audit entries for <c>auditLog</c> and <c>history</c> alike, under the one <see cref="Audit.AuditPolicy"/>.</summary>
    public static async Task<IReadOnlyList<AuditEntry>> ReadAsync(IResolveFieldContext c, string? elementId)
    {
        Audit.AuditPolicy.Require(c);
        var first = Args.InRange(c, "first", 50, 0, MaxEntries);
        long? before = null;
        if (c.GetArgument<string?>("before") is { } text)
        {
            before = long.TryParse(text, out var id) ? id : throw new GraphError(ErrorCodes.BadUserInput, "'before' is not an audit entry id.");
        }
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

public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";
        Description = "Curate the graph: every write is checked against the graph schema, audited, and moves the graph version. Needs an API key or token.";
        LabelMutations.AddTo(this);
        RelationshipMutations.AddTo(this);
    }
}
