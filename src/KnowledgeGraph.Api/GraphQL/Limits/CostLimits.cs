using System.Globalization;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using KnowledgeGraph.Api.GraphQL.Execution;
using KnowledgeGraph.Api.GraphQL.Schema;
using KnowledgeGraph.Api.RateLimiting;

namespace KnowledgeGraph.Api.GraphQL.Limits;

/// <summary>
/// Judges GraphQL.NET's cost estimate of an operation: list sizes multiply (a page counts its <c>first</c>), analyses
/// weigh what <see cref="AnalysisCost"/> says, and introspection is counted too, under its own limits, because a
/// schema walk is larger than most queries but may not be repeated or nested without bound.
/// </summary>
public static class CostLimits
{
    /// <summary>The key under which the operation's <see cref="QueryCost"/> is left in the execution's user context.</summary>
    public const string CostKey = "cost";

    /// <summary>The key that marks an execution as a dry run: its cost is judged and reported, but neither charged nor run.</summary>
    public const string DryRunKey = "dryRun";

    public static void Configure(ComplexityOptions complexity, GraphQLOptions options)
    {
        // Both limits are applied below, so introspection can have its own.
        complexity.MaxDepth = null;
        complexity.MaxComplexity = null;
        var standard = complexity.DefaultComplexityImpactDelegate;
        complexity.DefaultComplexityImpactDelegate = context => IntrospectionCost.Of(context) ?? standard(context);
        complexity.ValidateComplexityDelegate = context =>
        {
            var introspection = Introspection.IsOnly(context.ValidationContext.Operation);
            var maxCost = introspection ? options.MaxIntrospectionComplexity : options.MaxComplexity;
            var maxDepth = introspection ? options.MaxIntrospectionDepth : options.MaxDepth;
            var userContext = context.ValidationContext.UserContext;
            userContext[CostKey] = new QueryCost(context.TotalImpact, maxCost);
            context.Error = context.MaxDepth > maxDepth
                ? new ComplexityError($"The query nests {context.MaxDepth} levels deep; at most {maxDepth} are allowed.")
                : context.TotalImpact > maxCost
                    ? new ComplexityError($"The query is too expensive: its estimated cost is {Show(context.TotalImpact)} and at most {maxCost} is allowed. Ask for smaller pages (first), fewer nested lists or fewer analyses.")
                    : null;
            if (context.Error is null && !userContext.ContainsKey(DryRunKey))
            {
                Spend(context.ValidationContext, new QueryCost(context.TotalImpact, maxCost));
            }
            return Task.CompletedTask;
        };
    }

    /// <summary>Charges the caller's cost budget; over budget, the operation is refused before it runs.</summary>
    private static void Spend(ValidationContext validation, QueryCost cost)
    {
        if (validation.RequestServices?.GetService<RateBudget>() is not { } budget
            || validation.UserContext.TryGetValue(GraphQLExecution.ClientKeyKey, out var key) is false || key is not string client)
        {
            return;
        }
        if (budget.TrySpend(client, cost.Estimated) is not { } retryAfter)
        {
            validation.UserContext[CostKey] = cost with { Charged = budget.PermitsFor(cost.Estimated) };
            return;
        }
        validation.UserContext[RateBudget.RetryAfterKey] = retryAfter;
        validation.ReportError(new ValidationError(budget.RefusalMessage(client, cost.Estimated, retryAfter)) { Code = ErrorCodes.RateLimited });
    }

    private static string Show(double cost) => cost >= 1e12 ? "over 10¹²" : Math.Ceiling(cost).ToString("N0", CultureInfo.InvariantCulture);
}
