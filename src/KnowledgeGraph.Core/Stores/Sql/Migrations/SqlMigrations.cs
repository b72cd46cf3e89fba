namespace KnowledgeGraph.Core.Stores.Sql.Migrations;

/// <summary>
/// The versioned schema changes, applied in order at start: one list for every dialect, each change written once
/// over what the dialect spells its own way. Never edit one that has shipped; add one.
/// </summary>
internal static class SqlMigrations
{
    public static IReadOnlyList<SqlMigration> For(ISqlDialect dialect) =>
    [
        GraphTables.Migration(dialect.Types),
        new(2, "full-text index", dialect.FullTextIndex),
        FindingKindsMigration.Migration(dialect),
        LegalStatusMigration.Migration(dialect),
        PrevalenceMigration.Migration(dialect),
        NeighborOrderMigration.Migration(dialect),
        LabelOrderMigration.Migration(dialect),
        EvidenceColumnsMigration.Migration(dialect),
        NeighborYearMigration.Migration(dialect),
        NeighborIdOrderMigration.Migration(dialect),
        EvidenceSummary.Migration(dialect),
        new(12, "full-text entries by id", dialect.FullTextEntries),
    ];
}
