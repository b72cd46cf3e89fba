namespace KnowledgeGraph.Core.Stores.Sql.Migrations;

/// <summary>
/// Migration 10: on PostgreSQL, an index per direction on (this end, other end), so a neighbourhood reads each frontier
/// node's first neighbours in id order and stops at its limit (<see cref="ISqlDialect.FirstNeighbors"/>). The edge
/// indexes before it all put the type or the other end's name or year between the two ids, so a neighbourhood that
/// touched a hub read every one of the hub's relationships (26,519 at 1M edges) to keep 500. SQLite keeps its plan
/// (<see cref="ISqlDialect.NeighborIdIndexes"/>).
/// </summary>
internal static class NeighborIdOrderMigration
{
    public static SqlMigration Migration(ISqlDialect dialect) => new(10, "neighbour id order", dialect.NeighborIdIndexes);
}
