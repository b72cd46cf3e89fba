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
            Add(relationship.Type, relationship.Type, Describe(relationship));
        }
    }

    /// <summary>"Organization → Industry: operates in."</summary>
    private static string Describe(RelationshipRule rule) =>
        $"{Ends(rule.From)} → {Ends(rule.To)}: {KnowledgeGraph.Core.Traversals.HopMeaning.Verb(rule.Type)}.";

    private static string Ends(IReadOnlyList<string> labels) => labels.Count == 0 ? "any node" : string.Join(" or ", labels);
}
