using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Analyses.Compare;

/// <summary>Compares the tactics and policy levers of several industries from the evidence rows of those industries.</summary>
public static class StrategyComparison
{
    public static Comparison Compare(IReadOnlyList<string> industryIds, IReadOnlyList<EvidenceRow> rows)
    {
        var scoped = rows.Where(r => r.SubjectLabel != GraphSchema.Intervention && r.IndustryId is not null && industryIds.Contains(r.IndustryId)).ToList();
        var strategies = scoped
            .GroupBy(r => (r.SubjectId, r.SubjectLabel))
            .Select(g =>
            {
                var uses = g.GroupBy(r => r.IndustryId!)
                    .OrderBy(u => industryIds.ToList().IndexOf(u.Key))
                    .Select(u =>
                    {
                        var findings = u.Where(r => r.FindingId is not null).GroupBy(r => r.FindingId!).Select(f => f.First()).ToList();
                        return new StrategyUse(u.Key,
                            Evidence.VerdictOf(findings.Select(f => (f.FindingKind, f.Effect)).ToList()),
                            EffectCounts.Of(findings.Where(f => f.IsEffect).Select(f => f.Effect)),
                            u.Select(r => r.InterventionId).Distinct().Order(StringComparer.Ordinal).ToList(),
                            findings.Select(f => f.FindingId!).Order(StringComparer.Ordinal).ToList(),
                            FindingKindCounts.Of(findings.Select(f => f.FindingKind)));
                    })
                    .ToList();
                return new ComparedStrategy(g.Key.SubjectId, g.Key.SubjectLabel, uses.Count == industryIds.Count, uses);
            })
            .OrderByDescending(s => s.UsedIn.Count)
            .ThenBy(s => s.StrategyId, StringComparer.Ordinal)
            .ToList();

        var profiles = industryIds.Select(industry =>
        {
            var unique = strategies.Where(s => s.UsedIn.Count == 1 && s.UsedIn[0].IndustryId == industry).Select(s => s.StrategyId).ToList();
            var findings = rows.Where(r => r.IndustryId == industry && r.FindingId is not null).GroupBy(r => r.FindingId!).Select(f => f.First()).ToList();
            var outcomes = findings
                .SelectMany(f => f.OutcomeCategories.Select(c => (Category: c, Finding: f)))
                .GroupBy(p => p.Category)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new OutcomeCategoryEffects(g.Key, EffectCounts.Of(g.Where(p => p.Finding.IsEffect).Select(p => p.Finding.Effect)),
                    g.Select(p => p.Finding.FindingId!).Order(StringComparer.Ordinal).ToList(), FindingKindCounts.Of(g.Select(p => p.Finding.FindingKind))))
                .ToList();
            return new IndustryProfile(industry, unique, outcomes);
        }).ToList();
        return new Comparison(industryIds, strategies, profiles);
    }
}
