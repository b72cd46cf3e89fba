using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Writes;

internal sealed partial class WritePlan
{
    /// <summary>
    /// The relationships of one type as the write leaves them, for rules that read both ends: the batch's own, and the
    /// stored ones touching <paramref name="touching"/> that the write neither deletes nor rewrites.
    /// </summary>
    private static async Task<List<(string Id, string From, string To)>> EdgesAfterWriteAsync(
        GraphBatch batch, string type, IReadOnlyCollection<string> touching, IReadOnlySet<string> deletedEdges, IWriteReader store)
    {
        var batchEdgeIds = batch.Edges.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var stored = touching.Count == 0 ? [] : (await store.EdgesTouchingAsync(touching)).Select(e => e.Edge)
            .Where(e => e.Type == type && !deletedEdges.Contains(e.Id) && !batchEdgeIds.Contains(e.Id));
        return batch.Edges.Where(e => e.Type == type).Select(e => (e.Id, From: e.SourceId, To: e.TargetId))
            .Concat(stored.Select(e => (e.Id, From: e.SourceId, To: e.TargetId)))
            .ToList();
    }
}
