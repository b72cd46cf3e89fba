using System.Data.Common;
using Dapper;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores.Sql;

/// <summary>
/// Rows read by position with each column's typed getter: no value is boxed and no column is looked up by name. The
/// statements that use these name their columns in the order given here.
/// </summary>
internal static class SqlReads
{
    /// <summary>The node whose seven columns (id, label, name, props, created_at, updated_at, version) start at <paramref name="at"/>.</summary>
    public static Node Node(DbDataReader reader, int at, ISqlDialect dialect) =>
        new(reader.GetString(at), reader.GetString(at + 1), reader.GetString(at + 2), reader.GetString(at + 3),
            dialect.ReadTimestamp(reader, at + 4), dialect.ReadTimestamp(reader, at + 5), Int64(reader, at + 6));

    /// <summary>
    /// A neighbour whose columns start at <paramref name="at"/>: anchor id, direction ('out' or 'in'), the edge's id, type,
    /// source id, target id and props, then the node's seven columns.
    /// </summary>
    public static Neighbor Neighbor(DbDataReader reader, int at, ISqlDialect dialect) =>
        SqlRows.Neighbor(reader.GetString(at), reader.GetString(at + 1),
            new Edge(reader.GetString(at + 2), reader.GetString(at + 3), reader.GetString(at + 4), reader.GetString(at + 5), reader.GetString(at + 6)),
            Node(reader, at + 7, dialect));

    /// <summary>An integer column: 64-bit on SQLite; PostgreSQL widens a 32-bit one (a cast to INTEGER) when asked.</summary>
    public static long Int64(DbDataReader reader, int ordinal) => reader.GetInt64(ordinal);

    public static long? NullableInt64(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : Int64(reader, ordinal);

    /// <summary>Every row of the command, each made by <paramref name="row"/> from the reader positioned on it.</summary>
    public static async Task<List<T>> ReadAllAsync<T>(this DbConnection connection, CommandDefinition command, Func<DbDataReader, T> row, CancellationToken cancellationToken)
    {
        await using var reader = await connection.ExecuteReaderAsync(command);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(row(reader));
        }
        return rows;
    }
}
