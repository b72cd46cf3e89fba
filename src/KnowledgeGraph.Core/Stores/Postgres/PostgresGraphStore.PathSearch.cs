using Dapper;
using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores.Shared;
using Npgsql;

namespace KnowledgeGraph.Core.Stores.Postgres;

// Paths: the search itself is the shared PathFinder's, as in the SQLite store; these are its queries, each over a
// whole frontier (an array parameter), one index range scan per edge direction.
public sealed partial class PostgresGraphStore
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
        // An edge's id is its key (source|TYPE|target), so the path's edges are one primary-key lookup.
        var edges = (await connection.QueryAsync<EdgeRow>(new CommandDefinition("""
            SELECT e.id, e.type, e.source_id, e.target_id, e.props, e.version
            FROM edges AS e
            WHERE e.id = ANY(@ids)
            ORDER BY e.id
            """, new { ids = walks.SelectMany(w => w.Edges).Distinct().Select(k => Edge.IdFor(k.Type, k.SourceId, k.TargetId)).ToArray() },
            cancellationToken: cancellationToken)))
            .ToDictionary(r => new PathSearch.Link(r.type, r.source_id, r.target_id), r => r.ToEdge());
        return PathFinder.Paths(walks, nodes, edges);
    }

    private static string TypeFilter(string[] types, string alias = "e") => types.Length > 0 ? $"AND {alias}.type = ANY(@types)" : "";

    private sealed class PathLinks(NpgsqlConnection connection, PathQuery query) : IPathLinks
    {
        private readonly string[] _types = query.RelationshipTypes.ToArray();

        public Task<long> CountAsync(IReadOnlyCollection<string> frontier, long limit, CancellationToken cancellationToken) =>
            connection.ExecuteScalarAsync<long>(new CommandDefinition($"""
                SELECT COUNT(*) FROM (
                    SELECT 1 FROM edges AS e WHERE e.source_id = ANY(@frontier) {TypeFilter(_types)}
                    UNION ALL
                    SELECT 1 FROM edges AS e WHERE e.target_id = ANY(@frontier) {TypeFilter(_types)}
                    LIMIT @limit
                ) AS links
                """, new { frontier = frontier.ToArray(), types = _types, limit }, cancellationToken: cancellationToken));

        public async Task<IReadOnlyList<LinkRow>> LinksAsync(
            IReadOnlyCollection<string> nodes, IReadOnlyCollection<string>? within, CancellationToken cancellationToken)
        {
            var toWithin = within is null ? "" : "AND e.target_id = ANY(@within)";
            var fromWithin = within is null ? "" : "AND e.source_id = ANY(@within)";
            var rows = await connection.QueryAsync<LinkRow>(new CommandDefinition($"""
                SELECT e.type, e.source_id, e.target_id, e.target_id AS reached_id
                FROM edges AS e
                WHERE e.source_id = ANY(@nodes) {toWithin} {TypeFilter(_types)}
                UNION ALL
                SELECT e.type, e.source_id, e.target_id, e.source_id AS reached_id
                FROM edges AS e
                WHERE e.target_id = ANY(@nodes) {fromWithin} {TypeFilter(_types)}
                ORDER BY 2, 1, 3
                """, new { nodes = nodes.ToArray(), within = (within ?? []).ToArray(), types = _types }, cancellationToken: cancellationToken));
            return rows.AsList();
        }

        public async Task<IReadOnlyList<LinkRow>> LinksIntoNeighborhoodAsync(
            IReadOnlyCollection<string> nodes, IReadOnlyCollection<string> around, CancellationToken cancellationToken)
        {
            var rows = await connection.QueryAsync<LinkRow>(new CommandDefinition($"""
                WITH middle AS (
                    SELECT e.target_id AS id FROM edges AS e WHERE e.source_id = ANY(@around) {TypeFilter(_types)}
                    UNION
                    SELECT e.source_id AS id FROM edges AS e WHERE e.target_id = ANY(@around) {TypeFilter(_types)}
                ),
                near AS (
                    SELECT e.type, e.source_id, e.target_id, e.target_id AS reached_id
                    FROM edges AS e
                    WHERE e.source_id = ANY(@nodes) {TypeFilter(_types)}
                    UNION ALL
                    SELECT e.type, e.source_id, e.target_id, e.source_id AS reached_id
                    FROM edges AS e
                    WHERE e.target_id = ANY(@nodes) {TypeFilter(_types)}
                )
                SELECT near.type, near.source_id, near.target_id, near.reached_id
                FROM near
                WHERE near.reached_id IN (SELECT id FROM middle)
                ORDER BY 2, 1, 3
                """, new { nodes = nodes.ToArray(), around = around.ToArray(), types = _types }, cancellationToken: cancellationToken));
            return rows.AsList();
        }

        // One branch per relationship type and direction reads an index range already in id order (ids are
        // COLLATE "C", as the search compares them), so the server merges the branches and stops at the limit.
        public async Task<IReadOnlyList<LinkRow>> LinksTowardAsync(
            string node, string from, int limit, IReadOnlyCollection<string> front, CancellationToken cancellationToken)
        {
            // Every stored edge has a schema type: writes are validated against GraphSchema.
            var types = _types.Length > 0 ? _types : GraphSchema.Relationships.Select(r => r.Type).Distinct().ToArray();
            var parameters = new DynamicParameters(new
            {
                node,
                from,
                limit,
                front = front.ToArray(),
                types = _types,
                start = query.FromId,
                end = query.ToId,
            });
            var branches = new List<string>();
            for (var i = 0; i < types.Length; i++)
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

            static string LinksInto(string id, string[] types) => $"""
                (EXISTS (SELECT 1 FROM edges AS m WHERE m.source_id = {id} AND m.target_id = ANY(@front) {TypeFilter(types, "m")})
                 OR EXISTS (SELECT 1 FROM edges AS m WHERE m.target_id = {id} AND m.source_id = ANY(@front) {TypeFilter(types, "m")}))
                """;
        }
    }
}
