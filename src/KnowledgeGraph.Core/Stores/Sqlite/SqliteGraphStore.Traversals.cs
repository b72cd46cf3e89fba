using Dapper;
using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Stores.Shared;

namespace KnowledgeGraph.Core.Stores.Sqlite;

// Traversals issue one query per BFS level over the whole frontier (a json_each list) rather than a recursive CTE.
// A recursive CTE cannot consult a global visited set (UNION only drops identical rows, so every walk through a hub
// is kept and re-expanded at each depth), cannot stop at the level where two searches meet, and cannot choose which
// side to grow next. Level by level, the visited sets live in memory and hold only what was fetched; each query
// reads the covering edge indexes, one branch per direction, UNION ALL.
public sealed partial class SqliteGraphStore
{
    public async Task<Subgraph> NeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default)
    {
        Neighborhood.Check(query);
        await using var connection = await OpenAsync(cancellationToken);
        var start = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT id FROM nodes WHERE id = @id", new { id = query.Id }, cancellationToken: cancellationToken));
        if (start is null)
        {
            return new Subgraph([], [], false);
        }

        var toLabel = query.Labels.Count > 0 ? "CROSS JOIN nodes AS n WHERE n.id = e.target_id AND n.label IN (SELECT value FROM json_each(@labels)) AND" : "WHERE";
        var fromLabel = query.Labels.Count > 0 ? "CROSS JOIN nodes AS n WHERE n.id = e.source_id AND n.label IN (SELECT value FROM json_each(@labels)) AND" : "WHERE";
        // UNION (not a DISTINCT subquery) lets SQLite merge the two sorted branches and stop at the limit.
        var (kept, truncated) = await Neighborhood.ReachAsync(start, query, (frontier, kept, take) =>
            connection.QueryAsync<string>(new CommandDefinition($"""
                SELECT e.target_id AS id
                FROM json_each(@frontier) AS f CROSS JOIN edges AS e {toLabel} e.source_id = f.value AND e.target_id NOT IN (SELECT value FROM json_each(@kept))
                UNION
                SELECT e.source_id AS id
                FROM json_each(@frontier) AS f CROSS JOIN edges AS e {fromLabel} e.target_id = f.value AND e.source_id NOT IN (SELECT value FROM json_each(@kept))
                ORDER BY 1
                LIMIT @take
                """, new { frontier = Json(frontier), kept = Json(kept), labels = Json(query.Labels), take }, cancellationToken: cancellationToken)));

        var nodes = await GetNodesAsync(kept, cancellationToken);
        var edges = await connection.QueryAsync<EdgeRow>(new CommandDefinition("""
            SELECT e.id, e.type, e.source_id, e.target_id, e.props, e.version
            FROM json_each(@ids) AS s CROSS JOIN edges AS e
            WHERE e.source_id = s.value AND e.target_id IN (SELECT value FROM json_each(@ids))
            ORDER BY e.source_id, e.type, e.target_id
            """, new { ids = Json(kept) }, cancellationToken: cancellationToken));
        return Neighborhood.Of(kept, nodes, edges.Select(r => r.ToEdge()), truncated);
    }
}
