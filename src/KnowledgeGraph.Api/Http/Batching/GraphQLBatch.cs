using System.Threading.RateLimiting;
using GraphQL.Transport;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http.Batching;

/// <summary>
/// Runs a batch (a JSON array of requests) as the GraphQL-over-HTTP batching appendix describes: each entry as the
/// request it would be alone (its own service scope, limits, read policy, cost budget), one after the other in the
/// order sent so that a mutation's effect is seen by the entries after it; the answer is a 200 array of their
/// responses in the same order, with their own statuses dropped. The batch pays the request budget once per entry,
/// before any of them runs; a batch the budget cannot pay is refused whole.
/// </summary>
public sealed class GraphQLBatch(
    GraphQLRequestRunner runner, IServiceScopeFactory scopes, IOptions<RateLimiterOptions> limiter, IOptions<RateLimitOptions> rateLimits)
{
    public async Task RunAsync(HttpContext http, IReadOnlyList<GraphQLRequest> requests, string mediaType)
    {
        if (PayForEntries(http, requests.Count - 1) is { } wait)
        {
            http.Response.Headers.RetryAfter = RateLimitSetup.Seconds(wait);
            await GraphQLErrorResponse.WriteAsync(http, StatusCodes.Status429TooManyRequests, mediaType, ErrorCodes.RateLimited,
                $"This batch of {requests.Count} requests is over this client's request budget; try again in {RateLimitSetup.Seconds(wait)} s.");
            return;
        }
        var answers = new List<GraphQLAnswer>(requests.Count);
        var services = http.RequestServices;
        foreach (var request in requests)
        {
            await using var scope = scopes.CreateAsyncScope();
            http.RequestServices = scope.ServiceProvider;   // per-request loaders and their caches belong to one entry
            try
            {
                answers.Add(await runner.RunAsync(http, request, mediaType));
            }
            finally
            {
                http.RequestServices = services;
            }
        }
        if (answers.Max(a => a.RetryAfter) is { } retryAfter)
        {
            http.Response.Headers.RetryAfter = RateLimitSetup.Seconds(retryAfter);
        }
        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await http.Response.WriteAsync("[" + string.Join(",", answers.Select(a => a.Body.ToString())) + "]", http.RequestAborted);
    }

    /// <summary>Null when the client's request bucket could pay for the entries after the first (the HTTP request paid for that one).</summary>
    private TimeSpan? PayForEntries(HttpContext http, int entries)
    {
        if (entries <= 0 || limiter.Value.GlobalLimiter is not { } global)
        {
            return null;
        }
        using var lease = global.AttemptAcquire(http, Math.Min(entries, rateLimits.Value.RequestBurst));
        return lease.IsAcquired ? null
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
    }
}
