using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Analyses.WhatWorked;

/// <summary>Counts of findings by effect.</summary>
public sealed record EffectCounts(int Positive, int Negative, int Mixed, int NoEffect)
{
    public int Total => Positive + Negative + Mixed + NoEffect;

    public static EffectCounts Of(IEnumerable<string?> effects)
    {
        var list = effects.ToList();
        return new(list.Count(e => e == Effects.Positive), list.Count(e => e == Effects.Negative), list.Count(e => e == Effects.Mixed), list.Count(e => e == Effects.NoEffect));
    }
}
