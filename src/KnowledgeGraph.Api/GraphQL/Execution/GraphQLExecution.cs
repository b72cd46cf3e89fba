using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQLParser.AST;

namespace KnowledgeGraph.Api.GraphQL.Execution;

/// <summary>Runs one GraphQL request against the schema and serializes the result; errors are logged here, once per execution.</summary>
public sealed class GraphQLExecution(IDocumentExecuter executer, ISchema schema, IGraphQLTextSerializer serializer, ILogger<GraphQLExecution> logger)
{
    /// <summary>The key under which the correlation id travels in the execution's user context.</summary>
    public const string CorrelationIdKey = "correlationId";

    /// <param name="services">The scope the resolvers and loaders live in; it must outlive the execution.</param>
    public async Task<ExecutedResponse> ExecuteAsync(
        GraphQLRequest request, GraphQLDocument? document, ClaimsPrincipal user, IServiceProvider services, string correlationId,
        CancellationToken cancellationToken)
    {
        var result = await executer.ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = request.Query;
            options.Document = document;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.RequestServices = services;
            options.User = user;
            options.CancellationToken = cancellationToken;
            options.UserContext = new Dictionary<string, object?> { [CorrelationIdKey] = correlationId };
        });
        var hasErrors = result.Errors is { Count: > 0 };
        if (hasErrors)
        {
            logger.LogInformation("GraphQL request ended with {ErrorCount} error(s): {FirstError} ({CorrelationId})",
                result.Errors!.Count, result.Errors[0].Message, correlationId);
        }
        return new ExecutedResponse(serializer.Serialize(result), result.Executed, hasErrors);
    }
}
