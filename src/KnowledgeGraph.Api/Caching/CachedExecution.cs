using System.Diagnostics;
using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.RateLimiting;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.Caching;

/// <summary>
/// Runs a request through the response cache when it is a cacheable read: keyed by the graph version and the
/// caller's role, and shared by identical requests in flight. A dry run (<see cref="DryRun"/>) only costs the document.
/// Each answer, cached or not, gets this request's cost report (<see cref="CostReport"/>) and one operation span.
/// </summary>
public sealed class CachedExecution(
    ResponseCache cache, IGraphStore store, GraphVersions versions, GraphQLExecution execution, IServiceScopeFactory scopes, IGraphQLTextSerializer serializer,
    CostReport costs)
{
    /// <returns>The response, and whether the cache answered it (null when the request did not go through the cache).</returns>
    public async Task<(ExecutedResponse Response, bool? Hit)> ExecuteAsync(
        HttpContext http, GraphQLRequest request, GraphQLDocument? document, GraphQLOperationDefinition? operation)
    {
        using var span = TelemetrySpans.StartOperation(operation);
        var caller = CallerOf(http);
        var (response, hit) = DryRun.IsRequested(request)
            ? (await execution.ExecuteAsync(request, document, operation?.Operation ?? OperationType.Query, caller, http.RequestServices,
                http.RequestAborted, dryRun: true), null)
            : await ExecuteThroughCacheAsync(http, caller, request, document, operation);
        TelemetrySpans.Complete(span, response, hit);
        return (costs.Attach(response, hit == true, caller.ClientKey), hit);
    }

    private async Task<(ExecutedResponse Response, bool? Hit)> ExecuteThroughCacheAsync(
        HttpContext http, Caller caller, GraphQLRequest request, GraphQLDocument? document, GraphQLOperationDefinition? operation)
    {
        var operationType = operation?.Operation ?? OperationType.Query;
        if (operation is not { Operation: OperationType.Query } || !cache.Enabled || Introspection.IsOnly(operation)
            || await GraphVersionAsync(http.RequestAborted) is not { } version)
        {
            var uncached = await execution.ExecuteAsync(request, document, operationType, caller, http.RequestServices, http.RequestAborted);
            return (uncached, null);
        }
        var key = ResponseCache.Key(version, Roles.CacheBucket(http.User), request.OperationName, request.Query ?? "",
            request.Variables is null ? null : serializer.Serialize(request.Variables));
        var span = Activity.Current;   // HybridCache may run the factory without this request's execution context
        var (response, hit) = await cache.GetOrExecuteAsync(key, async sharedToken =>
        {
            Activity.Current ??= span;
            // Identical callers join this execution, so it belongs to none of them: its own service scope, and the
            // cache's token, which is cancelled only once every joined caller has gone.
            await using var scope = scopes.CreateAsyncScope();
            return await execution.ExecuteAsync(request, document, operationType, caller, scope.ServiceProvider, sharedToken);
        }, http.RequestAborted);
        return (response, hit);
    }

    private static Caller CallerOf(HttpContext http) => new(http.User, http.TraceIdentifier, ClientKey.Of(http));

    /// <summary>
    /// The graph version for the key, from memory when it can be trusted (<see cref="GraphVersions"/>): a hit then touches
    /// no database. Null when the store does not answer (the request then runs uncached and reports it).
    /// </summary>
    private async ValueTask<long?> GraphVersionAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await versions.CurrentAsync(store, cancellationToken);
        }
        catch (Exception e) when (StoreUnavailableException.IsUnavailable(e))
        {
            return null;
        }
    }
}
