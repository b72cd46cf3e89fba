using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Analyses.WhatWorked;

/// <summary>
/// How many of a strategy's EFFECT findings rest only on self-published or secondary sources, said in its explanation.
/// Sourcing is reported beside the verdict: the score and verdict stay what <see cref="StrategyRanking"/> made them.
/// </summary>
public static class StrategySourcing
{
    /// <summary>
    /// The strategy with <see cref="StrategyEvidence.WeaklySourced"/> counted from <paramref name="sourcing"/> (by
    /// finding id; a finding missing from it counts as not weak) and a sentence added to the explanation when it is above 0.
    /// </summary>
    public static StrategyEvidence Apply(StrategyEvidence strategy, IReadOnlyDictionary<string, FindingSourcing> sourcing)
    {
        var weak = strategy.FindingIds.Count(id => sourcing.GetValueOrDefault(id)?.IsWeak == true);
        return weak == 0
            ? strategy with { WeaklySourced = 0 }
            : strategy with { WeaklySourced = weak, Explanation = $"{strategy.Explanation} {Sentence(weak, strategy.FindingIds.Count)}" };
    }

    /// <summary>The sentence for <paramref name="weak"/> weakly sourced findings out of <paramref name="total"/> EFFECT findings.</summary>
    public static string Sentence(int weak, int total) => (weak, total) switch
    {
        (1, 1) => "Its effect finding rests only on self-published or secondary sources (see the finding's sourcing).",
        _ when weak == total => $"All {total} effect findings rest only on self-published or secondary sources (see each finding's sourcing).",
        _ => $"{weak} of the {total} effect findings rest only on self-published or secondary sources (see each finding's sourcing).",
    };
}
