namespace KnowledgeGraph.Core.Stores.Sql;

// SQLite's full-text search: the FTS5 index of node names and texts, the triggers that keep it, and its queries.
public sealed partial class SqliteDialect
{
    public string? FullTextQuery(string text)
    {
        var tokens = SearchWords.Of(text);
        return tokens.Count == 0 ? null : string.Join(" ", tokens.Select(t => $"\"{t}\"*"));
    }

    // bm25 weights: id and label are not searched; a hit in the name counts ten times one in the body text.
    public string Search(string nodeColumns, int first) => $"""
        SELECT {nodeColumns}, bm25(nodes_fts, 0.0, 0.0, 10.0, 1.0) AS score,
               snippet(nodes_fts, -1, '«', '»', '…', 16) AS snippet
        FROM nodes_fts
        JOIN nodes AS n ON n.id = nodes_fts.id
        WHERE nodes_fts MATCH @match
          AND (@allLabels OR {In("nodes_fts.label", "@labels")})
        ORDER BY score, n.id
        LIMIT {RowCount("first", first)}
        """;

    // bm25 is lower for better matches.
    public double Score(double raw) => Math.Round(-raw, 4);

    // Migration 12. The entries' table kept no key but its rowid, so the triggers of migration 2 found a node's entry by
    // reading them all (DELETE ... WHERE id = old.id on an UNINDEXED column): 100 ms per updated or deleted node at 1M
    // edges. Each entry's rowid is now kept beside the node's id; the rowid of the node itself would not do, since VACUUM
    // may renumber the rowids of a table without an INTEGER PRIMARY KEY. An update keeps its entry's rowid.
    public string FullTextEntries => $"""
        CREATE TABLE nodes_fts_entries (id TEXT NOT NULL PRIMARY KEY, entry INTEGER NOT NULL) WITHOUT ROWID;
        INSERT INTO nodes_fts_entries (id, entry) SELECT id, MAX(rowid) FROM nodes_fts GROUP BY id;
        DELETE FROM nodes_fts WHERE rowid NOT IN (SELECT entry FROM nodes_fts_entries);
        DROP TRIGGER nodes_fts_insert;
        DROP TRIGGER nodes_fts_update;
        DROP TRIGGER nodes_fts_delete;
        CREATE TRIGGER nodes_fts_insert AFTER INSERT ON nodes BEGIN
            INSERT INTO nodes_fts (id, label, name, body) VALUES (new.id, new.label, new.name, {FullTextBody("new")});
            INSERT INTO nodes_fts_entries (id, entry) VALUES (new.id, last_insert_rowid());
        END;
        CREATE TRIGGER nodes_fts_update AFTER UPDATE ON nodes BEGIN
            DELETE FROM nodes_fts WHERE rowid = (SELECT entry FROM nodes_fts_entries WHERE id = old.id);
            INSERT INTO nodes_fts (rowid, id, label, name, body)
            VALUES ((SELECT entry FROM nodes_fts_entries WHERE id = old.id), new.id, new.label, new.name, {FullTextBody("new")});
            INSERT OR REPLACE INTO nodes_fts_entries (id, entry) VALUES (new.id, last_insert_rowid());
        END;
        CREATE TRIGGER nodes_fts_delete AFTER DELETE ON nodes BEGIN
            DELETE FROM nodes_fts WHERE rowid = (SELECT entry FROM nodes_fts_entries WHERE id = old.id);
            DELETE FROM nodes_fts_entries WHERE id = old.id;
        END;
        """;

    /// <summary>The text of a node (alias <paramref name="row"/>) the full-text index searches beside its name.</summary>
    private static string FullTextBody(string row) =>
        $"concat_ws(' ', {row}.props ->> '$.description', {row}.props ->> '$.quote', {row}.props ->> '$.measure')";

    public string FullTextIndex => """
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
        """;
}
