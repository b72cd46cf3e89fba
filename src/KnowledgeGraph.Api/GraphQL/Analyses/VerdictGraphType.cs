using GraphQL.Types;
using KnowledgeGraph.Core.Analyses.WhatWorked;

namespace KnowledgeGraph.Api.GraphQL.Analyses;

public sealed class VerdictGraphType : EnumerationGraphType<Verdict>
{
    public VerdictGraphType()
    {
        Name = "Verdict";
        Description = "What the evidence says. NO_EVIDENCE (nothing was measured) and NO_EFFECT_FOUND (it was measured, nothing changed) are different answers.";
    }
}
