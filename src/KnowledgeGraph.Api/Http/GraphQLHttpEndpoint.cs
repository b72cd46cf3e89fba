using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Http.Batching;
using KnowledgeGraph.Api.RateLimiting;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// The GraphQL-over-HTTP endpoint: POST with JSON (one request, or an array of them: <see cref="GraphQLBatch"/>), GET
/// for queries only, <c>application/graphql-response+json</c> (with the specification's status codes) or
/// <c>application/json</c> (always 200 once the request is well-formed), chosen from the Accept header; 405, 406 and
/// 415 where the specification says. Reading the HTTP request is <see cref="GraphQLRequestReader"/>'s work, running one
/// GraphQL request <see cref="GraphQLRequestRunner"/>'s; this class answers what is common to the whole HTTP request.
/// </summary>
public sealed class GraphQLHttpEndpoint(GraphQLRequestReader reader, GraphQLRequestRunner runner, GraphQLBatch batch)
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
            await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status406NotAcceptable, MediaTypes.Json, ErrorCodes.BadRequest,
                $"This endpoint answers {MediaTypes.GraphQLResponseJson} or {MediaTypes.Json}; the Accept header allows neither.");
            return;
        }
        if (RequestPolicy.CheckCredentials(http) is { } invalid)
        {
            await GraphQLErrorResponse.WriteUnauthenticatedAsync(http, mediaType, invalid);
            return;
        }
        var read = await reader.ReadAsync(http.Request, http.RequestAborted);
        if (read.Problem is { } problem)
        {
            await GraphQLErrorResponse.WriteAsync(http, read.Status, mediaType, read.Code, problem);
            return;
        }
        var feature = GraphQLRequestFeature.Of(http);
        if (read.IsBatch)
        {
            feature.OperationName = string.Join(",", read.Requests.Select(r => r.OperationName ?? "?"));
            await batch.RunAsync(http, read.Requests, mediaType);
            return;
        }
        var answer = await runner.RunAsync(http, read.Requests[0], mediaType);
        feature.OperationName = answer.OperationName;
        await WriteAsync(http, answer, mediaType);
    }

    private static async Task WriteAsync(HttpContext http, GraphQLAnswer answer, string mediaType)
    {
        if (answer.CacheHit is { } cacheHit)
        {
            GraphQLRequestFeature.Of(http).CacheHit = cacheHit;
            http.Response.Headers["X-Cache"] = cacheHit ? "hit" : "miss";
        }
        GraphQLRequestFeature.Of(http).ErrorFree = answer.ErrorFree;
        if (answer.RetryAfter is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = RateLimitSetup.Seconds(retryAfter);
        }
        if (answer.Allow is { } allow)
        {
            http.Response.Headers.Allow = allow;
        }
        if (answer.NoStore)
        {
            http.Response.Headers.CacheControl = "no-store";
        }
        if (answer.Status == StatusCodes.Status401Unauthorized)
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
        }
        http.Response.StatusCode = answer.Status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await answer.Body.WriteAsync(http.Response, http.RequestAborted);
    }
}
