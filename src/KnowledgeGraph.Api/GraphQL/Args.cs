using GraphQL;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>The argument checks every field shares, so that each bound and each id check reads the same everywhere.</summary>
public static class Args
{
    /// <summary>The argument (or <paramref name="fallback"/> when absent), refused with BAD_USER_INPUT outside [min, max].</summary>
    public static int InRange(IResolveFieldContext context, string name, int fallback, int min, int max) =>
        InRange(name, context.GetArgument(name, fallback), min, max);

    public static int InRange(string name, int value, int min, int max) =>
        value < min || value > max
            ? throw new GraphError(ErrorCodes.BadUserInput, $"'{name}' must be between {min} and {max}; it was {value}.")
            : value;

    /// <summary>Refuses ids that do not exist (NOT_FOUND) or, when a label is given, are of another label (BAD_USER_INPUT); nulls are skipped.</summary>
    public static async Task RequireNodesAsync(IGraphStore store, IEnumerable<string?> ids, string? label, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        if (wanted.Count == 0)
        {
            return;
        }
        var found = (await store.GetNodesAsync(wanted, cancellationToken)).ToDictionary(n => n.Id);
        foreach (var id in wanted)
        {
            if (!found.TryGetValue(id, out var node))
            {
                throw new GraphError(ErrorCodes.NotFound, $"There is no node '{id}'.");
            }
            if (label is not null && node.Label != label)
            {
                throw new GraphError(ErrorCodes.BadUserInput, $"'{id}' is a {node.Label}, not a {label}.");
            }
        }
    }
}
