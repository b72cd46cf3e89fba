using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Writes;

internal sealed partial class WritePlan
{
    /// <summary>
    /// The prevalence rules (<see cref="GraphValidator.PrevalenceNotOfInterventionRule"/> and its siblings) on every
    /// finding this write creates or updates, points a HAS_FINDING at, or adds or removes a DESCRIBES of: its kind as the
    /// write leaves it, checked against the HAS_FINDING and DESCRIBES relationships that are stored, written and deleted.
    /// </summary>
    private static async Task<IEnumerable<Violation>> PrevalenceViolationsAsync(
        GraphBatch batch, IReadOnlyDictionary<string, Node> existingNodes, IEnumerable<StoredEdge> existingEdges,
        IReadOnlySet<string> deletedNodes, IReadOnlySet<string> deletedEdges, IWriteReader store)
    {
        var written = batch.Nodes.Where(n => n.Label == GraphSchema.Finding).GroupBy(n => n.Id).ToDictionary(g => g.Key, g => g.First());
        var newHas = batch.Edges.Where(e => e.Type == RelationshipTypes.HasFinding).ToList();
        var newDescribes = batch.Edges.Where(e => e.Type == RelationshipTypes.Describes).ToList();
        var ids = newHas.Select(e => e.TargetId).Concat(newDescribes.Select(e => e.SourceId)).Concat(written.Keys)
            .Concat(existingEdges.Where(e => deletedEdges.Contains(e.Edge.Id) && e.Edge.Type == RelationshipTypes.Describes).Select(e => e.Edge.SourceId))
            .Where(id => !deletedNodes.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var stored = existingNodes.Values.Where(n => ids.Contains(n.Id))
            .Concat(await store.NodesAsync(ids.Where(id => !existingNodes.ContainsKey(id)).ToList()))
            .DistinctBy(n => n.Id).ToDictionary(n => n.Id);
        var storedEdges = stored.Count == 0 ? [] : (await store.EdgesTouchingAsync(stored.Keys.ToList())).Where(e => !deletedEdges.Contains(e.Edge.Id)).Select(e => e.Edge).ToList();

        var violations = new List<Violation>();
        foreach (var id in ids)
        {
            var storedKind = stored.TryGetValue(id, out var old) && old.Label == GraphSchema.Finding ? Kind(old.Props) : null;
            var kind = written.TryGetValue(id, out var node) ? Kind(node.Props) : storedKind;
            if (kind is null || (node is null && old?.Label != GraphSchema.Finding))
            {
                continue; // not a finding, or no kind: the schema rules say what is wrong
            }
            var had = storedEdges.Where(e => e.Type == RelationshipTypes.HasFinding && e.TargetId == id).Select(e => e.Id);
            var described = storedEdges.Where(e => e.Type == RelationshipTypes.Describes && e.SourceId == id).Select(e => e.Id).ToList();
            var kindChanges = node is not null && old is not null && storedKind != kind;
            if (kind == FindingKinds.Prevalence)
            {
                violations.AddRange(newHas.Where(e => e.TargetId == id).Select(e => new Violation(e.Id, GraphValidator.PrevalenceNotOfInterventionRule,
                    "HAS_FINDING cannot point at a PREVALENCE finding: it DESCRIBES the industries and jurisdictions it measured instead")));
                var storedHad = had.Except(newHas.Select(e => e.Id)).ToList();
                if (kindChanges && storedHad.Count > 0)
                {
                    violations.Add(new(id, GraphValidator.PrevalenceNotOfInterventionRule,
                        $"an intervention has this finding ({string.Join(", ", storedHad)}); remove that HAS_FINDING first to make it PREVALENCE"));
                }
                if (!described.Concat(newDescribes.Where(e => e.SourceId == id).Select(e => e.Id)).Any())
                {
                    violations.Add(new(id, GraphValidator.PrevalenceDescribesRule, old is null || kindChanges
                        ? "a PREVALENCE finding must describe at least one industry or jurisdiction (a DESCRIBES relationship)"
                        : "this write would leave the PREVALENCE finding describing no industry or jurisdiction"));
                }
            }
            else
            {
                violations.AddRange(newDescribes.Where(e => e.SourceId == id).Select(e => new Violation(e.Id, GraphValidator.DescribesFromPrevalenceRule,
                    $"only a PREVALENCE finding DESCRIBES industries and jurisdictions; '{id}' is of kind {kind}")));
                var storedDescribes = described.Except(newDescribes.Select(e => e.Id)).ToList();
                if (kindChanges && storedDescribes.Count > 0)
                {
                    violations.Add(new(id, GraphValidator.DescribesFromPrevalenceRule,
                        $"the finding describes {string.Join(", ", storedDescribes)}; a PREVALENCE finding that becomes a {kind} finding is deleted and written again without them"));
                }
            }
        }
        return violations;
    }

    private static string? Kind(JsonObject props) =>
        props.TryGetPropertyValue("kind", out var value) && value is JsonValue v && v.TryGetValue<string>(out var kind) ? kind : null;
}
