using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Traversals;

/// <summary>
/// The path search's strategy, the same for every store: one length at a time, shortest first, growing the cheaper
/// ball or joining the frontiers in the store, within budgets.
/// </summary>
internal static class PathFinder
{
    // A frontier's cost is its link count. Growing a ball pulls a frontier's links into memory (about a microsecond a
    // link); joining the two frontiers in the store returns only the links that connect them, for the price of
    // indexing the cheaper side's links. So cheap frontiers are grown and dear ones joined. When even the cheaper
    // frontier is over the budget the search stops: the lengths already searched are complete, longer paths are not
    // looked for (between hubs, 5 or 6 hops would otherwise read most of the graph).
    private const int CheapGrowth = 4_000;
    private const int GrowthBudget = 20_000;
    private const int JoinBudget = 50_000;

    // Between two dear frontiers the first paths in id order usually run through the first hubs, so a lazy join that
    // reads a few middle nodes of one start-side node at a time (in id order, straight off the edge indexes) answers
    // long before a full join would. It is tried for small frontiers (each query lists the end's frontier once per
    // branch) and a few fetches only.
    private const int LazyFrontier = 16;
    private const int LazyFetches = 6;

    // Paths of one length are ranked among up to this many (in id order), however few are asked for.
    private const int RankedPaths = PathQuery.MaxFirst;

    /// <summary>The walks with their stored nodes and edges, and the hubs each passes through.</summary>
    public static List<GraphPath> Paths(
        IEnumerable<PathSearch.Walk> walks, IReadOnlyDictionary<string, Node> nodes, IReadOnlyDictionary<PathSearch.Link, Edge> edges, IReadOnlySet<string> hubs) =>
        walks.Select(w => new GraphPath(w.Nodes.Select(id => nodes[id]).ToList(), w.Edges.Select(k => edges[k]).ToList())
        {
            HubIds = Middle(w).Where(hubs.Contains).ToList(),
        }).ToList();

    /// <summary>
    /// The paths as ids, shortest first and, within one length, through the least connected middle nodes first
    /// (<see cref="Hubs.Penalty"/>, then id order, among the first <see cref="RankedPaths"/> of that length in id
    /// order), with the hubs among their middle nodes. Unless the query allows them, hubs are kept out of the search
    /// (<see cref="HubFilter"/>).
    /// </summary>
    public static async Task<(List<PathSearch.Walk> Walks, IReadOnlySet<string> Hubs)> WalksAsync(
        IPathLinks store, PathQuery query, CancellationToken cancellationToken)
    {
        var (nodes, relationships) = await store.SizeAsync(cancellationToken);
        var search = new PathSearch(query.FromId, query.ToId);
        var hubs = new HubFilter(store, Hubs.Threshold(nodes, relationships), search, !query.ThroughHubs);
        var walks = await SearchAsync(hubs, search, query, cancellationToken);
        return (walks, walks.SelectMany(Middle).Where(hubs.IsHub).ToHashSet());
    }

    /// <summary>The <paramref name="needed"/> paths of one length with the least <see cref="Hubs.Penalty"/>, ties in id order.</summary>
    private static async Task<IEnumerable<PathSearch.Walk>> RankAsync(
        HubFilter hubs, List<PathSearch.Walk> found, int needed, CancellationToken cancellationToken)
    {
        await hubs.LookUpAsync(found.SelectMany(Middle), cancellationToken);
        return found.OrderBy(w => Math.Round(Hubs.Penalty(Middle(w).Select(hubs.Degree)), 9)).Take(needed);
    }

    private static IEnumerable<string> Middle(PathSearch.Walk walk) => walk.Nodes.Skip(1).SkipLast(1);

    /// <summary>The paths as ids, shortest first: one length at a time, growing a ball or joining the frontiers as it goes.</summary>
    private static async Task<List<PathSearch.Walk>> SearchAsync(HubFilter store, PathSearch search, PathQuery query, CancellationToken cancellationToken)
    {
        var walks = new List<PathSearch.Walk>();
        for (var length = 1; length <= query.MaxHops && walks.Count < query.First; length++)
        {
            // Grow until the frontiers are one hop apart for this length, or two when both are dear (a gap of two is
            // then joined across a middle node, lazily when the frontiers are small).
            while (search.Reach < length - 1)
            {
                var (cheaper, _) = await ByCostAsync(store, search, cancellationToken);
                if (search.Reach == length - 2 && cheaper.Cost > CheapGrowth)
                {
                    break;
                }
                if (cheaper.Cost > GrowthBudget)
                {
                    return walks;
                }
                search.Grow(cheaper, await LinksAsync(store, cheaper.Frontier, null, cancellationToken));
            }
            var gap = length - search.Reach;
            if (gap > search.Joined)
            {
                var (small, large) = await ByCostAsync(store, search, cancellationToken);
                if (small.Cost > JoinBudget)
                {
                    return walks;
                }
                if (search.Joined < 1)
                {
                    search.Connect(await LinksAsync(store, small.Frontier, large.Frontier, cancellationToken));
                }
                if (gap == 2 && search.From.Frontier.Count <= LazyFrontier && search.To.Frontier.Count <= LazyFrontier)
                {
                    search.JoinLazily();
                }
                else if (gap == 2)
                {
                    await JoinAcrossMiddleAsync(store, search, small, large, cancellationToken);
                }
                search.Joined = gap;
            }

            var needed = query.First - walks.Count;
            var wanted = Math.Max(needed, RankedPaths);
            var found = search.Walks(length, wanted);
            for (var fetches = 0; found.Count < wanted && search.PausedAt is { } node; fetches++)
            {
                if (fetches == LazyFetches)
                {
                    // The middle is sparse: one join over both frontiers is cheaper than more fetches one node at a time.
                    var (small, large) = await ByCostAsync(store, search, cancellationToken);
                    await JoinAcrossMiddleAsync(store, search, small, large, cancellationToken);
                }
                else
                {
                    var (from, limit) = search.NextFetch(node, wanted);
                    var toward = await store.LinksTowardAsync(node, from, limit, search.To.Frontier, cancellationToken);
                    search.ConnectToward(node, toward, limit);
                    search.Connect(await LinksAsync(store, toward.Select(r => r.ReachedId).Distinct().ToList(), search.To.Frontier, cancellationToken));
                }
                found = search.Walks(length, wanted);
            }
            walks.AddRange(await RankAsync(store, found, needed, cancellationToken));
        }
        return walks;
    }

    /// <summary>Every two-hop connection between the frontiers, found in the store: the middle links of this length are then all fetched.</summary>
    private static async Task JoinAcrossMiddleAsync(
        IPathLinks store, PathSearch search, PathSearch.Side small, PathSearch.Side large, CancellationToken cancellationToken)
    {
        var middle = small.Frontier.Count == 0 || large.Frontier.Count == 0
            ? []
            : await store.LinksIntoNeighborhoodAsync(large.Frontier, small.Frontier, cancellationToken);
        search.Connect(middle);
        search.Connect(await LinksAsync(store, small.Frontier, middle.Select(r => r.ReachedId).Distinct().ToList(), cancellationToken));
        search.CompleteJoin();
    }

    /// <summary>
    /// The two sides, the cheaper first, with its cost exact (up to the join budget). The other side is counted only
    /// as far as the comparison needs: counting a large frontier costs two index seeks per node.
    /// </summary>
    private static async Task<(PathSearch.Side Cheaper, PathSearch.Side Dearer)> ByCostAsync(
        IPathLinks store, PathSearch search, CancellationToken cancellationToken)
    {
        var (from, to) = (search.From, search.To);
        var toFirst = from.CostIsExact != to.CostIsExact ? to.CostIsExact : to.Frontier.Count < from.Frontier.Count;
        var (first, second) = toFirst ? (to, from) : (from, to);
        var firstCost = await CostAsync(store, first, JoinBudget, cancellationToken);
        var secondCost = await CostAsync(store, second, Math.Min(firstCost, JoinBudget), cancellationToken);
        return firstCost < secondCost || (firstCost == secondCost && first == search.From) ? (first, second) : (second, first);
    }

    /// <summary>How many links the side's frontier has: exact up to <paramref name="cap"/>, <c>cap + 1</c> beyond.</summary>
    private static async Task<long> CostAsync(IPathLinks store, PathSearch.Side side, long cap, CancellationToken cancellationToken)
    {
        if (side.Cost is { } known && (side.CostIsExact || side.CostCap >= cap))
        {
            return known;
        }
        side.CostCap = cap;
        side.Cost = await store.CountAsync(side.Frontier, cap + 1, cancellationToken);
        return side.Cost.Value;
    }

    private static async Task<IReadOnlyList<LinkRow>> LinksAsync(
        IPathLinks store, IReadOnlyCollection<string> nodes, IReadOnlyCollection<string>? within, CancellationToken cancellationToken) =>
        nodes.Count == 0 || within is { Count: 0 } ? [] : await store.LinksAsync(nodes, within, cancellationToken);
}
