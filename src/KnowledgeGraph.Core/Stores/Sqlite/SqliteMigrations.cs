namespace KnowledgeGraph.Core.Stores.Sqlite;

/// <summary>Versioned schema changes of the SQLite store, applied in order at start; never edit one that has shipped.</summary>
internal static class SqliteMigrations
{
    public sealed record Migration(int Version, string Name, string Sql);

    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "graph tables", """
            CREATE TABLE nodes (
                id         TEXT    NOT NULL PRIMARY KEY,
                label      TEXT    NOT NULL,
                name       TEXT    NOT NULL,
                props      TEXT    NOT NULL CHECK (json_valid(props)),
                created_at TEXT    NOT NULL,
                updated_at TEXT    NOT NULL,
                version    INTEGER NOT NULL
            );
            CREATE INDEX ix_nodes_label_name ON nodes (label, lower(name), id);
            CREATE INDEX ix_nodes_label_created ON nodes (label, created_at, id);
            CREATE INDEX ix_nodes_label_updated ON nodes (label, updated_at, id);

            CREATE TABLE edges (
                id         TEXT    NOT NULL PRIMARY KEY,
                type       TEXT    NOT NULL,
                source_id  TEXT    NOT NULL REFERENCES nodes (id),
                target_id  TEXT    NOT NULL REFERENCES nodes (id),
                props      TEXT    NOT NULL CHECK (json_valid(props)),
                created_at TEXT    NOT NULL,
                updated_at TEXT    NOT NULL,
                version    INTEGER NOT NULL,
                UNIQUE (type, source_id, target_id)
            );
            CREATE INDEX ix_edges_source ON edges (source_id, type, target_id);
            CREATE INDEX ix_edges_target ON edges (target_id, type, source_id);

            CREATE TABLE audit (
                id            INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
                graph_version INTEGER NOT NULL,
                at            TEXT    NOT NULL,
                actor         TEXT    NOT NULL,
                operation     TEXT    NOT NULL,
                element_id    TEXT    NOT NULL,
                before        TEXT,
                after         TEXT
            );
            CREATE INDEX ix_audit_element ON audit (element_id, id);

            CREATE TABLE graph_version (
                id         INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
                version    INTEGER NOT NULL,
                updated_at TEXT    NOT NULL
            );
            INSERT INTO graph_version (id, version, updated_at) VALUES (1, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
            """),
        new(2, "full-text index", """
            CREATE VIRTUAL TABLE nodes_fts USING fts5 (
                id UNINDEXED, label UNINDEXED, name, body, tokenize = 'unicode61 remove_diacritics 2'
            );
            CREATE TRIGGER nodes_fts_insert AFTER INSERT ON nodes BEGIN
                INSERT INTO nodes_fts (id, label, name, body)
                VALUES (new.id, new.label, new.name, concat_ws(' ', new.props ->> '$.description', new.props ->> '$.quote', new.props ->> '$.measure'));
            END;
            CREATE TRIGGER nodes_fts_update AFTER UPDATE ON nodes BEGIN
                DELETE FROM nodes_fts WHERE id = old.id;
                INSERT INTO nodes_fts (id, label, name, body)
                VALUES (new.id, new.label, new.name, concat_ws(' ', new.props ->> '$.description', new.props ->> '$.quote', new.props ->> '$.measure'));
            END;
            CREATE TRIGGER nodes_fts_delete AFTER DELETE ON nodes BEGIN
                DELETE FROM nodes_fts WHERE id = old.id;
            END;
            """),
    ];
}
