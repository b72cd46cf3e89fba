using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Writes;

/// <summary>
/// One write decided in memory, the same for every store: the version checks, the rules that need what is stored
/// (deletions, labels of the nodes an edge points at, provenance), then the changes and their audit rows, in the order
/// the store applies them. Nodes and edges equal to what is stored are left out.
/// </summary>
internal sealed partial class WritePlan
{
    private const int MaxListedInUse = 10;

    private WritePlan()
    {
    }

    public List<string> DeletedEdges { get; } = [];
    public List<string> DeletedNodes { get; } = [];
    public List<(NodeInput Node, string Name)> NewNodes { get; } = [];
    public List<(NodeInput Node, string Name)> ChangedNodes { get; } = [];
    public List<EdgeInput> NewEdges { get; } = [];
    public List<EdgeInput> ChangedEdges { get; } = [];

    /// <summary>
    /// The nodes this write creates, changes or deletes, and both ends of every relationship it creates, changes or
    /// deletes: what a summary kept beside the graph (the evidence summary) works out again from.
    /// </summary>
    public HashSet<string> TouchedNodes { get; } = new(StringComparer.Ordinal);

    /// <summary>One row per change, in the order of the lists above; before and after become the audit's JSON when written.</summary>
    public List<(string Operation, string ElementId, AuditImage? Before, AuditImage? After)> Audit { get; } = [];

    public bool IsEmpty => Audit.Count == 0;
    public int NodesWritten => NewNodes.Count + ChangedNodes.Count;
    public int EdgesWritten => NewEdges.Count + ChangedEdges.Count;

    /// <summary>
    /// Reads what the change touches and decides it. Throws <see cref="VersionConflictException"/> on a stale version
    /// and <see cref="GraphValidationException"/> with every broken rule.
    /// </summary>
    public static async Task<WritePlan> DecideAsync(GraphChange change, IWriteReader store)
    {
        var batch = new GraphBatch(change.UpsertNodes, change.UpsertEdges);
        var nodeIds = batch.Nodes.Select(n => n.Id).Concat(change.DeleteNodes).Concat(change.ExpectedVersions.Keys).Distinct().ToList();
        var existingNodes = (await store.NodesAsync(nodeIds)).ToDictionary(n => n.Id);

        // Relationships that go: the ones named, and with cascade every one touching a deleted node.
        var deletedNodes = change.DeleteNodes.ToHashSet(StringComparer.Ordinal);
        var touching = await store.EdgesTouchingAsync(deletedNodes);
        var edgeIds = batch.Edges.Select(e => e.Id).Concat(change.DeleteEdges).Concat(change.ExpectedVersions.Keys).Distinct().ToList();
        var existingEdges = (await store.EdgesAsync(edgeIds)).Concat(touching).DistinctBy(e => e.Edge.Id).ToDictionary(r => r.Edge.Id);

        foreach (var (id, expected) in change.ExpectedVersions)
        {
            var actual = existingNodes.TryGetValue(id, out var node) ? node.Version : existingEdges.TryGetValue(id, out var edge) ? edge.Version : 0;
            if (actual != expected)
            {
                throw new VersionConflictException(id, expected, actual);
            }
        }

        var violations = new List<Violation>();
        violations.AddRange(deletedNodes.Where(id => !existingNodes.ContainsKey(id)).Select(id => new Violation(id, "node-exists", "there is no such node to delete")));
        violations.AddRange(change.DeleteEdges.Where(id => !existingEdges.ContainsKey(id)).Select(id => new Violation(id, "edge-exists", "there is no such relationship to delete")));
        var deletedEdges = change.DeleteEdges.ToHashSet(StringComparer.Ordinal);
        var inUse = touching.Where(e => !deletedEdges.Contains(e.Edge.Id)).ToList();
        if (change.Cascade)
        {
            deletedEdges.UnionWith(inUse.Select(e => e.Edge.Id));
        }
        else
        {
            foreach (var group in inUse.GroupBy(e => deletedNodes.Contains(e.Edge.SourceId) ? e.Edge.SourceId : e.Edge.TargetId))
            {
                var listed = string.Join(", ", group.Take(MaxListedInUse).Select(e => e.Edge.Id));
                violations.Add(new(group.Key, "node-in-use",
                    $"{group.Count()} relationship(s) still touch it and would be removed with cascade: {listed}{(group.Count() > MaxListedInUse ? ", ..." : "")}"));
            }
        }

        var labels = (await store.LabelsAsync(GraphValidator.ExternalReferences(batch)))
            .Where(r => !deletedNodes.Contains(r.Id)).ToDictionary(r => r.Id, r => r.Label);

        violations.AddRange(GraphValidator.Validate(batch, new StoredContext(labels)));
        violations.AddRange(await UncitedFindingsAsync(batch, existingNodes, labels, existingEdges.Values, deletedNodes, deletedEdges, store));
        violations.AddRange(await NestingAsync(batch, deletedEdges, store));
        violations.AddRange(await ProposedAdoptionsAsync(batch, deletedEdges, store));
        violations.AddRange(await PrevalenceViolationsAsync(batch, existingNodes, existingEdges.Values, deletedNodes, deletedEdges, store));
        violations.AddRange(batch.Nodes
            .Where(n => existingNodes.TryGetValue(n.Id, out var old) && old.Label != n.Label)
            .Select(n => new Violation(n.Id, "label-immutable", $"the node exists as a {existingNodes[n.Id].Label}; its label cannot change")));
        violations.AddRange(batch.Nodes.Where(n => deletedNodes.Contains(n.Id)).Select(n => new Violation(n.Id, "delete-or-write", "a node cannot be written and deleted at once")));
        if (violations.Count > 0)
        {
            throw new GraphValidationException(violations);
        }

        var plan = new WritePlan();
        foreach (var edge in existingEdges.Values.Where(e => deletedEdges.Contains(e.Edge.Id)).OrderBy(e => e.Edge.Id, StringComparer.Ordinal))
        {
            plan.DeletedEdges.Add(edge.Edge.Id);
            plan.TouchedNodes.Add(edge.Edge.SourceId);
            plan.TouchedNodes.Add(edge.Edge.TargetId);
            plan.Audit.Add(("DELETE_EDGE", edge.Edge.Id, EdgeImage(edge.Edge.Type, edge.Edge.SourceId, edge.Edge.TargetId, edge.Edge.Props), null));
        }
        foreach (var id in deletedNodes.Order(StringComparer.Ordinal))
        {
            plan.DeletedNodes.Add(id);
            plan.TouchedNodes.Add(id);
            plan.Audit.Add(("DELETE_NODE", id, NodeImage(existingNodes[id]), null));
        }
        foreach (var node in batch.Nodes)
        {
            var name = node.Props[GraphSchema.Label(node.Label).NameProperty]!.GetValue<string>();
            if (!existingNodes.TryGetValue(node.Id, out var old))
            {
                plan.NewNodes.Add((node, name));
                plan.TouchedNodes.Add(node.Id);
                plan.Audit.Add(("CREATE_NODE", node.Id, null, NodeImage(node.Id, node.Label, node.Props, 1)));
            }
            else if (!JsonNode.DeepEquals(old.Props, node.Props))
            {
                plan.ChangedNodes.Add((node, name));
                plan.TouchedNodes.Add(node.Id);
                plan.Audit.Add(("UPDATE_NODE", node.Id, NodeImage(old), NodeImage(node.Id, node.Label, node.Props, old.Version + 1)));
            }
        }
        foreach (var edge in batch.Edges)
        {
            if (!existingEdges.TryGetValue(edge.Id, out var old))
            {
                plan.NewEdges.Add(edge);
                plan.TouchedNodes.Add(edge.SourceId);
                plan.TouchedNodes.Add(edge.TargetId);
                plan.Audit.Add(("CREATE_EDGE", edge.Id, null, EdgeImage(edge.Type, edge.SourceId, edge.TargetId, edge.Props)));
            }
            else if (!JsonNode.DeepEquals(old.Edge.Props, edge.Props))
            {
                plan.ChangedEdges.Add(edge);
                plan.TouchedNodes.Add(edge.SourceId);
                plan.TouchedNodes.Add(edge.TargetId);
                plan.Audit.Add(("UPDATE_EDGE", edge.Id, EdgeImage(old.Edge.Type, old.Edge.SourceId, old.Edge.TargetId, old.Edge.Props),
                    EdgeImage(edge.Type, edge.SourceId, edge.TargetId, edge.Props)));
            }
        }
        return plan;
    }

    /// <summary>
    /// Provenance, the one place this rule is written: every Finding that this write creates, updates or takes a CITES
    /// relationship from must cite at least one Source once the write is done. Only the write knows that state: the
    /// batch's CITES edges, the stored ones, and those the write deletes.
    /// </summary>
    private static async Task<IEnumerable<Violation>> UncitedFindingsAsync(
        GraphBatch batch, IReadOnlyDictionary<string, Node> existingNodes, IReadOnlyDictionary<string, string> labels,
        IEnumerable<StoredEdge> existingEdges, IReadOnlySet<string> deletedNodes, IReadOnlySet<string> deletedEdges, IWriteReader store)
    {
        var written = batch.Nodes.Where(n => n.Label == GraphSchema.Finding).Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var findings = written
            .Concat(existingEdges.Where(e => deletedEdges.Contains(e.Edge.Id) && e.Edge.Type == RelationshipTypes.Cites).Select(e => e.Edge.SourceId))
            .Where(id => !deletedNodes.Contains(id)).Distinct().ToList();
        var cited = (await store.CitesAsync(findings)).Where(c => !deletedEdges.Contains(c.Id)).Select(c => c.Finding)
            .Concat(batch.Edges.Where(e => e.Type == RelationshipTypes.Cites).Select(e => e.SourceId))
            .ToHashSet(StringComparer.Ordinal);
        return findings
            .Where(f => !cited.Contains(f)
                && (written.Contains(f) || (existingNodes.GetValueOrDefault(f)?.Label ?? labels.GetValueOrDefault(f) ?? GraphSchema.Finding) == GraphSchema.Finding))
            .Select(f => new Violation(f, "finding-cites-source", written.Contains(f)
                ? "a Finding must cite at least one Source (a CITES relationship)"
                : "this write would leave the finding without any source"));
    }

    private static AuditImage NodeImage(Node node) => NodeImage(node.Id, node.Label, node.Props, node.Version);

    private static AuditImage NodeImage(string id, string label, JsonObject props, long version) => new AuditImage.OfNode(id, label, version, props);

    private static AuditImage EdgeImage(string type, string source, string target, JsonObject props) => new AuditImage.OfEdge(type, source, target, props);
}
