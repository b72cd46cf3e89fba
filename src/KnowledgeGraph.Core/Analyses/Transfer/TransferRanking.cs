using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Analyses.Transfer;

/// <summary>
/// Ranks transfer candidates (docs/scoring.md): evidence × (1 + distinctiveness). Evidence is the intervention's net
/// effect evidence, Σ sign × weight over its EFFECT findings as whatWorked sums it (<see cref="Evidence"/>), so that a
/// negative or mixed finding weighs against it; distinctiveness is the sum, over the
/// risk factors the asking industry shares with the candidate's industries, of ln(N / n): N industries described by
/// risk factors, n of them with that factor. A factor every industry has weighs 0. Only interventions with effect
/// evidence — a POSITIVE EFFECT finding and net evidence above 0 — that bring at least one tactic or lever the industry
/// has not applied are kept; ties go by id.
/// </summary>
public static class TransferRanking
{
    public sealed record Row(
        string InterventionId, string IndustryId, IReadOnlyList<string> Shared, int SharedCount, int OwnCount, int TargetCount,
        string FindingId, string? Effect, string Strength, string Kind, int? Year, IReadOnlyList<string> NewStrategies);

    /// <summary>Inverse industry frequency: ln(industryCount / industriesWithFactor), 0 when every industry has it.</summary>
    public static double FactorWeight(int industryCount, int industriesWithFactor) =>
        industriesWithFactor <= 0 || industryCount <= industriesWithFactor ? 0 : Math.Log(industryCount / (double)industriesWithFactor);

    /// <param name="rows">One row per candidate × industry × EFFECT finding.</param>
    /// <param name="industriesWithFactor">For each risk factor, how many industries list it.</param>
    /// <param name="industryCount">How many industries list any risk factor.</param>
    /// <param name="first">How many candidates to return.</param>
    /// <param name="newestFindingYear">The graph's newest finding year, which recency is measured from (as in whatWorked).</param>
    public static IReadOnlyList<TransferCandidate> Rank(
        IReadOnlyList<Row> rows, IReadOnlyDictionary<string, int> industriesWithFactor, int industryCount, int first, int? newestFindingYear = null)
    {
        if (rows.Count == 0)
        {
            return [];
        }
        var referenceYear = newestFindingYear ?? rows.Max(r => r.Year) ?? DateTime.UtcNow.Year;
        return rows
            .Where(r => r.NewStrategies.Count > 0)
            .GroupBy(r => r.InterventionId)
            .Where(g => g.Any(r => r.Effect == Effects.Positive))
            .Select(g =>
            {
                var similarity = g.Max(r => r.SharedCount / (double)(r.TargetCount + r.OwnCount - r.SharedCount));
                var evidence = g.GroupBy(r => r.FindingId).Select(f => f.First())
                    .Sum(f => Evidence.EffectSign.GetValueOrDefault(f.Effect ?? "") * Evidence.Weight(f.Strength, f.Kind, f.Year, referenceYear));
                var factors = g.SelectMany(r => r.Shared).Distinct()
                    .Select(name =>
                    {
                        var industries = industriesWithFactor.GetValueOrDefault(name);
                        return new SharedRiskFactor(name, Math.Round(FactorWeight(industryCount, industries), 3), industries);
                    })
                    .OrderByDescending(f => f.Weight).ThenBy(f => f.Name, StringComparer.Ordinal)
                    .ToList();
                var distinctiveness = factors.Sum(f => f.Weight);
                return new TransferCandidate(
                    g.Key,
                    g.Select(r => r.IndustryId).Distinct().Order(StringComparer.Ordinal).ToList(),
                    factors.Select(f => f.Name).Order(StringComparer.Ordinal).ToList(),
                    Math.Round(similarity, 3),
                    Math.Round(evidence, 3),
                    Math.Round(evidence * (1 + distinctiveness), 3),
                    g.Where(r => r.Effect == Effects.Positive).Select(r => r.FindingId).Distinct().Order(StringComparer.Ordinal).ToList(),
                    g.SelectMany(r => r.NewStrategies).Distinct().Order(StringComparer.Ordinal).ToList())
                {
                    SharedFactors = factors,
                    Distinctiveness = Math.Round(distinctiveness, 3),
                };
            })
            .Where(c => c.Evidence > 0)
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.InterventionId, StringComparer.Ordinal)
            .Take(first)
            .ToList();
    }
}
