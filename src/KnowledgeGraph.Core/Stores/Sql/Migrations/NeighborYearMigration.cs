namespace KnowledgeGraph.Core.Stores.Sql.Migrations;

/// <summary>
/// Migration 9: relationship pages in every order are index range reads. Each edge keeps the year key of its two ends
/// (<see cref="NeighborOrdering.YearKey"/>; NULL where the end's label has no year), and partial indexes order a node's
/// relationships by the other end's year key and id; an index on (target_id, type, source_id) orders incoming ones by
/// the other end's id (outgoing ones have the unique key). Writes keep the year keys current, as migration 6's names.
/// </summary>
internal static class NeighborYearMigration
{
    public static SqlMigration Migration(ISqlDialect d) => new(9, "neighbour year order", $"""
        ALTER TABLE edges ADD COLUMN source_year {d.Types.Integer};
        ALTER TABLE edges ADD COLUMN target_year {d.Types.Integer};
        UPDATE edges SET source_year = (SELECT {NeighborOrdering.YearKey(d, "n")} FROM nodes AS n WHERE n.id = edges.source_id),
                         target_year = (SELECT {NeighborOrdering.YearKey(d, "n")} FROM nodes AS n WHERE n.id = edges.target_id);
        CREATE INDEX ix_edges_source_year ON edges (source_id, type, target_year, target_id) WHERE target_year IS NOT NULL;
        CREATE INDEX ix_edges_target_year ON edges (target_id, type, source_year, source_id) WHERE source_year IS NOT NULL;
        CREATE INDEX ix_edges_target_id ON edges (target_id, type, source_id);
        """);
}
