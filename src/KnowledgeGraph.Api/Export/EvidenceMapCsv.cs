using System.Globalization;
using System.Text;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;
using static KnowledgeGraph.Core.Exchange.Csv.CsvEncoder;
using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Analyses.WhatWorked;

namespace KnowledgeGraph.Api.Export;

/// <summary>
/// <c>GET /export/evidence-map.csv?rows=TACTIC&amp;columns=INDUSTRY</c>: the evidence gap map for spreadsheets, one line
/// per cell (gaps included), ready to pivot. Optional filters: industries (comma-separated ids), jurisdiction,
/// outcomeCategory, minEvidence, since.
/// </summary>
public static class EvidenceMapCsv
{
    private static readonly Dictionary<string, MapAxis> Rows = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TACTIC"] = MapAxis.Tactic,
        ["POLICY_LEVER"] = MapAxis.PolicyLever,
        ["INTERVENTION"] = MapAxis.Intervention,
    };

    private static readonly Dictionary<string, MapAxis> Columns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["INDUSTRY"] = MapAxis.Industry,
        ["OUTCOME_CATEGORY"] = MapAxis.OutcomeCategory,
        ["JURISDICTION"] = MapAxis.Jurisdiction,
    };

    public static IEndpointRouteBuilder MapEvidenceMapCsv(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/evidence-map.csv", async (HttpContext http, IGraphAnalyses analyses) =>
        {
            var query = http.Request.Query;
            string? Problem(string? value, string name, IEnumerable<string> allowed) =>
                value is null || allowed.Contains(value) ? null : $"'{name}' must be one of {string.Join(", ", allowed)}.";
            var errors = new[]
            {
                Rows.ContainsKey(query["rows"].ToString()) ? null : $"'rows' must be one of {string.Join(", ", Rows.Keys)}.",
                Columns.ContainsKey(query["columns"].ToString()) ? null : $"'columns' must be one of {string.Join(", ", Columns.Keys)}.",
                Problem(Value(query["outcomeCategory"]), "outcomeCategory", GraphSchema.Enums["OutcomeCategory"]),
                Problem(Value(query["minEvidence"]), "minEvidence", GraphSchema.Enums["EvidenceStrength"]),
                Value(query["since"]) is { } since && !int.TryParse(since, NumberStyles.None, CultureInfo.InvariantCulture, out _) ? "'since' must be a year." : null,
            }.OfType<string>().ToList();
            if (errors.Count > 0)
            {
                return Results.Json(new { errors = errors.Select(message => new { message, extensions = new { code = ErrorCodes.BadUserInput } }) }, statusCode: 400);
            }
            var filter = new EvidenceFilter
            {
                IndustryIds = Value(query["industries"])?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
                JurisdictionId = Value(query["jurisdiction"]),
                OutcomeCategory = Value(query["outcomeCategory"]),
                MinStrength = Value(query["minEvidence"]),
                Since = Value(query["since"]) is { } year ? int.Parse(year, CultureInfo.InvariantCulture) : null,
            };
            var map = await analyses.EvidenceMapAsync(new EvidenceMapQuery(Rows[query["rows"]!], Columns[query["columns"]!], filter), http.RequestAborted);
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"evidence-map-{query["rows"].ToString().ToLowerInvariant()}-by-{query["columns"].ToString().ToLowerInvariant()}.csv\"";
            return Results.Text(Write(map), "text/csv; charset=utf-8");
        });
        return app;
    }

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

    private static string? Value(Microsoft.Extensions.Primitives.StringValues value) => string.IsNullOrWhiteSpace(value) ? null : value.ToString();
}
