using System.Text;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Schema;
using KnowledgeGraph.Api.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Execution;

/// <summary>
/// Runs one GraphQL request against the schema under its time limit and serializes the result under its size limit;
/// errors are logged here, once per execution.
/// </summary>
public sealed class GraphQLExecution(
    IDocumentExecuter executer, ISchema schema, IGraphQLTextSerializer serializer, IOptions<GraphQLOptions> options, ILogger<GraphQLExecution> logger)
{
    /// <summary>The key under which the correlation id travels in the execution's user context.</summary>
    public const string CorrelationIdKey = "correlationId";

    /// <summary>The key under which the caller's rate-limit partition travels in the execution's user context.</summary>
    public const string ClientKeyKey = "clientKey";

    /// <param name="services">The scope the resolvers and loaders live in; it must outlive the execution.</param>
    /// <param name="cancellationToken">Cancelled when nobody waits for the answer any more; the work then stops.</param>
    /// <param name="dryRun">Validate and judge the cost only (<see cref="DryRun"/>).</param>
    public async Task<ExecutedResponse> ExecuteAsync(
        GraphQLRequest request, GraphQLDocument? document, OperationType operationType, Caller caller, IServiceProvider services,
        CancellationToken cancellationToken, bool dryRun = false)
    {
        var limit = TimeSpan.FromSeconds(operationType == OperationType.Mutation ? options.Value.MutationTimeoutSeconds : options.Value.QueryTimeoutSeconds);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        var userContext = new Dictionary<string, object?> { [CorrelationIdKey] = caller.CorrelationId, [ClientKeyKey] = caller.ClientKey };
        if (dryRun)
        {
            userContext[CostLimits.DryRunKey] = true;
        }
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(options =>
            {
                options.Schema = schema;
                options.Query = request.Query;
                options.Document = document;
                options.OperationName = request.OperationName;
                options.Variables = request.Variables;
                options.Extensions = request.Extensions;
                options.RequestServices = services;
                options.User = caller.User;
                options.CancellationToken = timeout.Token;
                options.UserContext = userContext;
                if (dryRun)
                {
                    options.Listeners.Add(DryRun.StopAfterValidation.Instance);
                }
            });
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return TimedOut(limit, caller);
        }
        if (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return TimedOut(limit, caller);   // a store interrupted by the timeout may surface as a field error instead
        }
        // The cost is reported in the body's extensions, which only this server writes.
        var cost = result.Extensions is { Count: > 0 } ? null : userContext.GetValueOrDefault(CostLimits.CostKey) as QueryCost;
        if (userContext.TryGetValue(RateBudget.RetryAfterKey, out var retry) && retry is TimeSpan retryAfter)
        {
            return Refused(result, StatusCodes.Status429TooManyRequests, retryAfter) with { Cost = cost };
        }
        if (dryRun && result.Errors is { } errors)
        {
            result.Errors = null;   // without the stop's marker, what remains is the document's own mistakes
            foreach (var error in errors.Where(e => e is not DryRun.Stopped))
            {
                (result.Errors ??= []).Add(error);
            }
        }
        var hasErrors = result.Errors is { Count: > 0 };
        if (hasErrors)
        {
            logger.LogInformation("GraphQL request ended with {ErrorCount} error(s): {FirstError} ({CorrelationId})",
                result.Errors!.Count, result.Errors[0].Message, caller.CorrelationId);
        }
        var response = await SerializeAsync(result, hasErrors, caller) with { Cost = cost };
        return dryRun && !hasErrors ? response with { Status = StatusCodes.Status200OK } : response;
    }

    private async Task<ExecutedResponse> SerializeAsync(ExecutionResult result, bool hasErrors, Caller caller)
    {
        using var buffer = new BoundedBuffer(options.Value.MaxResponseBytes);
        try
        {
            await serializer.WriteAsync(buffer, result);
            return new ExecutedResponse(Encoding.UTF8.GetString(buffer.Written), result.Executed, hasErrors);
        }
        catch (BoundedBuffer.LimitExceededException)
        {
            logger.LogWarning("A response over {MaxResponseBytes} bytes was refused ({CorrelationId})", options.Value.MaxResponseBytes, caller.CorrelationId);
            var error = new GraphError(ErrorCodes.ResponseTooLarge,
                $"The response would be larger than {options.Value.MaxResponseBytes} bytes; ask for fewer fields or smaller pages.");
            return new ExecutedResponse(serializer.Serialize(new ExecutionResult { Errors = [error] }), result.Executed, HasErrors: true);
        }
    }

    private ExecutedResponse TimedOut(TimeSpan limit, Caller caller)
    {
        logger.LogWarning("A GraphQL request was stopped after {Seconds} s ({CorrelationId})", limit.TotalSeconds, caller.CorrelationId);
        var error = new GraphError(ErrorCodes.Timeout,
            $"The request took longer than {limit.TotalSeconds:0.###} s and was stopped; ask for less (smaller pages, fewer hops or analyses).");
        return new ExecutedResponse(serializer.Serialize(new ExecutionResult { Errors = [error] }), Executed: true, HasErrors: true,
            Status: StatusCodes.Status503ServiceUnavailable);
    }

    private ExecutedResponse Refused(ExecutionResult result, int status, TimeSpan retryAfter) =>
        new(serializer.Serialize(result), Executed: false, HasErrors: true, Status: status, RetryAfter: retryAfter);
}
