namespace KnowledgeGraph.Core.Stores.Sql.Migrations;

/// <summary>How a dialect spells the column types of the graph tables.</summary>
/// <param name="Key">Ids, labels, names and types: text that orders byte-wise.</param>
/// <param name="Json">A JSON object column.</param>
/// <param name="IsObject">The check that a JSON column holds an object, given the column.</param>
/// <param name="Time">A timestamp column.</param>
/// <param name="Integer">A 64-bit integer column.</param>
/// <param name="Identity">An ascending generated primary key.</param>
/// <param name="Now">The current time as a timestamp column stores it.</param>
public sealed record ColumnTypes(string Key, string Json, Func<string, string> IsObject, string Time, string Integer, string Identity, string Now);

/// <summary>The first migration, the four graph tables, written once over the column types each dialect names.</summary>
internal static class GraphTables
{
    /// <summary>The table of applied migrations, created when missing.</summary>
    public static string MigrationsTable(ColumnTypes t) => $"CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at {t.Time} NOT NULL)";

    public static SqlMigration Migration(ColumnTypes t) => new(1, "graph tables", $"""
        CREATE TABLE nodes (
            id         {t.Key} NOT NULL PRIMARY KEY,
            label      {t.Key} NOT NULL,
            name       {t.Key} NOT NULL,
            props      {t.Json} NOT NULL CHECK ({t.IsObject("props")}),
            created_at {t.Time} NOT NULL,
            updated_at {t.Time} NOT NULL,
            version    {t.Integer} NOT NULL
        );
        CREATE INDEX ix_nodes_label_name ON nodes (label, lower(name), id);
        CREATE INDEX ix_nodes_label_created ON nodes (label, created_at, id);
        CREATE INDEX ix_nodes_label_updated ON nodes (label, updated_at, id);

        CREATE TABLE edges (
            id         {t.Key} NOT NULL PRIMARY KEY,
            type       {t.Key} NOT NULL,
            source_id  {t.Key} NOT NULL REFERENCES nodes (id),
            target_id  {t.Key} NOT NULL REFERENCES nodes (id),
            props      {t.Json} NOT NULL CHECK ({t.IsObject("props")}),
            created_at {t.Time} NOT NULL,
            updated_at {t.Time} NOT NULL,
            version    {t.Integer} NOT NULL,
            UNIQUE (type, source_id, target_id)
        );
        CREATE INDEX ix_edges_source ON edges (source_id, type, target_id);
        CREATE INDEX ix_edges_target ON edges (target_id, type, source_id);

        CREATE TABLE audit (
            id            {t.Identity},
            graph_version {t.Integer} NOT NULL,
            at            {t.Time} NOT NULL,
            actor         TEXT NOT NULL,
            operation     TEXT NOT NULL,
            element_id    {t.Key} NOT NULL,
            before        {t.Json},
            after         {t.Json}
        );
        CREATE INDEX ix_audit_element ON audit (element_id, id);

        CREATE TABLE graph_version (
            id         INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
            version    {t.Integer} NOT NULL,
            updated_at {t.Time} NOT NULL
        );
        INSERT INTO graph_version (id, version, updated_at) VALUES (1, 0, {t.Now});
        """);
}
