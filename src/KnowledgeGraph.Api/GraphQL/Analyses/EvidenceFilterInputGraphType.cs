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
        Field<IdGraphType>("jurisdiction").Description("Only interventions in this jurisdiction.");
        AddField(new FieldType { Name = "outcomeCategory", ResolvedType = GraphTypeFactory.Named("OutcomeCategory"), Description = "Only findings on outcomes of this category." });
        AddField(new FieldType { Name = "minEvidence", ResolvedType = GraphTypeFactory.Named("EvidenceStrength"), Description = "Only findings at least this strong." });
        Field<IntGraphType>("since").Description("Only findings from this year on.");
    }
}
