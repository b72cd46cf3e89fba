using KnowledgeGraph.Core.Analyses.WhatWorked;

namespace KnowledgeGraph.Core.Analyses.Transfer;

/// <summary>
/// Ranks transfer candidates: similarity (Jaccard of the two industries' risk factors) × evidence (the weights of
/// the intervention's positive findings, as in <see cref="Evidence"/>). Only interventions that bring at least one
/// tactic or lever the target industry has not applied are kept.
/// </summary>
public static class TransferRanking
{
    public sealed record Row(
        string InterventionId, string IndustryId, IReadOnlyList<string> Shared, int SharedCount, int OwnCount, int TargetCount,
        string FindingId, string Strength, string Kind, int? Year, IReadOnlyList<string> NewStrategies);

    public static IReadOnlyList<TransferCandidate> Rank(IReadOnlyList<Row> rows, int first)
    {
        if (rows.Count == 0)
        {
            return [];
        }
        var referenceYear = rows.Max(r => r.Year) ?? DateTime.UtcNow.Year;
        return rows
            .Where(r => r.NewStrategies.Count > 0)
            .GroupBy(r => r.InterventionId)
            .Select(g =>
            {
                var similarity = g.Max(r => r.SharedCount / (double)(r.TargetCount + r.OwnCount - r.SharedCount));
                var evidence = g.GroupBy(r => r.FindingId).Sum(f => Evidence.Weight(f.First().Strength, f.First().Kind, f.First().Year, referenceYear));
                return new TransferCandidate(
                    g.Key,
                    g.Select(r => r.IndustryId).Distinct().Order(StringComparer.Ordinal).ToList(),
                    g.SelectMany(r => r.Shared).Distinct().Order(StringComparer.Ordinal).ToList(),
                    Math.Round(similarity, 3),
                    Math.Round(evidence, 3),
                    Math.Round(similarity * evidence, 3),
                    g.Select(r => r.FindingId).Distinct().Order(StringComparer.Ordinal).ToList(),
                    g.SelectMany(r => r.NewStrategies).Distinct().Order(StringComparer.Ordinal).ToList());
            })
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.InterventionId, StringComparer.Ordinal)
            .Take(first)
            .ToList();
    }
}
