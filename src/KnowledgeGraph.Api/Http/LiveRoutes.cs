using KnowledgeGraph.Api.Live;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// The live transports: GraphQL over Server-Sent Events at <c>{path}/stream</c> (and at <c>{path}</c> when Accept asks
/// for text/event-stream), GraphQL over WebSocket (graphql-transport-ws) by upgrading <c>{path}</c>.
/// </summary>
public static class LiveRoutes
{
    public const string SubscriptionsElsewhere =
        "Subscriptions are served as an event stream: POST to /graphql/stream (or to /graphql with Accept: text/event-stream, the graphql-sse protocol), or over a WebSocket at /graphql (the graphql-ws protocol).";

    public static IHostApplicationBuilder AddKnowledgeGraphLiveTransports(this IHostApplicationBuilder builder)
    {
        builder.AddKnowledgeGraphLive();
        builder.Services.AddSingleton<LiveOperations>();
        builder.Services.AddSingleton<GraphQLSseEndpoint>();
        builder.Services.AddSingleton<GraphQLWebSocketEndpoint>();
        builder.Services.AddOptions<WebSocketOptions>().Configure<IOptions<LiveOptions>>((sockets, live) =>
        {
            sockets.KeepAliveInterval = TimeSpan.FromSeconds(live.Value.KeepAliveSeconds);
            sockets.KeepAliveTimeout = TimeSpan.FromSeconds(live.Value.KeepAliveSeconds * 2);   // no pong in time: the socket is dropped
        });
        return builder;
    }

    /// <summary>Maps <c>{path}/stream</c> for Server-Sent Events.</summary>
    public static IEndpointRouteBuilder MapKnowledgeGraphLive(this IEndpointRouteBuilder app, string path)
    {
        app.Map($"{path}/stream", (HttpContext http, GraphQLSseEndpoint sse, IOptions<LiveOptions> options) =>
            options.Value.Enabled ? sse.HandleAsync(http) : NotServedAsync(http));
        return app;
    }

    /// <summary>
    /// Takes a request to the GraphQL path that belongs to a live transport (a WebSocket upgrade, or Accept asking for an
    /// event stream); null leaves it to the GraphQL-over-HTTP endpoint.
    /// </summary>
    public static Task? TryHandle(HttpContext http)
    {
        var wantsSocket = http.WebSockets.IsWebSocketRequest;
        if (!wantsSocket && !GraphQLSseEndpoint.Wants(http.Request))
        {
            return null;
        }
        var services = http.RequestServices;
        if (!services.GetRequiredService<IOptions<LiveOptions>>().Value.Enabled)
        {
            return wantsSocket ? NotServedAsync(http) : null;
        }
        return wantsSocket ? services.GetRequiredService<GraphQLWebSocketEndpoint>().HandleAsync(http) : services.GetRequiredService<GraphQLSseEndpoint>().HandleAsync(http);
    }

    private static Task NotServedAsync(HttpContext http) =>
        GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status404NotFound, MediaTypes.Json, GraphQL.ErrorCodes.BadRequest, "Live updates are switched off on this server (Live:Enabled); poll graphVersion instead.");
}
