using System.Data.Common;
using Dapper;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Traversals;

namespace KnowledgeGraph.Core.Stores.Sql;

// Paths: the search itself is the shared PathFinder's; these are its queries. Each reads the covering edge indexes
// over a whole frontier, one branch per direction, UNION ALL, rather than a recursive CTE (see the traversals).
public sealed partial class SqlGraphStore
{
    // The graph's size at a graph version, for the hub threshold; replaced whole, so readers never see a torn value.
    private GraphSize? _graphSize;

    private sealed record GraphSize(long Version, long Nodes, long Relationships);

    private sealed class PathLinks(SqlGraphStore store, DbConnection connection, ISqlDialect dialect, PathQuery query) : IPathLinks
    {
        private readonly IReadOnlyList<string> _types = query.RelationshipTypes;

        private string TypeFilter(string alias = "e") => _types.Count > 0 ? $"AND {dialect.In($"{alias}.type", "@types")}" : "";

        // Counting a large graph takes a scan of both tables, so the counts are kept for as long as the graph version
        // (bumped by every write) is the same: a path query then reads one row.
        public async Task<(long Nodes, long Relationships)> SizeAsync(CancellationToken cancellationToken)
        {
            var version = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT version FROM graph_version WHERE id = 1", cancellationToken: cancellationToken));
            if (store._graphSize is { } known && known.Version == version)
            {
                return (known.Nodes, known.Relationships);
            }
            var (nodes, relationships) = await connection.QuerySingleAsync<(long, long)>(new CommandDefinition(
                "SELECT (SELECT COUNT(*) FROM nodes) AS nodes, (SELECT COUNT(*) FROM edges) AS relationships", cancellationToken: cancellationToken));
            store._graphSize = new GraphSize(version, nodes, relationships);
            return (nodes, relationships);
        }

        // Each direction is counted from its edge index and stops at the cap: a hub costs no more than the cap to count.
        public async Task<IReadOnlyDictionary<string, long>> DegreesAsync(IReadOnlyCollection<string> nodes, long cap, CancellationToken cancellationToken)
        {
            var rows = await connection.QueryAsync<(string Id, long Degree)>(new CommandDefinition($"""
                SELECT f.value AS id,
                    (SELECT COUNT(*) FROM (SELECT 1 FROM edges AS e WHERE e.source_id = f.value LIMIT {dialect.RowCount("cap", cap)}) AS o)
                    + (SELECT COUNT(*) FROM (SELECT 1 FROM edges AS e WHERE e.target_id = f.value LIMIT {dialect.RowCount("cap", cap)}) AS i) AS degree
                FROM {dialect.Each("@nodes", "f")}
                ORDER BY 1
                """, new { nodes = dialect.List(nodes), cap }, cancellationToken: cancellationToken));
            return rows.ToDictionary(r => r.Id, r => r.Degree);
        }

        public Task<long> CountAsync(IReadOnlyCollection<string> frontier, long limit, CancellationToken cancellationToken) =>
            connection.ExecuteScalarAsync<long>(new CommandDefinition($"""
                SELECT COUNT(*) FROM (
                    SELECT 1 FROM {dialect.Each("@frontier", "f")} CROSS JOIN edges AS e WHERE e.source_id = f.value {TypeFilter()}
                    UNION ALL
                    SELECT 1 FROM {dialect.Each("@frontier", "f")} CROSS JOIN edges AS e WHERE e.target_id = f.value {TypeFilter()}
                    LIMIT {dialect.RowCount("limit", limit)}
                ) AS links
                """, new { frontier = dialect.List(frontier), types = dialect.List(_types), limit }, cancellationToken: cancellationToken));

        public async Task<IReadOnlyList<LinkRow>> LinksAsync(
            IReadOnlyCollection<string> nodes, IReadOnlyCollection<string>? within, CancellationToken cancellationToken)
        {
            var toWithin = within is null ? "" : $"AND {dialect.In("e.target_id", "@within")}";
            var fromWithin = within is null ? "" : $"AND {dialect.In("e.source_id", "@within")}";
            var rows = await connection.QueryAsync<LinkSqlRow>(new CommandDefinition($"""
                SELECT e.type, e.source_id, e.target_id, e.target_id AS reached_id
                FROM {dialect.Each("@nodes", "f")} CROSS JOIN edges AS e
                WHERE e.source_id = f.value {toWithin} {TypeFilter()}
                UNION ALL
                SELECT e.type, e.source_id, e.target_id, e.source_id AS reached_id
                FROM {dialect.Each("@nodes", "f")} CROSS JOIN edges AS e
                WHERE e.target_id = f.value {fromWithin} {TypeFilter()}
                ORDER BY 2, 1, 3
                """, new { nodes = dialect.List(nodes), within = dialect.List(within ?? []), types = dialect.List(_types) }, cancellationToken: cancellationToken));
            return rows.Select(r => r.ToLink()).ToList();
        }

        public async Task<IReadOnlyList<LinkRow>> LinksIntoNeighborhoodAsync(
            IReadOnlyCollection<string> nodes, IReadOnlyCollection<string> around, CancellationToken cancellationToken)
        {
            // One IN list over the neighbourhood of `around`, probed by every link of `nodes`: it is built once.
            var rows = await connection.QueryAsync<LinkSqlRow>(new CommandDefinition($"""
                WITH middle AS (
                    SELECT e.target_id AS id FROM {dialect.Each("@around", "a")} CROSS JOIN edges AS e WHERE e.source_id = a.value {TypeFilter()}
                    UNION ALL
                    SELECT e.source_id AS id FROM {dialect.Each("@around", "a")} CROSS JOIN edges AS e WHERE e.target_id = a.value {TypeFilter()}
                ),
                near AS (
                    SELECT e.type, e.source_id, e.target_id, e.target_id AS reached_id
                    FROM {dialect.Each("@nodes", "f")} CROSS JOIN edges AS e
                    WHERE e.source_id = f.value {TypeFilter()}
                    UNION ALL
                    SELECT e.type, e.source_id, e.target_id, e.source_id AS reached_id
                    FROM {dialect.Each("@nodes", "f")} CROSS JOIN edges AS e
                    WHERE e.target_id = f.value {TypeFilter()}
                )
                SELECT near.type, near.source_id, near.target_id, near.reached_id
                FROM near
                WHERE near.reached_id IN (SELECT id FROM middle)
                ORDER BY 2, 1, 3
                """, new { nodes = dialect.List(nodes), around = dialect.List(around), types = dialect.List(_types) }, cancellationToken: cancellationToken));
            return rows.Select(r => r.ToLink()).ToList();
        }

        // One branch per relationship type and direction reads an index range already in id order (ids order
        // byte-wise on every dialect, as the search compares them), so the database merges the branches and stops at
        // the limit.
        public async Task<IReadOnlyList<LinkRow>> LinksTowardAsync(
            string node, string from, int limit, IReadOnlyCollection<string> front, CancellationToken cancellationToken)
        {
            // Every stored edge has a schema type: writes are validated against GraphSchema.
            var types = _types.Count > 0 ? _types : GraphSchema.Relationships.Select(r => r.Type).Distinct().ToList();
            var parameters = new DynamicParameters(new
            {
                node,
                from,
                limit,
                front = dialect.List(front),
                types = dialect.List(_types),
                start = query.FromId,
                end = query.ToId,
            });
            var branches = new List<string>();
            for (var i = 0; i < types.Count; i++)
            {
                parameters.Add($"type{i}", types[i]);
                branches.Add($"""
                    SELECT e.type, e.source_id, e.target_id, e.target_id AS reached_id FROM edges AS e
                    WHERE e.source_id = @node AND e.type = @type{i} AND e.target_id >= @from AND e.target_id NOT IN (@start, @end)
                    AND {LinksInto("e.target_id")}
                    """);
                branches.Add($"""
                    SELECT e.type, e.source_id, e.target_id, e.source_id AS reached_id FROM edges AS e
                    WHERE e.target_id = @node AND e.type = @type{i} AND e.source_id >= @from AND e.source_id NOT IN (@start, @end)
                    AND {LinksInto("e.source_id")}
                    """);
            }
            var sql = string.Join(" UNION ALL ", branches) + $" ORDER BY 4 LIMIT {dialect.RowCount("limit", limit)}";
            var rows = await connection.QueryAsync<LinkSqlRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
            return rows.Select(r => r.ToLink()).ToList();

            string LinksInto(string id) => $"""
                (EXISTS (SELECT 1 FROM edges AS m WHERE m.source_id = {id} AND {dialect.In("m.target_id", "@front")} {TypeFilter("m")})
                 OR EXISTS (SELECT 1 FROM edges AS m WHERE m.target_id = {id} AND {dialect.In("m.source_id", "@front")} {TypeFilter("m")}))
                """;
        }
    }

#pragma warning disable IDE1006 // Dapper maps snake_case columns onto these names.
    private sealed class LinkSqlRow
    {
        public string type { get; init; } = "";
        public string source_id { get; init; } = "";
        public string target_id { get; init; } = "";
        public string reached_id { get; init; } = "";

        public LinkRow ToLink() => new(type, source_id, target_id, reached_id);
    }
#pragma warning restore IDE1006
}
