using KnowledgeGraph.Api.GraphQL.Curation;
using KnowledgeGraph.Api.GraphQL.Nodes;
using KnowledgeGraph.Api.GraphQL.Scalars;
using KnowledgeGraph.Api.GraphQL.Subscriptions;

namespace KnowledgeGraph.Api.GraphQL.Schema;

public sealed class KnowledgeGraphSchema : global::GraphQL.Types.Schema
{
    public KnowledgeGraphSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation, SubscriptionGraphType subscription) : base(services)
    {
        Description = "KnowledgeGraph: which interventions against workplace harassment worked where, and the evidence behind them.";
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        // The October 2021 spec's introspection: isRepeatable, deprecated arguments and input fields, specifiedByURL.
        Features.RepeatableDirectives = true;
        Features.DeprecationOfInputValues = true;
        RegisterVisitor(new SpecIntrospection());
        Directives.Register(new SpecifiedByDirective());
        RegisterType(typeof(TimestampGraphType));
        RegisterType(typeof(PartialDateGraphType));
        RegisterType(typeof(UrlGraphType));
        RegisterType(typeof(JsonGraphType));
        RegisterType(typeof(DeletePayloadGraphType));
        foreach (var type in GraphTypeFactory.Enums())
        {
            RegisterType(type);
        }
        RegisterType(typeof(PageInfoGraphType));
        // One type per label of the graph schema; a label without one fails here at start, as its root field refers to it.
        foreach (var type in NodeGraphType.LabelTypes)
        {
            RegisterType(type);
        }
    }
}
