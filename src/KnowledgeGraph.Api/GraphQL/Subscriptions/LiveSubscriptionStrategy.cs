using GraphQL;
using GraphQL.Execution;

namespace KnowledgeGraph.Api.GraphQL.Subscriptions;

/// <summary>
/// Runs subscriptions: each event is resolved in a service scope of its own with the serial strategy, so the
/// per-request loaders never see two events at once (GraphQL.NET starts resolving an event as it arrives), and the
/// scope ends with the event.
/// </summary>
public sealed class LiveSubscriptionStrategy() : SubscriptionExecutionStrategy(new SerialExecutionStrategy())
{
    protected override async ValueTask<ExecutionResult> ProcessDataAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node, object? value)
    {
        await using var scope = context.RequestServices!.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        context.RequestServices = scope.ServiceProvider;
        return await base.ProcessDataAsync(context, node, value);
    }
}
