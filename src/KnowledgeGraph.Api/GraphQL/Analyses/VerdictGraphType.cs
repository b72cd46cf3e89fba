using GraphQL.Types;
using KnowledgeGraph.Core.Analyses.WhatWorked;

namespace KnowledgeGraph.Api.GraphQL.Analyses;

public sealed class VerdictGraphType : EnumerationGraphType<Verdict>
{
    public VerdictGraphType()
    {
        Name = "Verdict";
        Description = "What the evidence says, from EFFECT findings only. NO_EVIDENCE (nothing was measured) and NO_EFFECT_FOUND (it was measured, nothing changed) are different answers.";
        foreach (var (value, description) in Descriptions)
        {
            Values.FindByName(value)!.Description = description;
        }
    }

    private static readonly Dictionary<string, string> Descriptions = new()
    {
        [nameof(Verdict.WORKED)] = "Effect findings point to an effect in the wanted direction.",
        [nameof(Verdict.MIXED_EVIDENCE)] = "Effect findings disagree, or are mixed.",
        [nameof(Verdict.NO_EFFECT_FOUND)] = "Effect findings from designs that can show an absence found none: evidence of no effect.",
        [nameof(Verdict.HARMFUL)] = "Effect findings point to harm or a backlash.",
        [nameof(Verdict.INCONCLUSIVE)] = "Effect findings exist, but none can tell whether it worked (confounded trends, absence of evidence).",
        [nameof(Verdict.ADOPTED_ONLY)] = "Adopted (enacted, signed, funded), but no effect was measured.",
        [nameof(Verdict.NO_EVIDENCE)] = "Applied, but no effect or adoption finding: nobody measured anything.",
    };
}
