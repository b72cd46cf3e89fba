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
        // Findings are first summed per intervention (a finding belongs to exactly one), and each intervention's row
        // carries the rows and columns it counts for as lists, so SumCells multiplies small per-intervention sums
        // instead of findings, no DISTINCT is needed, and the fan-out never becomes rows: at 1M edges the statement
        // returns 36,620 rows where a join per row and column returned 113,000, and reading them was a third of the
        // map's time. The eleven sums travel as one text of numbers.
        await using var connection = await OpenAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition($"""
            SELECT {string.Join(" || ' ' || ", SumColumns.Select(c => $"CAST(per.{c} AS TEXT)"))} AS sums, per.finding_ids,
                   {AxisIds(query.Rows, "r")} AS row_ids, {AxisIds(query.Columns, "c")} AS column_ids
            FROM (
                SELECT h.source_id AS intervention_id, {(byCategory ? "fc.category" : "CAST(NULL AS TEXT)")} AS category,
                       {Count(Effects.Positive)} AS positive, {Count(Effects.Negative)} AS negative,
                       {Count(Effects.Mixed)} AS mixed, {Count(Effects.NoEffect)} AS no_effect, {Count(Effects.Inconclusive)} AS inconclusive,
                       {CountKind(FindingKinds.Effect)} AS effect_findings, {CountKind(FindingKinds.Adoption)} AS adoption_findings,
                       {CountKind(FindingKinds.Prevalence)} AS prevalence_findings, {CountKind(FindingKinds.Process)} AS process_findings,
                       MAX({IfEffect(StrengthRank)}) AS best_rank, MAX({IfEffect(designRank)}) AS best_design,
                       string_agg(f.id, ' ') AS finding_ids
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
            ) AS per
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

    /// <summary>
    /// The ids of an axis an intervention's sums count for, separated by spaces (ids have none); null for none. Ids carry
    /// their label's prefix, which tells tactics from levers.
    /// </summary>
    private static string AxisIds(MapAxis axis, string alias)
    {
        string Targets(string type, string? prefix) =>
            $"(SELECT string_agg({alias}.target_id, ' ') FROM edges AS {alias} WHERE {alias}.source_id = per.intervention_id AND {alias}.type = '{type}'" +
            (prefix is null ? ")" : $" AND substr({alias}.target_id, 1, {prefix.Length}) = '{prefix}')");
        return axis switch
        {
            MapAxis.Intervention => "per.intervention_id",
            MapAxis.Tactic or MapAxis.PolicyLever => Targets(RelationshipTypes.Applies, EvidenceMaps.Prefix(axis)),
            MapAxis.Industry => Targets(RelationshipTypes.InIndustry, null),
            MapAxis.Jurisdiction => Targets(RelationshipTypes.InJurisdiction, null),
            MapAxis.OutcomeCategory => "per.category",
            _ => throw new ArgumentOutOfRangeException(nameof(axis)),
        };
    }
}
