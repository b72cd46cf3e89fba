namespace KnowledgeGraph.Core;

/// <summary>
/// A query asks for something outside its limits (a depth, a page size); the caller's input is wrong, not the
/// store. <see cref="Argument"/> names the offending input as the query record names it.
/// </summary>
public sealed class QueryValidationException(string argument, object? value, string message) : Exception(message)
{
    public string Argument { get; } = argument;

    public object? Value { get; } = value;

    /// <summary>Throws when <paramref name="value"/> is outside <paramref name="min"/>..<paramref name="max"/>.</summary>
    public static void ThrowIfOutside(string argument, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            throw new QueryValidationException(argument, value, $"{argument} must be between {min} and {max}, not {value}.");
        }
    }
}
