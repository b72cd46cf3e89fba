namespace KnowledgeGraph.Core.Analyses.EvidenceGapMap;

public sealed record EvidenceMap(IReadOnlyList<MapHeader> Rows, IReadOnlyList<MapHeader> Columns, IReadOnlyList<EvidenceCell> Cells);

public sealed record MapHeader(string Id, string Name);

/// <summary>One cell of an evidence gap map; a cell with no finding is a gap and is returned all the same.</summary>
public sealed record EvidenceCell(string RowId, string ColumnId, int Positive, int Negative, int Mixed, int NoEffect, string? BestStrength, IReadOnlyList<string> FindingIds)
{
    public int Total => Positive + Negative + Mixed + NoEffect;
}
