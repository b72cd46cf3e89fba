using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Nodes.Loaders;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

internal static class Resolve
{
    public static GraphLoaders Loaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<GraphLoaders>();

    /// <summary>A field typed by one of the enums built from the graph schema.</summary>
    public static void EnumField<T>(this ObjectGraphType<T> type, string name, string enumName, string description, Func<T, string?> value, bool nonNull = false) =>
        type.AddField(new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = nonNull ? new NonNullGraphType(GraphTypeFactory.Named(enumName)) : GraphTypeFactory.Named(enumName),
            Resolver = new FuncFieldResolver<T, string?>(c => value(c.Source)),
        });
}
