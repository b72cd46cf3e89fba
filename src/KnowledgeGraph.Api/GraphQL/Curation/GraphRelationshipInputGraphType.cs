using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Nodes;
using KnowledgeGraph.Api.GraphQL.Scalars;

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
        Field<JsonGraphType>("properties").Description("Its properties as a JSON object, e.g. {year: 2019} in a document; only those its type allows. A string holding the object's JSON text is still read.");
    }
}
