namespace KnowledgeGraph.Core.Stores.Postgres;

/// <summary>Versioned schema changes of the PostgreSQL store, applied in order at start; never edit one that has shipped.</summary>
/// <remarks>
/// Ids, labels, names and types are <c>COLLATE "C"</c>: ordering and <c>lower()</c> then behave byte-wise and
/// ASCII-only on every server, whatever the database locale, exactly as in the SQLite store, so cursors and the
/// order of equal-length results agree between stores.
/// </remarks>
internal static class PostgresMigrations
{
    public sealed record Migration(int Version, string Name, string Sql);

    public static readonly IReadOnlyList<Migration> All =
    [
        new(1, "graph tables", """
            CREATE TABLE nodes (
                id         TEXT COLLATE "C" NOT NULL PRIMARY KEY,
                label      TEXT COLLATE "C" NOT NULL,
                name       TEXT COLLATE "C" NOT NULL,
                props      JSONB            NOT NULL CHECK (jsonb_typeof(props) = 'object'),
                created_at TIMESTAMPTZ      NOT NULL,
                updated_at TIMESTAMPTZ      NOT NULL,
                version    BIGINT           NOT NULL
            );
            CREATE INDEX ix_nodes_label_name ON nodes (label, lower(name), id);
            CREATE INDEX ix_nodes_label_created ON nodes (label, created_at, id);
            CREATE INDEX ix_nodes_label_updated ON nodes (label, updated_at, id);

            CREATE TABLE edges (
                id         TEXT COLLATE "C" NOT NULL PRIMARY KEY,
                type       TEXT COLLATE "C" NOT NULL,
                source_id  TEXT COLLATE "C" NOT NULL REFERENCES nodes (id),
                target_id  TEXT COLLATE "C" NOT NULL REFERENCES nodes (id),
                props      JSONB            NOT NULL CHECK (jsonb_typeof(props) = 'object'),
                created_at TIMESTAMPTZ      NOT NULL,
                updated_at TIMESTAMPTZ      NOT NULL,
                version    BIGINT           NOT NULL,
                UNIQUE (type, source_id, target_id)
            );
            CREATE INDEX ix_edges_source ON edges (source_id, type, target_id);
            CREATE INDEX ix_edges_target ON edges (target_id, type, source_id);

            CREATE TABLE audit (
                id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                graph_version BIGINT           NOT NULL,
                at            TIMESTAMPTZ      NOT NULL,
                actor         TEXT             NOT NULL,
                operation     TEXT             NOT NULL,
                element_id    TEXT COLLATE "C" NOT NULL,
                before        JSONB,
                after         JSONB
            );
            CREATE INDEX ix_audit_element ON audit (element_id, id);

            CREATE TABLE graph_version (
                id         INTEGER     NOT NULL PRIMARY KEY CHECK (id = 1),
                version    BIGINT      NOT NULL,
                updated_at TIMESTAMPTZ NOT NULL
            );
            INSERT INTO graph_version (id, version, updated_at) VALUES (1, 0, now());
            """),
        // A generated column rather than a trigger: distributed engines (Citus) handle it without trigger support.
        // The name weighs A and the body D, so with ts_rank's default weights a name hit counts ten times a body hit.
        new(2, "full-text index", """
            ALTER TABLE nodes ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
                setweight(to_tsvector('simple', name), 'A')
                || setweight(to_tsvector('simple',
                       COALESCE(props ->> 'description', '') || ' ' || COALESCE(props ->> 'quote', '') || ' ' || COALESCE(props ->> 'measure', '')), 'D')
            ) STORED;
            CREATE INDEX ix_nodes_search ON nodes USING GIN (search);
            """),
    ];
}
