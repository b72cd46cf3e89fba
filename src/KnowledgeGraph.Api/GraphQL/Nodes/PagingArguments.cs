using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

/// <summary>The Relay paging arguments, checked: a page never exceeds <see cref="MaxPageSize"/>.</summary>
public sealed record PagingArguments(int? First, string? After, int? Last, string? Before)
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    public static QueryArguments Definitions() => new(
        new QueryArgument<IntGraphType> { Name = "first", Description = $"Returns the first n items (at most {MaxPageSize}; {DefaultPageSize} when neither first nor last is given)." },
        new QueryArgument<StringGraphType> { Name = "after", Description = "Returns the items after this cursor." },
        new QueryArgument<IntGraphType> { Name = "last", Description = $"Returns the last n items (at most {MaxPageSize})." },
        new QueryArgument<StringGraphType> { Name = "before", Description = "Returns the items before this cursor." });

    public static PagingArguments From(IResolveFieldContext context)
    {
        var paging = new PagingArguments(
            context.GetArgument<int?>("first"), context.GetArgument<string?>("after"),
            context.GetArgument<int?>("last"), context.GetArgument<string?>("before"));
        if (paging.First is not null && paging.Last is not null)
        {
            throw new GraphError(ErrorCodes.BadUserInput, "Pass either 'first' or 'last', not both.");
        }
        foreach (var (name, value) in new[] { ("first", paging.First), ("last", paging.Last) })
        {
            if (value is { } given)
            {
                Args.InRange(name, given, 0, MaxPageSize);
            }
        }
        return paging;
    }

    /// <summary>
    /// The window of a node's relationships this page needs, cursors checked: with 'first' (the default) the page and one
    /// more neighbour, so the store reads no further; with 'last', every neighbour after 'after', paged by <see cref="Page"/>.
    /// </summary>
    public NeighborWindow Window(NeighborKey key, string? label, bool includeTotalCount)
    {
        var start = After is null ? 0 : (int)Math.Min(int.MaxValue - MaxPageSize - 1L, OffsetOf(After, "after") + 1L);
        var before = Before is null ? (int?)null : OffsetOf(Before, "before");
        if (Last is not null)
        {
            return new NeighborWindow(key, label, 0, null, includeTotalCount);
        }
        var take = First ?? DefaultPageSize;
        if (before is { } end)
        {
            take = Math.Min(take, Math.Max(0, end - start));
        }
        return new NeighborWindow(key, label, start, take, includeTotalCount);
    }

    /// <summary>The connection of a window read by the store: the same page <see cref="Slice"/> makes of the whole list.</summary>
    public ConnectionModel Page(NeighborPage page)
    {
        var window = page.Window;
        if (window.Take is null)
        {
            return Slice(page.Items.Select(n => (n.Node, (Edge?)n.Edge)).ToList());
        }
        var edges = page.Items
            .Select((n, i) => new EdgeModel(Core.Stores.Cursor.EncodeOffset(window.Skip + i), n.Node, n.Edge))
            .ToList();
        var pageInfo = new PageInfoModel(page.HasMore, page.HasEarlier, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new ConnectionModel(edges, pageInfo, page.TotalCount);
    }

    /// <summary>Pages an in-memory list (a node's relationships) with offset cursors.</summary>
    public ConnectionModel Slice(IReadOnlyList<(Node Node, Edge? Relationship)> items)
    {
        var start = 0;
        var end = items.Count;
        if (After is not null)
        {
            start = (int)Math.Min(end, OffsetOf(After, "after") + 1L);   // long: the last possible cursor must not overflow
        }
        if (Before is not null)
        {
            end = Math.Max(start, Math.Min(end, OffsetOf(Before, "before")));
        }
        var windowStart = start;
        var windowEnd = end;
        if (Last is { } last)
        {
            windowStart = Math.Max(start, end - last);
        }
        else
        {
            windowEnd = Math.Min(end, start + (First ?? DefaultPageSize));
        }
        var edges = Enumerable.Range(windowStart, windowEnd - windowStart)
            .Select(i => new EdgeModel(Core.Stores.Cursor.EncodeOffset(i), items[i].Node, items[i].Relationship))
            .ToList();
        var pageInfo = new PageInfoModel(windowEnd < items.Count, windowStart > 0, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new ConnectionModel(edges, pageInfo, items.Count);
    }

    private static int OffsetOf(string cursor, string argument) =>
        Core.Stores.Cursor.TryDecodeOffset(cursor)
        ?? throw new GraphError(ErrorCodes.BadUserInput, $"'{argument}' is not a cursor of this connection.");
}
