using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Nodes;

namespace KnowledgeGraph.Api.GraphQL.Analyses;

public sealed class EvidenceFilterInputGraphType : InputObjectGraphType
{
    public EvidenceFilterInputGraphType()
    {
        Name = "EvidenceFilter";
        Description = "Which findings count as evidence.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("industries").Description("Only interventions in one of these industries.");
        Field<IdGraphType>("jurisdiction").Description("Only interventions in this jurisdiction or in one that lies inside it (PART_OF, at any depth).");
        AddField(new FieldType { Name = "outcomeCategory", ResolvedType = GraphTypeFactory.Named("OutcomeCategory"), Description = "Only findings on outcomes of this category." });
        AddField(new FieldType { Name = "minEvidence", ResolvedType = GraphTypeFactory.Named("EvidenceStrength"), Description = "Only findings at least this strong." });
        Field<IntGraphType>("since").Description("Only findings from this year on.");
        AddField(new FieldType
        {
            Name = "findingKinds",
            ResolvedType = new ListGraphType(new NonNullGraphType(GraphTypeFactory.Named("FindingKind"))),
            Description = "Only findings of these kinds (default: all; a cell is a gap whatever this says unless it holds an EFFECT finding).",
        });
        AddField(new FieldType
        {
            Name = "designs",
            ResolvedType = new ListGraphType(new NonNullGraphType(GraphTypeFactory.Named("EvidenceKind"))),
            Description = "Only findings from these study designs (default: all).",
        });
    }
}
