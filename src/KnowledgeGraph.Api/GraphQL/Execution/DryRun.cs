using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Validation;

namespace KnowledgeGraph.Api.GraphQL.Execution;

/// <summary>
/// A request that asks only what it would cost: <c>"extensions": {"dryRun": true}</c>. It goes through the same
/// validation as any request (so the cost is the one a real run would be judged by) and stops before execution:
/// nothing is read, nothing charged to the client's budget, nothing cached.
/// </summary>
public static class DryRun
{
    public const string ExtensionKey = "dryRun";

    public static bool IsRequested(GraphQLRequest request) =>
        request.Extensions?.TryGetValue(ExtensionKey, out var value) == true && value is true;

    /// <summary>Ends a valid dry run after validation: the executer stops when the context holds an error.</summary>
    public sealed class StopAfterValidation : DocumentExecutionListenerBase
    {
        public static readonly StopAfterValidation Instance = new();

        public override Task AfterValidationAsync(IExecutionContext context, IValidationResult validationResult)
        {
            if (validationResult.IsValid)
            {
                context.Errors.Add(new Stopped());
            }
            return Task.CompletedTask;
        }
    }

    /// <summary>The marker the stop leaves; removed again before the response is written.</summary>
    public sealed class Stopped() : ExecutionError("A dry run stops before execution.");
}
