using System.Buffers;
using System.Data.Common;
using System.Text;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Core.Stores.Sql;

// How a write statement gets its rows: it is written once over a FROM item `t` of the rows (the columns named, plus
// `position`, their order), and runs over row sets of at most RowsPerStatement rows, in order.
public sealed partial class SqlGraphStore
{
    /// <summary>
    /// The most JSON text one SQLite row set holds, in bytes: its string stays well under the runtime's large object
    /// threshold (85,000 bytes), so a million rows make short-lived small strings instead of large ones that each bring
    /// the next full collection of the import's heap closer.
    /// </summary>
    private const int SqliteRowSetBytes = 32 * 1024;

    private async Task ChangeAsync<T>(DbConnection connection, DbTransaction transaction, IReadOnlyList<T> items, string[] columns,
        Func<T, IReadOnlyList<string?>> row, Func<string, string> sql, object? values, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return;
        }
        if (connection is SqliteConnection)
        {
            await SqliteChangeAsync(connection, transaction, items, columns, row, sql, values, cancellationToken);
            return;
        }
        for (var start = 0; start < items.Count; start += RowsPerStatement)
        {
            var parameters = new DynamicParameters(values);
            var chunk = Enumerable.Range(start, Math.Min(RowsPerStatement, items.Count - start)).Select(i => row(items[i])).ToList();
            var rows = dialect.Rows(parameters, "rows", columns, chunk);
            await connection.ExecuteAsync(new CommandDefinition(sql($"({rows}) AS t"), parameters, transaction, cancellationToken: cancellationToken));
        }
    }

    /// <summary>
    /// SQLite: one statement prepared for the whole change and run once per row set of at most
    /// <see cref="SqliteRowSetBytes"/> of JSON text (always at least one row), written into one reused buffer.
    /// </summary>
    private static async Task SqliteChangeAsync<T>(DbConnection connection, DbTransaction transaction, IReadOnlyList<T> items, string[] columns,
        Func<T, IReadOnlyList<string?>> row, Func<string, string> sql, object? values, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql($"({SqliteDialect.RowsOf("rows", columns)}) AS t");
        DbParameter Add(string name, object? value)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
            return parameter;
        }
        var rows = Add("@rows", null);
        foreach (var property in values?.GetType().GetProperties() ?? [])
        {
            Add($"@{property.Name}", property.GetValue(values));
        }
        var buffer = new ArrayBufferWriter<byte>(SqliteRowSetBytes * 2);
        await using var writer = new Utf8JsonWriter(buffer);
        for (var next = 0; next < items.Count;)
        {
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            writer.WriteStartArray();
            for (var count = 0; next < items.Count && count < RowsPerStatement && (count == 0 || writer.BytesCommitted + writer.BytesPending < SqliteRowSetBytes); count++)
            {
                JsonText.WriteRow(writer, row(items[next++]));
            }
            writer.WriteEndArray();
            writer.Flush();
            rows.Value = Encoding.UTF8.GetString(buffer.WrittenSpan);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
