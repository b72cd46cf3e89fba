using System.Text.Json;
using Dapper;
using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Stores.Shared;

namespace KnowledgeGraph.Core.Stores.Sqlite;

// The analyses of the SQLite store: joins and aggregates in SQL; only scoring and shaping happen in C#.
public sealed partial class SqliteGraphStore
{
    private const string StrengthRankSql = """
        CASE f.props ->> '$.evidenceStrength' WHEN 'STRONG' THEN 4 WHEN 'MODERATE' THEN 3 WHEN 'LIMITED' THEN 2 ELSE 1 END
        """;

    /// <summary>Findings (alias f, with the intervention in h.source_id) that pass the quality part of a filter.</summary>
    private static string FindingFilterSql(EvidenceFilter filter, DynamicParameters parameters)
    {
        var conditions = new List<string> { "h.type = 'HAS_FINDING'" };
        if (filter.OutcomeCategory is not null)
        {
            conditions.Add("""
                EXISTS (SELECT 1 FROM edges AS o JOIN nodes AS oc ON oc.id = o.target_id
                        WHERE o.source_id = f.id AND o.type = 'ON_OUTCOME' AND oc.props ->> '$.category' = @category)
                """);
            parameters.Add("category", filter.OutcomeCategory);
        }
        if (filter.MinStrength is not null)
        {
            conditions.Add($"{StrengthRankSql} >= @minStrength");
            parameters.Add("minStrength", Evidence.StrengthRank.GetValueOrDefault(filter.MinStrength, 1));
        }
        if (filter.Since is not null)
        {
            conditions.Add("CAST(f.props ->> '$.year' AS INTEGER) >= @since");
            parameters.Add("since", filter.Since);
        }
        return string.Join(" AND ", conditions);
    }

    public async Task<IReadOnlyList<EvidenceRow>> EvidenceAsync(EvidenceFilter filter, CancellationToken cancellationToken = default)
    {
        var parameters = new DynamicParameters();
        parameters.Add("industries", Json(filter.IndustryIds));
        parameters.Add("jurisdiction", filter.JurisdictionId);
        var findingFilter = FindingFilterSql(filter, parameters);
        await using var connection = await OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<EvidenceSqlRow>(new CommandDefinition($"""
            WITH scoped AS MATERIALIZED (
                {(filter.IndustryIds.Count > 0
                    // Driven from the industries' index entries: a few thousand interventions even on a large graph.
                    ? """
                      SELECT ind.source_id AS intervention_id, ind.target_id AS industry_id
                      FROM edges AS ind
                      WHERE ind.type = 'IN_INDUSTRY' AND ind.target_id IN (SELECT value FROM json_each(@industries))
                      """
                    : """
                      SELECT i.id AS intervention_id, ind.target_id AS industry_id
                      FROM nodes AS i
                      LEFT JOIN edges AS ind ON ind.source_id = i.id AND ind.type = 'IN_INDUSTRY'
                      WHERE i.label = 'Intervention'
                      """)}
                  AND (@jurisdiction IS NULL OR EXISTS (
                      SELECT 1 FROM edges AS j WHERE j.source_id = {(filter.IndustryIds.Count > 0 ? "ind.source_id" : "i.id")}
                                                 AND j.type = 'IN_JURISDICTION' AND j.target_id = @jurisdiction))
            ),
            subjects AS (
                SELECT s.intervention_id AS subject_id, 'Intervention' AS subject_label, s.intervention_id, s.industry_id
                FROM scoped AS s
                UNION ALL
                SELECT a.target_id, t.label, s.intervention_id, s.industry_id
                FROM scoped AS s
                JOIN edges AS a ON a.source_id = s.intervention_id AND a.type = 'APPLIES'
                JOIN nodes AS t ON t.id = a.target_id
            ),
            findings AS MATERIALIZED (
                SELECT h.source_id AS intervention_id, f.id AS finding_id, f.props ->> '$.effect' AS effect,
                       f.props ->> '$.evidenceStrength' AS strength, f.props ->> '$.evidenceKind' AS kind,
                       CAST(f.props ->> '$.year' AS INTEGER) AS year,
                       (SELECT json_group_array(DISTINCT oc.props ->> '$.category')
                        FROM edges AS o JOIN nodes AS oc ON oc.id = o.target_id
                        WHERE o.source_id = f.id AND o.type = 'ON_OUTCOME') AS categories
                FROM edges AS h
                JOIN nodes AS f ON f.id = h.target_id
                WHERE h.source_id IN (SELECT intervention_id FROM scoped) AND {findingFilter}
            )
            SELECT sub.subject_id, sub.subject_label, sub.intervention_id, sub.industry_id,
                   fi.finding_id, fi.effect, fi.strength, fi.kind, fi.year, fi.categories
            FROM subjects AS sub
            LEFT JOIN findings AS fi ON fi.intervention_id = sub.intervention_id
            ORDER BY sub.subject_id, sub.intervention_id, sub.industry_id, fi.finding_id
            """, parameters, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToRow()).ToList();
    }

    public async Task<EvidenceMap> EvidenceMapAsync(EvidenceMapQuery query, CancellationToken cancellationToken = default)
    {
        var parameters = new DynamicParameters();
        var findingFilter = FindingFilterSql(query.Filter, parameters);
        parameters.Add("industries", Json(query.Filter.IndustryIds));
        parameters.Add("allIndustries", query.Filter.IndustryIds.Count == 0);
        parameters.Add("jurisdiction", query.Filter.JurisdictionId);
        var byCategory = query.Columns == MapAxis.OutcomeCategory;
        // Findings are first summed per intervention (a finding belongs to exactly one), so the fan-out to rows and
        // columns multiplies small per-intervention sums instead of findings, and no DISTINCT is needed.
        var (rowJoin, rowId) = AxisJoin(query.Rows, "r");
        var (columnJoin, columnId) = AxisJoin(query.Columns, "c");
        await using var connection = await OpenAsync(cancellationToken);
        var cells = await connection.QueryAsync<CellRow>(new CommandDefinition($"""
            WITH per AS MATERIALIZED (
                SELECT h.source_id AS intervention_id, {(byCategory ? "fc.category" : "NULL")} AS category,
                       SUM(f.props ->> '$.effect' = 'POSITIVE') AS positive,
                       SUM(f.props ->> '$.effect' = 'NEGATIVE') AS negative,
                       SUM(f.props ->> '$.effect' = 'MIXED') AS mixed,
                       SUM(f.props ->> '$.effect' = 'NO_EFFECT') AS no_effect,
                       MAX({StrengthRankSql}) AS best_rank,
                       group_concat(f.id, ' ') AS finding_ids
                FROM edges AS h
                JOIN nodes AS f ON f.id = h.target_id
                {(byCategory ? """
                    JOIN (SELECT DISTINCT o.source_id AS finding_id, oc.props ->> '$.category' AS category
                          FROM edges AS o JOIN nodes AS oc ON oc.id = o.target_id
                          WHERE o.type = 'ON_OUTCOME') AS fc ON fc.finding_id = f.id
                    """ : "")}
                WHERE {findingFilter}
                  AND (@allIndustries OR EXISTS (SELECT 1 FROM edges AS si WHERE si.source_id = h.source_id AND si.type = 'IN_INDUSTRY'
                                                 AND si.target_id IN (SELECT value FROM json_each(@industries))))
                  AND (@jurisdiction IS NULL OR EXISTS (SELECT 1 FROM edges AS sj WHERE sj.source_id = h.source_id
                                                        AND sj.type = 'IN_JURISDICTION' AND sj.target_id = @jurisdiction))
                GROUP BY h.source_id, 2
            )
            SELECT {rowId} AS row_id, {columnId} AS column_id,
                   SUM(per.positive) AS positive, SUM(per.negative) AS negative, SUM(per.mixed) AS mixed, SUM(per.no_effect) AS no_effect,
                   MAX(per.best_rank) AS best_rank, group_concat(per.finding_ids, ' ') AS finding_ids
            FROM per
            {rowJoin}
            {columnJoin}
            GROUP BY 1, 2
            ORDER BY 1, 2
            """, parameters, cancellationToken: cancellationToken));
        return await EvidenceMaps.MapAsync(query, cells, label => connection.QueryAsync<(string Id, string Name)>(new CommandDefinition(
            "SELECT id, name FROM nodes WHERE label = @label ORDER BY lower(name), id", new { label }, cancellationToken: cancellationToken)));
    }

    /// <summary>How an axis classifies the per-intervention sums; ids carry their label's prefix, which tells tactics from levers.</summary>
    private static (string Join, string Id) AxisJoin(MapAxis axis, string alias) => axis switch
    {
        MapAxis.Intervention => ("", "per.intervention_id"),
        MapAxis.Tactic or MapAxis.PolicyLever => (
            $"JOIN edges AS {alias} ON {alias}.source_id = per.intervention_id AND {alias}.type = 'APPLIES' " +
            $"AND substr({alias}.target_id, 1, {EvidenceMaps.Prefix(axis).Length}) = '{EvidenceMaps.Prefix(axis)}'",
            $"{alias}.target_id"),
        MapAxis.Industry => ($"JOIN edges AS {alias} ON {alias}.source_id = per.intervention_id AND {alias}.type = 'IN_INDUSTRY'", $"{alias}.target_id"),
        MapAxis.Jurisdiction => ($"JOIN edges AS {alias} ON {alias}.source_id = per.intervention_id AND {alias}.type = 'IN_JURISDICTION'", $"{alias}.target_id"),
        MapAxis.OutcomeCategory => ("", "per.category"),
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    public async Task<IReadOnlyList<TransferCandidate>> TransferCandidatesAsync(string industryId, int first, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<TransferSqlRow>(new CommandDefinition("""
            WITH target AS (
                SELECT r.value AS risk FROM nodes AS n, json_each(n.props, '$.riskFactors') AS r WHERE n.id = @industry AND n.label = 'Industry'
            ),
            similar AS (
                SELECT n.id AS industry_id, json_group_array(r.value) AS shared, COUNT(*) AS shared_count,
                       (SELECT COUNT(*) FROM json_each(n.props, '$.riskFactors')) AS own_count
                FROM nodes AS n, json_each(n.props, '$.riskFactors') AS r
                WHERE n.label = 'Industry' AND n.id <> @industry AND r.value IN (SELECT risk FROM target)
                GROUP BY n.id
            ),
            applied_here AS (
                SELECT DISTINCT a.target_id AS strategy_id
                FROM edges AS ii JOIN edges AS a ON a.source_id = ii.source_id AND a.type = 'APPLIES'
                WHERE ii.type = 'IN_INDUSTRY' AND ii.target_id = @industry
            ),
            candidates AS (
                SELECT ii.source_id AS intervention_id, s.industry_id, s.shared, s.shared_count, s.own_count
                FROM similar AS s JOIN edges AS ii ON ii.target_id = s.industry_id AND ii.type = 'IN_INDUSTRY'
                WHERE NOT EXISTS (SELECT 1 FROM edges AS x WHERE x.source_id = ii.source_id AND x.type = 'IN_INDUSTRY' AND x.target_id = @industry)
            )
            SELECT c.intervention_id, c.industry_id, c.shared, c.shared_count, c.own_count,
                   (SELECT COUNT(*) FROM target) AS target_count,
                   f.id AS finding_id, f.props ->> '$.evidenceStrength' AS strength, f.props ->> '$.evidenceKind' AS kind,
                   CAST(f.props ->> '$.year' AS INTEGER) AS year,
                   (SELECT json_group_array(a.target_id) FROM edges AS a
                    WHERE a.source_id = c.intervention_id AND a.type = 'APPLIES' AND a.target_id NOT IN (SELECT strategy_id FROM applied_here)) AS new_strategies
            FROM candidates AS c
            JOIN edges AS h ON h.source_id = c.intervention_id AND h.type = 'HAS_FINDING'
            JOIN nodes AS f ON f.id = h.target_id
            WHERE f.props ->> '$.effect' = 'POSITIVE'
            ORDER BY c.intervention_id, c.industry_id, f.id
            """, new { industry = industryId }, cancellationToken: cancellationToken))).ToList();
        return TransferRanking.Rank(rows.Select(r => new TransferRanking.Row(
            r.intervention_id, r.industry_id, JsonSerializer.Deserialize<string[]>(r.shared)!, (int)r.shared_count, (int)r.own_count, (int)r.target_count,
            r.finding_id, r.strength, r.kind, (int?)r.year, JsonSerializer.Deserialize<string[]>(r.new_strategies)!)).ToList(), first);
    }

    /// <summary>Turns free text into a safe FTS5 query: every word must match, as a prefix; operators are never passed through.</summary>
    public static string? FullTextQuery(string text)
    {
        var tokens = SearchWords.Of(text);
        return tokens.Count == 0 ? null : string.Join(" ", tokens.Select(t => $"\"{t}\"*"));
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        if (FullTextQuery(query.Text) is not { } match)
        {
            return [];
        }
        await using var connection = await OpenAsync(cancellationToken);
        // bm25 weights: id and label are not searched; a hit in the name counts ten times one in the body text.
        var rows = await connection.QueryAsync<SearchRow>(new CommandDefinition($"""
            SELECT {NodeColumns}, bm25(nodes_fts, 0.0, 0.0, 10.0, 1.0) AS score,
                   snippet(nodes_fts, -1, '«', '»', '…', 16) AS snippet
            FROM nodes_fts
            JOIN nodes AS n ON n.id = nodes_fts.id
            WHERE nodes_fts MATCH @match
              AND (@allLabels OR nodes_fts.label IN (SELECT value FROM json_each(@labels)))
            ORDER BY score, n.id
            LIMIT @first
            """, new { match, labels = Json(query.Labels), allLabels = query.Labels.Count == 0, first = query.First }, cancellationToken: cancellationToken));
        return rows.Select(r => new SearchHit(r.ToNode(), Math.Round(-r.score, 4), r.snippet)).ToList();
    }

    public async Task<GraphStats> StatsAsync(StatsFilter filter, CancellationToken cancellationToken = default)
    {
        var scope = new { industry = filter.IndustryId, jurisdiction = filter.JurisdictionId, since = filter.Since };
        const string interventionScope = """
            (@industry IS NULL OR EXISTS (SELECT 1 FROM edges AS si WHERE si.source_id = i.id AND si.type = 'IN_INDUSTRY' AND si.target_id = @industry))
            AND (@jurisdiction IS NULL OR EXISTS (SELECT 1 FROM edges AS sj WHERE sj.source_id = i.id AND sj.type = 'IN_JURISDICTION' AND sj.target_id = @jurisdiction))
            """;
        await using var connection = await OpenAsync(cancellationToken);
        async Task<Dictionary<string, long>> CountsAsync(string sql) =>
            (await connection.QueryAsync<(string Key, long Count)>(new CommandDefinition(sql, scope, cancellationToken: cancellationToken)))
            .ToDictionary(r => r.Key, r => r.Count);

        var labels = await CountsAsync("SELECT label, COUNT(*) FROM nodes GROUP BY label ORDER BY label");
        var findings = $"""
            FROM nodes AS i JOIN edges AS h ON h.source_id = i.id AND h.type = 'HAS_FINDING' JOIN nodes AS f ON f.id = h.target_id
            WHERE i.label = 'Intervention' AND {interventionScope}
              AND (@since IS NULL OR CAST(f.props ->> '$.year' AS INTEGER) >= @since)
            """;
        var byEffect = await CountsAsync($"SELECT f.props ->> '$.effect', COUNT(DISTINCT f.id) {findings} GROUP BY 1 ORDER BY 1");
        var byStrength = await CountsAsync($"SELECT f.props ->> '$.evidenceStrength', COUNT(DISTINCT f.id) {findings} GROUP BY 1 ORDER BY 1");
        var interventions = $"""
            FROM nodes AS i WHERE i.label = 'Intervention' AND {interventionScope}
              AND (@since IS NULL OR CAST(i.props ->> '$.startYear' AS INTEGER) >= @since)
            """;
        var byYear = (await CountsAsync($"SELECT CAST(i.props ->> '$.startYear' AS TEXT), COUNT(*) {interventions} AND i.props ->> '$.startYear' IS NOT NULL GROUP BY 1 ORDER BY 1"))
            .ToDictionary(p => int.Parse(p.Key, System.Globalization.CultureInfo.InvariantCulture), p => p.Value);
        var byIndustry = await CountsAsync($"""
            SELECT ind.target_id, COUNT(DISTINCT i.id) {interventions.Replace("FROM nodes AS i", "FROM nodes AS i JOIN edges AS ind ON ind.source_id = i.id AND ind.type = 'IN_INDUSTRY'")}
            GROUP BY 1 ORDER BY 1
            """);
        return new GraphStats(labels, byEffect, byStrength, byYear, byIndustry);
    }

#pragma warning disable IDE1006 // Dapper maps snake_case columns onto these names.
    private sealed class EvidenceSqlRow
    {
        public string subject_id { get; init; } = "";
        public string subject_label { get; init; } = "";
        public string intervention_id { get; init; } = "";
        public string? industry_id { get; init; }
        public string? finding_id { get; init; }
        public string? effect { get; init; }
        public string? strength { get; init; }
        public string? kind { get; init; }
        public long? year { get; init; }
        public string? categories { get; init; }

        public EvidenceRow ToRow() => new(subject_id, subject_label, intervention_id, industry_id, finding_id, effect, strength, kind, (int?)year,
            categories is null ? [] : JsonSerializer.Deserialize<string[]>(categories)!);
    }

    private sealed class TransferSqlRow
    {
        public string intervention_id { get; init; } = "";
        public string industry_id { get; init; } = "";
        public string shared { get; init; } = "[]";
        public long shared_count { get; init; }
        public long own_count { get; init; }
        public long target_count { get; init; }
        public string finding_id { get; init; } = "";
        public string strength { get; init; } = "";
        public string kind { get; init; } = "";
        public long? year { get; init; }
        public string new_strategies { get; init; } = "[]";
    }
#pragma warning restore IDE1006
}
