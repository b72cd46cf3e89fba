using Dapper;
using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Stores.Shared;

namespace KnowledgeGraph.Core.Stores.Postgres;

// Traversals issue one query per BFS level over the whole frontier (an array parameter), as the SQLite store does and
// for the same reasons: the visited sets live in memory, the search stops where the two sides meet, and each level
// is two index range scans (one per edge direction). No recursive CTE, which distributed engines also handle poorly.
public sealed partial class PostgresGraphStore
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

        var toLabel = query.Labels.Count > 0 ? "JOIN nodes AS n ON n.id = e.target_id AND n.label = ANY(@labels)" : "";
        var fromLabel = query.Labels.Count > 0 ? "JOIN nodes AS n ON n.id = e.source_id AND n.label = ANY(@labels)" : "";
        var (kept, truncated) = await Neighborhood.ReachAsync(start, query, (frontier, kept, take) =>
            connection.QueryAsync<string>(new CommandDefinition($"""
                SELECT e.target_id AS id
                FROM edges AS e {toLabel}
                WHERE e.source_id = ANY(@frontier) AND e.target_id <> ALL(@kept)
                UNION
                SELECT e.source_id AS id
                FROM edges AS e {fromLabel}
                WHERE e.target_id = ANY(@frontier) AND e.source_id <> ALL(@kept)
                ORDER BY 1
                LIMIT @take
                """, new { frontier = frontier.ToArray(), kept = kept.ToArray(), labels = query.Labels.ToArray(), take }, cancellationToken: cancellationToken)));

        var nodes = await GetNodesAsync(kept, cancellationToken);
        var edges = await connection.QueryAsync<EdgeRow>(new CommandDefinition("""
            SELECT e.id, e.type, e.source_id, e.target_id, e.props, e.version
            FROM edges AS e
            WHERE e.source_id = ANY(@ids) AND e.target_id = ANY(@ids)
            ORDER BY e.source_id, e.type, e.target_id
            """, new { ids = kept.ToArray() }, cancellationToken: cancellationToken));
        return Neighborhood.Of(kept, nodes, edges.Select(r => r.ToEdge()), truncated);
    }
}
