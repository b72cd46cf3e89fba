namespace KnowledgeGraph.Core.Exchange.Csv;

/// <summary>
/// The one CSV encoder: RFC 4180 fields, quoted when they hold a comma, a quote, a line break or edge spaces, quotes
/// doubled; and a guard against spreadsheet formula injection on every field meant for spreadsheets.
/// </summary>
/// <remarks>
/// The guard puts an apostrophe before a value that starts with a character a spreadsheet takes for a formula
/// (<c>= + - @</c>, tab, carriage return), which spreadsheets show as text and drop on their own CSV export. So that
/// our CSV import can undo it exactly, the guard also goes before apostrophes that lead to such a character:
/// <c>'=x</c> is written <c>''=x</c>. <see cref="Unguard"/> removes one apostrophe from exactly those values, so
/// <c>Unguard(Guard(v)) == v</c> for every value and a CSV export reads back unchanged.
/// </remarks>
public static class CsvEncoder
{
    public const char GuardPrefix = '\'';

    private const string FormulaStarts = "=+-@\t\r";

    /// <summary>A field for spreadsheets: guarded, then quoted when needed.</summary>
    public static string Field(string value)
    {
        value = Guard(value);
        var needsQuotes = value.Length > 0
            && (value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]));
        return needsQuotes ? Quoted(value) : value;
    }

    public static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Field));

    /// <summary>
    /// A field always quoted and never guarded, for files read by a machine that takes quoted fields as text and would
    /// keep a guard's apostrophe in the data (neo4j-admin import).
    /// </summary>
    public static string Quoted(string value) => $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>The value with an apostrophe before it when a spreadsheet would read it as a formula.</summary>
    public static string Guard(string value) => NeedsGuard(value) ? GuardPrefix + value : value;

    /// <summary>A read field without the apostrophe <see cref="Guard"/> put before it; any other field as it is.</summary>
    public static string Unguard(string field) =>
        field.Length > 1 && field[0] == GuardPrefix && NeedsGuard(field[1..]) ? field[1..] : field;

    private static bool NeedsGuard(string value)
    {
        var start = value.AsSpan().IndexOfAnyExcept(GuardPrefix);
        return start >= 0 && FormulaStarts.Contains(value[start]);
    }
}
