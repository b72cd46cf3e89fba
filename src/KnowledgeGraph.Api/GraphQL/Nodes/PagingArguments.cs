using GraphQL;
using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Nodes;

/// <summary>The Relay paging arguments, checked: a page never exceeds <see cref="MaxPageSize"/>.</summary>
public sealed record PagingArguments(int? First, string? After, int? Last, string? Before)
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;

    public static QueryArguments Definitions() => new(
        new QueryArgument<IntGraphType> { Name = "first", Description = $"Returns the first n items (at most {MaxPageSize}; {DefaultPageSize} when neither first nor last is given)." },
        new QueryArgument<StringGraphType> { Name = "after", Description = "Returns the items after this cursor." },
        new QueryArgument<IntGraphType> { Name = "last", Description = $"Returns the last n items (at most {MaxPageSize})." },
        new QueryArgument<StringGraphType> { Name = "before", Description = "Returns the items before this cursor." });

    public static PagingArguments From(IResolveFieldContext context)
    {
        var paging = new PagingArguments(Int(context, "first"), Text(context, "after"), Int(context, "last"), Text(context, "before"));
        if (paging.First is not null && paging.Last is not null)
        {
            throw new GraphError(ErrorCodes.BadUserInput, "Pass either 'first' or 'last', not both.");
        }
        foreach (var (name, value) in new[] { ("first", paging.First), ("last", paging.Last) })
        {
            if (value is { } given)
            {
                Args.InRange(name, given, 0, MaxPageSize);
            }
        }
        return paging;
    }

    // The argument values as GraphQL.NET coerced them (Int to int, String to string), read without its general
    // conversion, which costs more than the rest of a relationship field's resolver; anything else takes that way.
    private static int? Int(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var argument)
            ? argument.Value switch { null => null, int value => value, _ => context.GetArgument<int?>(name) }
            : null;

    private static string? Text(IResolveFieldContext context, string name) =>
        context.Arguments is { } arguments && arguments.TryGetValue(name, out var argument)
            ? argument.Value switch { null => null, string value => value, _ => context.GetArgument<string?>(name) }
            : null;
}
