using System.Text.Json.Nodes;
using Dapper;
using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores.Shared;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Stores.Sqlite;

// Paths: the search itself is the shared PathFinder's; these are its queries. Each reads the covering edge indexes
// over a whole frontier (a json_each list), one branch per direction, UNION ALL, rather than a recursive CTE (see
// the traversals).
public sealed partial class SqliteGraphStore
{
    public async Task<IReadOnlyList<GraphPath>> PathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        if (PathFinder.IsEmpty(query))
        {
            return [];
        }
        await using var connection = await OpenAsync(cancellationToken);
        var walks = await PathFinder.WalksAsync(new PathLinks(connection, query), query, cancellationToken);
        if (walks.Count == 0)
        {
            return [];
        }
        var nodes = (await GetNodesAsync(walks.SelectMany(w => w.Nodes).Distinct().ToList(), cancellationToken)).ToDictionary(n => n.Id);
        var keys = new JsonArray(walks.SelectMany(w => w.Edges).Distinct().Select(k => (JsonNode)new JsonArray(k.Type, k.SourceId, k.TargetId)).ToArray());
        var edges = (await connection.QueryAsync<EdgeRow>(new CommandDefinition("""
            WITH k AS (
                SELECT value ->> '$[0]' AS type, value ->> '$[1]' AS source_id, value ->> '$[2]' AS target_id FROM json_each(@keys)
            )
            SELECT e.id, e.type, e.source_id, e.target_id, e.props, e.version
            FROM k CROSS JOIN edges AS e
            WHERE e.source_id = k.source_id AND e.type = k.type AND e.target_id = k.target_id
            ORDER BY e.id
            """, new { keys = keys.ToJsonString() }, cancellationToken: cancellationToken)))
            .ToDictionary(r => new PathSearch.Link(r.type, r.source_id, r.target_id), r => r.ToEdge());
        return PathFinder.Paths(walks, nodes, edges);
    }

    private static string TypeFilter(IReadOnlyList<string> types, string alias = "e") =>
        types.Count > 0 ? $"AND {alias}.type IN (SELECT value FROM json_each(@types))" : "";

    private sealed class PathLinks(SqliteConnection connection, PathQuery query) : IPathLinks
    {
        private readonly IReadOnlyList<string> _types = query.RelationshipTypes;

        public Task<long> CountAsync(IReadOnlyCollection<string> frontier, long limit, CancellationToken cancellationToken) =>
            connection.ExecuteScalarAsync<long>(new CommandDefinition($"""
                SELECT COUNT(*) FROM (
                    SELECT 1 FROM json_each(@frontier) AS f CROSS JOIN edges AS e WHERE e.source_id = f.value {TypeFilter(_types)}
                    UNION ALL
                    SELECT 1 FROM json_each(@frontier) AS f CROSS JOIN edges AS e WHERE e.target_id = f.value {TypeFilter(_types)}
                    LIMIT @limit
                )
                """, new { frontier = Json(frontier), types = Json(_types), limit }, cancellationToken: cancellationToken));

        public async Task<IReadOnlyList<LinkRow>> LinksAsync(
            IReadOnlyCollection<string> nodes, IReadOnlyCollection<string>? within, CancellationToken cancellationToken)
        {
            var toWithin = within is null ? "" : "AND e.target_id IN (SELECT value FROM json_each(@within))";
            var fromWithin = within is null ? "" : "AND e.source_id IN (SELECT value FROM json_each(@within))";
            var rows = await connection.QueryAsync<LinkRow>(new CommandDefinition($"""
                SELECT e.type, e.source_id, e.target_id, e.target_id AS reached_id
                FROM json_each(@nodes) AS f CROSS JOIN edges AS e
                WHERE e.source_id = f.value {toWithin} {TypeFilter(_types)}
                UNION ALL
                SELECT e.type, e.source_id, e.target_id, e.source_id AS reached_id
                FROM json_each(@nodes) AS f CROSS JOIN edges AS e
                WHERE e.target_id = f.value {fromWithin} {TypeFilter(_types)}
                ORDER BY 2, 1, 3
                """, new { nodes = Json(nodes), within = Json(within ?? []), types = Json(_types) }, cancellationToken: cancellationToken));
            return rows.AsList();
        }

        public async Task<IReadOnlyList<LinkRow>> LinksIntoNeighborhoodAsync(
            IReadOnlyCollection<string> nodes, IReadOnlyCollection<string> around, CancellationToken cancellationToken)
        {
            // One IN list over the neighbourhood of `around`, probed by every link of `nodes`: SQLite builds it once.
            var rows = await connection.QueryAsync<LinkRow>(new CommandDefinition($"""
                WITH middle AS (
                    SELECT e.target_id AS id FROM json_each(@around) AS a CROSS JOIN edges AS e WHERE e.source_id = a.value {TypeFilter(_types)}
                    UNION ALL
                    SELECT e.source_id AS id FROM json_each(@around) AS a CROSS JOIN edges AS e WHERE e.target_id = a.value {TypeFilter(_types)}
                ),
                near AS (
                    SELECT e.type, e.source_id, e.target_id, e.target_id AS reached_id
                    FROM json_each(@nodes) AS f CROSS JOIN edges AS e
                    WHERE e.source_id = f.value {TypeFilter(_types)}
                    UNION ALL
                    SELECT e.type, e.source_id, e.target_id, e.source_id AS reached_id
                    FROM json_each(@nodes) AS f CROSS JOIN edges AS e
                    WHERE e.target_id = f.value {TypeFilter(_types)}
                )
                SELECT near.type, near.source_id, near.target_id, near.reached_id
                FROM near
                WHERE near.reached_id IN (SELECT id FROM middle)
                ORDER BY 2, 1, 3
                """, new { nodes = Json(nodes), around = Json(around), types = Json(_types) }, cancellationToken: cancellationToken));
            return rows.AsList();
        }

        // One branch per relationship type and direction reads an index range already in id order, so SQLite merges
        // the branches and stops at the limit.
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
                front = Json(front),
                types = Json(_types),
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
                    AND {LinksInto("e.target_id", _types)}
                    """);
                branches.Add($"""
                    SELECT e.type, e.source_id, e.target_id, e.source_id AS reached_id FROM edges AS e
                    WHERE e.target_id = @node AND e.type = @type{i} AND e.source_id >= @from AND e.source_id NOT IN (@start, @end)
                    AND {LinksInto("e.source_id", _types)}
                    """);
            }
            var sql = string.Join(" UNION ALL ", branches) + " ORDER BY 4 LIMIT @limit";
            var rows = await connection.QueryAsync<LinkRow>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
            return rows.AsList();

            static string LinksInto(string id, IReadOnlyList<string> types) => $"""
                (EXISTS (SELECT 1 FROM edges AS m WHERE m.source_id = {id} AND m.target_id IN (SELECT value FROM json_each(@front)) {TypeFilter(types, "m")})
                 OR EXISTS (SELECT 1 FROM edges AS m WHERE m.target_id = {id} AND m.source_id IN (SELECT value FROM json_each(@front)) {TypeFilter(types, "m")}))
                """;
        }
    }
}
