namespace KnowledgeGraph.Core.Exchange.Csv;

/// <summary>
/// Writes RFC 4180 CSV fields: quoted when they hold a comma, a quote, a line break or edge spaces, quotes doubled.
/// </summary>
public static class CsvEncoder
{
    /// <summary>A field as written: quoted when it holds a comma, a quote, a line break or edge spaces.</summary>
    public static string Field(string value)
    {
        var needsQuotes = value.Length > 0
            && (value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]));
        return needsQuotes ? Quoted(value) : value;
    }

    /// <summary>A field always quoted, for readers that take quoted fields as text and bare ones as numbers.</summary>
    public static string Quoted(string value) => $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    public static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Field));
}
