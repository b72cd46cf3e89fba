using GraphQL;
using GraphQL.Transport;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.Caching;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.Http.PersistedOperations;

namespace KnowledgeGraph.Api.Http;

/// <summary>
/// Runs one GraphQL request that was read from HTTP, alone or as an entry of a batch: its document found (persisted
/// operations), bounded, its operation chosen, the method and read policy checked, then executed through the response
/// cache. Every refusal is a GraphQL error with a code; the caller writes the answer.
/// </summary>
public sealed class GraphQLRequestRunner(PersistedDocuments persisted, DocumentLimits limits, CachedExecution execution, IGraphQLTextSerializer serializer)
{
    public const string SubscriptionTransports =
        "Subscriptions are not served over plain GET or POST: use GraphQL over Server-Sent Events (graphql-sse) at /graphql/stream, or graphql-ws over a WebSocket at /graphql.";

    public async Task<GraphQLAnswer> RunAsync(HttpContext http, GraphQLRequest sent, string mediaType)
    {
        var (request, register, refusal) = await persisted.ResolveAsync(sent, http.RequestAborted);
        if (refusal is not null)
        {
            return Refuse(mediaType, refusal, sent.OperationName);
        }
        if (string.IsNullOrWhiteSpace(request!.Query))
        {
            return Refuse(mediaType, RequestRefusal.BadRequest("The request has no 'query' (nor a 'documentId')."), sent.OperationName);
        }
        if (request.Query.Length > GraphQLHttpEndpoint.MaxQueryLength)
        {
            return Refuse(mediaType, new RequestRefusal(StatusCodes.Status400BadRequest, ErrorCodes.QueryTooComplex,
                $"The query document is {request.Query.Length} characters long; at most {GraphQLHttpEndpoint.MaxQueryLength} are allowed."), sent.OperationName);
        }
        var (document, parseError) = DocumentParser.Parse(request.Query);
        var (operation, choiceError) = document is null ? default : Choose(document, request.OperationName);
        var operationName = request.OperationName ?? operation?.Name?.StringValue;
        if ((parseError ?? choiceError ?? limits.Check(document!)) is { } error)
        {
            return Refuse(mediaType, new RequestRefusal(null, error), operationName);
        }
        if (HttpMethods.IsGet(http.Request.Method) && operation?.Operation is OperationType.Mutation)
        {
            return Refuse(mediaType, new RequestRefusal(StatusCodes.Status405MethodNotAllowed, ErrorCodes.BadRequest,
                "Mutations are sent with POST, never GET.")
            { Allow = "POST" }, operationName);
        }
        if (operation?.Operation is not OperationType.Mutation && await RequestPolicy.CheckReadAsync(http) is { } refused)
        {
            return Refuse(mediaType, new RequestRefusal(StatusCodes.Status401Unauthorized, ErrorCodes.Unauthenticated, refused), operationName);
        }

        var (response, hit) = await execution.ExecuteAsync(http, request, document, operation);
        if (register is not null && response.Executed)
        {
            await persisted.RememberAsync(register, request.Query, http.RequestAborted);
        }
        return new GraphQLAnswer(response.Status ?? StatusOf(mediaType, response.Executed), response.Text)
        {
            OperationName = operationName,
            CacheHit = hit,
            RetryAfter = response.RetryAfter,
            ErrorFree = response.Cacheable,
        };
    }

    /// <summary>A document refused before execution: 400 for graphql-response+json, 200 for plain JSON, as the specification says.</summary>
    public static int StatusOf(string mediaType, bool executed) =>
        mediaType == MediaTypes.GraphQLResponseJson && !executed ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    /// <summary>
    /// The operation to run, as the specification's GetOperation chooses it: a request error when several could run and
    /// none is named, or the named one is missing. A document with no operation goes on to validation, which names that.
    /// </summary>
    private static (GraphQLOperationDefinition? Operation, ExecutionError? Error) Choose(GraphQLDocument document, string? operationName)
    {
        GraphQLOperationDefinition? operation = null;
        var count = 0;
        foreach (var definition in document.Definitions)
        {
            if (definition is not GraphQLOperationDefinition candidate)
            {
                continue;
            }
            count++;
            if (operationName is null ? count == 1 : operation is null && candidate.Name?.StringValue == operationName)
            {
                operation = candidate;
            }
        }
        if (operationName is null && count > 1)
        {
            operation = null;
        }
        if (operation is null && count > 0)
        {
            return (null, new GraphError(ErrorCodes.OperationResolutionFailure, operationName is null
                ? $"The document has {count} operations; name the one to run in 'operationName'."
                : $"The document has no operation named '{operationName}'."));
        }
        if (operation?.Operation is OperationType.Subscription)
        {
            return (operation, new GraphError(ErrorCodes.StreamingTransportRequired, SubscriptionTransports));
        }
        return (operation, null);
    }

    private GraphQLAnswer Refuse(string mediaType, RequestRefusal refusal, string? operationName) =>
        new(refusal.Status ?? StatusOf(mediaType, executed: false), serializer.Serialize(new ExecutionResult { Errors = [refusal.Error] }))
        {
            OperationName = operationName,
            Allow = refusal.Allow,
            NoStore = refusal.NoStore,
        };
}
