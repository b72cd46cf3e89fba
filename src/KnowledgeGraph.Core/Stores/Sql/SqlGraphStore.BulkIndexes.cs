using System.Data.Common;
using Dapper;

namespace KnowledgeGraph.Core.Stores.Sql;

// A large write into an empty table (an import into a new store) puts each row into the table and every index, one
// random B-tree insertion per index and row. Building an index once from all rows (a sort) costs far less, so such a
// write drops the table's secondary indexes before its rows go in and creates them again, with the same definitions and
// in the same order, right after: in the same transaction, so a write that fails leaves them as they were. The key and
// UNIQUE constraints stay, and so do their checks.
public sealed partial class SqlGraphStore
{
    private async Task InsertWithIndexesAfterAsync(DbConnection connection, DbTransaction transaction, string table, int rows, Func<Task> insert, CancellationToken cancellationToken)
    {
        var indexes = await DropIndexesOfEmptyTableAsync(connection, transaction, table, rows, cancellationToken);
        await insert();
        foreach (var definition in indexes)
        {
            await connection.ExecuteAsync(new CommandDefinition(definition, transaction: transaction, cancellationToken: cancellationToken));
        }
    }

    /// <summary>The definitions of the indexes dropped, in creation order; none unless the table is empty and the write large.</summary>
    private async Task<IReadOnlyList<string>> DropIndexesOfEmptyTableAsync(DbConnection connection, DbTransaction transaction, string table, int rows, CancellationToken cancellationToken)
    {
        if (rows <= RowsPerStatement || dialect.SecondaryIndexes is not { } list)
        {
            return [];
        }
        var any = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT COUNT(*) FROM (SELECT 1 FROM {table} LIMIT 1) AS t", transaction: transaction, cancellationToken: cancellationToken));
        if (any > 0)
        {
            return [];
        }
        var indexes = (await connection.QueryAsync<(string Name, string Definition)>(new CommandDefinition(
            list, new { table }, transaction, cancellationToken: cancellationToken))).AsList();
        foreach (var (name, _) in indexes)
        {
            await connection.ExecuteAsync(new CommandDefinition($"DROP INDEX {name}", transaction: transaction, cancellationToken: cancellationToken));
        }
        return indexes.Select(i => i.Definition).ToList();
    }
}
