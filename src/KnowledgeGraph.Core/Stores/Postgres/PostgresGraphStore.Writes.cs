using Dapper;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores.Shared;
using Npgsql;

namespace KnowledgeGraph.Core.Stores.Postgres;

// Writes: one transaction holds the checks, the data, the audit rows and the graph version bump. The shared write plan
// decides them in memory; the changes then go to the server as a few set-based statements over arrays.
public sealed partial class PostgresGraphStore
{
    public async Task<WriteResult> ApplyAsync(GraphChange change, string actor, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // Locking the version row first makes writers take turns (as SQLite's BEGIN IMMEDIATE does), so the checks
        // see exactly what the writes will change.
        var version = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT version FROM graph_version WHERE id = 1 FOR UPDATE", transaction: transaction, cancellationToken: cancellationToken)) + 1;
        var plan = await WritePlan.DecideAsync(change, new WriteReader(connection, transaction, cancellationToken));
        if (plan.IsEmpty)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new WriteResult(0, 0, version - 1);
        }
        await WriteAsync(connection, transaction, plan, version, actor, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new WriteResult(plan.NodesWritten, plan.EdgesWritten, version);
    }

    private sealed class WriteReader(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken) : IWriteReader
    {
        public async Task<IReadOnlyList<Node>> NodesAsync(IReadOnlyCollection<string> ids) =>
            (await QueryAsync<NodeRow>($"SELECT {NodeColumns} FROM nodes AS n WHERE n.id = ANY(@ids) ORDER BY n.id", ids)).Select(r => r.ToNode()).ToList();

        public Task<IReadOnlyList<EdgeRow>> EdgesAsync(IReadOnlyCollection<string> ids) =>
            QueryAsync<EdgeRow>("SELECT id, type, source_id, target_id, props, version FROM edges WHERE id = ANY(@ids) ORDER BY id", ids);

        public Task<IReadOnlyList<EdgeRow>> EdgesTouchingAsync(IReadOnlyCollection<string> nodeIds) => QueryAsync<EdgeRow>("""
            SELECT id, type, source_id, target_id, props, version FROM edges WHERE source_id = ANY(@ids)
            UNION
            SELECT id, type, source_id, target_id, props, version FROM edges WHERE target_id = ANY(@ids)
            ORDER BY 1
            """, nodeIds);

        public Task<IReadOnlyList<(string Id, string Label)>> LabelsAsync(IReadOnlyCollection<string> nodeIds) =>
            QueryAsync<(string Id, string Label)>("SELECT id, label FROM nodes WHERE id = ANY(@ids) ORDER BY id", nodeIds);

        public Task<IReadOnlyList<(string Id, string Finding)>> CitesAsync(IReadOnlyCollection<string> findingIds) =>
            QueryAsync<(string Id, string Finding)>("SELECT id, source_id FROM edges WHERE type = 'CITES' AND source_id = ANY(@ids) ORDER BY id", findingIds);

        private async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, IReadOnlyCollection<string> ids) =>
            (await connection.QueryAsync<T>(new CommandDefinition(sql, new { ids = ids.ToArray() }, transaction, cancellationToken: cancellationToken))).AsList();
    }

    // The plan reaches the server as a handful of set-based statements over arrays, whatever the batch size.
    private static async Task WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, WritePlan plan, long version, string actor, CancellationToken cancellationToken)
    {
        Task ExecuteAsync(string sql, object parameters) =>
            connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
        var now = Now();
        Task ChangeAsync(int count, string sql, object parameters) => count > 0 ? ExecuteAsync(sql, parameters) : Task.CompletedTask;
        await ChangeAsync(plan.DeletedEdges.Count, "DELETE FROM edges WHERE id = ANY(@ids)", new { ids = plan.DeletedEdges.ToArray() });
        await ChangeAsync(plan.DeletedNodes.Count, "DELETE FROM nodes WHERE id = ANY(@ids)", new { ids = plan.DeletedNodes.ToArray() });
        await ChangeAsync(plan.NewNodes.Count, """
            INSERT INTO nodes (id, label, name, props, created_at, updated_at, version)
            SELECT t.id, t.label, t.name, CAST(t.props AS JSONB), @now, @now, 1
            FROM unnest(@ids, @labels, @names, @props) AS t (id, label, name, props)
            """, new
        {
            ids = plan.NewNodes.Select(n => n.Node.Id).ToArray(),
            labels = plan.NewNodes.Select(n => n.Node.Label).ToArray(),
            names = plan.NewNodes.Select(n => n.Name).ToArray(),
            props = plan.NewNodes.Select(n => n.Node.Props.ToJsonString()).ToArray(),
            now,
        });
        await ChangeAsync(plan.ChangedNodes.Count, """
            UPDATE nodes AS n SET name = t.name, props = CAST(t.props AS JSONB), updated_at = @now, version = n.version + 1
            FROM unnest(@ids, @names, @props) AS t (id, name, props)
            WHERE n.id = t.id
            """, new
        {
            ids = plan.ChangedNodes.Select(n => n.Node.Id).ToArray(),
            names = plan.ChangedNodes.Select(n => n.Name).ToArray(),
            props = plan.ChangedNodes.Select(n => n.Node.Props.ToJsonString()).ToArray(),
            now,
        });
        await ChangeAsync(plan.NewEdges.Count, """
            INSERT INTO edges (id, type, source_id, target_id, props, created_at, updated_at, version)
            SELECT t.id, t.type, t.source_id, t.target_id, CAST(t.props AS JSONB), @now, @now, 1
            FROM unnest(@ids, @types, @sources, @targets, @props) AS t (id, type, source_id, target_id, props)
            """, new
        {
            ids = plan.NewEdges.Select(e => e.Id).ToArray(),
            types = plan.NewEdges.Select(e => e.Type).ToArray(),
            sources = plan.NewEdges.Select(e => e.SourceId).ToArray(),
            targets = plan.NewEdges.Select(e => e.TargetId).ToArray(),
            props = plan.NewEdges.Select(e => e.Props.ToJsonString()).ToArray(),
            now,
        });
        await ChangeAsync(plan.ChangedEdges.Count, """
            UPDATE edges AS e SET props = CAST(t.props AS JSONB), updated_at = @now, version = e.version + 1
            FROM unnest(@ids, @props) AS t (id, props)
            WHERE e.id = t.id
            """, new { ids = plan.ChangedEdges.Select(e => e.Id).ToArray(), props = plan.ChangedEdges.Select(e => e.Props.ToJsonString()).ToArray(), now });
        // Audit ids follow the order of the operations above.
        await ExecuteAsync("""
            INSERT INTO audit (graph_version, at, actor, operation, element_id, before, after)
            SELECT @version, @now, @actor, t.operation, t.element_id, CAST(t.before AS JSONB), CAST(t.after AS JSONB)
            FROM unnest(@operations, @elements, @befores, @afters) WITH ORDINALITY AS t (operation, element_id, before, after, position)
            ORDER BY t.position
            """, new
        {
            version,
            now,
            actor,
            operations = plan.Audit.Select(a => a.Operation).ToArray(),
            elements = plan.Audit.Select(a => a.ElementId).ToArray(),
            befores = plan.Audit.Select(a => a.Before).ToArray(),
            afters = plan.Audit.Select(a => a.After).ToArray(),
        });
        await ExecuteAsync("UPDATE graph_version SET version = @version, updated_at = @now WHERE id = 1", new { version, now });
    }

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition("""
            SELECT id, graph_version, at, actor, operation, element_id, before, after
            FROM audit
            WHERE (CAST(@element AS TEXT) IS NULL OR element_id = @element)
              AND (CAST(@actor AS TEXT) IS NULL OR actor = @actor)
              AND (CAST(@operation AS TEXT) IS NULL OR operation = @operation)
              AND (CAST(@since AS BIGINT) IS NULL OR graph_version >= @since)
              AND (CAST(@before AS BIGINT) IS NULL OR id < @before)
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
        return rows.Select(r => r.ToEntry()).ToList();
    }
}
