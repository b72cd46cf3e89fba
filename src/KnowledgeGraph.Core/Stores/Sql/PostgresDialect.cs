using System.Data.Common;
using System.Globalization;
using System.Net.Sockets;
using Dapper;
using KnowledgeGraph.Core.Stores.Sql.Migrations;
using Npgsql;

namespace KnowledgeGraph.Core.Stores.Sql;

/// <summary>
/// PostgreSQL: JSONB properties, lists as array parameters, a generated tsvector column, TIMESTAMPTZ kept to the
/// microsecond, and <c>COLLATE "C"</c> wherever an expression must order as SQLite orders.
/// </summary>
public sealed class PostgresDialect : ISqlDialect
{
    public static readonly PostgresDialect Instance = new();

    // Every migration run takes this transaction-scoped lock, so replicas starting together migrate one at a time.
    private const long MigrationLockKey = 0x4b47_4d49_4752;

    private const string HeadlineOptions = "StartSel=«, StopSel=», MaxWords=16, MinWords=10, ShortWord=0";

    public string Name => "PostgreSQL";

    public string? BeforeMigrations => null;

    // A migration that rewrites a table (migration 8 adds stored columns to nodes) leaves its visibility map empty, so
    // index-only scans read the heap until a VACUUM, which autovacuum may not start for a long time: a rewrite leaves no
    // dead rows to trigger it. VACUUM cannot run in the migrations' transaction.
    public string? AfterMigrations => "VACUUM (ANALYZE) nodes, edges";

    public string? MigrationLock => $"SELECT pg_advisory_xact_lock({MigrationLockKey})";

    // Locking the version row first makes writers take turns (as SQLite's BEGIN IMMEDIATE does), so a write's checks
    // see exactly what its changes will meet.
    public string LockForWrite => " FOR UPDATE";

    // A statement Npgsql prepares is planned generically after five executions, for a list of a guessed ten values;
    // this transaction's statements are planned for their values again.
    public string? PlanForValues => "SET LOCAL plan_cache_mode = force_custom_plan";

    // Dropping an index locks its table against readers until the write commits: not done here.
    public string? SecondaryIndexes => null;

    public string Prop(string alias, string property) => $"{alias}.props ->> '{property}'";

    // Stored columns, all added by one ALTER TABLE so the table is rewritten once.
    public string AddPropColumns(IReadOnlyList<(string Column, string Property)> columns) =>
        "ALTER TABLE nodes " + string.Join(", ", columns.Select(c => $"ADD COLUMN {c.Column} TEXT GENERATED ALWAYS AS (props ->> '{c.Property}') STORED")) + ";";

    public string ThroughIndex(string index) => "";

    public string SetProp(string props, string property, string text) => $"jsonb_set({props}, '{{{property}}}', to_jsonb(CAST({text} AS TEXT)))";

    public string RemoveProp(string props, string property) => $"({props} - '{property}')";

    public string PropItems(string alias, string property, string item) =>
        $"jsonb_array_elements_text(CASE WHEN jsonb_typeof({alias}.props -> '{property}') = 'array' THEN {alias}.props -> '{property}' END) " +
        $"WITH ORDINALITY AS {item} (value, key)";

    public string In(string column, string parameter) => $"{column} = ANY({parameter})";

    public string NotIn(string column, string parameter) => $"{column} <> ALL({parameter})";

    public string Each(string parameter, string alias) => $"unnest({parameter}) AS {alias} (value)";

    public object List(IEnumerable<string> values) => values.ToArray();

    // One row travels as scalars: with arrays, the plan cached for a prepared statement guesses ten rows, so PostgreSQL
    // keeps planning a one-row statement anew on every execution (the one-row plan is ten times cheaper), and planning
    // cost more than running it.
    public string Rows(DynamicParameters parameters, string name, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string?>> rows)
    {
        if (rows.Count == 1)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                parameters.Add($"{name}{i}", rows[0][i], System.Data.DbType.String);
            }
            return $"SELECT {string.Join(", ", columns.Select((c, i) => $"CAST(@{name}{i} AS TEXT) AS {c}"))}, CAST(1 AS BIGINT) AS position";
        }
        for (var i = 0; i < columns.Count; i++)
        {
            parameters.Add($"{name}{i}", rows.Select(r => r[i]).ToArray());
        }
        var arrays = columns.Select((_, i) => $"@{name}{i}");
        return $"SELECT * FROM unnest({string.Join(", ", arrays)}) WITH ORDINALITY AS t ({string.Join(", ", columns)}, position)";
    }

    // Measured with pgbench on the peers graph (generic plans): a level of 20 pages of 10 costs the server 0.59 ms of CPU
    // read laterally against 0.80 ms with the ids picked first; 168 pages of one, 0.80 against 0.99 ms.
    public bool Lateral => true;

    public string EachPicked(string outer, string picking, string alias) =>
        $"{outer} CROSS JOIN LATERAL (SELECT x.id {picking}) AS {alias}_picked JOIN edges AS {alias} ON {alias}.id = {alias}_picked.id";

    // Each frontier node's read stops after the limit: incoming ones are an index range read in the other end's id order
    // (migration 10), so a hub's tens of thousands of relationships cost what the limit keeps.
    public string FirstNeighbors(string frontier, string end, string other, string join, string where, string limit) =>
        $"unnest({frontier}) AS f (value) CROSS JOIN LATERAL (SELECT DISTINCT e.{other} AS id FROM edges AS e {join} " +
        $"WHERE e.{end} = f.value AND {where} ORDER BY e.{other} LIMIT {limit}) AS n";

    // A parameter: the prepared statement is reused for every count.
    public string RowCount(string parameter, long value) => "@" + parameter;

    public string Json(string expression) => $"CAST({expression} AS JSONB)";

    public string JsonArray(string expression, string orderBy) => $"json_agg({expression} ORDER BY {orderBy})";

    public string Collate(string expression) => $"({expression} COLLATE \"C\")";

    public string Position(string text, string needle) => $"strpos({text}, {needle})";

    /// <summary>Timestamps keep what PostgreSQL keeps (microseconds), so a value read back equals the one written.</summary>
    public object Timestamp(DateTimeOffset at)
    {
        var ticks = at.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % 10), TimeSpan.Zero);
    }

    public DateTimeOffset ReadTimestamp(object value) => new(DateTime.SpecifyKind((DateTime)value, DateTimeKind.Utc));

    public DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal) => new(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc));

    public string TimestampKey(object value) => ReadTimestamp(value).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Cursor keys are text; timestamp keys turn back into timestamps so the comparison can use the index.</summary>
    public object TimestampParameter(string key) =>
        DateTimeOffset.TryParse(key, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? at
            : throw new ArgumentException($"The cursor key '{key}' is not a timestamp; the cursor belongs to another ordering.", nameof(key));

    public string? FullTextQuery(string text)
    {
        var tokens = SearchWords.Of(text).Select(t => t.ToLowerInvariant()).ToList();
        return tokens.Count == 0 ? null : string.Join(" & ", tokens.Select(t => $"'{t}':*"));
    }

    // ts_rank's default weights give a name (A) hit ten times a body (D) hit; normalization 2 divides by the
    // document's length, as bm25 favours short documents, which keeps the order close to SQLite's. The snippet comes
    // from the name when the name alone matches, else from the body, as FTS5 picks the best column.
    public string Search(string nodeColumns, int first) => $"""
        WITH hits AS (
            SELECT {nodeColumns}, CAST(ts_rank(n.search, to_tsquery('simple', @match), 2) AS DOUBLE PRECISION) AS score
            FROM nodes AS n
            WHERE n.search @@ to_tsquery('simple', @match)
              AND (@allLabels OR {In("n.label", "@labels")})
            ORDER BY score DESC, n.id
            LIMIT {RowCount("first", first)}
        )
        SELECT n.id, n.label, n.name, n.props, n.created_at, n.updated_at, n.version, n.score,
               CASE WHEN to_tsvector('simple', n.name) @@ to_tsquery('simple', @match)
                    THEN ts_headline('simple', n.name, to_tsquery('simple', @match), '{HeadlineOptions}')
                    ELSE ts_headline('simple', concat_ws(' ', n.props ->> 'description', n.props ->> 'quote', n.props ->> 'measure'),
                                     to_tsquery('simple', @match), '{HeadlineOptions}')
               END AS snippet
        FROM hits AS n
        ORDER BY n.score DESC, n.id
        """;

    public double Score(double raw) => Math.Round(raw, 6);

    public bool IsUnavailable(Exception exception) => exception is NpgsqlException or SocketException or TimeoutException;

    // Npgsql cancels a running statement on the server itself when the command's token is cancelled.
    public void Watch(DbConnection connection, CancellationToken cancellationToken)
    {
    }

    // The migrations' column types (see SqlMigrations). Ids, labels, names and types are COLLATE "C": ordering and
    // lower() then behave byte-wise and ASCII-only on every server, whatever the database locale, exactly as in
    // SQLite, so cursors and the order of equal-length results agree between dialects.
    public ColumnTypes Types { get; } = new(
        "TEXT COLLATE \"C\"", "JSONB", column => $"jsonb_typeof({column}) = 'object'",
        "TIMESTAMPTZ", "BIGINT", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "now()");

    public string LabelOrderIndex => "CREATE INDEX IF NOT EXISTS ix_nodes_label_id ON nodes (label, id);";

    // Incoming relationships only: the hubs are targets (an industry, a jurisdiction, a source; 26,519 incoming at 1M
    // edges), while a node's outgoing ones stay few (881 at most at 1M, read and sorted in 1.4 ms), and each index costs
    // every edge write (inserting the 100k graph's edges into a copy of the table: +26% of CPU with this one, +57% with
    // a second on (source_id, target_id)).
    public string NeighborIdIndexes => "CREATE INDEX IF NOT EXISTS ix_edges_target_source ON edges (target_id, source_id);";

    // The generated column below is the node row's own: nothing to look up.
    public string FullTextEntries => "SELECT 1;";

    // A generated column rather than a trigger: distributed engines (Citus) handle it without trigger support.
    // The name weighs A and the body D, so with ts_rank's default weights a name hit counts ten times a body hit.
    public string FullTextIndex => """
        ALTER TABLE nodes ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
            setweight(to_tsvector('simple', name), 'A')
            || setweight(to_tsvector('simple',
                   COALESCE(props ->> 'description', '') || ' ' || COALESCE(props ->> 'quote', '') || ' ' || COALESCE(props ->> 'measure', '')), 'D')
        ) STORED;
        CREATE INDEX ix_nodes_search ON nodes USING GIN (search);
        """;
}
