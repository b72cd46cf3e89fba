using System.Text;
using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using static KnowledgeGraph.Core.Exchange.Csv.CsvEncoder;

namespace KnowledgeGraph.Api.Http;

/// <summary>The evidence gap map as CSV: one line per cell, gaps included, ready to pivot.</summary>
public static class EvidenceMapCsv
{
    public static string Write(EvidenceMap map)
    {
        var rows = map.Rows.ToDictionary(r => r.Id, r => r.Name);
        var columns = map.Columns.ToDictionary(c => c.Id, c => c.Name);
        var csv = new StringBuilder("row_id,row_name,column_id,column_name,positive,negative,mixed,no_effect,total,best_evidence,is_gap,finding_ids\n");
        foreach (var cell in map.Cells)
        {
            csv.AppendJoin(',',
                Field(cell.RowId), Field(rows[cell.RowId]), Field(cell.ColumnId), Field(columns[cell.ColumnId]),
                cell.Positive, cell.Negative, cell.Mixed, cell.NoEffect, cell.Total,
                Field(cell.BestStrength ?? ""), cell.Total == 0 ? "true" : "false", Field(string.Join(' ', cell.FindingIds)));
            csv.Append('\n');
        }
        return csv.ToString();
    }
}
