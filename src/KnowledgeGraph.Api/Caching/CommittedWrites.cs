using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// Every write this process commits, told once its version is in memory and announced: what the live updates
/// (subscriptions) hear of this replica's own writes. Listeners run on the writer's thread and must not block it.
/// </summary>
public sealed class CommittedWrites
{
    public event Action<GraphChange, WriteResult>? Committed;

    internal void Tell(GraphChange change, WriteResult result) => Committed?.Invoke(change, result);
}
