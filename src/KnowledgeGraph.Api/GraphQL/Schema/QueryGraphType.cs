using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Schema;

public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType()
    {
        Name = "Query";
        Description = "Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where.";
        RootFields.AddMarked<QueryFieldsAttribute>(this);
    }
}
