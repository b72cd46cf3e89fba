namespace KnowledgeGraph.Core.Stores.Sql.Migrations;

/// <summary>
/// Migration 7: an index on (label, id), the order a root list of one label is read in by default. Without it a page
/// of twenty industries walked the primary key from the start and dropped every node of the labels before
/// "Industry" (150,000 rows on a 357,000-node graph) on every request.
/// </summary>
internal static class LabelOrderMigration
{
    public static SqlMigration Migration() => new(7, "label order", """
        CREATE INDEX IF NOT EXISTS ix_nodes_label_id ON nodes (label, id);
        """);
}
