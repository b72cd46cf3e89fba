using GraphQL.Types;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

public sealed class RelationshipTypeGraphType : EnumerationGraphType
{
    public RelationshipTypeGraphType()
    {
        Name = "RelationshipType";
        Description = "The relationship types of the graph.";
        foreach (var relationship in GraphSchema.Relationships)
        {
            Add(relationship.Type, relationship.Type);
        }
    }
}
