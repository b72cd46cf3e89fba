using Dapper;
using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Graph;
using Npgsql;

namespace KnowledgeGraph.Core.Stores.Postgres;

// Traversals issue one query per BFS level over the whole frontier (an array parameter), as the SQLite store does and
// for the same reasons: the visited sets live in memory, the search stops where the two sides meet, and each level
// is two index range scans (one per edge direction). No recursive CTE, which distributed engines also handle poorly.
public sealed partial class PostgresGraphStore
{
    private const int PathCheapGrowth = 4_000;
    private const int PathBudget = 20_000;

    public async Task<IReadOnlyList<GraphPath>> PathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        if (query.MaxHops is < 1 or > PathQuery.MaxHopsLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.MaxHops, $"MaxHops must be between 1 and {PathQuery.MaxHopsLimit}.");
        }
        if (query.First is < 1 or > PathQuery.MaxFirst)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.First, $"First must be between 1 and {PathQuery.MaxFirst}.");
        }
        if (query.FromId == query.ToId)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken);
        var walks = await WalksAsync(connection, query, cancellationToken);
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
        return walks.Select(w => new GraphPath(w.Nodes.Select(id => nodes[id]).ToList(), w.Edges.Select(k => edges[k]).ToList())).ToList();
    }

    /// <summary>The paths as ids, shortest first: one length at a time, growing a ball or joining the frontiers as it goes.</summary>
    private static async Task<List<PathSearch.Walk>> WalksAsync(NpgsqlConnection connection, PathQuery query, CancellationToken cancellationToken)
    {
        var types = query.RelationshipTypes.ToArray();
        var search = new PathSearch(query.FromId, query.ToId);
        var walks = new List<PathSearch.Walk>();
        for (var length = 1; length <= query.MaxHops && walks.Count < query.First; length++)
        {
            while (search.Reach < length - 1)
            {
                var (cheaper, _) = await ByCostAsync(connection, search, types, cancellationToken);
                if (cheaper.Cost > PathBudget)
                {
                    return walks;
                }
                if (search.Reach == length - 2 && cheaper.Cost > PathCheapGrowth)
                {
                    break;
                }
                search.Grow(cheaper, await LinksAsync(connection, cheaper.Frontier, null, types, cancellationToken));
            }
            var gap = length - search.Reach;
            if (gap > search.Joined)
            {
                var (small, large) = await ByCostAsync(connection, search, types, cancellationToken);
                if (small.Cost > PathBudget)
                {
                    return walks;
                }
                if (search.Joined < 1)
                {
                    search.Connect(await LinksAsync(connection, small.Frontier, large.Frontier, types, cancellationToken));
                }
                if (gap == 2)
                {
                    var middle = await LinksIntoNeighborhoodAsync(connection, large.Frontier, small.Frontier, types, cancellationToken);
                    search.Connect(middle);
                    search.Connect(await LinksAsync(connection, small.Frontier, middle.Select(r => r.reached_id).Distinct().ToList(), types, cancellationToken));
                }
                search.Joined = gap;
            }
            walks.AddRange(search.Walks(length, query.First - walks.Count));
        }
        return walks;
    }

    public async Task<Subgraph> NeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default)
    {
        if (query.Depth is < 1 or > NeighborhoodQuery.MaxDepth)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Depth, $"Depth must be between 1 and {NeighborhoodQuery.MaxDepth}.");
        }
        if (query.Limit is < 1 or > NeighborhoodQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Limit, $"Limit must be between 1 and {NeighborhoodQuery.MaxLimit}.");
        }

        await using var connection = await OpenAsync(cancellationToken);
        var start = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT id FROM nodes WHERE id = @id", new { id = query.Id }, cancellationToken: cancellationToken));
        if (start is null)
        {
            return new Subgraph([], [], false);
        }

        // Each level asks only for the nearest new ids it may still keep (plus one, to know whether the limit cut any).
        var kept = new List<string> { start };
        var frontier = new List<string> { start };
        var truncated = false;
        var toLabel = query.Labels.Count > 0 ? "JOIN nodes AS n ON n.id = e.target_id AND n.label = ANY(@labels)" : "";
        var fromLabel = query.Labels.Count > 0 ? "JOIN nodes AS n ON n.id = e.source_id AND n.label = ANY(@labels)" : "";
        for (var depth = 1; depth <= query.Depth && frontier.Count > 0 && !truncated; depth++)
        {
            var room = query.Limit - kept.Count;
            var reached = (await connection.QueryAsync<string>(new CommandDefinition($"""
                SELECT e.target_id AS id
                FROM edges AS e {toLabel}
                WHERE e.source_id = ANY(@frontier) AND e.target_id <> ALL(@kept)
                UNION
                SELECT e.source_id AS id
                FROM edges AS e {fromLabel}
                WHERE e.target_id = ANY(@frontier) AND e.source_id <> ALL(@kept)
                ORDER BY 1
                LIMIT @take
                """, new { frontier = frontier.ToArray(), kept = kept.ToArray(), labels = query.Labels.ToArray(), take = room + 1 },
                cancellationToken: cancellationToken))).ToList();
            truncated = reached.Count > room;
            frontier = reached.Take(room).ToList();
            kept.AddRange(frontier);
        }

        var rank = kept.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var nodes = (await GetNodesAsync(kept, cancellationToken)).OrderBy(n => rank[n.Id]).ToList();
        var edges = await connection.QueryAsync<EdgeRow>(new CommandDefinition("""
            SELECT e.id, e.type, e.source_id, e.target_id, e.props, e.version
            FROM edges AS e
            WHERE e.source_id = ANY(@ids) AND e.target_id = ANY(@ids)
            ORDER BY e.source_id, e.type, e.target_id
            """, new { ids = kept.ToArray() }, cancellationToken: cancellationToken));
        return new Subgraph(nodes, edges.Select(r => r.ToEdge()).ToList(), truncated);
    }

    /// <summary>How many links the side's frontier has, counted up to just over the budget.</summary>
    private static async Task<long> CostAsync(NpgsqlConnection connection, PathSearch.Side side, string[] types, CancellationToken cancellationToken)
    {
        side.Cost ??= await connection.ExecuteScalarAsync<long>(new CommandDefinition($"""
            SELECT COUNT(*) FROM (
                SELECT 1 FROM edges AS e WHERE e.source_id = ANY(@frontier) {TypeFilter(types)}
                UNION ALL
                SELECT 1 FROM edges AS e WHERE e.target_id = ANY(@frontier) {TypeFilter(types)}
                LIMIT @cap
            ) AS links
            """, new { frontier = side.Frontier.ToArray(), types, cap = PathBudget + 1 }, cancellationToken: cancellationToken));
        return side.Cost.Value;
    }

    private static async Task<(PathSearch.Side Cheaper, PathSearch.Side Dearer)> ByCostAsync(
        NpgsqlConnection connection, PathSearch search, string[] types, CancellationToken cancellationToken) =>
        await CostAsync(connection, search.From, types, cancellationToken) <= await CostAsync(connection, search.To, types, cancellationToken)
            ? (search.From, search.To)
            : (search.To, search.From);

    /// <summary>The links of the given nodes, in both directions, only to nodes in <paramref name="within"/> when it is given.</summary>
    private static async Task<IReadOnlyList<LinkRow>> LinksAsync(
        NpgsqlConnection connection, IReadOnlyCollection<string> nodes, IReadOnlyCollection<string>? within, string[] types,
        CancellationToken cancellationToken)
    {
        if (nodes.Count == 0 || within is { Count: 0 })
        {
            return [];
        }
        var toWithin = within is null ? "" : "AND e.target_id = ANY(@within)";
        var fromWithin = within is null ? "" : "AND e.source_id = ANY(@within)";
        var rows = await connection.QueryAsync<LinkRow>(new CommandDefinition($"""
            SELECT e.type, e.source_id, e.target_id, e.target_id AS reached_id
            FROM edges AS e
            WHERE e.source_id = ANY(@nodes) {toWithin} {TypeFilter(types)}
            UNION ALL
            SELECT e.type, e.source_id, e.target_id, e.source_id AS reached_id
            FROM edges AS e
            WHERE e.target_id = ANY(@nodes) {fromWithin} {TypeFilter(types)}
            ORDER BY 2, 1, 3
            """, new { nodes = nodes.ToArray(), within = (within ?? []).ToArray(), types }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>
    /// The links from <paramref name="nodes"/> to any neighbour of <paramref name="around"/>: the first hop of every
    /// two-hop connection between them, found in the store without bringing the neighbourhood of either side back.
    /// </summary>
    private static async Task<IReadOnlyList<LinkRow>> LinksIntoNeighborhoodAsync(
        NpgsqlConnection connection, IReadOnlyCollection<string> nodes, IReadOnlyCollection<string> around, string[] types,
        CancellationToken cancellationToken)
    {
        if (nodes.Count == 0 || around.Count == 0)
        {
            return [];
        }
        var rows = await connection.QueryAsync<LinkRow>(new CommandDefinition($"""
            WITH middle AS (
                SELECT e.target_id AS id FROM edges AS e WHERE e.source_id = ANY(@around) {TypeFilter(types)}
                UNION
                SELECT e.source_id AS id FROM edges AS e WHERE e.target_id = ANY(@around) {TypeFilter(types)}
            ),
            near AS (
                SELECT e.type, e.source_id, e.target_id, e.target_id AS reached_id
                FROM edges AS e
                WHERE e.source_id = ANY(@nodes) {TypeFilter(types)}
                UNION ALL
                SELECT e.type, e.source_id, e.target_id, e.source_id AS reached_id
                FROM edges AS e
                WHERE e.target_id = ANY(@nodes) {TypeFilter(types)}
            )
            SELECT near.type, near.source_id, near.target_id, near.reached_id
            FROM near
            WHERE near.reached_id IN (SELECT id FROM middle)
            ORDER BY 2, 1, 3
            """, new { nodes = nodes.ToArray(), around = around.ToArray(), types }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    private static string TypeFilter(string[] types) => types.Length > 0 ? "AND e.type = ANY(@types)" : "";
}
