using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

public sealed class PageInfoGraphType : ObjectGraphType<PageInfoModel>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Description = "Where a page sits in its connection (Relay cursor connections).";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Description("More items follow this page (ask again with 'after: endCursor').").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Description("Items come before this page (ask again with 'before: startCursor').").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Description("The cursor of the page's first item; null for an empty page.").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Description("The cursor of the page's last item; null for an empty page.").Resolve(c => c.Source.EndCursor);
    }
}
