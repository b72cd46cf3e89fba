using System.Text.Json.Nodes;
using Dapper;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores.Postgres;

// Writes: one transaction holds the checks, the data, the audit rows and the graph version bump. The rules are the
// SQLite store's, decided in memory; the changes then go to the server as a few set-based statements over arrays.
public sealed partial class PostgresGraphStore
{
    private const int MaxListedInUse = 10;

    public async Task<WriteResult> ApplyAsync(GraphChange change, string actor, CancellationToken cancellationToken = default)
    {
        var batch = new GraphBatch(change.UpsertNodes, change.UpsertEdges);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        async Task<List<T>> QueryAsync<T>(string sql, object parameters) =>
            (await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken))).ToList();

        // Locking the version row first makes writers take turns (as SQLite's BEGIN IMMEDIATE does), so the checks
        // below see exactly what the writes will change.
        var version = (await QueryAsync<long>("SELECT version FROM graph_version WHERE id = 1 FOR UPDATE", new { }))[0] + 1;

        var nodeIds = batch.Nodes.Select(n => n.Id).Concat(change.DeleteNodes).Concat(change.ExpectedVersions.Keys).Distinct().ToArray();
        var existingNodes = (await QueryAsync<NodeRow>($"SELECT {NodeColumns} FROM nodes AS n WHERE n.id = ANY(@ids) ORDER BY n.id", new { ids = nodeIds }))
            .ToDictionary(r => r.id, r => r.ToNode());

        // Relationships that go: the ones named, and with cascade every one touching a deleted node.
        var deletedNodes = change.DeleteNodes.ToHashSet(StringComparer.Ordinal);
        var touching = await QueryAsync<EdgeRow>("""
            SELECT id, type, source_id, target_id, props, version FROM edges WHERE source_id = ANY(@ids)
            UNION
            SELECT id, type, source_id, target_id, props, version FROM edges WHERE target_id = ANY(@ids)
            ORDER BY 1
            """, new { ids = deletedNodes.ToArray() });
        var edgeIds = batch.Edges.Select(e => e.Id).Concat(change.DeleteEdges).Concat(change.ExpectedVersions.Keys).Distinct().ToArray();
        var existingEdges = (await QueryAsync<EdgeRow>(
            "SELECT id, type, source_id, target_id, props, version FROM edges WHERE id = ANY(@ids) ORDER BY id", new { ids = edgeIds }))
            .Concat(touching).DistinctBy(e => e.id).ToDictionary(r => r.id);

        foreach (var (id, expected) in change.ExpectedVersions)
        {
            var actual = existingNodes.TryGetValue(id, out var node) ? node.Version : existingEdges.TryGetValue(id, out var edge) ? edge.version : 0;
            if (actual != expected)
            {
                throw new VersionConflictException(id, expected, actual);
            }
        }

        var violations = new List<Violation>();
        violations.AddRange(deletedNodes.Where(id => !existingNodes.ContainsKey(id)).Select(id => new Violation(id, "node-exists", "there is no such node to delete")));
        violations.AddRange(change.DeleteEdges.Where(id => !existingEdges.ContainsKey(id)).Select(id => new Violation(id, "edge-exists", "there is no such relationship to delete")));
        var deletedEdges = change.DeleteEdges.ToHashSet(StringComparer.Ordinal);
        var inUse = touching.Where(e => !deletedEdges.Contains(e.id)).ToList();
        if (change.Cascade)
        {
            deletedEdges.UnionWith(inUse.Select(e => e.id));
        }
        else
        {
            foreach (var group in inUse.GroupBy(e => deletedNodes.Contains(e.source_id) ? e.source_id : e.target_id))
            {
                var listed = string.Join(", ", group.Take(MaxListedInUse).Select(e => e.id));
                violations.Add(new(group.Key, "node-in-use",
                    $"{group.Count()} relationship(s) still touch it and would be removed with cascade: {listed}{(group.Count() > MaxListedInUse ? ", ..." : "")}"));
            }
        }

        var external = GraphValidator.ExternalReferences(batch);
        var labels = (await QueryAsync<(string Id, string Label)>("SELECT id, label FROM nodes WHERE id = ANY(@ids) ORDER BY id", new { ids = external.ToArray() }))
            .Where(r => !deletedNodes.Contains(r.Id)).ToDictionary(r => r.Id, r => r.Label);

        // Provenance: every finding that stays must keep at least one CITES relationship after this write.
        var findings = batch.Nodes.Where(n => n.Label == GraphSchema.Finding).Select(n => n.Id)
            .Concat(existingEdges.Values.Where(e => deletedEdges.Contains(e.id) && e.type == "CITES").Select(e => e.source_id))
            .Where(id => !deletedNodes.Contains(id)).Distinct().ToArray();
        var cites = await QueryAsync<(string Id, string Finding)>(
            "SELECT id, source_id FROM edges WHERE type = 'CITES' AND source_id = ANY(@ids) ORDER BY id", new { ids = findings });
        var cited = cites.Where(c => !deletedEdges.Contains(c.Id)).Select(c => c.Finding).ToHashSet();
        violations.AddRange(GraphValidator.Validate(batch, new StoredContext(labels, cited)));
        var upserted = batch.Nodes.Select(n => n.Id).ToHashSet();
        var citingNow = batch.Edges.Where(e => e.Type == "CITES").Select(e => e.SourceId).ToHashSet();
        foreach (var finding in findings.Where(f => !upserted.Contains(f) && !cited.Contains(f) && !citingNow.Contains(f)
                     && (existingNodes.GetValueOrDefault(f)?.Label ?? labels.GetValueOrDefault(f) ?? GraphSchema.Finding) == GraphSchema.Finding))
        {
            violations.Add(new(finding, "finding-cites-source", "this write would leave the finding without any source"));
        }
        violations.AddRange(batch.Nodes
            .Where(n => existingNodes.TryGetValue(n.Id, out var old) && old.Label != n.Label)
            .Select(n => new Violation(n.Id, "label-immutable", $"the node exists as a {existingNodes[n.Id].Label}; its label cannot change")));
        violations.AddRange(batch.Nodes.Where(n => deletedNodes.Contains(n.Id)).Select(n => new Violation(n.Id, "delete-or-write", "a node cannot be written and deleted at once")));
        if (violations.Count > 0)
        {
            throw new GraphValidationException(violations);
        }

        var plan = new WritePlan();
        foreach (var edge in existingEdges.Values.Where(e => deletedEdges.Contains(e.id)).OrderBy(e => e.id, StringComparer.Ordinal))
        {
            plan.DeletedEdges.Add(edge.id);
            plan.Audit("DELETE_EDGE", edge.id, EdgeJson(edge.type, edge.source_id, edge.target_id, ParseObject(edge.props)), null);
        }
        foreach (var id in deletedNodes.Order(StringComparer.Ordinal))
        {
            plan.DeletedNodes.Add(id);
            plan.Audit("DELETE_NODE", id, NodeJson(existingNodes[id]), null);
        }
        foreach (var node in batch.Nodes)
        {
            var name = node.Props[GraphSchema.Label(node.Label).NameProperty]!.GetValue<string>();
            if (!existingNodes.TryGetValue(node.Id, out var old))
            {
                plan.NewNodes.Add((node, name));
                plan.Audit("CREATE_NODE", node.Id, null, NodeJson(node.Id, node.Label, node.Props, 1));
            }
            else if (!JsonNode.DeepEquals(old.Props, node.Props))
            {
                plan.ChangedNodes.Add((node, name));
                plan.Audit("UPDATE_NODE", node.Id, NodeJson(old), NodeJson(node.Id, node.Label, node.Props, old.Version + 1));
            }
        }
        foreach (var edge in batch.Edges)
        {
            var after = EdgeJson(edge.Type, edge.SourceId, edge.TargetId, edge.Props);
            if (!existingEdges.TryGetValue(edge.Id, out var old))
            {
                plan.NewEdges.Add(edge);
                plan.Audit("CREATE_EDGE", edge.Id, null, after);
            }
            else if (!JsonNode.DeepEquals(JsonNode.Parse(old.props), edge.Props))
            {
                plan.ChangedEdges.Add(edge);
                plan.Audit("UPDATE_EDGE", edge.Id, EdgeJson(old.type, old.source_id, old.target_id, ParseObject(old.props)), after);
            }
        }

        if (plan.Operations.Count == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new WriteResult(0, 0, version - 1);
        }
        await WriteAsync(connection, transaction, plan, version, actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new WriteResult(plan.NewNodes.Count + plan.ChangedNodes.Count, plan.NewEdges.Count + plan.ChangedEdges.Count, version);
    }
}
