using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Nodes;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Api.GraphQL.Curation;

public sealed class RelationshipPropertiesInputGraphType : InputObjectGraphType
{
    public RelationshipPropertiesInputGraphType()
    {
        Name = "RelationshipPropertiesInput";
        Description = "Properties of a relationship; each type allows only some of them (see the graph schema).";
        foreach (var property in GraphSchema.Relationships.SelectMany(r => r.Properties).DistinctBy(p => p.Name))
        {
            var type = GraphTypeFactory.PropertyType(property with { Required = false });
            AddField(new FieldType { Name = property.Name, ResolvedType = type is NonNullGraphType nn ? nn.ResolvedType : type, Description = PropertyDescriptions.OfRelationship(property.Name) });
        }
    }
}
