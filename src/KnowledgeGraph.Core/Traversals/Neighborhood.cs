using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Traversals;

/// <summary>The store-independent half of a neighbourhood: the limits, the level-by-level walk, the order of the answer.</summary>
internal static class Neighborhood
{
    /// <summary>
    /// The ids within the query's depth of <paramref name="start"/>, level by level, and whether the limit cut any.
    /// <paramref name="nextLevelAsync"/> gets the frontier, the ids kept so far and how many to take, and answers the
    /// nearest new ids in id order.
    /// </summary>
    public static async Task<(List<string> Kept, bool Truncated)> ReachAsync(
        string start, NeighborhoodQuery query, Func<List<string>, List<string>, int, Task<IEnumerable<string>>> nextLevelAsync)
    {
        // Each level asks only for the nearest new ids it may still keep (plus one, to know whether the limit cut any),
        // so the work stays bounded by the limit: a level is expanded only while fewer than Limit nodes were kept.
        var kept = new List<string> { start };
        var frontier = new List<string> { start };
        var truncated = false;
        for (var depth = 1; depth <= query.Depth && frontier.Count > 0 && !truncated; depth++)
        {
            var room = query.Limit - kept.Count;
            var reached = (await nextLevelAsync(frontier, kept, room + 1)).ToList();
            truncated = reached.Count > room;
            frontier = reached.Take(room).ToList();
            kept.AddRange(frontier);
        }
        return (kept, truncated);
    }

    /// <summary>The subgraph with its nodes in the order they were reached.</summary>
    public static Subgraph Of(IReadOnlyList<string> kept, IEnumerable<Node> nodes, IEnumerable<Edge> edges, bool truncated)
    {
        var rank = kept.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        return new Subgraph(nodes.OrderBy(n => rank[n.Id]).ToList(), edges.ToList(), truncated);
    }
}
