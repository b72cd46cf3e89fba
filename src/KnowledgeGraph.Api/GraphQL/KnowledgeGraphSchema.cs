using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Queries;
using KnowledgeGraph.Api.GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL;

public sealed class QueryGraphType : ObjectGraphType
{
    public QueryGraphType()
    {
        Name = "Query";
        Description = "Read the knowledge graph: nodes by id, each label as a filtered, paged list, and the analyses that answer what worked where.";
        NodeQueries.AddTo(this);
        LabelQueries.AddTo(this);
        AnalysisQueries.AddTo(this);
        TraversalQueries.AddTo(this);
        Mutations.AuditQueries.AddTo(this);
    }
}

public sealed class KnowledgeGraphSchema : global::GraphQL.Types.Schema
{
    public KnowledgeGraphSchema(IServiceProvider services, QueryGraphType query, Mutations.MutationGraphType mutation) : base(services)
    {
        Description = "KnowledgeGraph: which interventions against workplace harassment worked where, and the evidence behind them.";
        Query = query;
        Mutation = mutation;
        RegisterType(typeof(Mutations.DeletePayloadGraphType));
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
