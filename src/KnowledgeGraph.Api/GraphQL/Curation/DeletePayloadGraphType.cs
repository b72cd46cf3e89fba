using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Curation;

public sealed record DeletePayload(IReadOnlyList<string> RemovedIds, long GraphVersion);

public sealed class DeletePayloadGraphType : ObjectGraphType<DeletePayload>
{
    public DeletePayloadGraphType()
    {
        Name = "DeletePayload";
        Description = "What a delete removed: the node and, with cascade, its relationships.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("removedIds").Description("The ids of the node and of every relationship removed with it.").Resolve(c => c.Source.RemovedIds);
        Field<NonNullGraphType<IntGraphType>>("graphVersion").Description("The graph version after the delete.").Resolve(c => (int)c.Source.GraphVersion);
    }
}
