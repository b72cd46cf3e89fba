using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using KnowledgeGraph.Api.Auth;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Schema;
using KnowledgeGraph.Api.Http.PersistedOperations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Http;

/// <summary>How an operation started on a live transport: refused before it ran, answered once, or a stream of events.</summary>
public sealed record LiveStart(ExecutionResult? Refused, string? Result, IObservable<ExecutionResult>? Events);

/// <summary>
/// Starts one operation for the live transports (Server-Sent Events, WebSocket) with the checks of the HTTP endpoint:
/// the query length, parsing and document limits, the read policy, then validation with the cost limits and the
/// client's cost budget. Persisted documents are found (and, in trusted-documents mode, raw documents refused) exactly
/// as on the HTTP endpoint. Queries and mutations run under their time limits and answer once; a subscription answers
/// with its event stream, which starts listening only when subscribed to.
/// </summary>
public sealed class LiveOperations(
    PersistedDocuments persisted, DocumentLimits limits, GraphQLExecution execution, IDocumentExecuter executer, ISchema schema, IAuthorizationService authorization,
    IGraphQLTextSerializer serializer, IOptions<GraphQLOptions> options)
{
    /// <summary>One event of a subscription as JSON, under the response size cap like every answer (RESPONSE_TOO_LARGE past it).</summary>
    public string Serialize(ExecutionResult result)
    {
        var json = serializer.Serialize(result);
        var max = options.Value.MaxResponseBytes;
        return json.Length <= max / 4 || System.Text.Encoding.UTF8.GetByteCount(json) <= max
            ? json
            : serializer.Serialize(new ExecutionResult
            {
                Errors = [new GraphError(ErrorCodes.ResponseTooLarge,
                $"The event would be larger than {max} bytes; select fewer fields in the subscription.")]
            });
    }

    public async Task<LiveStart> StartAsync(GraphQLRequest sent, Caller caller, IServiceProvider services, CancellationToken cancellationToken)
    {
        var (request, _, persistedRefusal) = await persisted.ResolveAsync(sent, cancellationToken);
        if (persistedRefusal is not null)
        {
            return Refuse(persistedRefusal.Error);
        }
        if (string.IsNullOrWhiteSpace(request!.Query))
        {
            return Refuse(new GraphError(ErrorCodes.BadRequest, "The request has no 'query'."));
        }
        if (request.Query.Length > GraphQLHttpEndpoint.MaxQueryLength)
        {
            return Refuse(new GraphError(ErrorCodes.QueryTooComplex,
                $"The query document is {request.Query.Length} characters long; at most {GraphQLHttpEndpoint.MaxQueryLength} are allowed."));
        }
        var (document, parseError) = DocumentParser.Parse(request.Query);
        if ((parseError ?? limits.Check(document!)) is { } refusal)
        {
            return Refuse(refusal);
        }
        if (OperationOf(document!, request.OperationName) is not { } operation)
        {
            return Refuse(new GraphError(ErrorCodes.BadRequest, request.OperationName is null
                ? "The document holds several operations; say which one to run with 'operationName'."
                : $"The document has no operation named '{request.OperationName}'."));
        }
        if (operation.Operation != OperationType.Mutation && !(await authorization.AuthorizeAsync(caller.User, ReadPolicy.Name)).Succeeded)
        {
            return Refuse(new GraphError(ErrorCodes.Unauthenticated, RequestPolicy.ReaderNeeded));
        }
        if (operation.Operation != OperationType.Subscription)
        {
            var response = await execution.ExecuteAsync(request, document, operation.Operation, caller, services, cancellationToken);
            return new LiveStart(null, response.Body, null);
        }
        var result = await executer.ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = request.Query;
            options.Document = document;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.RequestServices = services;
            options.User = caller.User;
            options.CancellationToken = cancellationToken;
            options.UserContext = new Dictionary<string, object?>
            {
                [GraphQLExecution.CorrelationIdKey] = caller.CorrelationId,
                [GraphQLExecution.ClientKeyKey] = caller.ClientKey,
            };
        });
        return result is { Errors: null or { Count: 0 }, Streams: { Count: 1 } streams }
            ? new LiveStart(null, null, streams.Values.Single())
            : new LiveStart(new ExecutionResult { Errors = result.Errors ?? [new GraphError(ErrorCodes.BadRequest, "The subscription could not start.")] }, null, null);
    }

    /// <summary>The caller of a live transport: its principal, a correlation id for logs, and its rate-limit partition.</summary>
    public static Caller CallerOf(HttpContext http, ClaimsPrincipal user, string? operationId = null) =>
        new(user, operationId is null ? http.TraceIdentifier : $"{http.TraceIdentifier}/{operationId}", RateLimiting.ClientKey.Of(user, http.Connection.RemoteIpAddress?.ToString()));

    private static LiveStart Refuse(ExecutionError error) => new(new ExecutionResult { Errors = [error] }, null, null);

    private static GraphQLOperationDefinition? OperationOf(GraphQLDocument document, string? operationName)
    {
        var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
        return operationName is null
            ? operations.Count == 1 ? operations[0] : null
            : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
    }
}
