using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.GraphQL;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Accepts a WebSocket on the GraphQL path for the graphql-ws protocol (subprotocol <c>graphql-transport-ws</c>) and
/// runs its session (<see cref="GraphQLWebSocketSession"/>). Credentials sent with the upgrade request must be valid;
/// they may also come later, in the <c>connection_init</c> payload.
/// </summary>
public sealed class GraphQLWebSocketEndpoint(IServiceProvider services)
{
    public const string Subprotocol = "graphql-transport-ws";

    public async Task HandleAsync(HttpContext http)
    {
        if (!http.WebSockets.WebSocketRequestedProtocols.Contains(Subprotocol))
        {
            await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status400BadRequest, MediaTypes.Json, ErrorCodes.BadRequest,
                $"GraphQL over WebSocket here speaks the graphql-ws protocol: ask for the subprotocol '{Subprotocol}'.");
            return;
        }
        if (RequestPolicy.CheckCredentials(http) is { } invalid)
        {
            await GraphQLErrorResponse.WriteUnauthenticatedAsync(http, MediaTypes.Json, invalid);
            return;
        }
        using var socket = await http.WebSockets.AcceptWebSocketAsync(Subprotocol);
        await ActivatorUtilities.CreateInstance<GraphQLWebSocketSession>(services, http, socket).RunAsync();
    }
}
