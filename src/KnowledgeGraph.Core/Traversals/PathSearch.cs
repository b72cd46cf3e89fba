namespace KnowledgeGraph.Core.Traversals;

/// <summary>
/// The in-memory half of a bidirectional path search: two BFS balls grown level by level from fetched links, the
/// links that join their frontiers, and the enumeration of simple paths of one length inside what was fetched.
/// </summary>
/// <remarks>
/// Invariant: with radii <c>ra</c> and <c>rb</c>, every node nearer than <c>ra</c> to the start (<c>rb</c> to the
/// end) has had all its links fetched. On a simple path of length <c>L ≤ ra + rb + 2</c>, a link with neither end
/// expanded can only join the start's frontier (position <c>ra</c>) to position <c>ra + 1</c>, or that node to the
/// end's frontier (position <c>ra + 2</c>). So once the frontiers are joined across one hop (their direct links)
/// and, for <c>L = ra + rb + 2</c>, across a middle node, every path of length <c>L</c> lies in the fetched links.
/// A lazy join fetches the middle links of one start-side frontier node at a time, in id order, and the
/// enumeration pauses where it would need links not fetched yet. Blocked nodes (hubs) are left out as if they were not
/// in the graph, so all of this holds for the graph without them.
/// </remarks>
internal sealed class PathSearch(string fromId, string toId)
{
    private readonly Dictionary<string, List<(string Neighbor, Link Edge)>> _adjacency = [];
    private readonly HashSet<Link> _links = [];
    private readonly HashSet<string> _unsorted = [];

    // In a lazy join, how far each start-side frontier node's links toward the end's frontier are known: below
    // Before (null: all of them), from a fetch of Limit rows. A node missing here has none fetched yet.
    private Dictionary<string, (string? Before, int Limit)>? _lazy;

    /// <summary>An edge as stored, by its unique key.</summary>
    public readonly record struct Link(string Type, string SourceId, string TargetId);

    /// <summary>A path as ids: <c>Nodes</c> has one more entry than <c>Edges</c>.</summary>
    public sealed record Walk(IReadOnlyList<string> Nodes, IReadOnlyList<Link> Edges);

    /// <summary>One ball: distances from its centre, the nodes at its radius (not yet expanded), and their link count.</summary>
    public sealed class Side(string start)
    {
        public string Start => start;

        public Dictionary<string, int> Distance { get; } = new() { [start] = 0 };
        public List<string> Frontier { get; set; } = [start];
        public int Radius { get; set; }

        /// <summary>How many links the frontier has, exact up to <see cref="CostCap"/> and <c>CostCap + 1</c> beyond; null until counted.</summary>
        public long? Cost { get; set; }

        public long CostCap { get; set; }

        public bool CostIsExact => Cost is { } cost && cost <= CostCap;
    }

    /// <summary>Nodes the search may not pass through (hubs, unless asked for): links touching them are ignored.</summary>
    public HashSet<string> Blocked { get; } = [];

    public Side From { get; } = new(fromId);
    public Side To { get; } = new(toId);

    /// <summary>Every path of at most this many hops lies in the fetched links.</summary>
    public int Reach => From.Radius + To.Radius;

    /// <summary>How many hops the current frontiers have been joined across (0, 1 or 2); growing a side resets it.</summary>
    public int Joined { get; set; }

    public void Grow(Side side, IReadOnlyList<LinkRow> rows)
    {
        side.Radius++;
        var next = new List<string>();
        foreach (var row in rows)
        {
            Connect(row);
            if (!Blocked.Contains(row.ReachedId) && side.Distance.TryAdd(row.ReachedId, side.Radius))
            {
                next.Add(row.ReachedId);
            }
        }
        side.Frontier = next;
        side.Cost = next.Count == 0 ? 0 : null;
        Joined = 0;
        _lazy = null;
    }

    /// <summary>
    /// Joins the frontiers across a middle node on demand: the links of a start-side frontier node toward the end's
    /// frontier are fetched, in id order, only when the enumeration reaches them (<see cref="PausedAt"/>).
    /// </summary>
    public void JoinLazily() => _lazy = [];

    /// <summary>Ends a lazy join: every link of this length has been fetched.</summary>
    public void CompleteJoin() => _lazy = null;

    /// <summary>Where the last enumeration stopped for want of a frontier node's links; null when it did not.</summary>
    public string? PausedAt { get; private set; }

    /// <summary>The next fetch for a paused node: from the first id not yet complete, twice as many rows as last time.</summary>
    public (string From, int Limit) NextFetch(string id, int needed) =>
        _lazy!.TryGetValue(id, out var known) ? (known.Before!, known.Limit * 2) : ("", Math.Max(32, needed * 4));

    /// <summary>Records a lazy fetch: rows ordered by the middle node, all of them when fewer than the limit came back.</summary>
    public void ConnectToward(string id, IReadOnlyList<LinkRow> rows, int limit)
    {
        Connect(rows);
        _lazy![id] = (rows.Count < limit ? null : rows[^1].ReachedId, limit);
    }

    /// <summary>Adds links found by joining the frontiers; distances do not change.</summary>
    public void Connect(IEnumerable<LinkRow> rows)
    {
        foreach (var row in rows)
        {
            Connect(row);
        }
    }

    /// <summary>
    /// Up to <paramref name="max"/> simple paths of exactly <paramref name="length"/> hops, ordered by their node ids
    /// then edge keys: a depth-first walk over sorted neighbour lists, pruned by the distance still to go.
    /// </summary>
    public List<Walk> Walks(int length, int max)
    {
        foreach (var id in _unsorted)
        {
            _adjacency[id].Sort((x, y) =>
            {
                var byNode = string.CompareOrdinal(x.Neighbor, y.Neighbor);
                var byType = byNode != 0 ? byNode : string.CompareOrdinal(x.Edge.Type, y.Edge.Type);
                return byType != 0 ? byType : string.CompareOrdinal(x.Edge.SourceId, y.Edge.SourceId);
            });
        }
        _unsorted.Clear();

        var found = new List<Walk>();
        var nodes = new List<string> { fromId };
        var edges = new List<Link>();
        var onPath = new HashSet<string> { fromId };
        PausedAt = null;
        Extend(fromId, length);
        return found;

        void Extend(string node, int left)
        {
            // Only a start-side frontier node, at its own distance, can have links of this length not yet fetched.
            string? before = null;
            if (_lazy is not null && nodes.Count - 1 == From.Radius && From.Distance.GetValueOrDefault(node, -1) == From.Radius)
            {
                if (!_lazy.TryGetValue(node, out var known))
                {
                    PausedAt = node;
                    return;
                }
                before = known.Before;
            }
            foreach (var (next, edge) in _adjacency.GetValueOrDefault(node) ?? [])
            {
                if (found.Count == max || PausedAt is not null)
                {
                    return;
                }
                if (before is not null && string.CompareOrdinal(next, before) >= 0)
                {
                    break;
                }
                if (next == toId ? left != 1 : onPath.Contains(next) || Remaining(next) > left - 1)
                {
                    continue;
                }
                nodes.Add(next);
                edges.Add(edge);
                if (next == toId)
                {
                    found.Add(new Walk(nodes.ToArray(), edges.ToArray()));
                }
                else
                {
                    onPath.Add(next);
                    Extend(next, left - 1);
                    onPath.Remove(next);
                }
                nodes.RemoveAt(nodes.Count - 1);
                edges.RemoveAt(edges.Count - 1);
            }
            if (before is not null && found.Count < max)
            {
                PausedAt ??= node;
            }
        }
    }

    /// <summary>A lower bound on the hops from a node to the end: exact inside the end's ball, beyond its radius outside.</summary>
    private int Remaining(string id) =>
        To.Distance.TryGetValue(id, out var distance) ? distance
        : To.Frontier.Count == 0 ? int.MaxValue / 2
        : To.Radius + 1;

    private void Connect(LinkRow row)
    {
        var link = new Link(row.Type, row.SourceId, row.TargetId);
        if (row.SourceId != row.TargetId && !Blocked.Contains(row.SourceId) && !Blocked.Contains(row.TargetId) && _links.Add(link))
        {
            Attach(row.SourceId, row.TargetId, link);
            Attach(row.TargetId, row.SourceId, link);
        }
    }

    private void Attach(string from, string to, Link link)
    {
        if (!_adjacency.TryGetValue(from, out var list))
        {
            _adjacency[from] = list = [];
        }
        list.Add((to, link));
        _unsorted.Add(from);
    }
}
