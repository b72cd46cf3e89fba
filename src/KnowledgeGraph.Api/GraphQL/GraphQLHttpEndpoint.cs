using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// The GraphQL-over-HTTP endpoint: POST with JSON, GET for queries only, <c>application/graphql-response+json</c>
/// (with the specification's status codes) or <c>application/json</c> (always 200 once the request is well-formed),
/// chosen from the Accept header; 405, 406 and 415 where the specification says.
/// </summary>
public sealed class GraphQLHttpEndpoint(
    IDocumentExecuter executer, ISchema schema, IGraphQLTextSerializer serializer,
    Caching.ResponseCache cache, KnowledgeGraph.Core.Stores.IGraphStore store, ILogger<GraphQLHttpEndpoint> logger)
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const int MaxQueryLength = 64 * 1024;

    public async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsPost(request.Method))
        {
            http.Response.Headers.Allow = "GET, POST";
            http.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }
        var mediaType = ChooseMediaType(request.Headers.Accept);
        if (mediaType is null)
        {
            await WriteProblemAsync(http, StatusCodes.Status406NotAcceptable, Json,
                $"This endpoint answers {GraphQLResponseJson} or {Json}; the Accept header allows neither.");
            return;
        }

        if (Auth.RequestPolicy.CheckCredentials(http) is { } invalid)
        {
            await Http.GraphQLErrorResponse.WriteUnauthenticatedAsync(http, mediaType, invalid);
            return;
        }

        GraphQLRequest? graphQLRequest;
        if (HttpMethods.IsPost(request.Method))
        {
            if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) || !contentType.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
            {
                await WriteProblemAsync(http, StatusCodes.Status415UnsupportedMediaType, mediaType, $"Send the request body as {Json}.");
                return;
            }
            try
            {
                graphQLRequest = await serializer.ReadAsync<GraphQLRequest>(request.Body, http.RequestAborted);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
            {
                await WriteProblemAsync(http, StatusCodes.Status400BadRequest, mediaType, "The request body is not a GraphQL request in JSON: " + e.Message);
                return;
            }
        }
        else
        {
            try
            {
                graphQLRequest = new GraphQLRequest
                {
                    Query = request.Query["query"],
                    OperationName = NullIfEmpty(request.Query["operationName"]),
                    Variables = NullIfEmpty(request.Query["variables"]) is { } variables ? serializer.Deserialize<Inputs>(variables) : null,
                    Extensions = NullIfEmpty(request.Query["extensions"]) is { } extensions ? serializer.Deserialize<Inputs>(extensions) : null,
                };
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
            {
                await WriteProblemAsync(http, StatusCodes.Status400BadRequest, mediaType, "The 'variables' or 'extensions' parameter is not a JSON object: " + e.Message);
                return;
            }
        }

        if (string.IsNullOrWhiteSpace(graphQLRequest?.Query))
        {
            await WriteProblemAsync(http, StatusCodes.Status400BadRequest, mediaType, "The request has no 'query'.");
            return;
        }
        if (graphQLRequest.Query.Length > MaxQueryLength)
        {
            await WriteProblemAsync(http, StatusCodes.Status400BadRequest, mediaType,
                $"The query document is {graphQLRequest.Query.Length} characters long; at most {MaxQueryLength} are allowed.", ErrorCodes.QueryTooComplex);
            return;
        }
        http.Items[RequestLogging.OperationNameItem] = graphQLRequest.OperationName;

        GraphQLDocument? document = null;
        try
        {
            document = Parser.Parse(graphQLRequest.Query, new ParserOptions { Ignore = IgnoreOptions.Comments });
        }
        catch (GraphQLSyntaxErrorException)
        {
            // The executor parses again and reports the syntax error in the response with its location.
        }
        if (document is not null && HttpMethods.IsGet(request.Method) && OperationOf(document, graphQLRequest.OperationName)?.Operation is OperationType.Mutation or OperationType.Subscription)
        {
            http.Response.Headers.Allow = "POST";
            await WriteProblemAsync(http, StatusCodes.Status405MethodNotAllowed, mediaType, "Mutations are sent with POST, never GET.");
            return;
        }
        if (OperationOf(document ?? new GraphQLDocument([]), graphQLRequest.OperationName)?.Operation is not OperationType.Mutation
            && await Auth.RequestPolicy.CheckReadAsync(http) is { } readRefused)
        {
            await Http.GraphQLErrorResponse.WriteUnauthenticatedAsync(http, mediaType, readRefused);
            return;
        }
        if (document is not null && graphQLRequest.OperationName is null && OperationOf(document, null) is { Name: { } name })
        {
            http.Items[RequestLogging.OperationNameItem] = name.StringValue;
        }

        var operation = document is null ? null : OperationOf(document, graphQLRequest.OperationName);
        if (operation?.Operation == OperationType.Query && cache.Enabled && !IsIntrospectionOnly(operation)
            && await GraphVersionAsync(http) is { } version)
        {
            var role = Auth.Roles.Has(http.User, Auth.Roles.Admin) ? "admin" : Auth.Roles.Has(http.User, Auth.Roles.Reader) ? "user" : "anonymous";
            var key = Caching.ResponseCache.Key(version, role, graphQLRequest.OperationName, graphQLRequest.Query,
                graphQLRequest.Variables is null ? null : serializer.Serialize(graphQLRequest.Variables));
            ExecutionResult? executed = null;
            var (body, hit) = await cache.GetOrExecuteAsync(key, async ct =>
            {
                executed = await ExecuteAsync(http, graphQLRequest, document);
                return (serializer.Serialize(executed), executed.Executed && executed.Errors is not { Count: > 0 });
            }, http.RequestAborted);
            http.Items[RequestLogging.CacheHitItem] = hit;
            // Only results without errors are cached, so a hit is always a 200.
            http.Response.StatusCode = executed is { Executed: false } && mediaType == GraphQLResponseJson
                ? StatusCodes.Status400BadRequest
                : StatusCodes.Status200OK;
            http.Response.ContentType = mediaType + "; charset=utf-8";
            await http.Response.WriteAsync(body, http.RequestAborted);
            return;
        }

        var result = await ExecuteAsync(http, graphQLRequest, document);
        http.Response.StatusCode = mediaType == GraphQLResponseJson && !result.Executed
            ? StatusCodes.Status400BadRequest
            : StatusCodes.Status200OK;
        if (result.Errors is { Count: > 0 } errors)
        {
            logger.LogInformation("GraphQL request ended with {ErrorCount} error(s): {FirstError}", errors.Count, errors[0].Message);
        }
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest graphQLRequest, GraphQLDocument? document) =>
        executer.ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = graphQLRequest.Query;
            options.Document = document;
            options.OperationName = graphQLRequest.OperationName;
            options.Variables = graphQLRequest.Variables;
            options.Extensions = graphQLRequest.Extensions;
            options.RequestServices = http.RequestServices;
            options.User = http.User;
            options.CancellationToken = http.RequestAborted;
            options.UserContext = new Dictionary<string, object?> { [RequestLogging.CorrelationIdItem] = http.TraceIdentifier };
        });

    /// <summary>The graph version for the cache key; null when the store does not answer (the request then runs uncached and reports it).</summary>
    private async Task<long?> GraphVersionAsync(HttpContext http)
    {
        try
        {
            return await store.GetGraphVersionAsync(http.RequestAborted);
        }
        catch (Exception e) when (KnowledgeGraph.Core.Stores.StoreUnavailableException.IsUnavailable(e))
        {
            return null;
        }
    }

    private static bool IsIntrospectionOnly(GraphQLOperationDefinition operation) =>
        operation.SelectionSet.Selections.All(s => s is GraphQLField field && field.Name.StringValue.StartsWith("__", StringComparison.Ordinal));

    /// <summary>Picks the response type from Accept, honouring quality values; null when neither type is acceptable.</summary>
    public static string? ChooseMediaType(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return Json;
        }
        if (!MediaTypeHeaderValue.TryParseList(accept, out var types))
        {
            return null;
        }
        string? best = null;
        double bestQuality = 0;
        foreach (var type in types)
        {
            var quality = type.Quality ?? 1;
            var candidate = type.MediaType.Value?.ToLowerInvariant() switch
            {
                GraphQLResponseJson or "application/*" or "*/*" => GraphQLResponseJson,
                Json => Json,
                _ => null,
            };
            // On equal quality the newer media type wins, as the specification recommends.
            if (candidate is not null && quality > 0 && (quality > bestQuality || (quality == bestQuality && candidate == GraphQLResponseJson)))
            {
                best = candidate;
                bestQuality = quality;
            }
        }
        return best;
    }

    private static GraphQLOperationDefinition? OperationOf(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }

    private async Task WriteProblemAsync(HttpContext http, int status, string mediaType, string message, string code = ErrorCodes.BadRequest)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        var body = new ExecutionResult { Errors = [new GraphError(code, message)] };
        await serializer.WriteAsync(http.Response.Body, body, http.RequestAborted);
    }

    private static string? NullIfEmpty(StringValues value) => StringValues.IsNullOrEmpty(value) ? null : value.ToString();
}
