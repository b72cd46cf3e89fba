using Dapper;
using KnowledgeGraph.Core.Analyses.Transfer;
using KnowledgeGraph.Core.Analyses.WhatWorked;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores.Sql.Migrations;

namespace KnowledgeGraph.Core.Stores.Sql;

// The evidence behind strategies: joins and aggregates in SQL; only scoring and shaping happen in C#. Each runs as
// plain joins over CTEs, with correlated subqueries only in EXISTS filters keyed by an edge's source.
public sealed partial class SqlGraphStore
{
    /// <summary>
    /// Findings as alias f (or outcomes): read from the partial index of their evidence columns (migration 8), never from
    /// the JSON of each row; the label condition that index needs goes with it, and holds for every HAS_FINDING target
    /// (and ON_OUTCOME target) by the relationship rules.
    /// </summary>
    private string FindingNodes(string alias) => $"nodes AS {alias} {dialect.ThroughIndex(EvidenceColumnsMigration.FindingsIndex)}";

    private string OutcomeNodes(string alias) => $"nodes AS {alias} {dialect.ThroughIndex(EvidenceColumnsMigration.OutcomesIndex)}";

    private static string IsFinding(string alias) => $"{alias}.label = '{GraphSchema.Finding}'";

    private static string IsOutcome(string alias) => $"{alias}.label = '{GraphSchema.Outcome}'";

    private static string StrengthRank => $"""
        CASE f.evidence_strength WHEN '{EvidenceStrengths.Strong}' THEN 4 WHEN '{EvidenceStrengths.Moderate}' THEN 3 WHEN '{EvidenceStrengths.Limited}' THEN 2 ELSE 1 END
        """;

    /// <summary>Findings (alias f, with the intervention in h.source_id) that pass the quality part of a filter.</summary>
    private string FindingFilter(EvidenceFilter filter, DynamicParameters parameters)
    {
        var conditions = new List<string> { $"h.type = '{RelationshipTypes.HasFinding}'", IsFinding("f") };
        if (filter.OutcomeCategory is not null)
        {
            conditions.Add($"""
                EXISTS (SELECT 1 FROM edges AS o JOIN {OutcomeNodes("oc")} ON oc.id = o.target_id
                        WHERE o.source_id = f.id AND o.type = '{RelationshipTypes.OnOutcome}' AND {IsOutcome("oc")} AND oc.category = @category)
                """);
            parameters.Add("category", filter.OutcomeCategory);
        }
        if (filter.MinStrength is not null)
        {
            conditions.Add($"{StrengthRank} >= @minStrength");
            parameters.Add("minStrength", Evidence.StrengthRank.GetValueOrDefault(filter.MinStrength, 1));
        }
        if (filter.FindingKinds.Count > 0)
        {
            conditions.Add(dialect.In("f.kind", "@findingKinds"));
            parameters.Add("findingKinds", dialect.List(filter.FindingKinds));
        }
        if (filter.Designs.Count > 0)
        {
            conditions.Add(dialect.In("f.evidence_kind", "@designs"));
            parameters.Add("designs", dialect.List(filter.Designs));
        }
        if (filter.Since is not null)
        {
            conditions.Add("CAST(f.year AS INTEGER) >= @since");
            parameters.Add("since", filter.Since);
        }
        return string.Join(" AND ", conditions);
    }

    public async Task<IReadOnlyList<EvidenceRow>> EvidenceAsync(EvidenceFilter filter, CancellationToken cancellationToken = default)
    {
        var parameters = new DynamicParameters();
        parameters.Add("industries", dialect.List(filter.IndustryIds));
        parameters.Add("jurisdiction", filter.JurisdictionId);
        var findingFilter = FindingFilter(filter, parameters);
        var byIndustry = filter.IndustryIds.Count > 0;
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.ReadAllAsync(new CommandDefinition($"""
            WITH scoped AS MATERIALIZED (
                {(byIndustry
                    // Driven from the industries' index entries: a few thousand interventions even on a large graph.
                    ? $"""
                      SELECT ind.source_id AS intervention_id, ind.target_id AS industry_id
                      FROM edges AS ind
                      WHERE ind.type = '{RelationshipTypes.InIndustry}' AND {dialect.In("ind.target_id", "@industries")}
                      """
                    : $"""
                      SELECT i.id AS intervention_id, ind.target_id AS industry_id
                      FROM nodes AS i
                      LEFT JOIN edges AS ind ON ind.source_id = i.id AND ind.type = '{RelationshipTypes.InIndustry}'
                      WHERE i.label = '{GraphSchema.Intervention}'
                      """)}
                  AND {InJurisdictionScope(byIndustry ? "ind.source_id" : "i.id")}
            ),
            subjects AS (
                SELECT s.intervention_id AS subject_id, CAST('{GraphSchema.Intervention}' AS TEXT) AS subject_label, s.intervention_id, s.industry_id
                FROM scoped AS s
                UNION ALL
                SELECT a.target_id, t.label, s.intervention_id, s.industry_id
                FROM scoped AS s
                JOIN edges AS a ON a.source_id = s.intervention_id AND a.type = '{RelationshipTypes.Applies}'
                JOIN nodes AS t ON t.id = a.target_id
            ),
            findings AS MATERIALIZED (
                SELECT h.source_id AS intervention_id, f.id AS finding_id, f.effect, f.evidence_strength AS strength,
                       f.evidence_kind AS kind, f.kind AS finding_kind, CAST(f.year AS INTEGER) AS year
                FROM edges AS h
                JOIN {FindingNodes("f")} ON f.id = h.target_id
                WHERE h.source_id IN (SELECT intervention_id FROM scoped) AND {findingFilter}
            ),
            -- A finding's categories in the order of their first outcome's id.
            categories AS (
                SELECT fc.finding_id, {dialect.JsonArray("fc.category", "fc.first_outcome, fc.category")} AS categories
                FROM (
                    SELECT o.source_id AS finding_id, oc.category, MIN(o.target_id) AS first_outcome
                    FROM edges AS o JOIN {OutcomeNodes("oc")} ON oc.id = o.target_id
                    WHERE o.type = '{RelationshipTypes.OnOutcome}' AND {IsOutcome("oc")} AND o.source_id IN (SELECT finding_id FROM findings)
                    GROUP BY o.source_id, oc.category
                ) AS fc
                GROUP BY fc.finding_id
            )
            -- The subjects, then each intervention's findings (no subject): ExpandEvidence pairs them up.
            SELECT sub.subject_id, sub.subject_label, sub.intervention_id, sub.industry_id,
                   NULL AS finding_id, NULL AS effect, NULL AS strength, NULL AS kind, NULL AS finding_kind, NULL AS year, NULL AS categories
            FROM subjects AS sub
            UNION ALL
            SELECT NULL, NULL, fi.intervention_id, NULL, fi.finding_id, fi.effect, fi.strength, fi.kind, fi.finding_kind, fi.year, c.categories
            FROM findings AS fi
            LEFT JOIN categories AS c ON c.finding_id = fi.finding_id
            ORDER BY 1, 3, 4, 5
            """, parameters, cancellationToken: cancellationToken), EvidenceSqlRow.Read, cancellationToken);
        return ExpandEvidence(rows);
    }

    public async Task<IReadOnlyList<TransferCandidate>> TransferCandidatesAsync(string industryId, int first, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<TransferSqlRow>(new CommandDefinition($"""
            WITH target AS (
                SELECT r.value AS risk
                FROM nodes AS n, {dialect.PropItems("n", "riskFactors", "r")}
                WHERE n.id = @industry AND n.label = '{GraphSchema.Industry}'
            ),
            similar_industries AS (
                SELECT n.id AS industry_id, {dialect.JsonArray("r.value", "r.key")} AS shared, COUNT(*) AS shared_count,
                       (SELECT COUNT(*) FROM {dialect.PropItems("n", "riskFactors", "own")}) AS own_count
                FROM nodes AS n, {dialect.PropItems("n", "riskFactors", "r")}
                WHERE n.label = '{GraphSchema.Industry}' AND n.id <> @industry AND r.value IN (SELECT risk FROM target)
                GROUP BY n.id
            ),
            applied_here AS (
                SELECT DISTINCT a.target_id AS strategy_id
                FROM edges AS ii JOIN edges AS a ON a.source_id = ii.source_id AND a.type = '{RelationshipTypes.Applies}'
                WHERE ii.type = '{RelationshipTypes.InIndustry}' AND ii.target_id = @industry
            ),
            candidates AS (
                SELECT ii.source_id AS intervention_id, s.industry_id, s.shared, s.shared_count, s.own_count
                FROM similar_industries AS s JOIN edges AS ii ON ii.target_id = s.industry_id AND ii.type = '{RelationshipTypes.InIndustry}'
                WHERE NOT EXISTS (SELECT 1 FROM edges AS x WHERE x.source_id = ii.source_id AND x.type = '{RelationshipTypes.InIndustry}' AND x.target_id = @industry)
            ),
            fresh AS (
                SELECT a.source_id AS intervention_id, {dialect.JsonArray("a.target_id", "a.target_id")} AS strategies
                FROM edges AS a
                WHERE a.type = '{RelationshipTypes.Applies}' AND a.source_id IN (SELECT intervention_id FROM candidates)
                  AND a.target_id NOT IN (SELECT strategy_id FROM applied_here)
                GROUP BY a.source_id
            ),
            target_size AS (
                SELECT COUNT(*) AS target_count FROM target
            )
            SELECT c.intervention_id, c.industry_id, c.shared, c.shared_count, c.own_count, ts.target_count,
                   f.id AS finding_id, f.effect, f.evidence_strength AS strength, f.evidence_kind AS kind,
                   CAST(f.year AS INTEGER) AS year, fr.strategies AS new_strategies
            FROM candidates AS c
            CROSS JOIN target_size AS ts
            JOIN edges AS h ON h.source_id = c.intervention_id AND h.type = '{RelationshipTypes.HasFinding}'
            JOIN {FindingNodes("f")} ON f.id = h.target_id
            LEFT JOIN fresh AS fr ON fr.intervention_id = c.intervention_id
            WHERE {IsFinding("f")} AND f.kind = '{FindingKinds.Effect}'
            ORDER BY c.intervention_id, c.industry_id, f.id
            """, new { industry = industryId }, cancellationToken: cancellationToken));
        if (!rows.Any())
        {
            return [];
        }
        // How many industries list each risk factor, and how many list any: the factors' distinctiveness.
        var factors = (await connection.QueryAsync<(string Risk, long Industries)>(new CommandDefinition($"""
            SELECT r.value AS risk, COUNT(DISTINCT n.id) AS industries
            FROM nodes AS n, {dialect.PropItems("n", "riskFactors", "r")}
            WHERE n.label = '{GraphSchema.Industry}'
            GROUP BY r.value
            """, cancellationToken: cancellationToken))).ToDictionary(f => f.Risk, f => (int)f.Industries);
        var industryCount = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"""
            SELECT COUNT(DISTINCT n.id) FROM nodes AS n, {dialect.PropItems("n", "riskFactors", "r")} WHERE n.label = '{GraphSchema.Industry}'
            """, cancellationToken: cancellationToken));
        return TransferRanking.Rank(rows.Select(r => r.ToRow()).ToList(), factors, (int)industryCount, first, await NewestFindingYearAsync(cancellationToken));
    }
}
