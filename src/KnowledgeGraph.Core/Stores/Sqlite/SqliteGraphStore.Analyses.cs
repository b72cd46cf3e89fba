using KnowledgeGraph.Core.Analysis;

namespace KnowledgeGraph.Core.Stores.Sqlite;

public sealed partial class SqliteGraphStore
{
    public Task<IReadOnlyList<EvidenceRow>> EvidenceAsync(EvidenceFilter filter, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    public Task<EvidenceMap> EvidenceMapAsync(EvidenceMapQuery query, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    public Task<IReadOnlyList<TransferCandidate>> TransferCandidatesAsync(string industryId, int first, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();

    public Task<GraphStats> StatsAsync(StatsFilter filter, CancellationToken cancellationToken = default) =>
        throw new NotImplementedException();
}
