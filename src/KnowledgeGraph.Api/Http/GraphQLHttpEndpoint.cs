using GraphQL;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.RateLimiting;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: POST with JSON, GET for queries only, <c>application/graphql-response+json</c>
/// (with the specification's status codes) or <c>application/json</c> (always 200 once the request is well-formed),
/// chosen from the Accept header; 405, 406 and 415 where the specification says. Who may ask is
/// <see cref="RequestPolicy"/>'s call, and running the request is <see cref="CachedExecution"/>'s.
/// </summary>
public sealed class GraphQLHttpEndpoint(GraphQLRequestReader reader, DocumentLimits limits, CachedExecution execution, IGraphQLTextSerializer serializer)
{
    public const int MaxQueryLength = 64 * 1024;

    public async Task HandleAsync(HttpContext http)
    {
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsPost(http.Request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        if (MediaTypes.Choose(http.Request.Headers.Accept) is not { } mediaType)
        {
            await RefuseAsync(http, StatusCodes.Status406NotAcceptable, MediaTypes.Json,
                $"This endpoint answers {MediaTypes.GraphQLResponseJson} or {MediaTypes.Json}; the Accept header allows neither.");
            return;
        }
        if (RequestPolicy.CheckCredentials(http) is { } invalid)
        {
            await GraphQLErrorResponse.WriteUnauthenticatedAsync(http, mediaType, invalid);
            return;
        }
        var (request, status, problem) = await reader.ReadAsync(http.Request, http.RequestAborted);
        if (request is null)
        {
            await RefuseAsync(http, status, mediaType, problem!);
            return;
        }
        if (string.IsNullOrWhiteSpace(request.Query))
        {
            await RefuseAsync(http, StatusCodes.Status400BadRequest, mediaType, "The request has no 'query'.");
            return;
        }
        if (request.Query.Length > MaxQueryLength)
        {
            await RefuseAsync(http, StatusCodes.Status400BadRequest, mediaType,
                $"The query document is {request.Query.Length} characters long; at most {MaxQueryLength} are allowed.", ErrorCodes.QueryTooComplex);
            return;
        }
        var feature = GraphQLRequestFeature.Of(http);
        feature.OperationName = request.OperationName;

        var (document, parseError) = DocumentParser.Parse(request.Query);
        if ((parseError ?? limits.Check(document!)) is { } refusal)
        {
            await RefuseAsync(http, mediaType, refusal);
            return;
        }
        var operation = OperationOf(document!, request.OperationName);
        if (operation?.Operation is OperationType.Subscription)
        {
            await RefuseAsync(http, mediaType, new GraphError(ErrorCodes.BadRequest, LiveRoutes.SubscriptionsElsewhere));
            return;
        }
        if (HttpMethods.IsGet(http.Request.Method) && operation?.Operation is OperationType.Mutation or OperationType.Subscription)
        {
            http.Response.Headers.Allow = "POST";
            await RefuseAsync(http, StatusCodes.Status405MethodNotAllowed, mediaType, "Mutations are sent with POST, never GET.");
            return;
        }
        if (operation?.Operation is not OperationType.Mutation && await RequestPolicy.CheckReadAsync(http) is { } refused)
        {
            await GraphQLErrorResponse.WriteUnauthenticatedAsync(http, mediaType, refused);
            return;
        }
        if (request.OperationName is null && operation?.Name is { } name)
        {
            feature.OperationName = name.StringValue;
        }

        var (response, hit) = await execution.ExecuteAsync(http, request, document, operation);
        if (hit is { } cacheHit)
        {
            feature.CacheHit = cacheHit;
            http.Response.Headers["X-Cache"] = cacheHit ? "hit" : "miss";
        }
        http.Response.StatusCode = response.Status ?? StatusOf(mediaType, response.Executed);
        if (response.RetryAfter is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = RateLimitSetup.Seconds(retryAfter);
        }
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await http.Response.WriteAsync(response.Body, http.RequestAborted);
    }

    /// <summary>A document refused before execution: 400 for graphql-response+json, 200 for plain JSON, as the specification says.</summary>
    private static int StatusOf(string mediaType, bool executed) =>
        mediaType == MediaTypes.GraphQLResponseJson && !executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    private async Task RefuseAsync(HttpContext http, string mediaType, ExecutionError error)
    {
        http.Response.StatusCode = StatusOf(mediaType, executed: false);
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, new ExecutionResult { Errors = [error] }, http.RequestAborted);
    }

    private static GraphQLOperationDefinition? OperationOf(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    private static Task RefuseAsync(HttpContext http, int status, string mediaType, string message, string code = ErrorCodes.BadRequest) =>
        GraphQLErrorResponse.WriteAsync(http, status, mediaType, code, message);
}
