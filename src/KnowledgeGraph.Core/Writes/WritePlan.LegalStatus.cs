using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Writes;

internal sealed partial class WritePlan
{
    public const string ProposedNotAdoptedRule = "proposed-not-adopted";

    /// <summary>
    /// An unenacted bill is never adopted: no ADOPTION finding hangs (HAS_FINDING) from an intervention whose
    /// legalStatus is PROPOSED, once the write is done. Checked on the batch's HAS_FINDING relationships and on the
    /// stored ones of the interventions and findings the batch writes (a bill set back to PROPOSED, a finding recoded as
    /// ADOPTION), except those the write deletes. Because of it no analysis that reads ADOPTION findings counts a
    /// proposed measure as adopted.
    /// </summary>
    private static async Task<IEnumerable<Violation>> ProposedAdoptionsAsync(GraphBatch batch, IReadOnlySet<string> deletedEdges, IWriteReader store)
    {
        var batchNodes = batch.Nodes.ToDictionary(n => n.Id, n => n, StringComparer.Ordinal);
        var watched = batch.Nodes
            .Where(n => (n.Label == GraphSchema.Intervention && TextOf(n.Props, "legalStatus") == LegalStatuses.Proposed)
                || (n.Label == GraphSchema.Finding && TextOf(n.Props, "kind") == FindingKinds.Adoption))
            .Select(n => n.Id).ToList();
        var edges = await EdgesAfterWriteAsync(batch, RelationshipTypes.HasFinding, watched, deletedEdges, store);
        if (edges.Count == 0)
        {
            return [];
        }

        var props = batchNodes.ToDictionary(p => p.Key, p => p.Value.Props, StringComparer.Ordinal);
        var missing = edges.SelectMany(e => new[] { e.From, e.To }).Where(id => !props.ContainsKey(id)).Distinct().ToList();
        foreach (var node in await store.NodesAsync(missing))
        {
            props[node.Id] = node.Props;
        }
        string? Prop(string id, string name) => props.TryGetValue(id, out var p) ? TextOf(p, name) : null;

        return edges
            .Where(e => Prop(e.From, "legalStatus") == LegalStatuses.Proposed && Prop(e.To, "kind") == FindingKinds.Adoption)
            .Select(e => new Violation(e.Id, ProposedNotAdoptedRule,
                $"{e.From} is a PROPOSED measure, never enacted: it cannot have an ADOPTION finding ({e.To}); record the bill's fate as a PROCESS finding, or set its legalStatus once it is enacted"))
            .ToList();
    }
}
