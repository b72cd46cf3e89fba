namespace KnowledgeGraph.Core.Stores.Sql.Migrations;

/// <summary>
/// Migration 10: on PostgreSQL, an index on (target_id, source_id), so a neighbourhood reads each frontier node's first
/// incoming neighbours in id order and stops at its limit (<see cref="ISqlDialect.FirstNeighbors"/>). The edge indexes
/// before it all put the type or the other end's name or year between the two ids, so a neighbourhood that touched a
/// hub read every one of the hub's relationships (26,519 at 1M edges) to keep 500. Outgoing relationships stay few and
/// get no index (<see cref="ISqlDialect.NeighborIdIndexes"/>); SQLite keeps its plan.
/// </summary>
internal static class NeighborIdOrderMigration
{
    public static SqlMigration Migration(ISqlDialect dialect) => new(10, "neighbour id order", dialect.NeighborIdIndexes);
}
