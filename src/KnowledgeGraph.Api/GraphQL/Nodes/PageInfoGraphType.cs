using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

public sealed class PageInfoGraphType : ObjectGraphType<PageInfoModel>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page sits in its connection (Relay cursor connections).";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.EndCursor);
    }
}
