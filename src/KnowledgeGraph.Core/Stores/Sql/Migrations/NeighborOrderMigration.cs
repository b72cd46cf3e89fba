namespace KnowledgeGraph.Core.Stores.Sql.Migrations;

/// <summary>
/// Migration 6: each edge keeps the names of its two ends, and the edge indexes order a node's relationships by the
/// other end's name and id, the order every relationship list is read in. A page of a node's relationships is then an
/// index range read of the page's size, whatever the node's fan-out. Writes keep the names current (a rename updates
/// the edges of the renamed node in the same transaction).
/// </summary>
internal static class NeighborOrderMigration
{
    public static SqlMigration Migration(ISqlDialect d) => new(6, "neighbour order", $"""
        ALTER TABLE edges ADD COLUMN source_name {d.Types.Key} NOT NULL DEFAULT '';
        ALTER TABLE edges ADD COLUMN target_name {d.Types.Key} NOT NULL DEFAULT '';
        UPDATE edges SET source_name = (SELECT n.name FROM nodes AS n WHERE n.id = edges.source_id),
                         target_name = (SELECT n.name FROM nodes AS n WHERE n.id = edges.target_id);
        DROP INDEX ix_edges_source;
        DROP INDEX ix_edges_target;
        CREATE INDEX ix_edges_source ON edges (source_id, type, target_name, target_id);
        CREATE INDEX ix_edges_target ON edges (target_id, type, source_name, source_id);
        """);
}
