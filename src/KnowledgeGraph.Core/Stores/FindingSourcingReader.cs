using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores;

/// <summary>Reads the sourcing level of many findings at once, over the store's primitives (no store member of its own).</summary>
public static class FindingSourcingReader
{
    /// <summary>The sourcing of each finding (by id), from the sources it cites: one store call, whatever the number of findings.</summary>
    public static async Task<IReadOnlyDictionary<string, FindingSourcing>> SourcingAsync(
        this IGraphStore store, IEnumerable<string> findingIds, CancellationToken cancellationToken = default)
    {
        var ids = findingIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, FindingSourcing>();
        }
        var cited = (await store.GetNeighborsAsync(ids.Select(id => new NeighborKey(id, RelationshipTypes.Cites, Direction.Out)).ToList(), cancellationToken))
            .Where(n => n.Node.Label == GraphSchema.Source)
            .ToLookup(n => n.AnchorId, n => SourceRating.Of(n.Node.Props));
        return ids.ToDictionary(id => id, id => Sourcing.Of(cited[id].ToList()));
    }

    /// <summary>The map with each cell's weakly sourced EFFECT findings counted: two store calls (the findings' kinds, their sources).</summary>
    public static async Task<EvidenceMap> WithSourcingAsync(this IGraphStore store, EvidenceMap map, CancellationToken cancellationToken = default)
    {
        var ids = map.Cells.SelectMany(c => c.FindingIds).Distinct().ToList();
        if (ids.Count == 0)
        {
            return map;
        }
        var effects = (await store.GetNodesAsync(ids, cancellationToken))
            .Where(n => n.Props.TryGetPropertyValue("kind", out var kind) && kind?.GetValue<string>() == FindingKinds.Effect)
            .Select(n => n.Id);
        return map.WithSourcing(await store.SourcingAsync(effects, cancellationToken));
    }
}
