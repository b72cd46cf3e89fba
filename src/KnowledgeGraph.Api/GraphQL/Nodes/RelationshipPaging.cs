using System.Buffers.Text;
using System.Text;
using GraphQL.DataLoader;
using KnowledgeGraph.Api.GraphQL.Nodes.Loaders;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

/// <summary>
/// A page of a node's relationships: the window the store reads for the paging arguments and order, and the connection
/// made of what it returns. Cursors are positions in the order; those of an order other than the default name it, so a
/// cursor is only taken back by a page of the order it came from.
/// </summary>
public sealed class RelationshipPaging
{
    private readonly PagingArguments _paging;
    private readonly RelationshipOrder _order;
    private readonly int _start;
    private readonly int? _end;

    public RelationshipPaging(PagingArguments paging, RelationshipOrder order)
    {
        (_paging, _order) = (paging, order);
        _start = paging.After is null ? 0 : (int)Math.Min(int.MaxValue - PagingArguments.MaxPageSize - 1L, Offset(paging.After, "after") + 1L);
        _end = paging.Before is null ? null : Offset(paging.Before, "before");
    }

    /// <summary>
    /// The window this page needs: with 'first' (the default) the page and one more neighbour, so the store reads no
    /// further; with 'last' the page before 'before', or the last neighbours read from the end, and their count (cursors
    /// are positions).
    /// </summary>
    public NeighborWindow Window(NeighborKey key, string? label, bool includeTotalCount)
    {
        var window = new NeighborWindow(key, label, IncludeTotalCount: includeTotalCount, OrderBy: _order.Field, Descending: _order.Descending);
        if (_paging.Last is not { } last)
        {
            var take = _paging.First ?? PagingArguments.DefaultPageSize;
            return window with { Skip = _start, Take = _end is { } end ? Math.Min(take, Math.Max(0, end - _start)) : take };
        }
        if (_end is not { } before)
        {
            return window with { Take = last, IncludeTotalCount = true, FromEnd = true };
        }
        var skip = Math.Max(_start, before - last);
        return window with { Skip = skip, Take = Math.Max(0, before - skip), IncludeTotalCount = true };
    }

    /// <summary>
    /// The connection of a page the store read for <see cref="Window"/>. A 'before' cursor past the end (the list
    /// shrank) leaves the page short: the last neighbours are then read again from the end.
    /// </summary>
    public object Page(NeighborPage page, Func<NeighborWindow, IDataLoaderResult<NeighborPage>> load)
    {
        var window = page.Window;
        if (_paging.Last is not { } last)
        {
            var edges = page.Items.Select((n, i) => new EdgeModel(Cursor(window.Skip + i), n.Node, n.Edge)).ToList();
            return new ConnectionModel(edges, PageInfo(page.HasMore, page.HasEarlier, edges), page.TotalCount);
        }
        var total = (int)Math.Min(int.MaxValue, page.TotalCount ?? 0);
        var after = Math.Min(total, _start);
        var end = Math.Max(after, Math.Min(total, _end ?? total));
        var start = Math.Max(after, end - last);
        var first = window.FromEnd ? total - page.Items.Count : window.Skip;
        if (!window.FromEnd && start < Math.Min(first, end))
        {
            return load(window with { Skip = 0, Take = last, FromEnd = true }).Then(again => Page(again, load));
        }
        var kept = page.Items.Select((n, i) => (Neighbor: n, Position: first + i))
            .Where(n => n.Position >= start && n.Position < end)
            .Select(n => new EdgeModel(Cursor(n.Position), n.Neighbor.Node, n.Neighbor.Edge))
            .ToList();
        return new ConnectionModel(kept, PageInfo(end < total, start > 0, kept), total);
    }

    private static PageInfoModel PageInfo(bool hasNext, bool hasPrevious, List<EdgeModel> edges) =>
        new(hasNext, hasPrevious, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);

    private string Cursor(int position) => _order == RelationshipOrder.Default
        ? Core.Stores.Cursor.EncodeOffset(position)
        : Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"#{position}@{_order.Name}"));

    private int Offset(string cursor, string argument)
    {
        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            throw NotACursor(argument);
        }
        var at = text.IndexOf('@');
        var (position, order) = at < 0 ? (Core.Stores.Cursor.TryDecodeOffset(cursor), RelationshipOrder.Default.Name) : (Position(text[..at]), text[(at + 1)..]);
        if (position is null || !Names.Contains(order))
        {
            throw NotACursor(argument);
        }
        if (order != _order.Name)
        {
            throw new GraphError(ErrorCodes.BadUserInput,
                $"'{argument}' is a cursor of this connection in the order {order}, not {_order.Name}: page on with the orderBy it came from.");
        }
        return position.Value;
    }

    private static readonly HashSet<string> Names = [.. Enum.GetValues<NeighborOrderField>().SelectMany(f => new[] { new RelationshipOrder(f, false).Name, new RelationshipOrder(f, true).Name })];

    private static int? Position(string text) =>
        text.StartsWith('#') && int.TryParse(text.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    private static GraphError NotACursor(string argument) => new(ErrorCodes.BadUserInput, $"'{argument}' is not a cursor of this connection.");
}
