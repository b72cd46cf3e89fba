using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Scalars;
using KnowledgeGraph.Core.Stores;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.GraphQL.Audit;

public sealed class AuditEntryGraphType : ObjectGraphType<AuditEntry>
{
    public AuditEntryGraphType()
    {
        Name = "AuditEntry";
        Description = "One change to the graph: who, when, which operation, and the node or relationship before and after (JSON).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Use as 'before' to read older entries.").Resolve(c => c.Source.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Field<NonNullGraphType<IntGraphType>>("graphVersion").Description("The graph version the change produced.").Resolve(c => (int)c.Source.GraphVersion);
        Field<NonNullGraphType<TimestampGraphType>>("at").Description("When the change was written.").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("actor").Description("Who made the change: the API key's or token's name, or the command that ran it.").Resolve(c => c.Source.Actor);
        Field<NonNullGraphType<AuditOperationGraphType>>("operation").Description("What the change did: created, updated or deleted a node or a relationship.").Resolve(c => c.Source.Operation);
        Field<NonNullGraphType<IdGraphType>>("elementId").Description("The id of the node or relationship that changed.").Resolve(c => c.Source.ElementId);
        Field<JsonGraphType>("before").Description("The node or relationship before the change, as a JSON object (not text); null after a create.").Resolve(c => c.Source.Before?.DeepClone());
        Field<JsonGraphType>("after").Description("The node or relationship after the change, as a JSON object (not text); null after a delete.").Resolve(c => c.Source.After?.DeepClone());
    }
}
