using System.Text.Json.Nodes;
using Dapper;
using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Stores.Sqlite;

// Over 300 lines: the path search's queries (count, grow, join, lazy join) sit next to the strategy that issues them.
//
// Traversals issue one query per BFS level over the whole frontier (a json_each list) rather than a recursive CTE.
// A recursive CTE cannot consult a global visited set (UNION only drops identical rows, so every walk through a hub
// is kept and re-expanded at each depth), cannot stop at the level where two searches meet, and cannot choose which
// side to grow next. Level by level, the visited sets live in memory and hold only what was fetched; each query
// reads the covering edge indexes, one branch per direction, UNION ALL.
public sealed partial class SqliteGraphStore
{
    // A frontier's cost is its link count. Growing a ball pulls a frontier's links into memory (about a microsecond a
    // link); joining the two frontiers in the store returns only the links that connect them, for the price of
    // indexing the cheaper side's links. So cheap frontiers are grown and dear ones joined. When even the cheaper
    // frontier is over the budget the search stops: the lengths already searched are complete, longer paths are not
    // looked for (between hubs, 5 or 6 hops would otherwise read most of the graph).
    private const int PathCheapGrowth = 4_000;
    private const int PathGrowthBudget = 20_000;
    private const int PathJoinBudget = 50_000;

    // Between two dear frontiers the first paths in id order usually run through the first hubs, so a lazy join that
    // reads a few middle nodes of one start-side node at a time (in id order, straight off the edge indexes) answers
    // long before a full join would. It is tried for small frontiers (each query lists the end's frontier once per
    // branch) and a few fetches only.
    private const int PathLazyFrontier = 16;
    private const int PathLazyFetches = 6;

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
            .ToDictionary(r => new PathSearch.Link(r.type, r.source_id, r.target_id), ToEdge);
        return walks.Select(w => new GraphPath(w.Nodes.Select(id => nodes[id]).ToList(), w.Edges.Select(k => edges[k]).ToList())).ToList();
    }

    /// <summary>The paths as ids, shortest first: one length at a time, growing a ball or joining the frontiers as it goes.</summary>
    private static async Task<List<PathSearch.Walk>> WalksAsync(SqliteConnection connection, PathQuery query, CancellationToken cancellationToken)
    {
        var types = query.RelationshipTypes;
        var search = new PathSearch(query.FromId, query.ToId);
        var walks = new List<PathSearch.Walk>();
        for (var length = 1; length <= query.MaxHops && walks.Count < query.First; length++)
        {
            // Grow until the frontiers are one hop apart for this length, or two when both are dear (a gap of two is
            // then joined across a middle node, lazily when the frontiers are small).
            while (search.Reach < length - 1)
            {
                var (cheaper, _) = await ByCostAsync(connection, search, types, cancellationToken);
                if (search.Reach == length - 2 && cheaper.Cost > PathCheapGrowth)
                {
                    break;
                }
                if (cheaper.Cost > PathGrowthBudget)
                {
                    return walks;
                }
                search.Grow(cheaper, await LinksAsync(connection, cheaper.Frontier, null, types, cancellationToken));
            }
            var gap = length - search.Reach;
            if (gap > search.Joined)
            {
                var (small, large) = await ByCostAsync(connection, search, types, cancellationToken);
                if (small.Cost > PathJoinBudget)
                {
                    return walks;
                }
                if (search.Joined < 1)
                {
                    search.Connect(await LinksAsync(connection, small.Frontier, large.Frontier, types, cancellationToken));
                }
                if (gap == 2 && search.From.Frontier.Count <= PathLazyFrontier && search.To.Frontier.Count <= PathLazyFrontier)
                {
                    search.JoinLazily();
                }
                else if (gap == 2)
                {
                    await JoinAcrossMiddleAsync(connection, search, small, large, types, cancellationToken);
                }
                search.Joined = gap;
            }

            var needed = query.First - walks.Count;
            var found = search.Walks(length, needed);
            for (var fetches = 0; found.Count < needed && search.PausedAt is { } node; fetches++)
            {
                if (fetches == PathLazyFetches)
                {
                    // The middle is sparse: one join over both frontiers is cheaper than more fetches one node at a time.
                    var (small, large) = await ByCostAsync(connection, search, types, cancellationToken);
                    await JoinAcrossMiddleAsync(connection, search, small, large, types, cancellationToken);
                }
                else
                {
                    var (from, limit) = search.NextFetch(node, needed);
                    var toward = await LinksTowardAsync(connection, node, from, limit, search.To.Frontier, query, cancellationToken);
                    search.ConnectToward(node, toward, limit);
                    search.Connect(await LinksAsync(connection, toward.Select(r => r.reached_id).Distinct().ToList(), search.To.Frontier, types, cancellationToken));
                }
                found = search.Walks(length, needed);
            }
            walks.AddRange(found);
        }
        return walks;
    }

    /// <summary>Every two-hop connection between the frontiers, found in the store: the middle links of this length are then all fetched.</summary>
    private static async Task JoinAcrossMiddleAsync(
        SqliteConnection connection, PathSearch search, PathSearch.Side small, PathSearch.Side large, IReadOnlyList<string> types, CancellationToken cancellationToken)
    {
        var middle = await LinksIntoNeighborhoodAsync(connection, large.Frontier, small.Frontier, types, cancellationToken);
        search.Connect(middle);
        search.Connect(await LinksAsync(connection, small.Frontier, middle.Select(r => r.reached_id).Distinct().ToList(), types, cancellationToken));
        search.CompleteJoin();
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

        // Each level asks only for the nearest new ids it may still keep (plus one, to know whether the limit cut any),
        // so the work stays bounded by the limit: a level is expanded only while fewer than Limit nodes were kept.
        var kept = new List<string> { start };
        var frontier = new List<string> { start };
        var truncated = false;
        var toLabel = query.Labels.Count > 0 ? "CROSS JOIN nodes AS n WHERE n.id = e.target_id AND n.label IN (SELECT value FROM json_each(@labels)) AND" : "WHERE";
        var fromLabel = query.Labels.Count > 0 ? "CROSS JOIN nodes AS n WHERE n.id = e.source_id AND n.label IN (SELECT value FROM json_each(@labels)) AND" : "WHERE";
        for (var depth = 1; depth <= query.Depth && frontier.Count > 0 && !truncated; depth++)
        {
            var room = query.Limit - kept.Count;
            // UNION (not a DISTINCT subquery) lets SQLite merge the two sorted branches and stop at the limit.
            var reached = (await connection.QueryAsync<string>(new CommandDefinition($"""
                SELECT e.target_id AS id
                FROM json_each(@frontier) AS f CROSS JOIN edges AS e {toLabel} e.source_id = f.value AND e.target_id NOT IN (SELECT value FROM json_each(@kept))
                UNION
                SELECT e.source_id AS id
                FROM json_each(@frontier) AS f CROSS JOIN edges AS e {fromLabel} e.target_id = f.value AND e.source_id NOT IN (SELECT value FROM json_each(@kept))
                ORDER BY 1
                LIMIT @take
                """, new { frontier = Json(frontier), kept = Json(kept), labels = Json(query.Labels), take = room + 1 },
                cancellationToken: cancellationToken))).ToList();
            truncated = reached.Count > room;
            frontier = reached.Take(room).ToList();
            kept.AddRange(frontier);
        }

        var rank = kept.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var nodes = (await GetNodesAsync(kept, cancellationToken)).OrderBy(n => rank[n.Id]).ToList();
        var edges = await connection.QueryAsync<EdgeRow>(new CommandDefinition("""
            SELECT e.id, e.type, e.source_id, e.target_id, e.props, e.version
            FROM json_each(@ids) AS s CROSS JOIN edges AS e
            WHERE e.source_id = s.value AND e.target_id IN (SELECT value FROM json_each(@ids))
            ORDER BY e.source_id, e.type, e.target_id
            """, new { ids = Json(kept) }, cancellationToken: cancellationToken));
        return new Subgraph(nodes, edges.Select(ToEdge).ToList(), truncated);
    }

    /// <summary>
    /// The two sides, the cheaper first, with its cost exact (up to the join budget). The other side is counted only
    /// as far as the comparison needs: counting a large frontier costs two index seeks per node.
    /// </summary>
    private static async Task<(PathSearch.Side Cheaper, PathSearch.Side Dearer)> ByCostAsync(
        SqliteConnection connection, PathSearch search, IReadOnlyList<string> types, CancellationToken cancellationToken)
    {
        var (from, to) = (search.From, search.To);
        var toFirst = from.CostIsExact != to.CostIsExact ? to.CostIsExact : to.Frontier.Count < from.Frontier.Count;
        var (first, second) = toFirst ? (to, from) : (from, to);
        var firstCost = await CostAsync(connection, first, PathJoinBudget, types, cancellationToken);
        var secondCost = await CostAsync(connection, second, Math.Min(firstCost, PathJoinBudget), types, cancellationToken);
        return firstCost < secondCost || (firstCost == secondCost && first == search.From) ? (first, second) : (second, first);
    }

    /// <summary>How many links the side's frontier has: exact up to <paramref name="cap"/>, <c>cap + 1</c> beyond.</summary>
    private static async Task<long> CostAsync(
        SqliteConnection connection, PathSearch.Side side, long cap, IReadOnlyList<string> types, CancellationToken cancellationToken)
    {
        if (side.Cost is { } known && (side.CostIsExact || side.CostCap >= cap))
        {
            return known;
        }
        side.CostCap = cap;
        side.Cost = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"""
            SELECT COUNT(*) FROM (
                SELECT 1 FROM json_each(@frontier) AS f CROSS JOIN edges AS e WHERE e.source_id = f.value {TypeFilter(types)}
                UNION ALL
                SELECT 1 FROM json_each(@frontier) AS f CROSS JOIN edges AS e WHERE e.target_id = f.value {TypeFilter(types)}
                LIMIT @limit
            )
            """, new { frontier = Json(side.Frontier), types = Json(types), limit = cap + 1 }, cancellationToken: cancellationToken));
        return side.Cost.Value;
    }

    /// <summary>The links of the given nodes, in both directions, only to nodes in <paramref name="within"/> when it is given.</summary>
    private static async Task<IReadOnlyList<LinkRow>> LinksAsync(
        SqliteConnection connection, IReadOnlyCollection<string> nodes, IReadOnlyCollection<string>? within, IReadOnlyList<string> types,
        CancellationToken cancellationToken)
    {
        if (nodes.Count == 0 || within is { Count: 0 })
        {
            return [];
        }
        var toWithin = within is null ? "" : "AND e.target_id IN (SELECT value FROM json_each(@within))";
        var fromWithin = within is null ? "" : "AND e.source_id IN (SELECT value FROM json_each(@within))";
        var rows = await connection.QueryAsync<LinkRow>(new CommandDefinition($"""
            SELECT e.type, e.source_id, e.target_id, e.target_id AS reached_id
            FROM json_each(@nodes) AS f CROSS JOIN edges AS e
            WHERE e.source_id = f.value {toWithin} {TypeFilter(types)}
            UNION ALL
            SELECT e.type, e.source_id, e.target_id, e.source_id AS reached_id
            FROM json_each(@nodes) AS f CROSS JOIN edges AS e
            WHERE e.target_id = f.value {fromWithin} {TypeFilter(types)}
            ORDER BY 2, 1, 3
            """, new { nodes = Json(nodes), within = Json(within ?? []), types = Json(types) }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>
    /// The links from <paramref name="nodes"/> to any neighbour of <paramref name="around"/>: the first hop of every
    /// two-hop connection between them, found in the store without bringing the neighbourhood of either side back.
    /// </summary>
    private static async Task<IReadOnlyList<LinkRow>> LinksIntoNeighborhoodAsync(
        SqliteConnection connection, IReadOnlyCollection<string> nodes, IReadOnlyCollection<string> around, IReadOnlyList<string> types,
        CancellationToken cancellationToken)
    {
        if (nodes.Count == 0 || around.Count == 0)
        {
            return [];
        }
        // One IN list over the neighbourhood of `around`, probed by every link of `nodes`: SQLite builds it once.
        var rows = await connection.QueryAsync<LinkRow>(new CommandDefinition($"""
            WITH middle AS (
                SELECT e.target_id AS id FROM json_each(@around) AS a CROSS JOIN edges AS e WHERE e.source_id = a.value {TypeFilter(types)}
                UNION ALL
                SELECT e.source_id AS id FROM json_each(@around) AS a CROSS JOIN edges AS e WHERE e.target_id = a.value {TypeFilter(types)}
            ),
            near AS (
                SELECT e.type, e.source_id, e.target_id, e.target_id AS reached_id
                FROM json_each(@nodes) AS f CROSS JOIN edges AS e
                WHERE e.source_id = f.value {TypeFilter(types)}
                UNION ALL
                SELECT e.type, e.source_id, e.target_id, e.source_id AS reached_id
                FROM json_each(@nodes) AS f CROSS JOIN edges AS e
                WHERE e.target_id = f.value {TypeFilter(types)}
            )
            SELECT near.type, near.source_id, near.target_id, near.reached_id
            FROM near
            WHERE near.reached_id IN (SELECT id FROM middle)
            ORDER BY 2, 1, 3
            """, new { nodes = Json(nodes), around = Json(around), types = Json(types) }, cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>
    /// Up to <paramref name="limit"/> links of one node to middle nodes (from <paramref name="from"/> on, in id order)
    /// that have a link into <paramref name="front"/>. One branch per relationship type and direction reads an index
    /// range already in id order, so SQLite merges the branches and stops at the limit.
    /// </summary>
    private static async Task<IReadOnlyList<LinkRow>> LinksTowardAsync(
        SqliteConnection connection, string node, string from, int limit, IReadOnlyCollection<string> front, PathQuery query,
        CancellationToken cancellationToken)
    {
        // Every stored edge has a schema type: writes are validated against GraphSchema.
        var types = query.RelationshipTypes.Count > 0 ? query.RelationshipTypes : GraphSchema.Relationships.Select(r => r.Type).Distinct().ToList();
        var parameters = new DynamicParameters(new
        {
            node,
            from,
            limit,
            front = Json(front),
            types = Json(query.RelationshipTypes),
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
                AND {LinksInto("e.target_id", query.RelationshipTypes)}
                """);
            branches.Add($"""
                SELECT e.type, e.source_id, e.target_id, e.source_id AS reached_id FROM edges AS e
                WHERE e.target_id = @node AND e.type = @type{i} AND e.source_id >= @from AND e.source_id NOT IN (@start, @end)
                AND {LinksInto("e.source_id", query.RelationshipTypes)}
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

    private static string TypeFilter(IReadOnlyList<string> types, string alias = "e") =>
        types.Count > 0 ? $"AND {alias}.type IN (SELECT value FROM json_each(@types))" : "";

    private static Edge ToEdge(EdgeRow row) => new(row.id, row.type, row.source_id, row.target_id, (JsonObject)JsonNode.Parse(row.props)!);

#pragma warning disable IDE1006 // Dapper maps snake_case columns onto these names.
    private sealed class LinkRow
    {
        public string type { get; init; } = "";
        public string source_id { get; init; } = "";
        public string target_id { get; init; } = "";
        public string reached_id { get; init; } = "";
    }
#pragma warning restore IDE1006
}
