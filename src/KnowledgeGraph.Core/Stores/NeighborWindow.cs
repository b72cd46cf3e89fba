using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores;

/// <summary>
/// A window onto one node's relationships of one type and direction, in the order of
/// <see cref="IGraphStore.GetNeighborsAsync"/> (the other node's name, then its id): the neighbours at positions
/// <see cref="Skip"/> to <see cref="Skip"/> + <see cref="Take"/> - 1, or every one from <see cref="Skip"/> on when
/// <see cref="Take"/> is null. <see cref="Label"/>, when set, keeps only neighbours of that label (positions count those).
/// </summary>
public sealed record NeighborWindow(NeighborKey Key, string? Label = null, int Skip = 0, int? Take = null, bool IncludeTotalCount = false)
{
    /// <summary>The store's answer for this window when it holds no relationship.</summary>
    public NeighborPage Empty() => new(this, [], false, false, IncludeTotalCount ? 0 : null);
}

/// <summary>
/// The neighbours in a <see cref="NeighborWindow"/>; <see cref="HasMore"/> is true when neighbours follow the window,
/// <see cref="HasEarlier"/> when some precede it; <see cref="TotalCount"/> is the count of all of them (the window
/// aside), given only when the window asked for it.
/// </summary>
public sealed record NeighborPage(NeighborWindow Window, IReadOnlyList<Neighbor> Items, bool HasMore, bool HasEarlier, long? TotalCount);
