using Dapper;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores.Sql;

public sealed partial class SqlGraphStore
{
    public async Task<int?> NewestFindingYearAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var year = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            $"SELECT MAX(CAST(f.year AS INTEGER)) FROM {FindingNodes("f")} WHERE {IsFinding("f")}",
            cancellationToken: cancellationToken));
        return year is { } y ? (int)y : null;
    }
}
