using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores.Shared;

/// <summary>The store-independent half of an evidence gap map: the headers of an axis, and every cell with the gaps filled in.</summary>
internal static class EvidenceMaps
{
    /// <summary>The id prefix of the strategy label an axis lists (tactics or policy levers).</summary>
    public static string Prefix(MapAxis axis) => GraphSchema.Label(axis == MapAxis.Tactic ? GraphSchema.Tactic : GraphSchema.PolicyLever).IdPrefix;

    /// <summary>
    /// The map with every row × column cell: counted ones from <paramref name="cells"/>, zeros elsewhere. The headers
    /// of a node axis are its label's nodes in name order, read through <paramref name="namesAsync"/>.
    /// </summary>
    public static async Task<EvidenceMap> MapAsync(
        EvidenceMapQuery query, IEnumerable<CellRow> cells, Func<string, Task<IEnumerable<(string Id, string Name)>>> namesAsync)
    {
        var counted = cells.ToDictionary(c => (c.row_id, c.column_id));
        var rows = await HeadersAsync(query.Rows, namesAsync);
        var columns = await HeadersAsync(query.Columns, namesAsync);
        var strengths = Evidence.StrengthRank.ToDictionary(p => p.Value, p => p.Key);
        var all = new List<EvidenceCell>(rows.Count * columns.Count);
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                all.Add(counted.TryGetValue((row.Id, column.Id), out var c)
                    ? new EvidenceCell(row.Id, column.Id, (int)c.positive, (int)c.negative, (int)c.mixed, (int)c.no_effect,
                        strengths.GetValueOrDefault((int)c.best_rank),
                        c.finding_ids.Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Order(StringComparer.Ordinal).ToList())
                    : new EvidenceCell(row.Id, column.Id, 0, 0, 0, 0, null, []));
            }
        }
        return new EvidenceMap(rows, columns, all);
    }

    private static async Task<IReadOnlyList<MapHeader>> HeadersAsync(MapAxis axis, Func<string, Task<IEnumerable<(string Id, string Name)>>> namesAsync)
    {
        if (axis == MapAxis.OutcomeCategory)
        {
            return GraphSchema.Enums["OutcomeCategory"].Select(c => new MapHeader(c, c)).ToList();
        }
        var label = axis switch
        {
            MapAxis.Tactic => GraphSchema.Tactic,
            MapAxis.PolicyLever => GraphSchema.PolicyLever,
            MapAxis.Intervention => GraphSchema.Intervention,
            MapAxis.Industry => GraphSchema.Industry,
            _ => GraphSchema.Jurisdiction,
        };
        return (await namesAsync(label)).Select(h => new MapHeader(h.Id, h.Name)).ToList();
    }
}

#pragma warning disable IDE1006 // Dapper maps snake_case columns onto these names.
/// <summary>One counted cell as the store sums it; <c>finding_ids</c> is space-separated and may repeat ids.</summary>
internal sealed class CellRow
{
    public string row_id { get; init; } = "";
    public string column_id { get; init; } = "";
    public long positive { get; init; }
    public long negative { get; init; }
    public long mixed { get; init; }
    public long no_effect { get; init; }
    public long best_rank { get; init; }
    public string finding_ids { get; init; } = "";
}
#pragma warning restore IDE1006
