using KnowledgeGraph.Core.Analyses.WhatWorked;

namespace KnowledgeGraph.Core.Analyses.Transfer;

/// <summary>
/// Ranks transfer candidates (docs/scoring.md): evidence × (1 + distinctiveness). Evidence is the summed weight of
/// the intervention's POSITIVE EFFECT findings, as in <see cref="Evidence"/>; distinctiveness is the sum, over the
/// risk factors the asking industry shares with the candidate's industries, of ln(N / n): N industries described by
/// risk factors, n of them with that factor. A factor every industry has weighs 0. Only interventions with effect
/// evidence that bring at least one tactic or lever the industry has not applied are kept; ties go by id.
/// </summary>
public static class TransferRanking
{
    public sealed record Row(
        string InterventionId, string IndustryId, IReadOnlyList<string> Shared, int SharedCount, int OwnCount, int TargetCount,
        string FindingId, string Strength, string Kind, int? Year, IReadOnlyList<string> NewStrategies);

    /// <summary>Inverse industry frequency: ln(industryCount / industriesWithFactor), 0 when every industry has it.</summary>
    public static double FactorWeight(int industryCount, int industriesWithFactor) =>
        industriesWithFactor <= 0 || industryCount <= industriesWithFactor ? 0 : Math.Log(industryCount / (double)industriesWithFactor);

    /// <param name="rows">One row per candidate × industry × positive EFFECT finding.</param>
    /// <param name="industriesWithFactor">For each risk factor, how many industries list it.</param>
    /// <param name="industryCount">How many industries list any risk factor.</param>
    /// <param name="first">How many candidates to return.</param>
    public static IReadOnlyList<TransferCandidate> Rank(
        IReadOnlyList<Row> rows, IReadOnlyDictionary<string, int> industriesWithFactor, int industryCount, int first)
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
                    g.Select(r => r.FindingId).Distinct().Order(StringComparer.Ordinal).ToList(),
                    g.SelectMany(r => r.NewStrategies).Distinct().Order(StringComparer.Ordinal).ToList())
                {
                    SharedFactors = factors,
                    Distinctiveness = Math.Round(distinctiveness, 3),
                };
            })
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.InterventionId, StringComparer.Ordinal)
            .Take(first)
            .ToList();
    }
}
