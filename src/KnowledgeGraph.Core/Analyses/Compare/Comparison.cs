using KnowledgeGraph.Core.Analyses.WhatWorked;

namespace KnowledgeGraph.Core.Analyses.Compare;

public sealed record Comparison(IReadOnlyList<string> IndustryIds, IReadOnlyList<ComparedStrategy> Strategies, IReadOnlyList<IndustryProfile> Industries)
{
    public IReadOnlyList<string> SharedStrategyIds => Strategies.Where(s => s.SharedByAll).Select(s => s.StrategyId).ToList();
}

public sealed record ComparedStrategy(string StrategyId, string StrategyLabel, bool SharedByAll, IReadOnlyList<StrategyUse> UsedIn);

/// <summary>
/// How one industry uses one strategy, and what its findings say there: <see cref="Effects"/> counts EFFECT findings
/// only, <see cref="Kinds"/> every finding by kind (adoption apart from effect).
/// </summary>
public sealed record StrategyUse(
    string IndustryId, Verdict Verdict, EffectCounts Effects, IReadOnlyList<string> InterventionIds, IReadOnlyList<string> FindingIds, FindingKindCounts Kinds);

public sealed record IndustryProfile(string IndustryId, IReadOnlyList<string> UniqueStrategyIds, IReadOnlyList<OutcomeCategoryEffects> Outcomes);

public sealed record OutcomeCategoryEffects(string Category, EffectCounts Effects, IReadOnlyList<string> FindingIds, FindingKindCounts Kinds);
