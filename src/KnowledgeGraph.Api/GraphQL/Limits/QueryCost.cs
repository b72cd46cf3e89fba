namespace KnowledgeGraph.Api.GraphQL.Limits;

/// <summary>What an operation was estimated to cost, the limit it was judged by, and what the client's budget paid for it.</summary>
/// <param name="Estimated">GraphQL.NET's estimate, as <see cref="CostLimits"/> computes it (rounded up when reported).</param>
/// <param name="Limit">GraphQL:MaxComplexity, or GraphQL:MaxIntrospectionComplexity for a schema walk.</param>
/// <param name="Charged">Taken from the client's cost budget: 0 when refused, when only estimated, or with the budget off.</param>
public sealed record QueryCost(double Estimated, int Limit, int Charged = 0);
