using GraphQL.Types;
using KnowledgeGraph.Core.Analyses.WhatWorked;

namespace KnowledgeGraph.Api.GraphQL.Analyses;

public sealed class EffectCountsGraphType : ObjectGraphType<EffectCounts>
{
    public EffectCountsGraphType()
    {
        Name = "EffectCounts";
        Description = "Findings counted by effect.";
        Field<NonNullGraphType<IntGraphType>>("positive").Resolve(c => c.Source.Positive);
        Field<NonNullGraphType<IntGraphType>>("negative").Resolve(c => c.Source.Negative);
        Field<NonNullGraphType<IntGraphType>>("mixed").Resolve(c => c.Source.Mixed);
        Field<NonNullGraphType<IntGraphType>>("noEffect").Description("Findings of no effect: measured, and nothing changed.").Resolve(c => c.Source.NoEffect);
        Field<NonNullGraphType<IntGraphType>>("total").Resolve(c => c.Source.Total);
    }
}
