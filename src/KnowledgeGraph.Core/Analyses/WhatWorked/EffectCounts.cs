using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Analyses.WhatWorked;

/// <summary>Counts of EFFECT findings by effect (other kinds of finding carry no effect and are not counted here).</summary>
public sealed record EffectCounts(int Positive, int Negative, int Mixed, int NoEffect, int Inconclusive = 0)
{
    public int Total => Positive + Negative + Mixed + NoEffect + Inconclusive;

    public static EffectCounts Of(IEnumerable<string?> effects)
    {
        var list = effects.ToList();
        return new(list.Count(e => e == Effects.Positive), list.Count(e => e == Effects.Negative), list.Count(e => e == Effects.Mixed),
            list.Count(e => e == Effects.NoEffect), list.Count(e => e == Effects.Inconclusive));
    }
}

/// <summary>Counts of findings by kind: what was measured (effect), adopted, documented (prevalence) or done (process).</summary>
public sealed record FindingKindCounts(int Effect, int Adoption, int Prevalence, int Process)
{
    public static readonly FindingKindCounts None = new(0, 0, 0, 0);

    public int Total => Effect + Adoption + Prevalence + Process;

    public static FindingKindCounts Of(IEnumerable<string?> kinds)
    {
        var list = kinds.ToList();
        return new(list.Count(k => k == FindingKinds.Effect), list.Count(k => k == FindingKinds.Adoption),
            list.Count(k => k == FindingKinds.Prevalence), list.Count(k => k == FindingKinds.Process));
    }
}
