using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using Dapper;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores.Shared;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Stores.Sqlite;

/// <summary>The embedded store: one SQLite file in WAL mode, JSON properties, FTS5, recursive CTEs for traversals.</summary>
public sealed partial class SqliteGraphStore(string connectionString) : IGraphStore
{
    private const string NodeColumns = "n.id, n.label, n.name, n.props, n.created_at, n.updated_at, n.version";

    public static SqliteGraphStore ForFile(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new SqliteGraphStore(new SqliteConnectionStringBuilder { DataSource = full, Pooling = true, DefaultTimeout = 30 }.ToString());
    }

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        await connection.ExecuteAsync("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    INTEGER NOT NULL PRIMARY KEY,
                name       TEXT    NOT NULL,
                applied_at TEXT    NOT NULL
            )
            """);
        var applied = (await connection.QueryAsync<long>("SELECT version FROM schema_migrations ORDER BY version")).ToHashSet();
        foreach (var migration in SqliteMigrations.All.Where(m => !applied.Contains(m.Version)))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(migration.Sql, transaction: transaction);
            await connection.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@Version, @Name, @At)",
                new { migration.Version, migration.Name, At = Timestamp(DateTimeOffset.UtcNow) }, transaction);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    public async Task<IReadOnlyList<Node>> GetNodesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<NodeRow>(new CommandDefinition($"""
            SELECT {NodeColumns}
            FROM nodes AS n
            WHERE n.id IN (SELECT value FROM json_each(@ids))
            ORDER BY n.id
            """, new { ids = Json(ids) }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToNode()).ToList();
    }

    public async Task<NodePage> ListNodesAsync(NodeQuery query, CancellationToken cancellationToken = default)
    {
        var rule = GraphSchema.Label(query.Label);
        var sortKey = SortKey(query.OrderBy, rule);
        var parameters = new DynamicParameters();
        var filters = Filters(query, rule, parameters);

        var listing = new NodeListing(query);
        var paging = new List<string>(filters);
        if (query.After is { } after)
        {
            paging.Add($"({sortKey}, n.id) {(query.Descending ? "<" : ">")} (@afterKey, @afterId)");
            parameters.Add("afterKey", after.Key);
            parameters.Add("afterId", after.Id);
        }
        if (query.Before is { } before)
        {
            paging.Add($"({sortKey}, n.id) {(query.Descending ? ">" : "<")} (@beforeKey, @beforeId)");
            parameters.Add("beforeKey", before.Key);
            parameters.Add("beforeId", before.Id);
        }
        parameters.Add("limit", listing.Limit + 1);
        var order = listing.ReadsDescending ? "DESC" : "ASC";

        await using var connection = await OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<NodeRow>(new CommandDefinition($"""
            SELECT {NodeColumns}, {sortKey} AS sort_key
            FROM nodes AS n
            WHERE {string.Join(" AND ", paging)}
            ORDER BY {sortKey} {order}, n.id {order}
            LIMIT @limit
            """, parameters, cancellationToken: cancellationToken))).ToList();

        long? total = null;
        if (query.IncludeTotalCount)
        {
            total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                $"SELECT COUNT(*) FROM nodes AS n WHERE {string.Join(" AND ", filters)}", parameters, cancellationToken: cancellationToken));
        }
        return listing.Page(rows, r => new NodeEdge(r.ToNode(), new Cursor(r.sort_key ?? "", r.id)), total);
    }

    public async Task<IReadOnlyList<Neighbor>> GetNeighborsAsync(IReadOnlyCollection<NeighborKey> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return [];
        }
        var keyJson = new JsonArray(keys.Distinct().Select(k => (JsonNode)new JsonArray(k.NodeId, k.Type, k.Direction == Direction.Out ? "out" : "in")).ToArray());
        await using var connection = await OpenAsync(cancellationToken);
        // CROSS JOIN keeps the small key list as the outer loop, so each key is one index lookup in the right direction.
        var rows = await connection.QueryAsync<NeighborRow>(new CommandDefinition($"""
            WITH k AS (
                SELECT value ->> '$[0]' AS node_id, value ->> '$[1]' AS type, value ->> '$[2]' AS dir FROM json_each(@keys)
            )
            SELECT k.node_id AS anchor_id, k.dir, e.id AS edge_id, e.type AS edge_type, e.source_id, e.target_id, e.props AS edge_props, {NodeColumns}
            FROM k CROSS JOIN edges AS e CROSS JOIN nodes AS n
            WHERE k.dir = 'out' AND e.source_id = k.node_id AND e.type = k.type AND n.id = e.target_id
            UNION ALL
            SELECT k.node_id AS anchor_id, k.dir, e.id AS edge_id, e.type AS edge_type, e.source_id, e.target_id, e.props AS edge_props, {NodeColumns}
            FROM k CROSS JOIN edges AS e CROSS JOIN nodes AS n
            WHERE k.dir = 'in' AND e.target_id = k.node_id AND e.type = k.type AND n.id = e.source_id
            ORDER BY 1, 2, 4, 10, 8
            """, new { keys = keyJson.ToJsonString() }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToNeighbor()).ToList();
    }

    public Task<WriteResult> UpsertAsync(GraphBatch batch, string actor, CancellationToken cancellationToken = default) =>
        ApplyAsync(GraphChange.Of(batch), actor, cancellationToken);

    public async IAsyncEnumerable<Node> ReadNodesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            $"SELECT {NodeColumns} FROM nodes AS n ORDER BY n.id", cancellationToken: cancellationToken));
        var parser = reader.GetRowParser<NodeRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return parser(reader).ToNode();
        }
    }

    public async IAsyncEnumerable<Edge> ReadEdgesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            "SELECT id, type, source_id, target_id, props, version FROM edges ORDER BY id", cancellationToken: cancellationToken));
        var parser = reader.GetRowParser<EdgeRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return parser(reader).ToEdge();
        }
    }

    public async Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT version FROM graph_version WHERE id = 1", cancellationToken: cancellationToken));
    }

    public async Task<GraphCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var nodes = await connection.QueryAsync<(string Key, long Count)>(new CommandDefinition(
            "SELECT label, COUNT(*) FROM nodes GROUP BY label ORDER BY label", cancellationToken: cancellationToken));
        var edges = await connection.QueryAsync<(string Key, long Count)>(new CommandDefinition(
            "SELECT type, COUNT(*) FROM edges GROUP BY type ORDER BY type", cancellationToken: cancellationToken));
        return new GraphCounts(nodes.ToDictionary(r => r.Key, r => r.Count), edges.ToDictionary(r => r.Key, r => r.Count));
    }

    private static List<string> Filters(NodeQuery query, LabelRule rule, DynamicParameters parameters)
    {
        var filters = new List<string> { "n.label = @label" };
        parameters.Add("label", query.Label);
        if (!string.IsNullOrEmpty(query.Text))
        {
            filters.Add("""
                (instr(lower(n.name), @text) > 0
                 OR instr(lower(concat_ws(' ', n.props ->> '$.description', n.props ->> '$.quote', n.props ->> '$.measure')), @text) > 0)
                """);
            parameters.Add("text", query.Text.ToLowerInvariant());
        }
        var i = 0;
        foreach (var (property, values) in query.EnumFilters)
        {
            // Values travel as parameters.
            var name = $"enum{i++}";
            filters.Add(NodeListing.EnumKind(rule, property) == PropertyKind.Enum
                ? $"n.props ->> '$.{property}' IN (SELECT value FROM json_each(@{name}))"
                : $"EXISTS (SELECT 1 FROM json_each(n.props, '$.{property}') AS item WHERE item.value IN (SELECT value FROM json_each(@{name})))");
            parameters.Add(name, Json(values));
        }
        if (query.YearFrom is not null || query.YearTo is not null)
        {
            var year = YearKey(rule);
            filters.Add($"{year} BETWEEN @yearFrom AND @yearTo");
            var (from, to) = NodeListing.YearKeys(query);
            parameters.Add("yearFrom", from);
            parameters.Add("yearTo", to);
        }
        for (var r = 0; r < query.RelatedTo.Count; r++)
        {
            filters.Add($"n.id IN (SELECT target_id FROM edges WHERE source_id = @related{r} UNION SELECT source_id FROM edges WHERE target_id = @related{r})");
            parameters.Add($"related{r}", query.RelatedTo[r]);
        }
        return filters;
    }

    private static string YearKey(LabelRule rule) => rule.YearProperty is { } property
        ? $"COALESCE(substr(CAST(n.props ->> '$.{property}' AS TEXT), 1, 4), '0000')"
        : "'0000'";

    private static string SortKey(NodeOrderField field, LabelRule rule) => field switch
    {
        NodeOrderField.Name => "lower(n.name)",
        NodeOrderField.Id => "n.id",
        NodeOrderField.Year => YearKey(rule),
        NodeOrderField.CreatedAt => "n.created_at",
        NodeOrderField.UpdatedAt => "n.updated_at",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (DbException e)
        {
            await connection.DisposeAsync();
            throw new StoreUnavailableException("The SQLite store could not be opened.", e);
        }
    }

    private static string Json(IEnumerable<string> values) => new JsonArray(values.Select(v => (JsonNode)JsonValue.Create(v)).ToArray()).ToJsonString();

    internal static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    internal static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

#pragma warning disable IDE1006 // Dapper maps snake_case columns onto these names.
    private class NodeRow
    {
        public string id { get; init; } = "";
        public string label { get; init; } = "";
        public string name { get; init; } = "";
        public string props { get; init; } = "{}";
        public string created_at { get; init; } = "";
        public string updated_at { get; init; } = "";
        public long version { get; init; }
        public string? sort_key { get; init; }

        public Node ToNode() => new(id, label, name, Rows.ParseObject(props), ParseTimestamp(created_at), ParseTimestamp(updated_at), version);
    }

    private sealed class NeighborRow : NodeRow
    {
        public string anchor_id { get; init; } = "";
        public string dir { get; init; } = "";
        public string edge_id { get; init; } = "";
        public string edge_type { get; init; } = "";
        public string source_id { get; init; } = "";
        public string target_id { get; init; } = "";
        public string edge_props { get; init; } = "{}";

        public Neighbor ToNeighbor() => Rows.Neighbor(anchor_id, dir, new Edge(edge_id, edge_type, source_id, target_id, Rows.ParseObject(edge_props)), ToNode());
    }

    private sealed class SearchRow : NodeRow
    {
        public double score { get; init; }
        public string snippet { get; init; } = "";
    }
#pragma warning restore IDE1006
}
