using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Nodes;

namespace KnowledgeGraph.Api.GraphQL.Curation;

public sealed class GraphRelationshipInputGraphType : InputObjectGraphType
{
    public GraphRelationshipInputGraphType()
    {
        Name = "GraphRelationshipInput";
        Description = "A relationship to import; its properties as a JSON object text.";
        Field<NonNullGraphType<RelationshipTypeGraphType>>("type").Description("The relationship's type.");
        Field<NonNullGraphType<IdGraphType>>("from").Description("The id of the node it starts from.");
        Field<NonNullGraphType<IdGraphType>>("to").Description("The id of the node it points to.");
        Field<StringGraphType>("properties").Description("A JSON object, e.g. {\"year\": 2019}; only the properties its type allows.");
    }
}
