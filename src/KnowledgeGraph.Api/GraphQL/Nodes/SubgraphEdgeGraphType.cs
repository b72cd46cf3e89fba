using GraphQL.Types;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

public sealed class SubgraphEdgeGraphType : ObjectGraphType<Edge>
{
    public SubgraphEdgeGraphType()
    {
        Name = "SubgraphEdge";
        Description = "A relationship of a subgraph, by the ids of its ends.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The relationship's id: type, start and end.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<RelationshipTypeGraphType>>("type").Description("The relationship's type, such as APPLIES.").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("from").Description("The id of the node it starts from.").Resolve(c => c.Source.SourceId);
        Field<NonNullGraphType<IdGraphType>>("to").Description("The id of the node it points to.").Resolve(c => c.Source.TargetId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyGraphType>>>>("properties").Description("The relationship's properties.").Resolve(c => c.Source.Props.ToList());
    }
}
