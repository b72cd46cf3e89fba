using System.Data.Common;
using Dapper;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores.Sql.Migrations;
using KnowledgeGraph.Core.Writes;

namespace KnowledgeGraph.Core.Stores.Sql;

/// <summary>
/// The evidence map's sums per intervention, kept in the table <c>evidence_summary</c> (migration 11) by every write,
/// in the write's own transaction: one row per intervention with findings (category <c>''</c>), and one per outcome
/// category its findings are on, each with the sums, the finding ids and the ids of the intervention's strategies,
/// industries and jurisdictions. A map whose filter asks for no quality, kind, design, category or place reads these
/// rows instead of summing 72,000 findings and looking up 73,000 relationships again (at 1M edges); the rows are the
/// ones the map's own statement computes (<see cref="SqlGraphStore.PerIntervention"/>), so the answers are the same.
/// Only <see cref="SqlGraphStore.ApplyAsync"/> writes the graph; a later migration that changes nodes or relationships
/// must rebuild the table as migration 11 built it.
/// </summary>
internal static class EvidenceSummary
{
    /// <summary>What an axis of the map reads from an intervention's row.</summary>
    public enum Axis
    {
        Intervention,
        Category,
        Strategies,
        Industries,
        Jurisdictions,
    }

    /// <summary>Above this many touched nodes a write rebuilds the whole summary instead of the rows it touches.</summary>
    public const int RebuildAbove = SqlGraphStore.RowsPerStatement;

    public static string RelationshipOf(Axis axis) => axis switch
    {
        Axis.Strategies => RelationshipTypes.Applies,
        Axis.Industries => RelationshipTypes.InIndustry,
        Axis.Jurisdictions => RelationshipTypes.InJurisdiction,
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    public static SqlMigration Migration(ISqlDialect d) => new(11, "evidence summary", $"""
        CREATE TABLE evidence_summary (
            intervention_id  {d.Types.Key} NOT NULL,
            category         {d.Types.Key} NOT NULL,
            sums             TEXT NOT NULL,
            finding_ids      TEXT NOT NULL,
            strategy_ids     TEXT,
            industry_ids     TEXT,
            jurisdiction_ids TEXT,
            PRIMARY KEY (intervention_id, category)
        );
        {string.Join(";\n", Fill(d))};
        """);

    /// <summary>True when a map with this filter can be read from the summary (an industry filter can).</summary>
    public static bool Serves(EvidenceFilter filter) =>
        filter is { JurisdictionId: null, OutcomeCategory: null, MinStrength: null, Since: null, FindingKinds.Count: 0, Designs.Count: 0 };

    /// <summary>
    /// A map's rows from the summary, as the map's own statement gives them: the sums, the finding ids, the row ids and
    /// the column ids, of the interventions <paramref name="scope"/> admits (a condition on <c>s.intervention_id</c>).
    /// </summary>
    public static string Read(bool byCategory, Axis rows, Axis columns, string scope) => $"""
        SELECT s.sums, s.finding_ids, {Column(rows)} AS row_ids, {Column(columns)} AS column_ids
        FROM evidence_summary AS s
        WHERE s.category {(byCategory ? "<> ''" : "= ''")} AND {scope}
        """;

    private static string Column(Axis axis) => axis switch
    {
        Axis.Intervention => "s.intervention_id",
        Axis.Category => "NULLIF(s.category, '')",
        Axis.Strategies => "s.strategy_ids",
        Axis.Industries => "s.industry_ids",
        _ => "s.jurisdiction_ids",
    };

    /// <summary>
    /// The statements that write the rows of every intervention, or of those <paramref name="interventions"/> admits (a
    /// condition on the intervention id column it is given), all categories first, then each category (findings on no
    /// outcome, or on one without a category, count in none). A few interventions look up only their own findings'
    /// outcomes: the categories of every finding in the graph took 130 ms at 1M edges.
    /// </summary>
    private static IEnumerable<string> Fill(ISqlDialect d, Func<string, string>? interventions = null)
    {
        var scope = interventions?.Invoke("h.source_id") ?? "1 = 1";
        var findingScope = interventions is null
            ? "1 = 1"
            : $"o.source_id IN (SELECT hf.target_id FROM edges AS hf WHERE hf.type = '{RelationshipTypes.HasFinding}' AND {interventions("hf.source_id")})";
        foreach (var byCategory in new[] { false, true })
        {
            yield return $"""
                INSERT INTO evidence_summary (intervention_id, category, sums, finding_ids, strategy_ids, industry_ids, jurisdiction_ids)
                SELECT per.intervention_id, {(byCategory ? "per.category" : "''")}, {SqlGraphStore.SumsText("per")}, per.finding_ids,
                       {SqlGraphStore.TargetIds(Axis.Strategies, "per.intervention_id", "a")},
                       {SqlGraphStore.TargetIds(Axis.Industries, "per.intervention_id", "i")},
                       {SqlGraphStore.TargetIds(Axis.Jurisdictions, "per.intervention_id", "j")}
                FROM ({SqlGraphStore.PerIntervention(d, SqlGraphStore.AnyFinding, scope, byCategory, findingScope)}) AS per
                {(byCategory ? "WHERE per.category IS NOT NULL" : "")}
                """;
        }
    }

    /// <summary>
    /// Brings the summary up to date with a write, in its transaction, after its changes: the rows of every
    /// intervention the write may have changed are written again. Those are the touched nodes themselves, the
    /// interventions of touched findings, and the interventions of the findings on touched outcomes; a relationship
    /// the write deleted had both its ends touched. A write that touches more than <see cref="RebuildAbove"/> nodes
    /// (an import) rebuilds the whole table.
    /// </summary>
    public static async Task KeepAsync(ISqlDialect d, DbConnection connection, DbTransaction transaction, WritePlan plan, CancellationToken cancellationToken)
    {
        if (plan.TouchedNodes.Count == 0)
        {
            return;
        }
        Task RunAsync(string sql, object? parameters = null) =>
            connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
        if (plan.TouchedNodes.Count > RebuildAbove)
        {
            await RunAsync("DELETE FROM evidence_summary");
            foreach (var fill in Fill(d))
            {
                await RunAsync(fill);
            }
            return;
        }
        // The touched outcomes' findings come first (CROSS JOIN fixes SQLite's join order): driven from HAS_FINDING, the
        // lookup read every finding's relationship (50 ms at 1M edges).
        var touched = new { touched = d.List(plan.TouchedNodes) };
        var interventions = (await connection.QueryAsync<string>(new CommandDefinition($"""
            SELECT t.value FROM {d.Each("@touched", "t")}
            UNION
            SELECT h.source_id FROM edges AS h WHERE h.type = '{RelationshipTypes.HasFinding}' AND {d.In("h.target_id", "@touched")}
            UNION
            SELECT h.source_id
            FROM edges AS o CROSS JOIN edges AS h
            WHERE o.type = '{RelationshipTypes.OnOutcome}' AND {d.In("o.target_id", "@touched")}
              AND h.target_id = o.source_id AND h.type = '{RelationshipTypes.HasFinding}'
            """, touched, transaction, cancellationToken: cancellationToken))).AsList();
        // PostgreSQL's generic plan of the fill (a guessed ten ids) read the categories of every finding on an outcome,
        // 78,503 relationships, for one intervention: 140 ms a write at 1M edges instead of 3 ms planned for the ids.
        if (d.PlanForValues is { } planForValues)
        {
            await RunAsync(planForValues);
        }
        var ids = new { ids = d.List(interventions) };
        await RunAsync($"DELETE FROM evidence_summary WHERE {d.In("intervention_id", "@ids")}", ids);
        foreach (var fill in Fill(d, id => d.In(id, "@ids")))
        {
            await RunAsync(fill, ids);
        }
    }
}
