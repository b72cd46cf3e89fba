using KnowledgeGraph.Core.Traversals;

namespace KnowledgeGraph.Tests.Core.Traversals;

/// <summary>The path search over links held in memory, as any store's frontier queries would answer them.</summary>
public sealed class PathSearchTests
{
    // a - b - c - d, a - e - d, a - f (a dead end), and d - g beyond the end.
    private static readonly (string Type, string From, string To)[] Edges =
    [
        ("USES", "a", "b"), ("USES", "b", "c"), ("USES", "c", "d"),
        ("LEADS", "a", "e"), ("LEADS", "e", "d"), ("USES", "a", "f"), ("USES", "d", "g"),
    ];

    private static async Task<List<string>> WalksAsync(string from, string to, int maxHops, int first, params string[] types)
    {
        var query = new PathQuery(from, to, maxHops, types, first);
        var walks = await PathFinder.WalksAsync(new MemoryLinks(Edges, query), query, CancellationToken.None);
        return walks.Select(w => string.Join("-", w.Nodes)).ToList();
    }

    [Fact]
    public async Task Paths_come_shortest_first_following_edges_in_either_direction()
    {
        Assert.Equal(["a-e-d", "a-b-c-d"], await WalksAsync("a", "d", 4, 10));
        Assert.Equal(["d-e-a", "d-c-b-a"], await WalksAsync("d", "a", 4, 10));
    }

    [Fact]
    public async Task Max_hops_first_and_relationship_types_limit_the_paths()
    {
        Assert.Equal(["a-e-d"], await WalksAsync("a", "d", 2, 10));
        Assert.Equal(["a-e-d"], await WalksAsync("a", "d", 4, 1));
        Assert.Equal(["a-b-c-d"], await WalksAsync("a", "d", 4, 10, "USES"));
        Assert.Empty(await WalksAsync("a", "d", 2, 10, "USES"));
    }

    [Fact]
    public async Task Walks_are_simple_and_unreachable_ends_have_none()
    {
        Assert.Equal(["a-e-d-g", "a-b-c-d-g"], await WalksAsync("a", "g", 6, 10));
        Assert.Empty(await WalksAsync("a", "missing", 6, 10));
        Assert.Equal(["a-f"], await WalksAsync("a", "f", 6, 10));
    }

    private sealed class MemoryLinks((string Type, string From, string To)[] edges, PathQuery query) : IPathLinks
    {
        private IEnumerable<LinkRow> All(IEnumerable<string> nodes)
        {
            var set = nodes.ToHashSet();
            var typed = edges.Where(e => query.RelationshipTypes.Count == 0 || query.RelationshipTypes.Contains(e.Type)).ToList();
            return typed.Where(e => set.Contains(e.From)).Select(e => new LinkRow(e.Type, e.From, e.To, e.To))
                .Concat(typed.Where(e => set.Contains(e.To)).Select(e => new LinkRow(e.Type, e.From, e.To, e.From)));
        }

        private static IReadOnlyList<LinkRow> Ordered(IEnumerable<LinkRow> rows) =>
            rows.OrderBy(r => r.SourceId, StringComparer.Ordinal).ThenBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.TargetId, StringComparer.Ordinal).ToList();

        public Task<long> CountAsync(IReadOnlyCollection<string> frontier, long limit, CancellationToken cancellationToken) =>
            Task.FromResult(Math.Min(limit, All(frontier).LongCount()));

        public Task<IReadOnlyList<LinkRow>> LinksAsync(IReadOnlyCollection<string> nodes, IReadOnlyCollection<string>? within, CancellationToken cancellationToken) =>
            Task.FromResult(Ordered(All(nodes).Where(r => within is null || within.Contains(r.ReachedId))));

        public Task<IReadOnlyList<LinkRow>> LinksIntoNeighborhoodAsync(IReadOnlyCollection<string> nodes, IReadOnlyCollection<string> around, CancellationToken cancellationToken)
        {
            var middle = All(around).Select(r => r.ReachedId).ToHashSet();
            return Task.FromResult(Ordered(All(nodes).Where(r => middle.Contains(r.ReachedId))));
        }

        public Task<IReadOnlyList<LinkRow>> LinksTowardAsync(string node, string from, int limit, IReadOnlyCollection<string> front, CancellationToken cancellationToken)
        {
            var toFront = All(front).Select(r => r.ReachedId).ToHashSet();
            return Task.FromResult<IReadOnlyList<LinkRow>>(All([node])
                .Where(r => string.CompareOrdinal(r.ReachedId, from) >= 0 && r.ReachedId != query.FromId && r.ReachedId != query.ToId && toFront.Contains(r.ReachedId))
                .OrderBy(r => r.ReachedId, StringComparer.Ordinal).Take(limit).ToList());
        }
    }
}
