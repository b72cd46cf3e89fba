using GraphQL;
using GraphQL.Execution;
using GraphQLParser.AST;
using KnowledgeGraph.Api.GraphQL.Audit;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Limits;
using KnowledgeGraph.Api.GraphQL.Nodes.Loaders;
using KnowledgeGraph.Api.GraphQL.Subscriptions;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Stores;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Schema;

public static class GraphQLSetup
{
    public static IHostApplicationBuilder AddKnowledgeGraphApi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphQLOptions>().BindConfiguration(GraphQLOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var exposeDetails = builder.Configuration.GetValue<bool>($"{GraphQLOptions.Section}:{nameof(GraphQLOptions.ExceptionDetails)}");
        builder.Services.AddScoped<GraphLoaders>();
        builder.Services.AddSingleton<GraphQLExecution>();
        builder.Services.AddSingleton<DocumentLimits>();
        builder.Services.AddSingleton<CostReport>();
        builder.Services.AddGraphQL(graphQL => graphQL
            .AddSchema<KnowledgeGraphSchema>()
            .AddSystemTextJson()
            .AddGraphTypes(typeof(KnowledgeGraphSchema).Assembly)
            .AddErrorInfoProvider(new KnowledgeGraphErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = exposeDetails }))
            // Serial execution lets the per-request loaders batch a whole level without locks.
            .AddExecutionStrategy<SerialExecutionStrategy>(OperationType.Query)
            .AddExecutionStrategy<LiveSubscriptionStrategy>(OperationType.Subscription)
            .AddValidationRule<AuditInMutationsRule>()
            .AddComplexityAnalyzer((complexity, services) => CostLimits.Configure(complexity, services.GetRequiredService<IOptions<GraphQLOptions>>().Value))
            // After the rules are added (the 'Add' configurations run first): a document that passed the
            // specification's rules before skips them.
            .ConfigureExecution(ValidatedDocuments.ExecuteAsync)
            .AddUnhandledExceptionHandler(context =>
            {
                var executionOptions = context.ExecutionOptions;
                var correlationId = executionOptions.UserContext.TryGetValue(GraphQLExecution.CorrelationIdKey, out var id) ? id : null;
                if (context.OriginalException is QueryValidationException)
                {
                    context.ErrorMessage = context.OriginalException.Message;   // the caller's mistake: say what it was
                    return;
                }
                var logger = executionOptions.RequestServices!.GetRequiredService<ILogger<KnowledgeGraphSchema>>();
                if (StoreUnavailableException.IsUnavailable(context.OriginalException))
                {
                    logger.LogWarning(context.OriginalException, "Store unavailable (correlation id {CorrelationId})", correlationId);
                    context.ErrorMessage = "The graph store is unavailable; try again shortly.";
                    return;
                }
                logger.LogError(context.OriginalException, "Unhandled error in a resolver (correlation id {CorrelationId})", correlationId);
                if (!exposeDetails)
                {
                    context.ErrorMessage = $"Internal error; quote correlation id {correlationId} when reporting it.";
                }
            }));
        return builder;
    }
}
