using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Nodes;
using KnowledgeGraph.Api.GraphQL.Scalars;

namespace KnowledgeGraph.Api.GraphQL.Curation;

public sealed class GraphNodeInputGraphType : InputObjectGraphType
{
    public GraphNodeInputGraphType()
    {
        Name = "GraphNodeInput";
        Description = "A node to import: id, label and its properties as a JSON object text (as in the seed files).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Its id, prefixed by its label's prefix (such as 'org:').");
        Field<NonNullGraphType<NodeLabelGraphType>>("label").Description("Its label.");
        Field<JsonGraphType>("properties").Description("""Its properties as a JSON object, e.g. {name: "UNITE HERE", kind: "UNION"} in a document; a string holding the object's JSON text is still read.""");
    }
}
