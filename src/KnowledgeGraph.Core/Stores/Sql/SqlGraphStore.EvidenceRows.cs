using System.Text.Json;
using KnowledgeGraph.Core.Analyses.WhatWorked;

namespace KnowledgeGraph.Core.Stores.Sql;

// Evidence rows are one per subject and finding of its intervention: a tactic applied by 14,000 interventions with
// 20,000 findings between them makes 150,000 rows that repeat each finding once per subject. The statement returns
// the subjects and the findings once each; the rows are paired up here, in the order the statement gives them.
public sealed partial class SqlGraphStore
{
    /// <summary>
    /// The rows of <see cref="EvidenceAsync"/>: for each subject row (in order) one row per finding of its intervention
    /// (in order), or one row without a finding when it has none, as a LEFT JOIN ordered by subject, intervention,
    /// industry and finding gives them.
    /// </summary>
    private static List<EvidenceRow> ExpandEvidence(IEnumerable<EvidenceSqlRow> rows)
    {
        var subjects = new List<EvidenceSqlRow>();
        var findings = new Dictionary<string, List<(EvidenceSqlRow Row, string[] Categories)>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row.subject_id is not null)
            {
                subjects.Add(row);
                continue;
            }
            if (!findings.TryGetValue(row.intervention_id, out var list))
            {
                findings[row.intervention_id] = list = [];
            }
            list.Add((row, row.categories is null ? [] : JsonSerializer.Deserialize<string[]>(row.categories)!));
        }
        var expanded = new List<EvidenceRow>(subjects.Count);
        foreach (var s in subjects)
        {
            if (!findings.TryGetValue(s.intervention_id, out var list))
            {
                expanded.Add(new(s.subject_id!, s.subject_label!, s.intervention_id, s.industry_id, null, null, null, null, null, [], null));
                continue;
            }
            foreach (var (f, categories) in list)
            {
                expanded.Add(new(s.subject_id!, s.subject_label!, s.intervention_id, s.industry_id, f.finding_id, f.effect, f.strength, f.kind, (int?)f.year,
                    categories, f.finding_kind));
            }
        }
        return expanded;
    }

#pragma warning disable IDE1006 // Dapper maps snake_case columns onto these names.
    /// <summary>A subject (with <c>subject_id</c>) or a finding of an intervention (without).</summary>
    private sealed class EvidenceSqlRow
    {
        public string? subject_id { get; init; }
        public string? subject_label { get; init; }
        public string intervention_id { get; init; } = "";
        public string? industry_id { get; init; }
        public string? finding_id { get; init; }
        public string? effect { get; init; }
        public string? strength { get; init; }
        public string? kind { get; init; }
        public string? finding_kind { get; init; }
        public long? year { get; init; }
        public string? categories { get; init; }
    }
#pragma warning restore IDE1006
}
