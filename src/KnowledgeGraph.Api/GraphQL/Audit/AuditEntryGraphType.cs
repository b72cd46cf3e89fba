using GraphQL.Types;
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
        Field<NonNullGraphType<IntGraphType>>("graphVersion").Resolve(c => (int)c.Source.GraphVersion);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field<NonNullGraphType<StringGraphType>>("actor").Resolve(c => c.Source.Actor);
        Field<NonNullGraphType<StringGraphType>>("operation").Description("CREATE_NODE, UPDATE_NODE, DELETE_NODE, CREATE_EDGE, UPDATE_EDGE or DELETE_EDGE.").Resolve(c => c.Source.Operation);
        Field<NonNullGraphType<IdGraphType>>("elementId").Resolve(c => c.Source.ElementId);
        Field<StringGraphType>("before").Resolve(c => c.Source.Before?.ToJsonString());
        Field<StringGraphType>("after").Resolve(c => c.Source.After?.ToJsonString());
    }
}
