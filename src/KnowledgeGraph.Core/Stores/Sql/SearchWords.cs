using System.Text.RegularExpressions;

namespace KnowledgeGraph.Core.Stores.Sql;

/// <summary>The words of a search, which each store turns into its full-text query syntax.</summary>
internal static partial class SearchWords
{
    private const int MaxWords = 12;

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();

    /// <summary>Letters and digits only, so operators are never passed through; at most twelve words.</summary>
    public static List<string> Of(string text) => Word().Matches(text).Select(m => m.Value).Take(MaxWords).ToList();
}
