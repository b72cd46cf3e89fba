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

    // a - h - d through a hub h (20 more leaves), a - b - c - d around it; a - p - d and a - q - d where p has two more links.
    private static readonly (string Type, string From, string To)[] WithHub =
    [
        ("USES", "a", "h"), ("USES", "h", "d"), .. Enumerable.Range(0, 20).Select(i => ("USES", "h", $"leaf{i:D2}")),
        ("USES", "a", "b"), ("USES", "b", "c"), ("USES", "c", "d"),
        ("LEADS", "a", "p"), ("LEADS", "p", "d"), ("LEADS", "p", "x"), ("LEADS", "p", "y"), ("LEADS", "a", "q"), ("LEADS", "q", "d"),
    ];

    private static async Task<List<string>> WalksAsync(string from, string to, int maxHops, int first, params string[] types) =>
        await WalksAsync(Edges, new PathQuery(from, to, maxHops, types, first));

    private static async Task<List<string>> WalksAsync((string Type, string From, string To)[] edges, PathQuery query)
    {
        var (walks, hubs) = await PathFinder.WalksAsync(new MemoryLinks(edges, query), query, CancellationToken.None);
        return walks.Select(w => string.Join("-", w.Nodes) + (w.Nodes.Any(hubs.Contains) ? " (hub)" : "")).ToList();
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

    [Fact]
    public void A_hub_has_six_times_the_mean_degree_and_at_least_twenty_links()
    {
        Assert.Equal(29, Hubs.Threshold(473, 1_140));
        Assert.Equal(120, Hubs.Threshold(100, 1_000));
        Assert.Equal(Hubs.MinDegree, Hubs.Threshold(10, 5));
        Assert.Equal(Hubs.MinDegree, Hubs.Threshold(0, 0));
    }

    [Fact]
    public void The_penalty_grows_with_each_middle_node_and_its_degree()
    {
        Assert.Equal(0, Hubs.Penalty([]));
        Assert.Equal(Math.Log(3), Hubs.Penalty([2]), 12);
        Assert.True(Hubs.Penalty([2, 2]) < Hubs.Penalty([2, 40]));
        Assert.True(Hubs.Penalty([3]) < Hubs.Penalty([4]));
    }

    [Fact]
    public async Task Paths_go_around_a_hub_unless_asked_and_then_say_they_pass_through_it()
    {
        Assert.Equal(["a-q-d", "a-p-d", "a-b-c-d"], await WalksAsync(WithHub, new PathQuery("a", "d", 4, [], 10)));
        Assert.Equal(["a-q-d", "a-p-d", "a-h-d (hub)", "a-b-c-d"], await WalksAsync(WithHub, new PathQuery("a", "d", 4, [], 10, ThroughHubs: true)));
        Assert.Equal(["a-b-c-d"], await WalksAsync(WithHub, new PathQuery("a", "d", 4, ["USES"], 10)));
    }

    [Fact]
    public async Task A_hub_may_be_an_end_of_the_path()
    {
        Assert.Equal(["h-leaf00"], await WalksAsync(WithHub, new PathQuery("h", "leaf00", 4, [], 10)));
        Assert.Equal(["a-h", "a-q-d-h", "a-p-d-h", "a-b-c-d-h"], await WalksAsync(WithHub, new PathQuery("a", "h", 4, [], 10)));
    }

    private sealed class MemoryLinks((string Type, string From, string To)[] edges, PathQuery query) : IPathLinks
    {
        public Task<(long Nodes, long Relationships)> SizeAsync(CancellationToken cancellationToken) =>
            Task.FromResult<(long, long)>((edges.SelectMany(e => new[] { e.From, e.To }).Distinct().Count(), edges.Length));

        public Task<IReadOnlyDictionary<string, long>> DegreesAsync(IReadOnlyCollection<string> nodes, long cap, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyDictionary<string, long>>(nodes.ToDictionary(
                n => n, n => Math.Min(cap, edges.LongCount(e => e.From == n)) + Math.Min(cap, edges.LongCount(e => e.To == n))));

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
