using System.Text.Json.Nodes;
using Dapper;
using KnowledgeGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Stores.Sqlite;

// Writes: one transaction holds the checks, the data, the audit rows and the graph version bump.
public sealed partial class SqliteGraphStore
{
    private const int MaxListedInUse = 10;

    public async Task<WriteResult> ApplyAsync(GraphChange change, string actor, CancellationToken cancellationToken = default)
    {
        var batch = new GraphBatch(change.UpsertNodes, change.UpsertEdges);
        await using var connection = await OpenAsync(cancellationToken);
        // BEGIN IMMEDIATE takes the write lock first, so the checks below see what the writes will change.
        await using var transaction = connection.BeginTransaction(deferred: false);
        async Task<List<T>> QueryAsync<T>(string sql, object parameters) =>
            (await connection.QueryAsync<T>(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken))).ToList();

        var nodeIds = batch.Nodes.Select(n => n.Id).Concat(change.DeleteNodes).Concat(change.ExpectedVersions.Keys).Distinct().ToList();
        var existingNodes = (await QueryAsync<NodeRow>($"""
            SELECT {NodeColumns} FROM nodes AS n WHERE n.id IN (SELECT value FROM json_each(@ids)) ORDER BY n.id
            """, new { ids = Json(nodeIds) })).ToDictionary(r => r.id, r => r.ToNode());

        // Relationships that go: the ones named, and with cascade every one touching a deleted node.
        var deletedNodes = change.DeleteNodes.ToHashSet(StringComparer.Ordinal);
        var touching = await QueryAsync<EdgeRow>("""
            SELECT id, type, source_id, target_id, props, version FROM edges WHERE source_id IN (SELECT value FROM json_each(@ids))
            UNION
            SELECT id, type, source_id, target_id, props, version FROM edges WHERE target_id IN (SELECT value FROM json_each(@ids))
            ORDER BY 1
            """, new { ids = Json(deletedNodes) });
        var edgeIds = batch.Edges.Select(e => e.Id).Concat(change.DeleteEdges).Concat(change.ExpectedVersions.Keys).Distinct().ToList();
        var existingEdges = (await QueryAsync<EdgeRow>("""
            SELECT id, type, source_id, target_id, props, version FROM edges WHERE id IN (SELECT value FROM json_each(@ids)) ORDER BY id
            """, new { ids = Json(edgeIds) })).Concat(touching).DistinctBy(e => e.id).ToDictionary(r => r.id);

        foreach (var (id, expected) in change.ExpectedVersions)
        {
            var actual = existingNodes.TryGetValue(id, out var node) ? node.Version : existingEdges.TryGetValue(id, out var edge) ? edge.version : 0;
            if (actual != expected)
            {
                throw new VersionConflictException(id, expected, actual);
            }
        }

        var violations = new List<Violation>();
        foreach (var id in deletedNodes.Where(id => !existingNodes.ContainsKey(id)))
        {
            violations.Add(new(id, "node-exists", "there is no such node to delete"));
        }
        foreach (var id in change.DeleteEdges.Where(id => !existingEdges.ContainsKey(id)))
        {
            violations.Add(new(id, "edge-exists", "there is no such relationship to delete"));
        }
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
        var labels = (await QueryAsync<(string Id, string Label)>(
            "SELECT id, label FROM nodes WHERE id IN (SELECT value FROM json_each(@ids)) ORDER BY id", new { ids = Json(external) }))
            .Where(r => !deletedNodes.Contains(r.Id)).ToDictionary(r => r.Id, r => r.Label);

        // Provenance: every finding that stays must keep at least one CITES relationship after this write.
        var findings = batch.Nodes.Where(n => n.Label == GraphSchema.Finding).Select(n => n.Id)
            .Concat(existingEdges.Values.Where(e => deletedEdges.Contains(e.id) && e.type == "CITES").Select(e => e.source_id))
            .Where(id => !deletedNodes.Contains(id)).Distinct().ToList();
        var cites = await QueryAsync<(string Id, string Finding)>("""
            SELECT id, source_id FROM edges WHERE type = 'CITES' AND source_id IN (SELECT value FROM json_each(@ids)) ORDER BY id
            """, new { ids = Json(findings) });
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

        var version = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT version FROM graph_version WHERE id = 1", transaction: transaction, cancellationToken: cancellationToken)) + 1;
        var now = Timestamp(DateTimeOffset.UtcNow);
        var audit = new List<object>();
        Task ExecuteAsync(string sql, object parameters) =>
            connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

        foreach (var edge in existingEdges.Values.Where(e => deletedEdges.Contains(e.id)).OrderBy(e => e.id, StringComparer.Ordinal))
        {
            await ExecuteAsync("DELETE FROM edges WHERE id = @id", new { edge.id });
            audit.Add(AuditRow(version, now, actor, "DELETE_EDGE", edge.id, EdgeJson(edge.type, edge.source_id, edge.target_id, ParseObject(edge.props)), null));
        }
        foreach (var id in deletedNodes.Order(StringComparer.Ordinal))
        {
            await ExecuteAsync("DELETE FROM nodes WHERE id = @id", new { id });
            audit.Add(AuditRow(version, now, actor, "DELETE_NODE", id, NodeJson(existingNodes[id]), null));
        }

        var nodesWritten = 0;
        foreach (var node in batch.Nodes)
        {
            var name = node.Props[GraphSchema.Label(node.Label).NameProperty]!.GetValue<string>();
            var props = node.Props.ToJsonString();
            if (!existingNodes.TryGetValue(node.Id, out var old))
            {
                await ExecuteAsync("""
                    INSERT INTO nodes (id, label, name, props, created_at, updated_at, version)
                    VALUES (@id, @label, @name, @props, @now, @now, 1)
                    """, new { id = node.Id, label = node.Label, name, props, now });
                audit.Add(AuditRow(version, now, actor, "CREATE_NODE", node.Id, null, NodeJson(node.Id, node.Label, node.Props, 1)));
            }
            else if (!JsonNode.DeepEquals(old.Props, node.Props))
            {
                await ExecuteAsync("UPDATE nodes SET name = @name, props = @props, updated_at = @now, version = version + 1 WHERE id = @id",
                    new { id = node.Id, name, props, now });
                audit.Add(AuditRow(version, now, actor, "UPDATE_NODE", node.Id, NodeJson(old), NodeJson(node.Id, node.Label, node.Props, old.Version + 1)));
            }
            else
            {
                continue;
            }
            nodesWritten++;
        }

        var edgesWritten = 0;
        foreach (var edge in batch.Edges)
        {
            var props = edge.Props.ToJsonString();
            var after = EdgeJson(edge.Type, edge.SourceId, edge.TargetId, edge.Props);
            if (!existingEdges.TryGetValue(edge.Id, out var old))
            {
                await ExecuteAsync("""
                    INSERT INTO edges (id, type, source_id, target_id, props, created_at, updated_at, version)
                    VALUES (@id, @type, @source, @target, @props, @now, @now, 1)
                    """, new { id = edge.Id, type = edge.Type, source = edge.SourceId, target = edge.TargetId, props, now });
                audit.Add(AuditRow(version, now, actor, "CREATE_EDGE", edge.Id, null, after));
            }
            else if (!JsonNode.DeepEquals(JsonNode.Parse(old.props), edge.Props))
            {
                await ExecuteAsync("UPDATE edges SET props = @props, updated_at = @now, version = version + 1 WHERE id = @id", new { id = edge.Id, props, now });
                audit.Add(AuditRow(version, now, actor, "UPDATE_EDGE", edge.Id, EdgeJson(old.type, old.source_id, old.target_id, ParseObject(old.props)), after));
            }
            else
            {
                continue;
            }
            edgesWritten++;
        }

        if (audit.Count == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new WriteResult(0, 0, version - 1);
        }
        await ExecuteAsync("""
            INSERT INTO audit (graph_version, at, actor, operation, element_id, before, after)
            VALUES (@graph_version, @at, @actor, @operation, @element_id, @before, @after)
            """, audit);
        await ExecuteAsync("UPDATE graph_version SET version = @version, updated_at = @now WHERE id = 1", new { version, now });
        await transaction.CommitAsync(cancellationToken);
        return new WriteResult(nodesWritten, edgesWritten, version);
    }

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditRowData>(new CommandDefinition("""
            SELECT id, graph_version, at, actor, operation, element_id, before, after
            FROM audit
            WHERE (@element IS NULL OR element_id = @element)
              AND (@actor IS NULL OR actor = @actor)
              AND (@operation IS NULL OR operation = @operation)
              AND (@since IS NULL OR graph_version >= @since)
              AND (@before IS NULL OR id < @before)
            ORDER BY id DESC
            LIMIT @first
            """, new
        {
            element = query.ElementId, actor = query.Actor, operation = query.Operation, since = query.SinceGraphVersion,
            before = query.BeforeId, first = query.First,
        }, cancellationToken: cancellationToken));
        return rows.Select(r => new AuditEntry(r.id, r.graph_version, ParseTimestamp(r.at), r.actor, r.operation, r.element_id,
            r.before is null ? null : ParseObject(r.before), r.after is null ? null : ParseObject(r.after))).ToList();
    }

    private static JsonObject ParseObject(string json) => (JsonObject)JsonNode.Parse(json)!;

    private static object AuditRow(long version, string at, string actor, string operation, string elementId, string? before, string? after) =>
        new { graph_version = version, at, actor, operation, element_id = elementId, before, after };

    private static string NodeJson(Node node) => NodeJson(node.Id, node.Label, node.Props, node.Version);

    private static string NodeJson(string id, string label, JsonObject props, long version) =>
        new JsonObject { ["id"] = id, ["label"] = label, ["version"] = version, ["properties"] = props.DeepClone() }.ToJsonString();

    private static string EdgeJson(string type, string source, string target, JsonObject props) =>
        new JsonObject { ["type"] = type, ["from"] = source, ["to"] = target, ["properties"] = props.DeepClone() }.ToJsonString();

#pragma warning disable IDE1006 // Dapper maps snake_case columns onto these names.
    private sealed class AuditRowData
    {
        public long id { get; init; }
        public long graph_version { get; init; }
        public string at { get; init; } = "";
        public string actor { get; init; } = "";
        public string operation { get; init; } = "";
        public string element_id { get; init; } = "";
        public string? before { get; init; }
        public string? after { get; init; }
    }
#pragma warning restore IDE1006
}
