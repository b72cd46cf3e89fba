using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Dapper;
using KnowledgeGraph.Core.Stores.Sql.Migrations;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Core.Stores.Sql;

/// <summary>SQLite: JSON text properties read with <c>->></c> paths, lists as one JSON parameter, FTS5, text timestamps.</summary>
public sealed partial class SqliteDialect : ISqlDialect
{
    public static readonly SqliteDialect Instance = new();

    public string Name => "SQLite";

    public string? BeforeMigrations => "PRAGMA journal_mode = WAL;";

    private const int ConfigMemoryStatistics = 9;   // SQLITE_CONFIG_MEMSTATUS

    private static readonly Lazy<bool> LibraryConfigured = new(() =>
    {
        Batteries_V2.Init();
        return raw.sqlite3_config(ConfigMemoryStatistics, 0) == raw.SQLITE_OK;
    });

    /// <summary>
    /// Turns SQLite's memory statistics off in this process, before its first connection opens (the library's options are
    /// fixed from then on; false when one had already opened). With them on, every allocation and free of every
    /// connection takes one process-wide mutex, ≈ 3% of an uncached request's CPU here; nothing here reads them.
    /// </summary>
    public static bool ConfigureLibrary() => LibraryConfigured.Value;

    /// <summary>
    /// Each connection's page cache by default, in MiB (the <c>Store:SqlitePageCacheMiB</c> setting). SQLite's own
    /// default of 2 MiB is outgrown by the pages one request reads in a large graph: at 500,000 edges a q1 page statement
    /// read them again through the file system every time (1.84 ms against 0.68 ms with 16 MiB, in the sqlite3 shell).
    /// The pool keeps its connections, and with them their caches, which fill only as far as pages are read.
    /// </summary>
    public const int DefaultPageCacheMib = 16;

    /// <summary>The largest page cache a connection may ask for here, in MiB; every pooled connection has its own.</summary>
    public const int MaxPageCacheMib = 4096;

    private readonly string _pageCacheSetting;

    public SqliteDialect(int pageCacheMib = DefaultPageCacheMib)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageCacheMib, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pageCacheMib, MaxPageCacheMib);
        _pageCacheSetting = string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = -{pageCacheMib * 1024};");
    }

    /// <summary>The page-cache setting each native connection last ran; a pooled connection keeps its native one.</summary>
    private static readonly ConditionalWeakTable<sqlite3, string> Settings = [];

    // The setting runs once per native connection, not on every open: each statement of a request opens one from the pool.
    public async ValueTask ConfigureAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (connection is not SqliteConnection { Handle: { } handle }
            || (Settings.TryGetValue(handle, out var applied) && applied == _pageCacheSetting))
        {
            return;
        }
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = _pageCacheSetting;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        Settings.AddOrUpdate(handle, _pageCacheSetting);
    }

    // SQLite's planner runs without statistics here (ANALYZE would change its choices for every statement): nothing.
    public string? AfterMigrations => null;

    public string? MigrationLock => null;

    // A write transaction begins with BEGIN IMMEDIATE, which already holds the database's write lock.
    public string LockForWrite => "";

    // SQLite plans every statement when it is prepared, with the values bound at its first step.
    public string? PlanForValues => null;

    // Constraint indexes have no SQL of their own. The order of creation is kept: it is the order in which the planner
    // weighs indexes of equal cost.
    public string? SecondaryIndexes => "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = @table AND sql IS NOT NULL ORDER BY rowid";

    public string Prop(string alias, string property) => $"{alias}.props ->> '$.{property}'";

    // Virtual columns (the only generated kind ALTER TABLE can add): computed when read, stored in the indexes that name them.
    // No declared type, so a column keeps the JSON value's type exactly as Prop returns it.
    public string AddPropColumns(IReadOnlyList<(string Column, string Property)> columns) =>
        string.Concat(columns.Select(c => $"ALTER TABLE nodes ADD COLUMN {c.Column} AS (props ->> '$.{c.Property}') VIRTUAL;\n"));

    public string ThroughIndex(string index) => $"INDEXED BY {index}";

    public string SetProp(string props, string property, string text) => $"json_set({props}, '$.{property}', {text})";

    public string RemoveProp(string props, string property) => $"json_remove({props}, '$.{property}')";

    public string PropItems(string alias, string property, string item) => $"json_each({alias}.props, '$.{property}') AS {item}";

    public string In(string column, string parameter) => $"{column} IN (SELECT value FROM json_each({parameter}))";

    public string NotIn(string column, string parameter) => $"{column} NOT IN (SELECT value FROM json_each({parameter}))";

    public string Each(string parameter, string alias) => $"json_each({parameter}) AS {alias}";

    public object List(IEnumerable<string> values) => JsonText.Write(writer =>
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }
        writer.WriteEndArray();
    });

    public string Rows(DynamicParameters parameters, string name, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        parameters.Add(name, JsonText.Write(writer =>
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                JsonText.WriteRow(writer, row);
            }
            writer.WriteEndArray();
        }));
        return RowsOf(name, columns);
    }

    /// <summary>The SELECT of <see cref="Rows"/> over a parameter holding the rows as a JSON array of arrays of text.</summary>
    internal static string RowsOf(string name, IReadOnlyList<string> columns) =>
        $"SELECT {string.Join(", ", columns.Select((column, i) => $"value ->> '$[{i}]' AS {column}"))}, key AS position FROM json_each(@{name})";

    // The outer rows drive the loop (CROSS JOIN keeps the order); each one runs its correlated, limited list of ids.
    // SQLite has no LATERAL: every relationship of the frontier is read (a hub's 26,519 at 1M edges cost it ≈ 8 ms).
    public string FirstNeighbors(string frontier, string end, string other, string join, string where, string limit) =>
        $"(SELECT e.{other} AS id FROM json_each({frontier}) AS f CROSS JOIN edges AS e {join} WHERE e.{end} = f.value AND {where}) AS n";

    // The edges are picked by rowid: the index that orders the pick holds it, so no table row is read to pick, and the
    // picked edge is then one lookup in the table instead of one in the id index and one in the table.
    public string EachPicked(string outer, string picking, string alias) => $"{outer} CROSS JOIN edges AS {alias} ON {alias}.rowid IN (SELECT x.rowid {picking})";

    // SQLite plans a statement with a bound LIMIT again once the value is bound (its planner weighs the value), so a
    // statement prepared and then bound was compiled twice on its first step; nothing keeps prepared statements here
    // (Microsoft.Data.Sqlite finalizes them when a pooled connection closes), so the number goes into the text.
    public string RowCount(string parameter, long value) => value.ToString(CultureInfo.InvariantCulture);

    public string Json(string expression) => expression;

    public string JsonArray(string expression, string orderBy) => $"json_group_array({expression} ORDER BY {orderBy})";

    public string Collate(string expression) => expression;

    public string Position(string text, string needle) => $"instr({text}, {needle})";

    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    public object Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    /// <summary>
    /// What <see cref="Timestamp"/> writes is the round-trip format of a UTC time, which .NET reads on a fast path of its
    /// own (format "O" with no styles); anything else, or an offset other than UTC, is parsed leniently as before.
    /// </summary>
    public DateTimeOffset ReadTimestamp(object value) => ReadTimestamp((string)value);

    public DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) => ReadTimestamp(reader.GetString(ordinal));

    private static DateTimeOffset ReadTimestamp(string value) =>
        DateTimeOffset.TryParseExact(value, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var exact) && exact.Offset == TimeSpan.Zero
            ? exact
            : DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public string TimestampKey(object value) => (string)value;

    public object TimestampParameter(string key) => key;

    public bool IsUnavailable(Exception exception) => exception is DbException && !SqliteCancellation.IsInterruption(exception);

    public void Watch(DbConnection connection, CancellationToken cancellationToken) => SqliteCancellation.Watch(connection, cancellationToken);

    // The migrations' column types (see SqlMigrations).
    public ColumnTypes Types { get; } = new(
        "TEXT", "TEXT", column => $"json_valid({column})",
        "TEXT", "INTEGER", "INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT", "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");

    // Without statistics SQLite's planner prefers an index on (label, id) for every label filter, also where an edge
    // index drives the join far better (the LARGE peers graph's q2 went from 10 ms to 110 ms of CPU per request), and a
    // root page in id order reads the primary key cheaply enough here (5 ms for q1 either way): no index.
    public string LabelOrderIndex => "SELECT 1;";

    // SQLite cannot stop each frontier node's read early (FirstNeighbors), so it would only pay for the indexes: with
    // them it still sorted the hub's 26,519 ids in a temporary b-tree (measured at 1M edges).
    public string NeighborIdIndexes => "SELECT 1;";
}
