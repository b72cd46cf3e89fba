using System.Text.Json;
using System.Text.Json.Nodes;
using GraphQL;
using GraphQL.Transport;
using KnowledgeGraph.Api.GraphQL;

namespace KnowledgeGraph.Api.Http;

// The graphql-ws messages a client sends, and the operations they start.
public sealed partial class GraphQLWebSocketSession
{
    /// <summary>Handles one client message; false when the socket is being closed.</summary>
    private async Task<bool> HandleAsync(byte[] text)
    {
        JsonObject message;
        try
        {
            message = JsonNode.Parse(text) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException)
        {
            Close(4400, "Messages are JSON objects");
            return false;
        }
        var type = message["type"] is JsonValue value && value.TryGetValue<string>(out var name) ? name : null;
        switch (type)
        {
            case "connection_init":
                return await InitialiseAsync(message["payload"]);
            case "ping":
                SendMessage("pong");
                return true;
            case "pong":
                return true;
            case "subscribe":
                return Subscribe(message);
            case "complete":
                if (message["id"] is JsonValue completed && completed.TryGetValue<string>(out var id) && _running.TryGetValue(id, out var operation))
                {
                    try
                    {
                        await operation.CancelAsync();   // the operation ends itself and frees its id
                    }
                    catch (ObjectDisposedException)
                    {
                        // It had just ended on its own.
                    }
                }
                return true;
            default:
                Close(4400, type is null ? "A message needs a type" : $"Unknown message type '{type}'");
                return false;
        }
    }

    private async Task<bool> InitialiseAsync(JsonNode? payload)
    {
        if (_initialised)
        {
            Close(4429, "Too many initialisation requests");
            return false;
        }
        _initialised = true;
        var credential = (payload as JsonObject)?.FirstOrDefault(p => p.Key.Equals("authorization", StringComparison.OrdinalIgnoreCase)).Value;
        if (credential is not null)
        {
            if (credential is not JsonValue text || !text.TryGetValue<string>(out var bearer) || await AuthenticateAsync(bearer) is not { } principal)
            {
                Close(4403, "Forbidden");
                return false;
            }
            _user = principal;
            http.User = principal;   // the request budget and the logs follow the credential of the connection
        }
        _acknowledged = true;
        SendMessage("connection_ack");
        return true;
    }

    private bool Subscribe(JsonObject message)
    {
        if (!_acknowledged)
        {
            Close(4401, "Unauthorized");
            return false;
        }
        if (message["id"] is not JsonValue idValue || !idValue.TryGetValue<string>(out var id) || id.Length is 0 or > 256)
        {
            Close(4400, "A subscribe message needs an id (a string of at most 256 characters)");
            return false;
        }
        GraphQLRequest? request;
        try
        {
            request = ReadRequest(message["payload"]);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException or FormatException)
        {
            request = null;
        }
        if (request is null)
        {
            Close(4400, "A subscribe message needs a payload with a query");
            return false;
        }
        var cancel = CancellationTokenSource.CreateLinkedTokenSource(_session.Token);
        if (!_running.TryAdd(id, cancel))
        {
            cancel.Dispose();
            Close(4409, $"Subscriber for {id} already exists");
            return false;
        }
        if (_running.Count > options.Value.MaxOperationsPerConnection)
        {
            End(id, cancel);
            SendMessage("error", id, ErrorsOf(ErrorCodes.RateLimited, $"At most {options.Value.MaxOperationsPerConnection} operations run at once on one connection; complete one first."));
            return true;
        }
        if (!TrySpendRequest())
        {
            End(id, cancel);
            SendMessage("error", id, ErrorsOf(ErrorCodes.RateLimited, "Too many requests from this client; try again shortly."));
            return true;
        }
        Track(RunOperationAsync(id, request, cancel));
        return true;
    }

    private async Task RunOperationAsync(string id, GraphQLRequest request, CancellationTokenSource cancel)
    {
        var token = cancel.Token;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var start = await operations.StartAsync(request, LiveOperations.CallerOf(http, User, id), scope.ServiceProvider, token);
            if (start.Refused is { } refused)
            {
                SendUnlessCompleted(id, "error", ErrorsOf(refused));
                return;
            }
            if (start.Result is { } result)
            {
                SendUnlessCompleted(id, "next", result);
                SendUnlessCompleted(id, "complete");
                return;
            }
            using var slot = slots.TryTake(RateLimiting.ClientKey.Of(User, http.Connection.RemoteIpAddress?.ToString()));
            if (slot is null)
            {
                SendUnlessCompleted(id, "error", ErrorsOf(ErrorCodes.RateLimited,
                    $"This client already holds {options.Value.MaxSubscriptionsPerClient} subscriptions; complete one first."));
                return;
            }
            var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using var subscription = start.Events!.Subscribe(new LiveObserver(
                next => SendUnlessCompleted(id, "next", operations.Serialize(next)),
                _ =>
                {
                    SendUnlessCompleted(id, "error", ErrorsOf(ErrorCodes.Internal, "The event stream failed."));
                    ended.TrySetResult();
                },
                () =>
                {
                    SendUnlessCompleted(id, "complete");
                    ended.TrySetResult();
                }));
            await using (token.Register(() => ended.TrySetResult()))
            {
                await ended.Task;
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // Completed by the client, or the connection went away.
        }
        catch (Exception e)
        {
            logger.LogError(e, "A WebSocket operation failed ({CorrelationId})", $"{http.TraceIdentifier}/{id}");
            SendUnlessCompleted(id, "error", ErrorsOf(ErrorCodes.Internal, $"Internal error; quote correlation id {http.TraceIdentifier}/{id} when reporting it."));
        }
        finally
        {
            End(id, cancel);
        }
    }

    /// <summary>Sends a message of an operation the client has not completed; after its complete, nothing more is sent for it.</summary>
    private void SendUnlessCompleted(string id, string type, string? payload = null)
    {
        if (_running.TryGetValue(id, out var running) && !running.IsCancellationRequested)
        {
            SendMessage(type, id, payload);
        }
    }

    private void End(string id, CancellationTokenSource cancel)
    {
        _running.TryRemove(new KeyValuePair<string, CancellationTokenSource>(id, cancel));
        cancel.Dispose();
    }
}
