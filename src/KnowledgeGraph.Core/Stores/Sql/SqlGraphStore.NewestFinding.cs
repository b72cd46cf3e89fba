using Dapper;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores.Sql;

public sealed partial class SqlGraphStore
{
    public async Task<int?> NewestFindingYearAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var year = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            $"SELECT MAX(CAST({dialect.Prop("nodes", "year")} AS INTEGER)) FROM nodes WHERE label = '{GraphSchema.Finding}'",
            cancellationToken: cancellationToken));
        return year is { } y ? (int)y : null;
    }
}
