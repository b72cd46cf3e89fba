using GraphQL.Types;
using KnowledgeGraph.Core.Analyses.WhatWorked;

namespace KnowledgeGraph.Api.GraphQL.Analyses;

public sealed class EffectCountsGraphType : ObjectGraphType<EffectCounts>
{
    public EffectCountsGraphType()
    {
        Name = "EffectCounts";
        Description = "EFFECT findings counted by effect (adoption, prevalence and process findings carry no effect).";
        Field<NonNullGraphType<IntGraphType>>("positive").Description("Findings of an effect in the wanted direction.").Resolve(c => c.Source.Positive);
        Field<NonNullGraphType<IntGraphType>>("negative").Description("Findings of harm or a backlash.").Resolve(c => c.Source.Negative);
        Field<NonNullGraphType<IntGraphType>>("mixed").Description("Findings where some measures improved and others did not.").Resolve(c => c.Source.Mixed);
        Field<NonNullGraphType<IntGraphType>>("noEffect").Description("Findings of no effect: measured, and nothing changed.").Resolve(c => c.Source.NoEffect);
        Field<NonNullGraphType<IntGraphType>>("inconclusive").Description("Findings that cannot tell: confounded trends, absence of evidence.").Resolve(c => c.Source.Inconclusive);
        Field<NonNullGraphType<IntGraphType>>("total").Description("All EFFECT findings counted here.").Resolve(c => c.Source.Total);
    }
}

public sealed class FindingKindCountsGraphType : ObjectGraphType<FindingKindCounts>
{
    public FindingKindCountsGraphType()
    {
        Name = "FindingKindCounts";
        Description = "Findings counted by kind: only EFFECT findings are evidence of whether something worked.";
        Field<NonNullGraphType<IntGraphType>>("effect").Description("Findings about a change in an outcome.").Resolve(c => c.Source.Effect);
        Field<NonNullGraphType<IntGraphType>>("adoption").Description("Findings that the measure was adopted (enacted, signed, funded, taken up).").Resolve(c => c.Source.Adoption);
        Field<NonNullGraphType<IntGraphType>>("prevalence").Description("Findings that document how common the problem is.").Resolve(c => c.Source.Prevalence);
        Field<NonNullGraphType<IntGraphType>>("process").Description("Implementation facts: complaints handled, trainings delivered.").Resolve(c => c.Source.Process);
        Field<NonNullGraphType<IntGraphType>>("total").Description("All findings counted here, of every kind.").Resolve(c => c.Source.Total);
    }
}
