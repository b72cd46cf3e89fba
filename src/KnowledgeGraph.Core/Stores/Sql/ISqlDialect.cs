using System.Data.Common;
using Dapper;
using KnowledgeGraph.Core.Stores.Sql.Migrations;

namespace KnowledgeGraph.Core.Stores.Sql;

/// <summary>
/// What differs between the SQL databases the store runs on. The store's SQL is written once; it asks the dialect only
/// for these fragments and values, each named for what it means rather than how a database spells it.
/// </summary>
public interface ISqlDialect
{
    /// <summary>The database's name, for messages.</summary>
    string Name { get; }

    /// <summary>How the graph tables' columns are spelled.</summary>
    ColumnTypes Types { get; }

    /// <summary>The migration that adds the full-text index the dialect's <see cref="Search"/> reads.</summary>
    string FullTextIndex { get; }

    /// <summary>
    /// The migration that lets the full-text index find a node's entry by the node's id, where keeping the index up to
    /// date on an update or delete would otherwise read every entry; a statement that changes nothing where it does not.
    /// </summary>
    string FullTextEntries { get; }

    /// <summary>
    /// The migration that lets a root page of one label be read in id order from an index, or a statement that changes
    /// nothing where the dialect's planner would misuse that index for other label filters.
    /// </summary>
    string LabelOrderIndex { get; }

    /// <summary>
    /// The migration that orders each node's incoming relationships by the other end's id whatever their type, where
    /// <see cref="FirstNeighbors"/> reads them so; a statement that changes nothing where it does not.
    /// </summary>
    string NeighborIdIndexes { get; }

    /// <summary>Run before the migrations' transaction (a setting that cannot change inside one), or null.</summary>
    string? BeforeMigrations { get; }

    /// <summary>
    /// Gives a connection the store just opened its per-connection settings, before its first statement; a pooled
    /// connection that already has them is left as it is.
    /// </summary>
    ValueTask ConfigureAsync(DbConnection connection, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>
    /// Run after the migrations' transaction when it applied any (maintenance that cannot run inside a transaction, such
    /// as refreshing what the planner and index-only scans rely on after a table was rewritten), or null.
    /// </summary>
    string? AfterMigrations { get; }

    /// <summary>Run first inside the migrations' transaction so that replicas starting together take turns, or null.</summary>
    string? MigrationLock { get; }

    /// <summary>Appended to the read of the graph version at the start of a write, to make writers take turns.</summary>
    string LockForWrite { get; }

    /// <summary>
    /// A statement that makes the rest of the current transaction plan each statement for the values it is given, not
    /// once for any values; null where statements are always planned so.
    /// </summary>
    string? PlanForValues { get; }

    /// <summary>
    /// A query of the indexes of table <c>@table</c> that a bulk write may drop and create again (name, definition), in
    /// creation order: all but those of the key and UNIQUE constraints. Null where a write never drops them.
    /// </summary>
    string? SecondaryIndexes { get; }

    /// <summary>The text value of a top-level property of a JSON <c>props</c> column: <c>{alias}.props</c>.</summary>
    string Prop(string alias, string property);

    /// <summary>
    /// Statements that add columns to <c>nodes</c>, each kept by the database equal to <see cref="Prop"/> of a top-level
    /// property (<c>(column, property)</c>) through every write; they can be indexed.
    /// </summary>
    string AddPropColumns(IReadOnlyList<(string Column, string Property)> columns);

    /// <summary>
    /// After a table's alias in FROM: read it through the named index, or nothing where the planner picks it unaided.
    /// SQLite's planner, without statistics, never sees that a partial index of generated columns covers a join.
    /// </summary>
    string ThroughIndex(string index);

    /// <summary>A JSON object expression with a top-level property set to a text value (an SQL text expression).</summary>
    string SetProp(string props, string property, string text);

    /// <summary>A JSON object expression without a top-level property.</summary>
    string RemoveProp(string props, string property);

    /// <summary>
    /// A FROM item with one row per element of a JSON array property, columns <c>{item}.value</c> (text) and
    /// <c>{item}.key</c> (its position); no rows when the property is not an array.
    /// </summary>
    string PropItems(string alias, string property, string item);

    /// <summary>True when <paramref name="column"/> equals one of the list parameter's values.</summary>
    string In(string column, string parameter);

    /// <summary>True when <paramref name="column"/> equals none of the list parameter's values.</summary>
    string NotIn(string column, string parameter);

    /// <summary>A FROM item with one row (column <c>{alias}.value</c>) per value of the list parameter.</summary>
    string Each(string parameter, string alias);

    /// <summary>The value of a list parameter, as <see cref="In"/>, <see cref="NotIn"/> and <see cref="Each"/> read it.</summary>
    object List(IEnumerable<string> values);

    /// <summary>
    /// A SELECT with one row per entry of <paramref name="rows"/>, the given text columns plus <c>position</c> (the
    /// entry's order); its parameters are added under names starting with <paramref name="name"/>.
    /// </summary>
    string Rows(DynamicParameters parameters, string name, IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string?>> rows);

    /// <summary>
    /// A FROM clause: each row of <paramref name="outer"/> (a FROM item) with the rows of <c>edges AS {alias}</c> that
    /// <paramref name="picking"/> picks for it: the FROM … LIMIT of a query over <c>edges AS x</c>, correlated with the
    /// outer row, ordered and limited.
    /// </summary>
    string EachPicked(string outer, string picking, string alias);

    /// <summary>
    /// Whether the dialect joins LATERAL: a relationship page then reads its edges and the nodes at their far end in one
    /// correlated, limited subquery, instead of picking edge ids first and looking the edges and nodes up again.
    /// </summary>
    bool Lateral => false;

    /// <summary>
    /// A FROM item of ids (<c>n.id</c>): for each id in the list parameter <paramref name="frontier"/>, the distinct
    /// <c>e.{other}</c> of the edges <c>e</c> whose <c>e.{end}</c> is that id, joined with <paramref name="join"/> and
    /// meeting <paramref name="where"/>. Where the dialect can stop each id's read early, it keeps only each id's first
    /// <paramref name="limit"/> in id order (the first <paramref name="limit"/> of the whole answer are among them).
    /// </summary>
    string FirstNeighbors(string frontier, string end, string other, string join, string where, string limit);

    /// <summary>
    /// The row count of a <c>LIMIT</c> or <c>OFFSET</c>: <paramref name="value"/>, bound as the parameter
    /// <paramref name="parameter"/> (which the caller adds) where the dialect keeps prepared statements, written into the
    /// text where it does not.
    /// </summary>
    string RowCount(string parameter, long value);

    /// <summary>Text from a parameter or row set made a JSON column value.</summary>
    string Json(string expression);

    /// <summary>An aggregate of the values into a JSON array (as text), in the given order.</summary>
    string JsonArray(string expression, string orderBy);

    /// <summary>Text that orders and folds case byte-wise and ASCII-only, as ids, labels and names do.</summary>
    string Collate(string expression);

    /// <summary>The 1-based position of <paramref name="needle"/> in <paramref name="text"/>, 0 when absent (no pattern characters).</summary>
    string Position(string text, string needle);

    /// <summary>A timestamp as the database stores it, at the precision it keeps.</summary>
    object Timestamp(DateTimeOffset at);

    /// <summary>A stored timestamp as read back through Dapper.</summary>
    DateTimeOffset ReadTimestamp(object value);

    /// <summary>The timestamp in column <paramref name="ordinal"/> of the current row, read with the column's own typed getter.</summary>
    DateTimeOffset ReadTimestamp(DbDataReader reader, int ordinal);

    /// <summary>The cursor key of a stored timestamp.</summary>
    string TimestampKey(object value);

    /// <summary>A cursor key made the parameter a stored timestamp compares with.</summary>
    object TimestampParameter(string key);

    /// <summary>The full-text query for free text (every word, as a prefix; never operators), or null when it has no word.</summary>
    string? FullTextQuery(string text);

    /// <summary>
    /// The search: nodes matching <c>@match</c> of the labels in <c>@labels</c> (all when <c>@allLabels</c>), best first,
    /// at most <paramref name="first"/> (<see cref="RowCount"/> of the parameter <c>@first</c>), with the node columns, <c>score</c> and <c>snippet</c>.
    /// </summary>
    string Search(string nodeColumns, int first);

    /// <summary>The score a search row reports, larger is better.</summary>
    double Score(double raw);

    /// <summary>True when the exception says the database cannot be reached or opened.</summary>
    bool IsUnavailable(Exception exception);

    /// <summary>Makes a statement running on the just-opened connection stop when the token is cancelled.</summary>
    void Watch(DbConnection connection, CancellationToken cancellationToken);
}
