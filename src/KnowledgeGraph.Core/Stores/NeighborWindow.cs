using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores;

/// <summary>The orders a node's relationships can be read in; each is served by an edge index.</summary>
public enum NeighborOrderField
{
    /// <summary>By the other end's name, then its id: the order of <see cref="IGraphStore.GetNeighborsAsync"/>.</summary>
    Name,

    /// <summary>By the other end's id.</summary>
    Id,

    /// <summary>
    /// By the other end's year (<see cref="LabelRule.YearProperty"/>, its first four digits), then its id; those without
    /// one come after every year. Only for relationships whose other end has a year property.
    /// </summary>
    Year,
}

/// <summary>
/// A window onto one node's relationships of one type and direction, in the order <see cref="OrderBy"/>
/// (<see cref="Descending"/> reverses it, ties included): the neighbours at positions <see cref="Skip"/> to
/// <see cref="Skip"/> + <see cref="Take"/> - 1, or every one from <see cref="Skip"/> on when <see cref="Take"/> is null.
/// With <see cref="FromEnd"/> the positions count from the last neighbour backwards (the items still come in order).
/// <see cref="Label"/>, when set, keeps only neighbours of that label (positions count those).
/// </summary>
public sealed record NeighborWindow(NeighborKey Key, string? Label = null, int Skip = 0, int? Take = null, bool IncludeTotalCount = false,
    NeighborOrderField OrderBy = NeighborOrderField.Name, bool Descending = false, bool FromEnd = false)
{
    /// <summary>The store's answer for this window when it holds no relationship.</summary>
    public NeighborPage Empty() => new(this, [], false, false, IncludeTotalCount ? 0 : null);
}

/// <summary>
/// The neighbours in a <see cref="NeighborWindow"/>, in the window's order; <see cref="HasMore"/> is true when neighbours
/// lie beyond the window (after it, or before it for a window counted <see cref="NeighborWindow.FromEnd"/>),
/// <see cref="HasEarlier"/> when some lie on the other side (skipped); <see cref="TotalCount"/> is the count of all of
/// them (the window aside), given only when the window asked for it.
/// </summary>
public sealed record NeighborPage(NeighborWindow Window, IReadOnlyList<Neighbor> Items, bool HasMore, bool HasEarlier, long? TotalCount);
