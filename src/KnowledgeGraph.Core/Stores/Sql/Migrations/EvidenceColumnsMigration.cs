using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores.Sql.Migrations;

/// <summary>
/// Migration 8: the finding and outcome properties the analyses read become columns of <c>nodes</c> that the database
/// computes from <c>props</c> itself, on every write, import and migration, in the same statement (SQLite: virtual,
/// PostgreSQL: stored). Two partial indexes keep them beside the id of each finding and outcome, so the evidence
/// analyses read them from an index instead of parsing the JSON of every finding row (at 1M edges, 100,000 findings,
/// a dozen extractions each). The columns are a copy of the properties, never written by the store: the answers do not
/// change, only where they are read from.
/// </summary>
internal static class EvidenceColumnsMigration
{
    /// <summary>The columns, each a copy of a top-level property (as text; SQLite keeps the JSON value's type).</summary>
    public static readonly IReadOnlyList<(string Column, string Property)> Columns =
    [
        ("kind", "kind"), ("effect", "effect"), ("evidence_strength", "evidenceStrength"), ("evidence_kind", "evidenceKind"),
        ("year", "year"), ("category", "category"),
    ];

    public const string FindingsIndex = "ix_nodes_findings";

    public const string OutcomesIndex = "ix_nodes_outcomes";

    public static SqlMigration Migration(ISqlDialect d) => new(8, "evidence columns", $"""
        {d.AddPropColumns(Columns)}
        CREATE INDEX {FindingsIndex} ON nodes (id, kind, effect, evidence_strength, evidence_kind, year) WHERE label = '{GraphSchema.Finding}';
        CREATE INDEX {OutcomesIndex} ON nodes (id, category) WHERE label = '{GraphSchema.Outcome}';
        """);
}
