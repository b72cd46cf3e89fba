using GraphQL.Types;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Api.GraphQL.Analyses;

public sealed class StrategyKindGraphType : EnumerationGraphType
{
    public StrategyKindGraphType()
    {
        Name = "StrategyKind";
        Description = "What kind of strategy a result is about.";
        Add("TACTIC", GraphSchema.Tactic, "A tactic, such as worker-led monitoring.");
        Add("POLICY_LEVER", GraphSchema.PolicyLever, "A policy lever, such as a panic-button ordinance.");
        Add("INTERVENTION", GraphSchema.Intervention, "One concrete intervention.");
    }
}
