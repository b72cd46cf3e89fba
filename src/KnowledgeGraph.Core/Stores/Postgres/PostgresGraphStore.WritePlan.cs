using System.Text.Json.Nodes;
using Dapper;
using KnowledgeGraph.Core.Graph;
using Npgsql;

namespace KnowledgeGraph.Core.Stores.Postgres;

// The write plan and how it reaches the server: a handful of set-based statements over arrays, whatever the batch size.
public sealed partial class PostgresGraphStore
{
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
            operations = plan.Operations.ToArray(),
            elements = plan.Elements.ToArray(),
            befores = plan.Befores.ToArray(),
            afters = plan.Afters.ToArray(),
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

    private static string NodeJson(Node node) => NodeJson(node.Id, node.Label, node.Props, node.Version);

    private static string NodeJson(string id, string label, JsonObject props, long version) =>
        new JsonObject { ["id"] = id, ["label"] = label, ["version"] = version, ["properties"] = props.DeepClone() }.ToJsonString();

    private static string EdgeJson(string type, string source, string target, JsonObject props) =>
        new JsonObject { ["type"] = type, ["from"] = source, ["to"] = target, ["properties"] = props.DeepClone() }.ToJsonString();

    /// <summary>What one write changes, gathered before anything is sent; the audit rows in the order of the changes.</summary>
    private sealed class WritePlan
    {
        public List<string> DeletedEdges { get; } = [];
        public List<string> DeletedNodes { get; } = [];
        public List<(NodeInput Node, string Name)> NewNodes { get; } = [];
        public List<(NodeInput Node, string Name)> ChangedNodes { get; } = [];
        public List<EdgeInput> NewEdges { get; } = [];
        public List<EdgeInput> ChangedEdges { get; } = [];
        public List<string> Operations { get; } = [];
        public List<string> Elements { get; } = [];
        public List<string?> Befores { get; } = [];
        public List<string?> Afters { get; } = [];

        public void Audit(string operation, string elementId, string? before, string? after)
        {
            Operations.Add(operation);
            Elements.Add(elementId);
            Befores.Add(before);
            Afters.Add(after);
        }
    }
}
