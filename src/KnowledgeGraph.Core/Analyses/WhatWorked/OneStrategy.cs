using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Analyses.WhatWorked;

/// <summary>
/// All the evidence for one strategy in a scope: its ranking entry exactly as whatWorked scores it over the same rows
/// (same verdict, score and explanation), with its prevalence and process findings listed apart.
/// </summary>
public sealed record OneStrategyEvidence(
    StrategyEvidence Evidence,
    bool AppliedInScope,
    IReadOnlyList<string> PrevalenceFindingIds,
    IReadOnlyList<string> ProcessFindingIds);

public static class OneStrategy
{
    /// <summary>
    /// The evidence for <paramref name="subjectId"/> among <paramref name="rows"/> (the evidence rows of the whole
    /// scope, as whatWorked reads them, so that shared evidence is found the same way), recency measured from the
    /// graph's <paramref name="newestFindingYear"/>.
    /// </summary>
    public static OneStrategyEvidence Of(string subjectId, string subjectLabel, IReadOnlyList<EvidenceRow> rows, int? newestFindingYear)
    {
        var ranked = StrategyRanking.Rank(rows, newestFindingYear).FirstOrDefault(s => s.SubjectId == subjectId);
        var own = rows.Where(r => r.SubjectId == subjectId).ToList();
        var evidence = ranked ?? StrategyRanking.Score(subjectId, subjectLabel, [], newestFindingYear ?? DateTime.UtcNow.Year) with
        {
            Explanation = "Not applied in this scope: no intervention here applies it, so there is no evidence either way.",
        };
        return new OneStrategyEvidence(evidence, ranked is not null, Findings(own, FindingKinds.Prevalence), Findings(own, FindingKinds.Process));
    }

    private static List<string> Findings(IEnumerable<EvidenceRow> rows, string kind) =>
        rows.Where(r => r.FindingId is not null && r.FindingKind == kind).Select(r => r.FindingId!)
            .Distinct().Order(StringComparer.Ordinal).ToList();
}
