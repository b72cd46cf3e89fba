using System.Globalization;
using Dapper;
using KnowledgeGraph.Core.Analysis;
using KnowledgeGraph.Core.Stores.Shared;

namespace KnowledgeGraph.Core.Stores.Postgres;

// Full-text search over the generated tsvector column, and the dashboard counts.
public sealed partial class PostgresGraphStore
{
    private const string HeadlineOptions = "StartSel=«, StopSel=», MaxWords=16, MinWords=10, ShortWord=0";

    /// <summary>Turns free text into a safe tsquery: every word must match, as a prefix; operators are never passed through.</summary>
    public static string? FullTextQuery(string text)
    {
        var tokens = SearchWords.Of(text).Select(t => t.ToLowerInvariant()).ToList();
        return tokens.Count == 0 ? null : string.Join(" & ", tokens.Select(t => $"'{t}':*"));
    }

    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        if (FullTextQuery(query.Text) is not { } match)
        {
            return [];
        }
        await using var connection = await OpenAsync(cancellationToken);
        // ts_rank's default weights give a name (A) hit ten times a body (D) hit; normalization 2 divides by the
        // document's length, as bm25 favours short documents, which keeps the order close to the SQLite store's. The
        // snippet comes from the name when the name alone matches, else from the body, as FTS5 picks the best column.
        var rows = await connection.QueryAsync<SearchRow>(new CommandDefinition($"""
            WITH hits AS (
                SELECT {NodeColumns}, CAST(ts_rank(n.search, to_tsquery('simple', @match), 2) AS DOUBLE PRECISION) AS score
                FROM nodes AS n
                WHERE n.search @@ to_tsquery('simple', @match)
                  AND (@allLabels OR n.label = ANY(@labels))
                ORDER BY score DESC, n.id
                LIMIT @first
            )
            SELECT n.id, n.label, n.name, n.props, n.created_at, n.updated_at, n.version, n.score,
                   CASE WHEN to_tsvector('simple', n.name) @@ to_tsquery('simple', @match)
                        THEN ts_headline('simple', n.name, to_tsquery('simple', @match), @options)
                        ELSE ts_headline('simple', concat_ws(' ', n.props ->> 'description', n.props ->> 'quote', n.props ->> 'measure'),
                                         to_tsquery('simple', @match), @options)
                   END AS snippet
            FROM hits AS n
            ORDER BY n.score DESC, n.id
            """, new { match, labels = query.Labels.ToArray(), allLabels = query.Labels.Count == 0, first = query.First, options = HeadlineOptions },
            cancellationToken: cancellationToken));
        return rows.Select(r => new SearchHit(r.ToNode(), Math.Round(r.score, 6), r.snippet)).ToList();
    }

    public async Task<GraphStats> StatsAsync(StatsFilter filter, CancellationToken cancellationToken = default)
    {
        var scope = new { industry = filter.IndustryId, jurisdiction = filter.JurisdictionId, since = filter.Since };
        const string interventionScope = """
            (CAST(@industry AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM edges AS si WHERE si.source_id = i.id AND si.type = 'IN_INDUSTRY' AND si.target_id = @industry))
            AND (CAST(@jurisdiction AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM edges AS sj WHERE sj.source_id = i.id AND sj.type = 'IN_JURISDICTION' AND sj.target_id = @jurisdiction))
            """;
        await using var connection = await OpenAsync(cancellationToken);
        async Task<Dictionary<string, long>> CountsAsync(string sql) =>
            (await connection.QueryAsync<(string Key, long Count)>(new CommandDefinition(sql, scope, cancellationToken: cancellationToken)))
            .ToDictionary(r => r.Key, r => r.Count);

        var labels = await CountsAsync("SELECT label, COUNT(*) FROM nodes GROUP BY label ORDER BY label");
        var findings = $"""
            FROM nodes AS i JOIN edges AS h ON h.source_id = i.id AND h.type = 'HAS_FINDING' JOIN nodes AS f ON f.id = h.target_id
            WHERE i.label = 'Intervention' AND {interventionScope}
              AND (CAST(@since AS INTEGER) IS NULL OR CAST(f.props ->> 'year' AS INTEGER) >= @since)
            """;
        var byEffect = await CountsAsync($"SELECT f.props ->> 'effect', COUNT(DISTINCT f.id) {findings} GROUP BY 1 ORDER BY 1");
        var byStrength = await CountsAsync($"SELECT f.props ->> 'evidenceStrength', COUNT(DISTINCT f.id) {findings} GROUP BY 1 ORDER BY 1");
        var interventions = $"""
            FROM nodes AS i WHERE i.label = 'Intervention' AND {interventionScope}
              AND (CAST(@since AS INTEGER) IS NULL OR CAST(i.props ->> 'startYear' AS INTEGER) >= @since)
            """;
        var byYear = (await CountsAsync($"SELECT i.props ->> 'startYear', COUNT(*) {interventions} AND i.props ->> 'startYear' IS NOT NULL GROUP BY 1 ORDER BY 1"))
            .ToDictionary(p => int.Parse(p.Key, CultureInfo.InvariantCulture), p => p.Value);
        var byIndustry = await CountsAsync($"""
            SELECT ind.target_id, COUNT(DISTINCT i.id) {interventions.Replace("FROM nodes AS i", "FROM nodes AS i JOIN edges AS ind ON ind.source_id = i.id AND ind.type = 'IN_INDUSTRY'")}
            GROUP BY 1 ORDER BY 1
            """);
        return new GraphStats(labels, byEffect, byStrength, byYear, byIndustry);
    }
}
