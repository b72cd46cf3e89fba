namespace KnowledgeGraph.Core.Exchange.Csv;

/// <summary>
/// The one CSV encoder: RFC 4180 fields, quoted when they hold a comma, a quote, a line break or edge spaces, quotes
/// doubled; and a guard against spreadsheet formula injection on every field meant for spreadsheets.
/// </summary>
/// <remarks>
/// The guard puts an apostrophe before a value that a spreadsheet could take for a formula: one starting with a tab or
/// a carriage return, or whose first character after any white space (line breaks included) is <c>= + - @ |</c> or
/// a fullwidth <c>＝ ＋ － ＠ ｜</c>. Spreadsheets show such a value as text and drop the apostrophe on their own CSV
/// export. So that our CSV import can undo it exactly, the guard also goes before apostrophes that lead to such a
/// value: <c>'=x</c> is written <c>''=x</c>. <see cref="Unguard"/> removes one apostrophe from exactly those values, so
/// <c>Unguard(Guard(v)) == v</c> for every value and a CSV export reads back unchanged.
/// </remarks>
public static class CsvEncoder
{
    public const char GuardPrefix = '\'';

    /// <summary>What a formula may start with once white space is skipped: ASCII and fullwidth forms.</summary>
    public const string FormulaStarts = "=+-@|＝＋－＠｜";

    /// <summary>
    /// <see cref="Guard"/>'s rule for a value that holds one more leading apostrophe, as a regular expression that reads
    /// the same in .NET and Java (Neo4j's <c>=~</c>), for tools that can only undo the guard after loading the data.
    /// Its white space class is exactly what <see cref="char.IsWhiteSpace(char)"/> accepts.
    /// </summary>
    public const string GuardedPattern =
        @"(?s)'+(?:[\t\r]|[\t\n\u000B\f\r \u0085\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]*[=+\-@|\uFF1D\uFF0B\uFF0D\uFF20\uFF5C]).*";

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
        if (start < 0)
        {
            return false;
        }
        if (value[start] is '\t' or '\r')
        {
            return true;
        }
        var first = start;
        while (first < value.Length && char.IsWhiteSpace(value[first]))
        {
            first++;
        }
        return first < value.Length && FormulaStarts.Contains(value[first]);
    }
}
