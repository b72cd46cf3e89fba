using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Nodes;

namespace KnowledgeGraph.Api.GraphQL.Curation;

public sealed class GraphRelationshipInputGraphType : InputObjectGraphType
{
    public GraphRelationshipInputGraphType()
    {
        Name = "GraphRelationshipInput";
        Description = "A relationship to import; its properties as a JSON object text.";
        Field<NonNullGraphType<RelationshipTypeGraphType>>("type");
        Field<NonNullGraphType<IdGraphType>>("from");
        Field<NonNullGraphType<IdGraphType>>("to");
        Field<StringGraphType>("properties");
    }
}
