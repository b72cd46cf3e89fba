using Dapper;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores.Shared;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Stores.Sqlite;

// Writes: one transaction holds the checks, the data, the audit rows and the graph version bump.
public sealed partial class SqliteGraphStore
{
    public async Task<WriteResult> ApplyAsync(GraphChange change, string actor, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // BEGIN IMMEDIATE takes the write lock first, so the checks see what the writes will change.
        await using var transaction = connection.BeginTransaction(deferred: false);
        var plan = await WritePlan.DecideAsync(change, new WriteReader(connection, transaction, cancellationToken));

        var version = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT version FROM graph_version WHERE id = 1", transaction: transaction, cancellationToken: cancellationToken)) + 1;
        if (plan.IsEmpty)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new WriteResult(0, 0, version - 1);
        }
        var now = Timestamp(DateTimeOffset.UtcNow);
        Task ExecuteAsync(string sql, object parameters) =>
            connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));

        await ExecuteAsync("DELETE FROM edges WHERE id = @id", plan.DeletedEdges.Select(id => new { id }).ToList());
        await ExecuteAsync("DELETE FROM nodes WHERE id = @id", plan.DeletedNodes.Select(id => new { id }).ToList());
        await ExecuteAsync("""
            INSERT INTO nodes (id, label, name, props, created_at, updated_at, version)
            VALUES (@id, @label, @name, @props, @now, @now, 1)
            """, plan.NewNodes.Select(n => new { id = n.Node.Id, label = n.Node.Label, name = n.Name, props = n.Node.Props.ToJsonString(), now }).ToList());
        await ExecuteAsync("UPDATE nodes SET name = @name, props = @props, updated_at = @now, version = version + 1 WHERE id = @id",
            plan.ChangedNodes.Select(n => new { id = n.Node.Id, name = n.Name, props = n.Node.Props.ToJsonString(), now }).ToList());
        await ExecuteAsync("""
            INSERT INTO edges (id, type, source_id, target_id, props, created_at, updated_at, version)
            VALUES (@id, @type, @source, @target, @props, @now, @now, 1)
            """, plan.NewEdges.Select(e => new { id = e.Id, type = e.Type, source = e.SourceId, target = e.TargetId, props = e.Props.ToJsonString(), now }).ToList());
        await ExecuteAsync("UPDATE edges SET props = @props, updated_at = @now, version = version + 1 WHERE id = @id",
            plan.ChangedEdges.Select(e => new { id = e.Id, props = e.Props.ToJsonString(), now }).ToList());
        await ExecuteAsync("""
            INSERT INTO audit (graph_version, at, actor, operation, element_id, before, after)
            VALUES (@graph_version, @at, @actor, @operation, @element_id, @before, @after)
            """, plan.Audit.Select(a => new { graph_version = version, at = now, actor, operation = a.Operation, element_id = a.ElementId, before = a.Before, after = a.After }).ToList());
        await ExecuteAsync("UPDATE graph_version SET version = @version, updated_at = @now WHERE id = 1", new { version, now });
        await transaction.CommitAsync(cancellationToken);
        return new WriteResult(plan.NodesWritten, plan.EdgesWritten, version);
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
            element = query.ElementId,
            actor = query.Actor,
            operation = query.Operation,
            since = query.SinceGraphVersion,
            before = query.BeforeId,
            first = query.First,
        }, cancellationToken: cancellationToken));
        return rows.Select(r => new AuditEntry(r.id, r.graph_version, ParseTimestamp(r.at), r.actor, r.operation, r.element_id,
            r.before is null ? null : Rows.ParseObject(r.before), r.after is null ? null : Rows.ParseObject(r.after))).ToList();
    }

    private sealed class WriteReader(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken) : IWriteReader
    {
        public async Task<IReadOnlyList<Node>> NodesAsync(IReadOnlyCollection<string> ids) =>
            (await QueryAsync<NodeRow>($"SELECT {NodeColumns} FROM nodes AS n WHERE n.id IN (SELECT value FROM json_each(@ids)) ORDER BY n.id", ids))
            .Select(r => r.ToNode()).ToList();

        public Task<IReadOnlyList<EdgeRow>> EdgesAsync(IReadOnlyCollection<string> ids) => QueryAsync<EdgeRow>(
            "SELECT id, type, source_id, target_id, props, version FROM edges WHERE id IN (SELECT value FROM json_each(@ids)) ORDER BY id", ids);

        public Task<IReadOnlyList<EdgeRow>> EdgesTouchingAsync(IReadOnlyCollection<string> nodeIds) => QueryAsync<EdgeRow>("""
            SELECT id, type, source_id, target_id, props, version FROM edges WHERE source_id IN (SELECT value FROM json_each(@ids))
            UNION
            SELECT id, type, source_id, target_id, props, version FROM edges WHERE target_id IN (SELECT value FROM json_each(@ids))
            ORDER BY 1
            """, nodeIds);

        public Task<IReadOnlyList<(string Id, string Label)>> LabelsAsync(IReadOnlyCollection<string> nodeIds) => QueryAsync<(string Id, string Label)>(
            "SELECT id, label FROM nodes WHERE id IN (SELECT value FROM json_each(@ids)) ORDER BY id", nodeIds);

        public Task<IReadOnlyList<(string Id, string Finding)>> CitesAsync(IReadOnlyCollection<string> findingIds) => QueryAsync<(string Id, string Finding)>(
            "SELECT id, source_id FROM edges WHERE type = 'CITES' AND source_id IN (SELECT value FROM json_each(@ids)) ORDER BY id", findingIds);

        private async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, IReadOnlyCollection<string> ids) =>
            (await connection.QueryAsync<T>(new CommandDefinition(sql, new { ids = Json(ids) }, transaction, cancellationToken: cancellationToken))).AsList();
    }

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
