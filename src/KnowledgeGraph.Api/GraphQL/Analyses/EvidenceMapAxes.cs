using KnowledgeGraph.Core.Analysis;

namespace KnowledgeGraph.Api.GraphQL.Analyses;

/// <summary>The names of the map's axes, shared by the GraphQL enums and the CSV download's parameters.</summary>
public static class EvidenceMapAxes
{
    public static readonly IReadOnlyList<KeyValuePair<string, MapAxis>> Rows =
    [
        new("TACTIC", MapAxis.Tactic),
        new("POLICY_LEVER", MapAxis.PolicyLever),
        new("INTERVENTION", MapAxis.Intervention),
    ];

    public static readonly IReadOnlyList<KeyValuePair<string, MapAxis>> Columns =
    [
        new("INDUSTRY", MapAxis.Industry),
        new("OUTCOME_CATEGORY", MapAxis.OutcomeCategory),
        new("JURISDICTION", MapAxis.Jurisdiction),
    ];
}
