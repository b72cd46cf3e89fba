using Dapper;
using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores.Sql;

// The evidence gap map: cells counted in the store; headers and gaps come from the shared EvidenceMaps.
public sealed partial class SqlGraphStore
{
    public async Task<EvidenceMap> EvidenceMapAsync(EvidenceMapQuery query, CancellationToken cancellationToken = default)
    {
        var parameters = new DynamicParameters();
        var findingFilter = FindingFilter(query.Filter, parameters);
        parameters.Add("industries", dialect.List(query.Filter.IndustryIds));
        parameters.Add("allIndustries", query.Filter.IndustryIds.Count == 0);
        parameters.Add("jurisdiction", query.Filter.JurisdictionId);
        var byCategory = query.Columns == MapAxis.OutcomeCategory;
        static string Count(string effect) => $"SUM(CASE WHEN f.effect = '{effect}' THEN 1 ELSE 0 END)";
        static string CountKind(string kind) => $"SUM(CASE WHEN f.kind = '{kind}' THEN 1 ELSE 0 END)";
        static string IfEffect(string rank) => $"CASE WHEN f.kind = '{FindingKinds.Effect}' THEN {rank} ELSE 0 END";
        var designRank = $"CASE f.evidence_kind {string.Join(" ", EvidenceKinds.All.Select(k => $"WHEN '{k}' THEN {EvidenceKinds.DesignRank(k)}"))} ELSE 0 END";
        // Findings are first summed per intervention (a finding belongs to exactly one), so the fan-out to rows and
        // columns multiplies small per-intervention sums instead of findings, and no DISTINCT is needed.
        var (rowJoin, rowId) = AxisJoin(query.Rows, "r");
        var (columnJoin, columnId) = AxisJoin(query.Columns, "c");
        await using var connection = await OpenAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition($"""
            WITH per AS MATERIALIZED (
                SELECT h.source_id AS intervention_id, {(byCategory ? "fc.category" : "CAST(NULL AS TEXT)")} AS category,
                       {Count(Effects.Positive)} AS positive, {Count(Effects.Negative)} AS negative,
                       {Count(Effects.Mixed)} AS mixed, {Count(Effects.NoEffect)} AS no_effect, {Count(Effects.Inconclusive)} AS inconclusive,
                       {CountKind(FindingKinds.Effect)} AS effect_findings, {CountKind(FindingKinds.Adoption)} AS adoption_findings,
                       {CountKind(FindingKinds.Prevalence)} AS prevalence_findings, {CountKind(FindingKinds.Process)} AS process_findings,
                       MAX({IfEffect(StrengthRank)}) AS best_rank, MAX({IfEffect(designRank)}) AS best_design,
                       string_agg(f.id, ' ') AS finding_ids,
                       row_number() OVER () AS n
                FROM edges AS h
                JOIN {FindingNodes("f")} ON f.id = h.target_id
                {(byCategory ? $"""
                    JOIN (SELECT DISTINCT o.source_id AS finding_id, oc.category
                          FROM edges AS o JOIN {OutcomeNodes("oc")} ON oc.id = o.target_id
                          WHERE o.type = '{RelationshipTypes.OnOutcome}' AND {IsOutcome("oc")}) AS fc ON fc.finding_id = f.id
                    """ : "")}
                WHERE {findingFilter}
                  AND (@allIndustries OR EXISTS (SELECT 1 FROM edges AS si WHERE si.source_id = h.source_id AND si.type = '{RelationshipTypes.InIndustry}'
                                                 AND {dialect.In("si.target_id", "@industries")}))
                  AND {InJurisdictionScope("h.source_id")}
                GROUP BY h.source_id, 2
            )
            -- Each intervention's sums once, then the rows and columns each one counts for, all by the sums' number:
            -- SumCells adds them up, so no sort or concatenation runs over the fan-out (the order of these rows does not
            -- matter). The eleven sums travel as one text of numbers, and no intervention id is read back at all: at 1M
            -- edges these rows are 113,000, and reading 16 columns of each was a third of the map's time.
            SELECT per.n, CAST(0 AS BIGINT) AS part, CAST(NULL AS TEXT) AS axis_id,
                   {string.Join(" || ' ' || ", SumColumns.Select(c => $"CAST(per.{c} AS TEXT)"))} AS sums, per.finding_ids
            FROM per
            UNION ALL
            SELECT per.n, 1, {rowId}, NULL, NULL
            FROM per {rowJoin}
            UNION ALL
            SELECT per.n, 2, {columnId}, NULL, NULL
            FROM per {columnJoin}
            """, parameters, cancellationToken: cancellationToken));
        var cells = await SumCellsAsync(reader, cancellationToken);
        await reader.DisposeAsync();
        return await EvidenceMaps.MapAsync(query, cells, label => connection.QueryAsync<(string Id, string Name)>(new CommandDefinition(
            "SELECT id, name FROM nodes WHERE label = @label ORDER BY lower(name), id", new { label }, cancellationToken: cancellationToken)));
    }

    /// <summary>The per-intervention sums, in the order <see cref="InterventionSums.Read"/> takes them.</summary>
    private static readonly string[] SumColumns =
    [
        "positive", "negative", "mixed", "no_effect", "inconclusive",
        "effect_findings", "adoption_findings", "prevalence_findings", "process_findings", "best_rank", "best_design",
    ];

    /// <summary>How an axis classifies the per-intervention sums; ids carry their label's prefix, which tells tactics from levers.</summary>
    private static (string Join, string Id) AxisJoin(MapAxis axis, string alias) => axis switch
    {
        MapAxis.Intervention => ("", "per.intervention_id"),
        MapAxis.Tactic or MapAxis.PolicyLever => (
            $"JOIN edges AS {alias} ON {alias}.source_id = per.intervention_id AND {alias}.type = '{RelationshipTypes.Applies}' " +
            $"AND substr({alias}.target_id, 1, {EvidenceMaps.Prefix(axis).Length}) = '{EvidenceMaps.Prefix(axis)}'",
            $"{alias}.target_id"),
        MapAxis.Industry => ($"JOIN edges AS {alias} ON {alias}.source_id = per.intervention_id AND {alias}.type = '{RelationshipTypes.InIndustry}'", $"{alias}.target_id"),
        MapAxis.Jurisdiction => ($"JOIN edges AS {alias} ON {alias}.source_id = per.intervention_id AND {alias}.type = '{RelationshipTypes.InJurisdiction}'", $"{alias}.target_id"),
        MapAxis.OutcomeCategory => ("", "per.category"),
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };
}
