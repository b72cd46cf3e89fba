using Dapper;
using KnowledgeGraph.Core.Analyses.EvidenceGapMap;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores.Sql.Migrations;

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
        // Findings are first summed per intervention (a finding belongs to exactly one), and each intervention's row
        // carries the rows and columns it counts for as lists, so SumCellsAsync multiplies small per-intervention sums
        // instead of findings, no DISTINCT is needed, and the fan-out never becomes rows: at 1M edges the statement
        // returns 36,620 rows where a join per row and column returned 113,000, and reading them was a third of the
        // map's time. The eleven sums travel as one text of numbers. Without a quality or place filter the same rows
        // are read from the evidence summary every write keeps (EvidenceSummary), instead of being summed again.
        var sql = EvidenceSummary.Serves(query.Filter)
            ? EvidenceSummary.Read(byCategory, AxisOf(query.Rows), AxisOf(query.Columns), query.Filter.IndustryIds.Count > 0 ? InIndustries("s.intervention_id") : "1 = 1")
            : $"""
                SELECT {SumsText("per")} AS sums, per.finding_ids,
                       {AxisIds(query.Rows, "r")} AS row_ids, {AxisIds(query.Columns, "c")} AS column_ids
                FROM (
                    {PerIntervention(dialect, findingFilter, $"(@allIndustries OR {InIndustries("h.source_id")}) AND {InJurisdictionScope("h.source_id")}", byCategory)}
                ) AS per
                """;
        await using var connection = await OpenAsync(cancellationToken);
        await using var reader = await connection.ExecuteReaderAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        var cells = await SumCellsAsync(reader, StrategyPrefix(query.Rows), StrategyPrefix(query.Columns), cancellationToken);
        await reader.DisposeAsync();
        return await EvidenceMaps.MapAsync(query, cells, label => connection.QueryAsync<(string Id, string Name)>(new CommandDefinition(
            "SELECT id, name FROM nodes WHERE label = @label ORDER BY lower(name), id", new { label }, cancellationToken: cancellationToken)));
    }

    /// <summary>True when the intervention is in one of the industries of the list parameter <c>@industries</c>.</summary>
    private string InIndustries(string intervention) =>
        $"EXISTS (SELECT 1 FROM edges AS si WHERE si.source_id = {intervention} AND si.type = '{RelationshipTypes.InIndustry}' AND {dialect.In("si.target_id", "@industries")})";

    /// <summary>The per-intervention sums, in the order <see cref="InterventionSums.Read"/> takes them.</summary>
    private static readonly string[] SumColumns =
    [
        "positive", "negative", "mixed", "no_effect", "inconclusive",
        "effect_findings", "adoption_findings", "prevalence_findings", "process_findings", "best_rank", "best_design",
    ];

    /// <summary>The sums of a <see cref="PerIntervention"/> row (alias <paramref name="per"/>) as one text of numbers.</summary>
    internal static string SumsText(string per) => string.Join(" || ' ' || ", SumColumns.Select(c => $"CAST({per}.{c} AS TEXT)"));

    /// <summary>
    /// The findings that pass <paramref name="findingFilter"/> (alias f; h is the HAS_FINDING relationship) summed per
    /// intervention (<c>intervention_id</c>), and per outcome category (<c>category</c>, null for none) when
    /// <paramref name="byCategory"/>, else with a null category: the counts of <see cref="SumColumns"/> and the finding
    /// ids (<c>finding_ids</c>, separated by spaces). <paramref name="scope"/> restricts the interventions (h.source_id);
    /// <paramref name="findingScope"/>, a condition on a finding's id (o.source_id), restricts the findings whose
    /// outcome categories are looked up (all by default, which suits a map of the whole graph).
    /// </summary>
    internal static string PerIntervention(ISqlDialect dialect, string findingFilter, string scope, bool byCategory, string findingScope = "1 = 1")
    {
        static string Count(string effect) => $"SUM(CASE WHEN f.effect = '{effect}' THEN 1 ELSE 0 END)";
        static string CountKind(string kind) => $"SUM(CASE WHEN f.kind = '{kind}' THEN 1 ELSE 0 END)";
        static string IfEffect(string rank) => $"CASE WHEN f.kind = '{FindingKinds.Effect}' THEN {rank} ELSE 0 END";
        var designRank = $"CASE f.evidence_kind {string.Join(" ", EvidenceKinds.All.Select(k => $"WHEN '{k}' THEN {EvidenceKinds.DesignRank(k)}"))} ELSE 0 END";
        return $"""
            SELECT h.source_id AS intervention_id, {(byCategory ? "fc.category" : "CAST(NULL AS TEXT)")} AS category,
                   {Count(Effects.Positive)} AS positive, {Count(Effects.Negative)} AS negative,
                   {Count(Effects.Mixed)} AS mixed, {Count(Effects.NoEffect)} AS no_effect, {Count(Effects.Inconclusive)} AS inconclusive,
                   {CountKind(FindingKinds.Effect)} AS effect_findings, {CountKind(FindingKinds.Adoption)} AS adoption_findings,
                   {CountKind(FindingKinds.Prevalence)} AS prevalence_findings, {CountKind(FindingKinds.Process)} AS process_findings,
                   MAX({IfEffect(StrengthRank)}) AS best_rank, MAX({IfEffect(designRank)}) AS best_design,
                   string_agg(f.id, ' ') AS finding_ids
            FROM edges AS h
            JOIN nodes AS f {dialect.ThroughIndex(EvidenceColumnsMigration.FindingsIndex)} ON f.id = h.target_id
            {(byCategory ? $"""
                JOIN (SELECT DISTINCT o.source_id AS finding_id, oc.category
                      FROM edges AS o JOIN nodes AS oc {dialect.ThroughIndex(EvidenceColumnsMigration.OutcomesIndex)} ON oc.id = o.target_id
                      WHERE o.type = '{RelationshipTypes.OnOutcome}' AND {IsOutcome("oc")} AND {findingScope}) AS fc ON fc.finding_id = f.id
                """ : "")}
            WHERE {findingFilter}
              AND {scope}
            GROUP BY h.source_id, 2
            """;
    }

    /// <summary>The findings every map counts when its filter asks for nothing more (alias f, h the HAS_FINDING).</summary>
    internal static string AnyFinding => $"h.type = '{RelationshipTypes.HasFinding}' AND {IsFinding("f")}";

    /// <summary>
    /// The ids of an axis an intervention's sums count for (alias per), separated by spaces (ids have none); null for
    /// none. Ids carry their label's prefix, which tells tactics from levers.
    /// </summary>
    private static string AxisIds(MapAxis axis, string alias) => axis switch
    {
        MapAxis.Intervention => "per.intervention_id",
        MapAxis.OutcomeCategory => "per.category",
        _ => TargetIds(AxisOf(axis), "per.intervention_id", alias, StrategyPrefix(axis)),
    };

    /// <summary>The relationship an axis of strategies, industries or jurisdictions follows from an intervention.</summary>
    private static EvidenceSummary.Axis AxisOf(MapAxis axis) => axis switch
    {
        MapAxis.Intervention => EvidenceSummary.Axis.Intervention,
        MapAxis.OutcomeCategory => EvidenceSummary.Axis.Category,
        MapAxis.Tactic or MapAxis.PolicyLever => EvidenceSummary.Axis.Strategies,
        MapAxis.Industry => EvidenceSummary.Axis.Industries,
        MapAxis.Jurisdiction => EvidenceSummary.Axis.Jurisdictions,
        _ => throw new ArgumentOutOfRangeException(nameof(axis)),
    };

    /// <summary>The id prefix an axis of strategies keeps (tactics or levers share APPLIES); null for every other axis.</summary>
    private static string? StrategyPrefix(MapAxis axis) => axis is MapAxis.Tactic or MapAxis.PolicyLever ? EvidenceMaps.Prefix(axis) : null;

    /// <summary>
    /// The targets of an axis's relationships from <paramref name="intervention"/>, separated by spaces; only those with
    /// <paramref name="prefix"/> when given.
    /// </summary>
    internal static string TargetIds(EvidenceSummary.Axis axis, string intervention, string alias, string? prefix = null) =>
        $"(SELECT string_agg({alias}.target_id, ' ') FROM edges AS {alias} WHERE {alias}.source_id = {intervention} AND {alias}.type = '{EvidenceSummary.RelationshipOf(axis)}'" +
        (prefix is null ? ")" : $" AND substr({alias}.target_id, 1, {prefix.Length}) = '{prefix}')");
}
