using System.Globalization;
using Dapper;
using KnowledgeGraph.Core.Analyses.Search;
using KnowledgeGraph.Core.Analyses.Stats;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores.Sql;

// Full-text search through the dialect's index, and the dashboard counts.
public sealed partial class SqlGraphStore
{
    public async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        if (dialect.FullTextQuery(query.Text) is not { } match)
        {
            return [];
        }
        await using var connection = await OpenAsync(cancellationToken);
        return await connection.ReadAllAsync(new CommandDefinition(dialect.Search(NodeColumns, query.First),
            new { match, labels = dialect.List(query.Labels), allLabels = query.Labels.Count == 0, first = query.First }, cancellationToken: cancellationToken),
            r => new SearchHit(SqlReads.Node(r, 0, dialect), dialect.Score(r.GetDouble(7)), r.IsDBNull(8) ? "" : r.GetString(8)), cancellationToken);
    }

    public async Task<GraphStats> StatsAsync(StatsFilter filter, CancellationToken cancellationToken = default)
    {
        var scope = new { industry = filter.IndustryId, jurisdiction = filter.JurisdictionId, since = filter.Since };
        var interventionScope = $"""
            (CAST(@industry AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM edges AS si WHERE si.source_id = i.id AND si.type = '{RelationshipTypes.InIndustry}' AND si.target_id = @industry))
            AND {InJurisdictionScope("i.id")}
            """;
        await using var connection = await OpenAsync(cancellationToken);
        Task<Dictionary<string, long>> CountsAsync(string sql) => SqlGraphStore.CountsAsync(connection, sql, scope, cancellationToken);

        var labels = await CountsAsync("SELECT label, COUNT(*) FROM nodes GROUP BY label ORDER BY label");
        // A finding counts when an intervention in scope has it, or, for a PREVALENCE finding, when it describes the
        // industry and jurisdiction asked about, or one inside it (with no scope, every finding that describes anything).
        var findings = $"""
            FROM nodes AS f
            WHERE f.label = '{GraphSchema.Finding}'
              AND (EXISTS (SELECT 1 FROM edges AS h JOIN nodes AS i ON i.id = h.source_id
                           WHERE h.target_id = f.id AND h.type = '{RelationshipTypes.HasFinding}' AND i.label = '{GraphSchema.Intervention}' AND {interventionScope})
                OR (EXISTS (SELECT 1 FROM edges AS d WHERE d.source_id = f.id AND d.type = '{RelationshipTypes.Describes}')
                    AND (CAST(@industry AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM edges AS di WHERE di.source_id = f.id AND di.type = '{RelationshipTypes.Describes}' AND di.target_id = @industry))
                    AND {InJurisdictionScope("f.id", RelationshipTypes.Describes)}))
              AND (CAST(@since AS INTEGER) IS NULL OR CAST({dialect.Prop("f", "year")} AS INTEGER) >= @since)
            """;
        // Only EFFECT findings carry an effect: adoption, prevalence and process findings are counted by kind, not by effect.
        var byEffect = await CountsAsync($"SELECT {dialect.Prop("f", "effect")}, COUNT(DISTINCT f.id) {findings} AND {dialect.Prop("f", "effect")} IS NOT NULL GROUP BY 1 ORDER BY 1");
        var byKind = await CountsAsync($"SELECT {dialect.Prop("f", "kind")}, COUNT(DISTINCT f.id) {findings} AND {dialect.Prop("f", "kind")} IS NOT NULL GROUP BY 1 ORDER BY 1");
        var byStrength = await CountsAsync($"SELECT {dialect.Prop("f", "evidenceStrength")}, COUNT(DISTINCT f.id) {findings} GROUP BY 1 ORDER BY 1");
        var startYear = dialect.Prop("i", "startYear");
        var interventions = $"""
            FROM nodes AS i WHERE i.label = '{GraphSchema.Intervention}' AND {interventionScope}
              AND (CAST(@since AS INTEGER) IS NULL OR CAST({startYear} AS INTEGER) >= @since)
            """;
        var byYear = (await CountsAsync($"SELECT CAST({startYear} AS TEXT), COUNT(*) {interventions} AND {startYear} IS NOT NULL GROUP BY 1 ORDER BY 1"))
            .ToDictionary(p => int.Parse(p.Key, CultureInfo.InvariantCulture), p => p.Value);
        var byIndustry = await CountsAsync($"""
            SELECT ind.target_id, COUNT(DISTINCT i.id) {interventions.Replace("FROM nodes AS i", $"FROM nodes AS i JOIN edges AS ind ON ind.source_id = i.id AND ind.type = '{RelationshipTypes.InIndustry}'")}
            GROUP BY 1 ORDER BY 1
            """);
        return new GraphStats(labels, byEffect, byStrength, byYear, byIndustry, byKind);
    }
}
