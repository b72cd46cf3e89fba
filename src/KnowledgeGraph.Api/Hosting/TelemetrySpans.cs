using System.Diagnostics;
using GraphQLParser.AST;
using KnowledgeGraph.Api.GraphQL.Execution;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// The spans this service makes itself: one per GraphQL operation (named and described as the OpenTelemetry GraphQL
/// conventions say) and one per store call beneath it. Without a listener (tracing off) nothing is allocated.
/// </summary>
public static class TelemetrySpans
{
    public const string SourceName = "KnowledgeGraph";

    /// <summary>Client-chosen operation names are cut to this length in span names and attributes.</summary>
    public const int MaxOperationNameLength = 100;

    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>
    /// A span for one GraphQL operation: <c>query WhatWorked</c>, with <c>graphql.operation.type</c> and
    /// <c>graphql.operation.name</c>. The document itself is not recorded: it may hold client data in its literals.
    /// </summary>
    public static Activity? StartOperation(GraphQLOperationDefinition? operation)
    {
        if (!Source.HasListeners())
        {
            return null;
        }
        var type = operation?.Operation switch
        {
            OperationType.Query => "query",
            OperationType.Mutation => "mutation",
            OperationType.Subscription => "subscription",
            _ => null,
        };
        var name = operation?.Name?.StringValue is { } given ? Bounded(given) : null;
        var activity = Source.StartActivity(type is null ? "GraphQL Operation" : name is null ? type : $"{type} {name}");
        activity?.SetTag("graphql.operation.type", type);
        activity?.SetTag("graphql.operation.name", name);
        return activity;
    }

    /// <summary>Records how the operation ended: the response cache's part, the estimated cost, and an error status when it has errors.</summary>
    public static void Complete(Activity? activity, ExecutedResponse response, bool? cacheHit)
    {
        if (activity is null)
        {
            return;
        }
        activity.SetTag("knowledge_graph.cache", cacheHit switch { true => "hit", false => "miss", null => "bypass" });
        if (response.Cost is { } cost)
        {
            activity.SetTag("knowledge_graph.query.cost", Math.Ceiling(cost.Estimated));
        }
        if (response.HasErrors)
        {
            activity.SetStatus(ActivityStatusCode.Error);
        }
    }

    private static string Bounded(string name) => name.Length <= MaxOperationNameLength ? name : name[..MaxOperationNameLength];
}
