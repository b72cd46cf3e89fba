using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Analyses.EvidenceGapMap;

/// <summary>The store-independent half of an evidence gap map: the headers of an axis, and every cell with the gaps filled in.</summary>
internal static class EvidenceMaps
{
    /// <summary>The id prefix of the strategy label an axis lists (tactics or policy levers).</summary>
    public static string Prefix(MapAxis axis) => GraphSchema.Label(axis == MapAxis.Tactic ? GraphSchema.Tactic : GraphSchema.PolicyLever).IdPrefix;

    /// <summary>The strength a store's best strength rank (see <see cref="Evidence.StrengthRank"/>) stands for; null for none.</summary>
    public static string? Strength(long rank) => Evidence.StrengthRank.FirstOrDefault(p => p.Value == rank).Key;

    /// <summary>The study design a store's best design rank (see <see cref="EvidenceKinds.DesignRank"/>) stands for; null for none.</summary>
    public static string? Design(long rank) => rank == 0 ? null : EvidenceKinds.All.FirstOrDefault(k => EvidenceKinds.DesignRank(k) == rank);

    /// <summary>
    /// The map with every row × column cell: the counted ones, zeros elsewhere. The headers of a node axis are its
    /// label's nodes in name order, read through <paramref name="namesAsync"/>.
    /// </summary>
    public static async Task<EvidenceMap> MapAsync(
        EvidenceMapQuery query, IEnumerable<EvidenceCell> counted, Func<string, Task<IEnumerable<(string Id, string Name)>>> namesAsync)
    {
        var cells = counted.ToDictionary(c => (c.RowId, c.ColumnId));
        var rows = await HeadersAsync(query.Rows, namesAsync);
        var columns = await HeadersAsync(query.Columns, namesAsync);
        var all = new List<EvidenceCell>(rows.Count * columns.Count);
        foreach (var row in rows)
        {
            foreach (var column in columns)
            {
                all.Add(cells.GetValueOrDefault((row.Id, column.Id)) ?? EvidenceCell.Empty(row.Id, column.Id));
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
