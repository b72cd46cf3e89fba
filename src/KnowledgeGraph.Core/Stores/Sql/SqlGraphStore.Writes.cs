using System.Data.Common;
using Dapper;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Writes;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Stores.Sql;

// Writes: one transaction holds the checks, the data, the audit rows and the graph version bump. The shared write plan
// decides them in memory; the changes then reach the database as a few set-based statements over row sets, whatever
// the batch size.
public sealed partial class SqlGraphStore
{
    /// <summary>The most rows one write statement carries; a larger change is several statements in the same transaction.</summary>
    internal const int RowsPerStatement = 5_000;

    /// <summary>The SQLite page cache of a write of more than <see cref="RowsPerStatement"/> changes, in KiB.</summary>
    private const int LargeWriteCacheKib = 256 * 1024;

    public async Task<WriteResult> ApplyAsync(GraphChange change, string actor, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        // SQLite begins with the write lock (BEGIN IMMEDIATE); PostgreSQL locks the version row: writers take turns, so
        // the checks see exactly what the writes will change.
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var version = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT version FROM graph_version WHERE id = 1{dialect.LockForWrite}", transaction: transaction, cancellationToken: cancellationToken)) + 1;
        var plan = await WritePlan.DecideAsync(change, new WriteReader(this, dialect, connection, transaction, cancellationToken));
        if (plan.IsEmpty)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new WriteResult(0, 0, version - 1);
        }
        var cacheBefore = await LargeWriteCacheAsync(connection, transaction, plan, cancellationToken);
        try
        {
            await WriteAsync(connection, transaction, plan, version, actor, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            if (cacheBefore is { } size && connection.State == System.Data.ConnectionState.Open)
            {
                await connection.ExecuteAsync(new CommandDefinition($"PRAGMA cache_size = {size}", transaction: transaction.Connection is null ? null : transaction));
            }
        }
        return new WriteResult(plan.NodesWritten, plan.EdgesWritten, version) { RemovedNodeIds = plan.DeletedNodes, RemovedEdgeIds = plan.DeletedEdges };
    }

    /// <summary>
    /// SQLite keeps 2 MB of pages per connection; a write of many statements (an import) touches far more, and with the
    /// small cache it spills dirty index pages to the WAL and reads them back again and again. Such a write gets a
    /// <see cref="LargeWriteCacheKib"/> cache for its duration and the connection's own size back after it (returned
    /// here), which frees the pages before the connection goes back to the pool.
    /// </summary>
    private static async Task<long?> LargeWriteCacheAsync(DbConnection connection, DbTransaction transaction, WritePlan plan, CancellationToken cancellationToken)
    {
        if (connection is not SqliteConnection || plan.Audit.Count <= RowsPerStatement)
        {
            return null;
        }
        var before = await connection.ExecuteScalarAsync<long>(new CommandDefinition("PRAGMA cache_size", transaction: transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition($"PRAGMA cache_size = -{LargeWriteCacheKib}", transaction: transaction, cancellationToken: cancellationToken));
        return before;
    }

    private async Task WriteAsync(DbConnection connection, DbTransaction transaction, WritePlan plan, long version, string actor, CancellationToken cancellationToken)
    {
        var now = dialect.Timestamp(DateTimeOffset.UtcNow);
        // Statements of at most RowsPerStatement rows, run in order: the row sets stay small in memory whatever the
        // batch size, and the audit ids still follow the order of the plan.
        Task ChangeAsync<T>(IReadOnlyList<T> items, string[] columns, Func<T, IReadOnlyList<string?>> row, Func<string, string> sql, object? values = null) =>
            this.ChangeAsync(connection, transaction, items, columns, row, sql, values, cancellationToken);

        await ChangeAsync(plan.DeletedEdges, ["id"], id => [id], rows => $"DELETE FROM edges WHERE id IN (SELECT t.id FROM {rows})");
        await ChangeAsync(plan.DeletedNodes, ["id"], id => [id], rows => $"DELETE FROM nodes WHERE id IN (SELECT t.id FROM {rows})");
        Task InsertAsync(string table, int rows, Func<Task> insert) => InsertWithIndexesAfterAsync(connection, transaction, table, rows, insert, cancellationToken);
        await InsertAsync("nodes", plan.NewNodes.Count, () => ChangeAsync(plan.NewNodes, ["id", "label", "name", "props"], n => [n.Node.Id, n.Node.Label, n.Name, n.Node.Props.ToJsonString()], rows => $"""
            INSERT INTO nodes (id, label, name, props, created_at, updated_at, version)
            SELECT t.id, t.label, t.name, {dialect.Json("t.props")}, @now, @now, 1 FROM {rows} ORDER BY t.position
            """, new { now }));
        await ChangeAsync(plan.ChangedNodes, ["id", "name", "props"], n => [n.Node.Id, n.Name, n.Node.Props.ToJsonString()], rows => $"""
            UPDATE nodes AS n SET name = t.name, props = {dialect.Json("t.props")}, updated_at = @now, version = n.version + 1
            FROM {rows} WHERE n.id = t.id
            """, new { now });
        // Edges keep the names of their ends (the order of relationship lists); a rename reaches them here.
        await ChangeAsync(plan.ChangedNodes, ["id", "name"], n => [n.Node.Id, n.Name], rows => $"""
            UPDATE edges SET source_name = t.name FROM {rows} WHERE edges.source_id = t.id AND edges.source_name <> t.name
            """);
        await ChangeAsync(plan.ChangedNodes, ["id", "name"], n => [n.Node.Id, n.Name], rows => $"""
            UPDATE edges SET target_name = t.name FROM {rows} WHERE edges.target_id = t.id AND edges.target_name <> t.name
            """);
        // A new edge takes the names and year keys of its ends as it is inserted (one row written once, not updated after).
        await InsertAsync("edges", plan.NewEdges.Count, () => ChangeAsync(plan.NewEdges, ["id", "type", "source_id", "target_id", "props"], e => [e.Id, e.Type, e.SourceId, e.TargetId, e.Props.ToJsonString()], rows => $"""
            INSERT INTO edges (id, type, source_id, target_id, source_name, target_name, source_year, target_year, props, created_at, updated_at, version)
            SELECT t.id, t.type, t.source_id, t.target_id, s.name, o.name, {NeighborOrdering.YearKey(dialect, "s")}, {NeighborOrdering.YearKey(dialect, "o")},
                   {dialect.Json("t.props")}, @now, @now, 1
            FROM {rows} LEFT JOIN nodes AS s ON s.id = t.source_id LEFT JOIN nodes AS o ON o.id = t.target_id
            ORDER BY t.position
            """, new { now }));
        await ChangeAsync(plan.ChangedEdges, ["id", "props"], e => [e.Id, e.Props.ToJsonString()], rows => $"""
            UPDATE edges AS e SET props = {dialect.Json("t.props")}, updated_at = @now, version = e.version + 1
            FROM {rows} WHERE e.id = t.id
            """, new { now });
        await KeepYearKeysAsync(connection, transaction, plan, cancellationToken);
        // Audit ids follow the order of the operations above.
        await InsertAsync("audit", plan.Audit.Count, () => ChangeAsync(plan.Audit, ["operation", "element_id", "before", "after"], a => [a.Operation, a.ElementId, a.Before?.ToJson(), a.After?.ToJson()], rows => $"""
            INSERT INTO audit (graph_version, at, actor, operation, element_id, before, after)
            SELECT @version, @now, @actor, t.operation, t.element_id, {dialect.Json("t.before")}, {dialect.Json("t.after")}
            FROM {rows} ORDER BY t.position
            """, new { now, version, actor }));
        await EvidenceSummary.KeepAsync(dialect, connection, transaction, plan, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE graph_version SET version = @version, updated_at = @now WHERE id = 1", new { version, now }, transaction, cancellationToken: cancellationToken));
    }

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditRow>(new CommandDefinition($"""
            SELECT id, graph_version, at, actor, operation, element_id, before, after
            FROM audit
            WHERE (CAST(@element AS TEXT) IS NULL OR element_id = @element)
              AND (CAST(@actor AS TEXT) IS NULL OR actor = @actor)
              AND (CAST(@operation AS TEXT) IS NULL OR operation = @operation)
              AND (CAST(@since AS BIGINT) IS NULL OR graph_version >= @since)
              AND (CAST(@before AS BIGINT) IS NULL OR id < @before)
            ORDER BY id DESC
            LIMIT {dialect.RowCount("first", query.First)}
            """, new
        {
            element = query.ElementId,
            actor = query.Actor,
            operation = query.Operation,
            since = query.SinceGraphVersion,
            before = query.BeforeId,
            first = query.First,
        }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToEntry(dialect)).ToList();
    }

    private sealed class WriteReader(SqlGraphStore store, ISqlDialect dialect, DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) : IWriteReader
    {
        public Task<IReadOnlyList<Node>> NodesAsync(IReadOnlyCollection<string> ids) => store.NodesAsync(connection, transaction, ids, cancellationToken);

        public Task<IReadOnlyList<StoredEdge>> EdgesAsync(IReadOnlyCollection<string> ids) => EdgesAsync($"SELECT {EdgeColumns} FROM edges AS e WHERE {dialect.In("e.id", "@ids")} ORDER BY e.id", ids);

        public Task<IReadOnlyList<StoredEdge>> EdgesTouchingAsync(IReadOnlyCollection<string> nodeIds) => EdgesAsync($"""
            SELECT {EdgeColumns} FROM edges AS e WHERE {dialect.In("e.source_id", "@ids")}
            UNION
            SELECT {EdgeColumns} FROM edges AS e WHERE {dialect.In("e.target_id", "@ids")}
            ORDER BY 1
            """, nodeIds);

        public Task<IReadOnlyList<(string Id, string Label)>> LabelsAsync(IReadOnlyCollection<string> nodeIds) =>
            QueryAsync<(string Id, string Label)>($"SELECT n.id, n.label FROM nodes AS n WHERE {dialect.In("n.id", "@ids")} ORDER BY n.id", nodeIds);

        public Task<IReadOnlyList<(string Id, string Finding)>> CitesAsync(IReadOnlyCollection<string> findingIds) => QueryAsync<(string Id, string Finding)>(
            $"SELECT e.id, e.source_id FROM edges AS e WHERE e.type = '{RelationshipTypes.Cites}' AND {dialect.In("e.source_id", "@ids")} ORDER BY e.id", findingIds);

        private async Task<IReadOnlyList<StoredEdge>> EdgesAsync(string sql, IReadOnlyCollection<string> ids) =>
            (await QueryAsync<EdgeRow>(sql, ids)).Select(r => new StoredEdge(r.ToEdge(), r.version)).ToList();

        private async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, IReadOnlyCollection<string> ids) =>
            (await connection.QueryAsync<T>(new CommandDefinition(sql, new { ids = dialect.List(ids) }, transaction, cancellationToken: cancellationToken))).AsList();
    }
}
