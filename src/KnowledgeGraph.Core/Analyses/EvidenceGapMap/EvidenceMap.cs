using KnowledgeGraph.Core.Analyses.WhatWorked;

namespace KnowledgeGraph.Core.Analyses.EvidenceGapMap;

public sealed record EvidenceMap(IReadOnlyList<MapHeader> Rows, IReadOnlyList<MapHeader> Columns, IReadOnlyList<EvidenceCell> Cells);

public sealed record MapHeader(string Id, string Name);

/// <summary>
/// One cell of an evidence gap map, returned whether it holds findings or not. The effect counts, best strength and
/// best design come from EFFECT findings; <see cref="Kinds"/> counts every finding by kind. A cell is a gap when it
/// has no EFFECT finding: adoption, prevalence or process findings alone do not say whether anything worked.
/// <see cref="WeaklySourced"/> counts the EFFECT findings resting only on self-published or secondary sources
/// (set by <see cref="EvidenceMapSourcing.WithSourcing"/>).
/// </summary>
public sealed record EvidenceCell(
    string RowId, string ColumnId, int Positive, int Negative, int Mixed, int NoEffect, int Inconclusive, FindingKindCounts Kinds,
    string? BestStrength, string? BestDesign, IReadOnlyList<string> FindingIds, int WeaklySourced = 0)
{
    public static EvidenceCell Empty(string rowId, string columnId) => new(rowId, columnId, 0, 0, 0, 0, 0, FindingKindCounts.None, null, null, []);

    /// <summary>Findings of every kind in the cell.</summary>
    public int Total => Kinds.Total;

    public bool IsGap => Kinds.Effect == 0;
}
