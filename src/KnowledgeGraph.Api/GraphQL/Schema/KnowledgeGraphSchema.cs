using KnowledgeGraph.Api.GraphQL.Curation;
using KnowledgeGraph.Api.GraphQL.Nodes;

namespace KnowledgeGraph.Api.GraphQL.Schema;

public sealed class KnowledgeGraphSchema : global::GraphQL.Types.Schema
{
    public KnowledgeGraphSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation) : base(services)
    {
        Description = "KnowledgeGraph: which interventions against workplace harassment worked where, and the evidence behind them.";
        Query = query;
        Mutation = mutation;
        RegisterType(typeof(DeletePayloadGraphType));
        foreach (var type in GraphTypeFactory.Enums())
        {
            RegisterType(type);
        }
        RegisterType(typeof(PageInfoGraphType));
        RegisterType(typeof(IndustryGraphType));
        RegisterType(typeof(OrganizationGraphType));
        RegisterType(typeof(PersonGraphType));
        RegisterType(typeof(TacticGraphType));
        RegisterType(typeof(PolicyLeverGraphType));
        RegisterType(typeof(JurisdictionGraphType));
        RegisterType(typeof(InterventionGraphType));
        RegisterType(typeof(FindingGraphType));
        RegisterType(typeof(OutcomeGraphType));
        RegisterType(typeof(SourceGraphType));
    }
}
