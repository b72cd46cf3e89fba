namespace KnowledgeGraph.Core.Stores.Sql.Migrations;

/// <summary>
/// Migration 7: on PostgreSQL, an index on (label, id), the order a root list of one label is read in by default.
/// Without it a page of twenty industries walked the primary key from the start and dropped every node of the labels
/// before "Industry" (150,000 rows on a 357,000-node graph, 29 ms of database CPU per request). SQLite keeps its plans
/// (<see cref="ISqlDialect.LabelOrderIndex"/>).
/// </summary>
internal static class LabelOrderMigration
{
    public static SqlMigration Migration(ISqlDialect dialect) => new(7, "label order", dialect.LabelOrderIndex);
}
