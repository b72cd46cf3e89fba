using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Stores;

public static class GraphStoreExtensions
{
    /// <summary>
    /// Validates the batch against the graph schema and upserts it in one write (see <see cref="IGraphStore.ApplyAsync"/>).
    /// Throws <see cref="GraphValidationException"/> and keeps nothing when any rule is broken.
    /// </summary>
    public static Task<WriteResult> UpsertAsync(this IGraphStore store, GraphBatch batch, string actor, CancellationToken cancellationToken = default) =>
        store.ApplyAsync(GraphChange.Of(batch), actor, cancellationToken);
}
