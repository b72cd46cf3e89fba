using System.Globalization;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Stores;

/// <summary>
/// The store-independent half of a keyset-paged listing: which way it reads, how many rows it asks for, the checks on
/// its filters, and the page made of the rows.
/// </summary>
internal sealed class NodeListing(NodeQuery query)
{
    /// <summary>A page before a cursor is read backwards, then put back in order.</summary>
    public bool Backwards => query.Last is not null;

    /// <summary>The order the rows are read in: the query's, reversed when reading backwards.</summary>
    public bool ReadsDescending => query.Descending ^ Backwards;

    /// <summary>The page size; the store reads one row more, to know whether another page follows.</summary>
    public int Limit => Backwards ? query.Last!.Value : query.First ?? 20;

    /// <summary>The kind of an enum filter's property: property names reach SQL only after this check against the graph schema.</summary>
    public static PropertyKind EnumKind(LabelRule rule, string property)
    {
        var propertyRule = rule.Property(property);
        if (propertyRule?.Kind is not (PropertyKind.Enum or PropertyKind.EnumList))
        {
            throw new ArgumentException($"{rule.Label} has no enum property '{property}'.", nameof(query));
        }
        return propertyRule.Kind;
    }

    /// <summary>The year range as the four-character keys that years are compared by; open ends are 1000 and 9999.</summary>
    public static (string From, string To) YearKeys(NodeQuery query) => (
        (query.YearFrom ?? 1000).ToString("D4", CultureInfo.InvariantCulture),
        (query.YearTo ?? 9999).ToString("D4", CultureInfo.InvariantCulture));

    /// <summary>The page from up to <see cref="Limit"/> + 1 rows read in <see cref="ReadsDescending"/> order.</summary>
    public NodePage Page<TRow>(List<TRow> rows, Func<TRow, NodeEdge> edge, long? total)
    {
        var more = rows.Count > Limit;
        rows = rows.Take(Limit).ToList();
        if (Backwards)
        {
            rows.Reverse();
        }
        var edges = rows.Select(edge).ToList();
        return Backwards
            ? new NodePage(edges, HasNextPage: query.Before is not null, HasPreviousPage: more, total)
            : new NodePage(edges, HasNextPage: more, HasPreviousPage: query.After is not null, total);
    }
}
