using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Nodes;

namespace KnowledgeGraph.Api.GraphQL.Analyses;

/// <summary>Arguments the analyses share: how many results, and arguments typed by the graph schema's enums.</summary>
public static class AnalysisArgs
{
    public const int MaxResults = 100;

    public static int First(IResolveFieldContext context, int fallback) => Args.InRange(context, "first", fallback, 0, MaxResults);

    /// <summary>An argument typed by one of the enums built from the graph schema.</summary>
    public static global::GraphQL.Builders.FieldBuilder<object?, TReturn> NamedArgument<TReturn>(
        this global::GraphQL.Builders.FieldBuilder<object?, TReturn> field, string typeName, string name, string description)
    {
        field.FieldType.Arguments ??= new QueryArguments();
        field.FieldType.Arguments.Add(new QueryArgument(GraphTypeFactory.Named(typeName)) { Name = name, Description = description });
        return field;
    }
}
