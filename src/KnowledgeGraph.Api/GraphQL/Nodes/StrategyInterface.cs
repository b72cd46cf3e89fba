using GraphQL.Types;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

/// <summary>
/// What an analysis ranks: a tactic, a policy lever or an intervention. An interface rather than a union so that
/// the shared fields can be selected without fragments, and so that a selection written against Node still works.
/// </summary>
public sealed class StrategyInterface : InterfaceGraphType<Node>
{
    public StrategyInterface()
    {
        Name = "Strategy";
        Description = "A tactic, a policy lever or an intervention: what the evidence analyses rank and compare.";
        Interface<NodeInterface>();
        Field<NonNullGraphType<IdGraphType>>("id").Description("The node's global id.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Its name.");
        Field<StringGraphType>("description").Description("What it is or does, in a few sentences.");
    }
}
