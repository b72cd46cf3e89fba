using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using GraphQL.Validation.Complexity;

namespace KnowledgeGraph.Api.GraphQL.Limits;

/// <summary>
/// Marks a root field as an analysis and says what it costs: analyses read far more of the graph than the fields they
/// return, so their weight comes from their arguments (a walk's depth and node limit, a path search's hops and count),
/// and each operation may hold only a few of them (<see cref="DocumentLimits"/>).
/// </summary>
public static class AnalysisCost
{
    private const string MetadataKey = "knowledgeGraph:analysis";

    public static FieldBuilder<TSource, TReturn> Analysis<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field, Func<FieldImpactContext, FieldComplexityResult> cost)
    {
        field.WithComplexityImpact(cost);
        field.FieldType.Metadata[MetadataKey] = true;
        return field;
    }

    /// <summary>A fixed weight, with list children counted by their <c>first</c> argument where there is one.</summary>
    public static FieldBuilder<TSource, TReturn> Analysis<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, double weight, int defaultFirst = 1) =>
        field.Analysis(c => new FieldComplexityResult(weight, Int(c, "first", defaultFirst)));

    public static bool IsAnalysis(FieldType field) => field.Metadata.ContainsKey(MetadataKey);

    /// <summary>An Int argument as the request gives it (literal or variable), or the default when absent, null or not positive.</summary>
    public static int Int(FieldImpactContext context, string name, int defaultValue) =>
        context.Arguments?.TryGetValue(name, out var argument) == true && argument.Value is int value && value > 0 ? value : defaultValue;

    /// <summary>The number of items of a list argument, or the default.</summary>
    public static int Count(FieldImpactContext context, string name, int defaultValue) =>
        context.Arguments?.TryGetValue(name, out var argument) == true && argument.Value is System.Collections.ICollection items ? items.Count : defaultValue;
}
