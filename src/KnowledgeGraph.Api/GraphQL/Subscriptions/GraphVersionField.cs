using GraphQL.MicrosoftDI;
using GraphQL.Types;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL.Subscriptions;

/// <summary><c>graphVersion</c>: the cheap question a dashboard polls instead of subscribing.</summary>
[QueryFields]
public static class GraphVersionField
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<IntGraphType>>("graphVersion")
            .Description("The current graph version: it moves with every committed write, so a dashboard can poll it and re-read only when it moved (graphChanged pushes the same number).")
            .Resolve()
            .WithServices<GraphVersions, IGraphStore>()
            .ResolveAsync(async (c, versions, store) => (object?)checked((int)await versions.CurrentAsync(store, c.CancellationToken)));
}
