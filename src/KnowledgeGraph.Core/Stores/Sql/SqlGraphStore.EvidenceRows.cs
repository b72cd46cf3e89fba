using System.Data.Common;
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
            if (row.SubjectId is not null)
            {
                subjects.Add(row);
                continue;
            }
            if (!findings.TryGetValue(row.InterventionId, out var list))
            {
                findings[row.InterventionId] = list = [];
            }
            list.Add((row, row.Categories is null ? [] : JsonSerializer.Deserialize<string[]>(row.Categories)!));
        }
        var expanded = new List<EvidenceRow>(subjects.Count);
        foreach (var s in subjects)
        {
            if (!findings.TryGetValue(s.InterventionId, out var list))
            {
                expanded.Add(new(s.SubjectId!, s.SubjectLabel!, s.InterventionId, s.IndustryId, null, null, null, null, null, [], null));
                continue;
            }
            foreach (var (f, categories) in list)
            {
                expanded.Add(new(s.SubjectId!, s.SubjectLabel!, s.InterventionId, s.IndustryId, f.FindingId, f.Effect, f.Strength, f.Kind, (int?)f.Year,
                    categories, f.FindingKind));
            }
        }
        return expanded;
    }

    /// <summary>
    /// A subject (with <see cref="SubjectId"/>) or a finding of an intervention (without), read by position with typed
    /// getters: a hot industry's statement returns tens of thousands of these rows.
    /// </summary>
    private sealed record EvidenceSqlRow(
        string? SubjectId, string? SubjectLabel, string InterventionId, string? IndustryId, string? FindingId, string? Effect, string? Strength,
        string? Kind, string? FindingKind, long? Year, string? Categories)
    {
        public static EvidenceSqlRow Read(DbDataReader reader)
        {
            string? Text(int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
            return new(Text(0), Text(1), reader.GetString(2), Text(3), Text(4), Text(5), Text(6), Text(7), Text(8),
                SqlReads.NullableInt64(reader, 9), Text(10));
        }
    }
}
