using GraphQL.Types;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Api.GraphQL.Types;

public sealed class EvidenceMapRowsGraphType : EnumerationGraphType
{
    public EvidenceMapRowsGraphType()
    {
        Name = "EvidenceMapRows";
        Description = "What the rows of an evidence gap map are.";
        foreach (var (name, axis) in Analyses.EvidenceMapAxes.Rows)
        {
            Add(name, axis);
        }
    }
}

public sealed class EvidenceMapColumnsGraphType : EnumerationGraphType
{
    public EvidenceMapColumnsGraphType()
    {
        Name = "EvidenceMapColumns";
        Description = "What the columns of an evidence gap map are.";
        foreach (var (name, axis) in Analyses.EvidenceMapAxes.Columns)
        {
            Add(name, axis);
        }
    }
}

public sealed class NodeLabelGraphType : EnumerationGraphType
{
    public NodeLabelGraphType()
    {
        Name = "NodeLabel";
        Description = "The labels of the graph.";
        foreach (var label in GraphSchema.Labels)
        {
            Add(string.Concat(label.Label.Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + ch : ch.ToString())).ToUpperInvariant(), label.Label);
        }
    }
}

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

public sealed class EvidenceFilterInputGraphType : InputObjectGraphType
{
    public EvidenceFilterInputGraphType()
    {
        Name = "EvidenceFilter";
        Description = "Which findings count as evidence.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("industries").Description("Only interventions in one of these industries.");
        Field<IdGraphType>("jurisdiction").Description("Only interventions in this jurisdiction.");
        AddField(new FieldType { Name = "outcomeCategory", ResolvedType = GraphTypeFactory.Named("OutcomeCategory"), Description = "Only findings on outcomes of this category." });
        AddField(new FieldType { Name = "minEvidence", ResolvedType = GraphTypeFactory.Named("EvidenceStrength"), Description = "Only findings at least this strong." });
        Field<IntGraphType>("since").Description("Only findings from this year on.");
    }
}
