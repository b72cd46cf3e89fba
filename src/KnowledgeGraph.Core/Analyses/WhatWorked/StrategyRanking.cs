using System.Globalization;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Analyses.WhatWorked;

/// <summary>Turns evidence rows into ranked, explained strategies (whatWorked) and side-by-side comparisons (compareStrategies).</summary>
public static class StrategyRanking
{
    private sealed record FindingFact(string Id, string FindingKind, string? Effect, string Strength, string Kind, int? Year);

    /// <summary>
    /// Ranks every strategy of the rows. <paramref name="newestFindingYear"/> is the newest finding year of the whole
    /// graph (<c>IGraphAnalyses.NewestFindingYearAsync</c>): recency is measured from it, so that a strategy with the
    /// same findings scores the same whatever the scope; without it, from the rows' newest year.
    /// </summary>
    public static IReadOnlyList<StrategyEvidence> Rank(IReadOnlyList<EvidenceRow> rows, int? newestFindingYear)
    {
        var referenceYear = newestFindingYear ?? rows.Max(r => r.Year) ?? DateTime.UtcNow.Year;
        var creditedTo = rows
            .Where(r => r.IsEffect && r.FindingId is not null && r.SubjectLabel is GraphSchema.Tactic or GraphSchema.PolicyLever)
            .GroupBy(r => r.FindingId!)
            .ToDictionary(g => g.Key, g => g.Select(r => r.SubjectId).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        return rows
            .GroupBy(r => (r.SubjectId, r.SubjectLabel))
            .Select(g => Score(g.Key.SubjectId, g.Key.SubjectLabel, g.ToList(), referenceYear, creditedTo))
            .OrderByDescending(s => s.Score)
            .ThenByDescending(s => s.Confidence)
            // At the same score and confidence (0 and 0), an adoption on record comes before nothing at all.
            .ThenBy(s => s.Verdict == Verdict.NO_EVIDENCE)
            .ThenBy(s => s.SubjectId, StringComparer.Ordinal)
            .ToList();
    }

    public static StrategyEvidence Score(string subjectId, string subjectLabel, IReadOnlyList<EvidenceRow> rows, int referenceYear,
        IReadOnlyDictionary<string, HashSet<string>>? creditedTo = null)
    {
        var all = rows.Where(r => r.FindingId is not null)
            .GroupBy(r => r.FindingId!)
            .Select(g => g.First())
            .Select(r => new FindingFact(r.FindingId!, r.FindingKind ?? FindingKinds.Effect, r.Effect, r.Strength!, r.Kind!, r.Year))
            .OrderBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
        // Only EFFECT findings are evidence that it worked; adoption is reported beside them, prevalence and process never count.
        var findings = all.Where(f => f.FindingKind == FindingKinds.Effect).ToList();
        var adoptions = all.Where(f => f.FindingKind == FindingKinds.Adoption).ToList();
        var industries = rows.Where(r => r.IndustryId is not null).Select(r => r.IndustryId!).Distinct().Order(StringComparer.Ordinal).ToList();
        var positiveIndustries = rows.Where(r => r.IsEffect && r.Effect == Effects.Positive && r.IndustryId is not null)
            .Select(r => r.IndustryId!).Distinct().Order(StringComparer.Ordinal).ToList();

        var raw = findings.Sum(f => Evidence.EffectSign.GetValueOrDefault(f.Effect ?? "") * Evidence.Weight(f.Strength, f.Kind, f.Year, referenceYear));
        var replication = 1 + Evidence.ReplicationBonus * Math.Max(0, positiveIndustries.Count - 1);
        var score = Math.Round(raw * replication, 3);
        var confidence = Math.Round(findings.Sum(f => Evidence.Weight(f.Strength, f.Kind, f.Year, referenceYear)), 3);
        var effects = EffectCounts.Of(findings.Select(f => f.Effect));
        var verdict = Evidence.VerdictOf(all.Select(f => ((string?)f.FindingKind, f.Effect)).ToList());
        var best = findings.OrderByDescending(f => Evidence.StrengthRank.GetValueOrDefault(f.Strength))
            .ThenByDescending(f => Evidence.KindWeight.GetValueOrDefault(f.Kind)).FirstOrDefault();
        var bestDesign = findings.OrderByDescending(f => EvidenceKinds.DesignRank(f.Kind)).FirstOrDefault()?.Kind;
        var newest = findings.Max(f => f.Year);
        var kinds = FindingKindCounts.Of(all.Select(f => f.FindingKind));
        var sharing = subjectLabel == GraphSchema.Intervention || creditedTo is null
            ? []
            : findings.Select(f => (f.Id, Others: creditedTo.GetValueOrDefault(f.Id)?.Where(s => s != subjectId).ToList() ?? []))
                .Where(f => f.Others.Count > 0).ToList();
        var sharedWith = sharing.SelectMany(f => f.Others).Distinct().Order(StringComparer.Ordinal).ToList();

        return new StrategyEvidence(subjectId, subjectLabel, score, confidence, verdict, effects, best?.Strength, newest,
            industries, positiveIndustries,
            rows.Select(r => r.InterventionId).Distinct().Order(StringComparer.Ordinal).ToList(),
            findings.Select(f => f.Id).ToList(),
            Explain(verdict, effects, best, newest, positiveIndustries.Count, findings, kinds, score, replication) + Shared(sharing.Count, findings.Count, sharedWith.Count),
            adoptions.Select(f => f.Id).ToList(), kinds, bestDesign)
        {
            InterventionsWithAdoption = rows.Where(r => r.FindingKind == FindingKinds.Adoption).Select(r => r.InterventionId).Distinct().Order(StringComparer.Ordinal).ToList(),
            SharedWithIds = sharedWith,
            SharedFindings = sharing.Count,
        };
    }

    private static string Shared(int shared, int findings, int others) => shared == 0
        ? ""
        : $" {shared} of its {findings} effect finding{(findings == 1 ? "" : "s")} also count{(shared == 1 ? "s" : "")} for {others} other "
          + $"tactic{(others == 1 ? "" : "s")} or lever{(others == 1 ? "" : "s")} applied by the same intervention{(shared == 1 ? "" : "s")}: shared evidence, not independent support.";

    private static string Explain(Verdict verdict, EffectCounts effects, FindingFact? best, int? newest, int positiveIndustries,
        IReadOnlyList<FindingFact> findings, FindingKindCounts kinds, double score, double replication)
    {
        var beside = new[] { (kinds.Adoption, "adoption"), (kinds.Prevalence, "prevalence"), (kinds.Process, "process") }
            .Where(c => c.Item1 > 0).Select(c => $"{c.Item1} {c.Item2}").ToList();
        var besideText = beside.Count == 0 ? "" : $" Not counted as evidence of an effect: {string.Join(", ", beside)}.";
        if (verdict == Verdict.NO_EVIDENCE)
        {
            return "No evidence: it was applied here, but no finding about its effect was recorded (this is not evidence that it failed)." + besideText;
        }
        if (verdict == Verdict.ADOPTED_ONLY)
        {
            return "Only adoption is documented; no effect on harassment was measured." + besideText + " Score 0.";
        }
        var parts = new List<string>();
        var counts = new[]
            {
                (effects.Positive, "positive"), (effects.Mixed, "mixed"), (effects.NoEffect, "no effect"),
                (effects.Inconclusive, "inconclusive"), (effects.Negative, "negative"),
            }
            .Where(c => c.Item1 > 0).Select(c => $"{c.Item1} {c.Item2}");
        parts.Add($"{findings.Count} effect finding{(findings.Count == 1 ? "" : "s")} ({string.Join(", ", counts)})");
        var designs = findings.GroupBy(f => f.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} {g.Key.ToLowerInvariant().Replace('_', ' ')}");
        parts.Add($"evidence: {string.Join(", ", designs)}; best {best!.Strength.ToLowerInvariant()} ({best.Kind.ToLowerInvariant().Replace('_', ' ')})");
        if (newest is { } year)
        {
            parts.Add($"newest from {year}");
        }
        parts.Add(positiveIndustries > 1
            ? $"positive in {positiveIndustries} industries (replication × {replication.ToString("0.0", CultureInfo.InvariantCulture)})"
            : positiveIndustries == 1 ? "positive in one industry only" : "no positive finding");
        var meaning = verdict switch
        {
            Verdict.WORKED => "Evidence of an effect.",
            Verdict.NO_EFFECT_FOUND => "Evidence of NO effect: it was measured and nothing changed.",
            Verdict.HARMFUL => "Evidence of harm or backlash.",
            Verdict.INCONCLUSIVE => "Inconclusive: effects were looked at, but the evidence cannot tell whether it worked.",
            _ => "Mixed evidence.",
        };
        return $"{meaning} {string.Join("; ", parts)}.{besideText} Score {score.ToString("0.###", CultureInfo.InvariantCulture)}.";
    }
}
