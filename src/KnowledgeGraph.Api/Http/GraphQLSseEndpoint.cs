using System.Threading.Channels;
using GraphQL;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.Live;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// GraphQL over Server-Sent Events, the graphql-sse protocol's distinct connections mode: one operation per request
/// (POST with a JSON body, or GET with the query string), answered as <c>text/event-stream</c> with a <c>next</c> event
/// per result and a <c>complete</c> event at the end. Problems with the request itself (credentials, the read policy, a
/// malformed body, too many subscriptions) are plain HTTP errors before the stream opens; problems with the document arrive as a
/// <c>next</c> event with errors, as the protocol asks. Closing the connection ends the subscription.
/// </summary>
public sealed class GraphQLSseEndpoint(
    GraphQLRequestReader reader, LiveOperations live, ClientSubscriptions slots, IGraphQLTextSerializer serializer,
    IServiceScopeFactory scopes, IOptions<LiveOptions> options, IHostApplicationLifetime lifetime)
{
    public const string EventStream = "text/event-stream";

    /// <summary>Whether the request asks for an event stream (Accept names text/event-stream with a quality above zero).</summary>
    public static bool Wants(HttpRequest request) =>
        !StringValues.IsNullOrEmpty(request.Headers.Accept) && MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var types)
        && types.Any(t => t.MediaType.Equals(EventStream, StringComparison.OrdinalIgnoreCase) && (t.Quality ?? 1) > 0);

    public async Task HandleAsync(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        if (RequestPolicy.CheckCredentials(http) is { } invalid)
        {
            await GraphQLErrorResponse.WriteUnauthenticatedAsync(http, MediaTypes.Json, invalid);
            return;
        }
        var read = await reader.ReadAsync(http.Request, http.RequestAborted);
        if (read.Problem is { } problem)
        {
            await GraphQLErrorResponse.WriteAsync(http, read.Status, MediaTypes.Json, read.Code, problem);
            return;
        }
        if (read.IsBatch)
        {
            await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status400BadRequest, MediaTypes.Json, ErrorCodes.BadRequest,
                "An event stream carries one operation; send a batch as a plain POST.");
            return;
        }
        var request = read.Requests[0];
        var operations = request.Query is { } text && DocumentParser.Parse(text).Document is { } document
            ? document.Definitions.OfType<GraphQLOperationDefinition>().Where(o => request.OperationName is null || o.Name?.StringValue == request.OperationName).ToList()
            : [];
        if (HttpMethods.IsGet(http.Request.Method) && operations.Any(o => o.Operation == OperationType.Mutation))
        {
            http.Response.Headers.Allow = "POST";
            await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status405MethodNotAllowed, MediaTypes.Json, ErrorCodes.BadRequest, "Mutations are sent with POST, never GET.");
            return;
        }
        if (!operations.Any(o => o.Operation == OperationType.Mutation) && await RequestPolicy.CheckReadAsync(http) is { } refused)
        {
            await GraphQLErrorResponse.WriteUnauthenticatedAsync(http, MediaTypes.Json, refused);
            return;
        }
        using var slot = slots.TryTake(RateLimiting.ClientKey.Of(http));
        if (slot is null)
        {
            await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status429TooManyRequests, MediaTypes.Json, ErrorCodes.RateLimited,
                $"This client already holds {options.Value.MaxSubscriptionsPerClient} subscriptions; end one first.");
            return;
        }
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var token = stopping.Token;
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = EventStream + "; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers["X-Accel-Buffering"] = "no";   // proxies pass events on at once
        await http.Response.StartAsync(token);

        await using var scope = scopes.CreateAsyncScope();
        try
        {
            var start = await live.StartAsync(request, LiveOperations.CallerOf(http, http.User), scope.ServiceProvider, token);
            if (start.Events is { } events)
            {
                await StreamAsync(http, events, token);
            }
            else
            {
                await WriteEventAsync(http, "next", start.Result ?? serializer.Serialize(start.Refused!), token);
            }
            await WriteEventAsync(http, "complete", "", token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The client went away or the server is stopping: the subscription was disposed on the way out.
        }
    }

    private async Task StreamAsync(HttpContext http, IObservable<ExecutionResult> events, CancellationToken token)
    {
        var queue = Channel.CreateBounded<string?>(new BoundedChannelOptions(options.Value.MaxQueuedMessages) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        var observer = new LiveObserver(
            result => Enqueue(live.Serialize(result)),
            _ =>
            {
                Enqueue(serializer.Serialize(new ExecutionResult { Errors = [new GraphError(ErrorCodes.Internal, "The event stream failed.")] }));
                queue.Writer.TryComplete();
            },
            () => queue.Writer.TryComplete());
        using var subscription = events.Subscribe(observer);
        var keepAlive = TimeSpan.FromSeconds(options.Value.KeepAliveSeconds);
        while (true)
        {
            using var idle = CancellationTokenSource.CreateLinkedTokenSource(token);
            idle.CancelAfter(keepAlive);
            bool more;
            try
            {
                more = await queue.Reader.WaitToReadAsync(idle.Token);
            }
            catch (OperationCanceledException) when (!token.IsCancellationRequested)
            {
                await http.Response.WriteAsync(":\n\n", token);   // a comment: keeps proxies and the client from timing out
                await http.Response.Body.FlushAsync(token);
                continue;
            }
            if (!more)
            {
                return;
            }
            while (queue.Reader.TryRead(out var data))
            {
                await WriteEventAsync(http, "next", data!, token);
            }
        }

        void Enqueue(string data)
        {
            if (!queue.Writer.TryWrite(data))
            {
                http.Abort();   // a client that does not keep up is let go; it reconnects and re-reads
            }
        }
    }

    private static async Task WriteEventAsync(HttpContext http, string name, string data, CancellationToken token)
    {
        var lines = data.Split('\n');
        await http.Response.WriteAsync($"event: {name}\n" + string.Concat(lines.Select(l => $"data: {l.TrimEnd('\r')}\n")) + "\n", token);
        await http.Response.Body.FlushAsync(token);
    }
}
