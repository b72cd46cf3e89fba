using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Analyses.EvidenceGapMap;

public static class EvidenceMapSourcing
{
    /// <summary>
    /// The map with each cell's <see cref="EvidenceCell.WeaklySourced"/> counted: its findings that appear in
    /// <paramref name="effectSourcing"/> (the sourcing of the map's EFFECT findings, by id) and are weakly sourced.
    /// </summary>
    public static EvidenceMap WithSourcing(this EvidenceMap map, IReadOnlyDictionary<string, FindingSourcing> effectSourcing) =>
        map with
        {
            Cells = map.Cells
                .Select(c => c with { WeaklySourced = c.FindingIds.Count(id => effectSourcing.GetValueOrDefault(id)?.IsWeak == true) })
                .ToList(),
        };
}
