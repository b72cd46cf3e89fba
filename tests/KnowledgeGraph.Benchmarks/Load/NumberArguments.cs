using System.Globalization;

namespace KnowledgeGraph.Benchmarks.Load;

/// <summary>A verb's <c>--name N</c> arguments: each a whole number with a default and a largest allowed value.</summary>
public static class NumberArguments
{
    public static IReadOnlyDictionary<string, int> Parse(string verb, string[] args, params (string Name, int Default, int Max)[] known)
    {
        var values = known.ToDictionary(k => k.Name, k => k.Default);
        for (var i = 0; i < args.Length; i++)
        {
            if (!known.Any(k => k.Name == args[i]))
            {
                throw new ArgumentException($"Unknown {verb} argument '{args[i]}'.");
            }
            var max = known.Single(k => k.Name == args[i]).Max;
            values[args[i]] = i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max
                ? n
                : throw new ArgumentException($"{args[i]} needs a whole number from 1 to {max}.");
            i++;
        }
        return values;
    }
}
