using KnowledgeGraph.Core.Analysis;

namespace KnowledgeGraph.Core.Stores.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<GraphPath>> PathsAsync(PathQuery query, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    public Task<Subgraph> NeighborhoodAsync(NeighborhoodQuery query, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
