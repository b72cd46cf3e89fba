using System.Text;
using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using static KnowledgeGraph.Core.Exchange.Csv.CsvEncoder;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// The evidence gap map as CSV: one line per cell, gaps included, ready to pivot. The effect columns count EFFECT
/// findings, the *_findings columns every finding by kind; a cell is a gap when it has no EFFECT finding.
/// weakly_sourced counts the EFFECT findings resting only on self-published or secondary sources.
/// </summary>
public static class EvidenceMapCsv
{
    public static string Write(EvidenceMap map)
    {
        var rows = map.Rows.ToDictionary(r => r.Id, r => r.Name);
        var columns = map.Columns.ToDictionary(c => c.Id, c => c.Name);
        var csv = new StringBuilder("row_id,row_name,column_id,column_name,positive,negative,mixed,no_effect,inconclusive," +
            "effect_findings,adoption_findings,prevalence_findings,process_findings,total,best_evidence,best_design,is_gap,finding_ids,weakly_sourced\n");
        foreach (var cell in map.Cells)
        {
            csv.AppendJoin(',',
                Field(cell.RowId), Field(rows[cell.RowId]), Field(cell.ColumnId), Field(columns[cell.ColumnId]),
                cell.Positive, cell.Negative, cell.Mixed, cell.NoEffect, cell.Inconclusive,
                cell.Kinds.Effect, cell.Kinds.Adoption, cell.Kinds.Prevalence, cell.Kinds.Process, cell.Total,
                Field(cell.BestStrength ?? ""), Field(cell.BestDesign ?? ""), cell.IsGap ? "true" : "false", Field(string.Join(' ', cell.FindingIds)), cell.WeaklySourced);
            csv.Append('\n');
        }
        return csv.ToString();
    }
}
