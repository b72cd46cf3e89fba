using System.Text;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores.Sql;

/// <summary>
/// The orders of a node's relationships as the edge indexes keep them: by the other end's name and id (migration 6), by
/// its id (the unique key for outgoing relationships, migration 9 for incoming ones), by its year key and id
/// (migration 9). Text compares byte-wise (UTF-8) on both dialects, which is code-point order.
/// </summary>
internal static class NeighborOrdering
{
    /// <summary>What an edge keeps as the year key of an end whose label has no year of its own.</summary>
    public const int NoYear = 0;

    /// <summary>The index columns of an order, the other end being <paramref name="far"/>; dated orders read only edges with a year key.</summary>
    public static (string[] Keys, bool Dated) IndexKeys(NeighborOrderField order, string far) => order switch
    {
        NeighborOrderField.Name => ([$"x.{far}_name", $"x.{far}_id"], false),
        NeighborOrderField.Id => ([$"x.{far}_id"], false),
        NeighborOrderField.Year => ([$"x.{far}_year", $"x.{far}_id"], true),
        _ => throw new ArgumentOutOfRangeException(nameof(order)),
    };

    /// <summary>
    /// The year key an edge keeps for its end <paramref name="alias"/>: the first four digits of the label's year
    /// property, <see cref="NoYear"/> when the node has none, NULL for labels without a year property (those edges stay
    /// out of the year indexes).
    /// </summary>
    public static string YearKey(ISqlDialect dialect, string alias)
    {
        var cases = GraphSchema.Labels.Where(l => l.YearProperty is not null).Select(l =>
            $"WHEN '{l.Label}' THEN COALESCE(CAST(substr(CAST({dialect.Prop(alias, l.YearProperty!)} AS TEXT), 1, 4) AS INTEGER), {NoYear})");
        return $"CASE {alias}.label {string.Join(" ", cases)} END";
    }

    /// <summary>The labels whose nodes give their relationships a year key.</summary>
    public static readonly IReadOnlySet<string> DatedLabels = GraphSchema.Labels.Where(l => l.YearProperty is not null).Select(l => l.Label).ToHashSet();

    /// <summary>
    /// The rows of one window in the window's order. The default order comes sorted from the statement already; the
    /// others are sorted here, by the same keys the index holds.
    /// </summary>
    public static IEnumerable<T> Sort<T>(IReadOnlyList<T> rows, NeighborWindow window, Func<T, (string Name, string Id, long? Year)> key)
    {
        if (window is { OrderBy: NeighborOrderField.Name, Descending: false })
        {
            return rows;
        }
        Comparison<T> compare = window.OrderBy switch
        {
            NeighborOrderField.Name => (a, b) => Then(CodePoints(key(a).Name, key(b).Name), CodePoints(key(a).Id, key(b).Id)),
            NeighborOrderField.Id => (a, b) => CodePoints(key(a).Id, key(b).Id),
            _ => (a, b) => Then(Nullable.Compare(key(a).Year, key(b).Year), CodePoints(key(a).Id, key(b).Id)),
        };
        var sorted = rows.ToList();
        sorted.Sort(window.Descending ? (a, b) => compare(b, a) : compare);
        return sorted;
    }

    private static int Then(int first, int second) => first != 0 ? first : second;

    /// <summary>Code-point order, the order of UTF-8 bytes (ordinal UTF-16 order differs after the surrogates).</summary>
    public static int CodePoints(string a, string b)
    {
        var (i, j) = (0, 0);
        while (i < a.Length && j < b.Length)
        {
            Rune.DecodeFromUtf16(a.AsSpan(i), out var x, out var xLength);
            Rune.DecodeFromUtf16(b.AsSpan(j), out var y, out var yLength);
            if (x.Value != y.Value)
            {
                return x.Value.CompareTo(y.Value);
            }
            (i, j) = (i + xLength, j + yLength);
        }
        return (i < a.Length).CompareTo(j < b.Length);
    }
}
