using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.Live;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL.Subscriptions;

/// <summary>
/// Live updates, over GraphQL over Server-Sent Events (<c>/graphql/stream</c>) or GraphQL over WebSocket
/// (<c>/graphql</c>, subprotocol graphql-transport-ws); with Redis configured they carry every replica's writes.
/// </summary>
public sealed class SubscriptionGraphType : ObjectGraphType
{
    public SubscriptionGraphType()
    {
        Name = "Subscription";
        Description = "Live updates: an event for every committed write, and for findings added or changed. Served over Server-Sent Events (graphql-sse) and WebSocket (graphql-ws), not over plain POST.";
        Field<NonNullGraphType<GraphChangeGraphType>, GraphChangeNotice>("graphChanged")
            .Description("An event for every write that moves the graph version, from this replica or (with Redis) any other: the new version and what it wrote.")
            .ResolveStream(c => c.RequestServices!.GetRequiredService<LiveFeed>().Changes);
        Field<NonNullGraphType<EvidenceEventGraphType>, EvidenceNotice>("newEvidence")
            .Description("An event for every finding a write adds or changes, about an intervention in the given industry and jurisdiction (or anywhere when not given).")
            .Argument<IdGraphType>("industry", "Only findings about interventions in this industry.")
            .Argument<IdGraphType>("jurisdiction", "Only findings about interventions in this jurisdiction or in one that lies inside it (PART_OF, at any depth).")
            .ResolveStreamAsync(async c =>
            {
                var industry = c.GetArgument<string?>("industry");
                var jurisdiction = c.GetArgument<string?>("jurisdiction");
                var store = c.RequestServices!.GetRequiredService<IGraphStore>();
                await Args.RequireNodesAsync(store, [industry], GraphSchema.Industry, c.CancellationToken);
                await Args.RequireNodesAsync(store, [jurisdiction], GraphSchema.Jurisdiction, c.CancellationToken);
                return c.RequestServices!.GetRequiredService<LiveFeed>().Evidence.Where(e => e.Matches(industry, jurisdiction));
            });
    }
}
