using GraphQL.Types;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

public sealed class NodeLabelGraphType : EnumerationGraphType
{
    public NodeLabelGraphType()
    {
        Name = "NodeLabel";
        Description = "The labels of the graph.";
        foreach (var label in GraphSchema.Labels)
        {
            Add(string.Concat(label.Label.Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + ch : ch.ToString())).ToUpperInvariant(), label.Label,
                $"{label.Label} nodes (ids start with '{label.IdPrefix}'; listed by the root field {label.PluralField}).");
        }
    }
}
