using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using GraphQL;
using GraphQL.Transport;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.Live;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// One graphql-ws connection: <c>connection_init</c> (with optional credentials in its payload) answered by
/// <c>connection_ack</c>, then any number of <c>subscribe</c> operations by id, each answered with <c>next</c> messages
/// and a <c>complete</c> (or one <c>error</c>), <c>ping</c>/<c>pong</c>, and the protocol's close codes. Everything is
/// sent by one writer loop; when the socket goes, every operation is cancelled and its subscription disposed.
/// </summary>
public sealed partial class GraphQLWebSocketSession(
    HttpContext http, WebSocket socket, LiveOperations operations, ClientSubscriptions slots, IGraphQLTextSerializer serializer,
    IServiceScopeFactory scopes, IOptions<LiveOptions> options, IOptions<GraphQLHttpOptions> httpOptions, IOptions<RateLimiterOptions> rateLimits,
    IHostApplicationLifetime lifetime, ILogger<GraphQLWebSocketSession> logger)
{
    private readonly Channel<Outgoing> _outgoing = Channel.CreateBounded<Outgoing>(
        new BoundedChannelOptions(options.Value.MaxQueuedMessages + 2) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _running = new(StringComparer.Ordinal);
    private readonly List<Task> _tasks = [];
    private readonly CancellationTokenSource _session = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
    private ClaimsPrincipal _user = http.User;
    private volatile bool _initialised;
    private bool _acknowledged;

    private sealed record Outgoing(string? Text, int? CloseCode = null, string? Reason = null);

    public async Task RunAsync()
    {
        var writer = WriteAllAsync();
        // A server that stops says so (1001, going away) rather than dropping the socket; the client reconnects elsewhere.
        using var stopping = lifetime.ApplicationStopping.Register(() => Close(1001, "Server stopping"));
        using var initTimeout = new Timer(_ => { if (!_initialised) { Close(4408, "Connection initialisation timeout"); } },
            null, TimeSpan.FromSeconds(options.Value.ConnectionInitTimeoutSeconds), Timeout.InfiniteTimeSpan);
        try
        {
            await ReadAllAsync();
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The client vanished or the server is stopping.
        }
        finally
        {
            await _session.CancelAsync();
            Task[] running;
            lock (_tasks)
            {
                running = [.. _tasks];
            }
            await Task.WhenAll(running);
            _outgoing.Writer.TryComplete();
            await writer;
            _session.Dispose();
        }
    }

    private async Task ReadAllAsync()
    {
        var buffer = new byte[16 * 1024];
        var limit = httpOptions.Value.MaxRequestBytes;
        while (socket.State == WebSocketState.Open)
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, _session.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    Close(1000, "");
                    return;
                }
                message.Write(buffer, 0, received.Count);
                if (message.Length > limit)
                {
                    Close(4400, $"Message larger than {limit} bytes");
                    return;
                }
            }
            while (!received.EndOfMessage);
            if (received.MessageType != WebSocketMessageType.Text)
            {
                Close(4400, "Messages are JSON text");
                return;
            }
            if (!await HandleAsync(message.ToArray()))
            {
                return;
            }
        }
    }

    /// <summary>Sends every queued message in order; a close ends the loop.</summary>
    private async Task WriteAllAsync()
    {
        try
        {
            await foreach (var outgoing in _outgoing.Reader.ReadAllAsync())
            {
                if (outgoing.CloseCode is { } code)
                {
                    if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    {
                        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                        await socket.CloseOutputAsync((WebSocketCloseStatus)code, outgoing.Reason, grace.Token);
                    }
                    await _session.CancelAsync();
                    return;
                }
                if (socket.State == WebSocketState.Open)
                {
                    await socket.SendAsync(System.Text.Encoding.UTF8.GetBytes(outgoing.Text!), WebSocketMessageType.Text, true, _session.Token);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            await _session.CancelAsync();
        }
    }

    private void Send(string text)
    {
        if (!_outgoing.Writer.TryWrite(new Outgoing(text)))
        {
            logger.LogWarning("A WebSocket client fell {Count} messages behind and was disconnected", options.Value.MaxQueuedMessages);
            http.Abort();
        }
    }

    private void Close(int code, string reason)
    {
        _outgoing.Writer.TryWrite(new Outgoing(null, code, reason));
        _outgoing.Writer.TryComplete();
    }

    private void SendMessage(string type, string? id = null, string? payload = null) =>
        Send("{" + (id is null ? "" : $"\"id\":{JsonValue.Create(id).ToJsonString()},") + $"\"type\":\"{type}\"" + (payload is null ? "" : $",\"payload\":{payload}") + "}");

    private ClaimsPrincipal User => _user;

    /// <summary>Authenticates the credential of the connection_init payload as the upgrade request's header would be.</summary>
    private async Task<ClaimsPrincipal?> AuthenticateAsync(string credential)
    {
        await using var scope = scopes.CreateAsyncScope();
        var probe = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        probe.Request.Headers.Authorization = credential.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? credential : "Bearer " + credential;
        var result = await probe.AuthenticateAsync(Auth.AuthSetup.Scheme);
        return result.Succeeded ? result.Principal : null;
    }

    /// <summary>The request budget of the HTTP endpoint, spent once per operation (the upgrade itself spent one).</summary>
    private bool TrySpendRequest()
    {
        if (rateLimits.Value.GlobalLimiter is not { } limiter)
        {
            return true;
        }
        using var lease = limiter.AttemptAcquire(http);
        return lease.IsAcquired;
    }

    private void Track(Task task)
    {
        lock (_tasks)
        {
            _tasks.RemoveAll(t => t.IsCompleted);
            _tasks.Add(task);
        }
    }

    private string ErrorsOf(ExecutionResult result) => JsonNode.Parse(serializer.Serialize(result))!["errors"]?.ToJsonString() ?? "[]";

    private string ErrorsOf(string code, string message) => ErrorsOf(new ExecutionResult { Errors = [new GraphError(code, message)] });

    private GraphQLRequest? ReadRequest(JsonNode? payload) =>
        payload is JsonObject ? serializer.Deserialize<GraphQLRequest>(payload.ToJsonString()) : null;
}
