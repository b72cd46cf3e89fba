using GraphQL.Types;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

public sealed class SubgraphEdgeGraphType : ObjectGraphType<Edge>
{
    public SubgraphEdgeGraphType()
    {
        Name = "SubgraphEdge";
        Description = "A relationship of a subgraph, by the ids of its ends.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("from").Resolve(c => c.Source.SourceId);
        Field<NonNullGraphType<IdGraphType>>("to").Resolve(c => c.Source.TargetId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyGraphType>>>>("properties").Resolve(c => c.Source.Props.ToList());
    }
}
