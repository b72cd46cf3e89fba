using System.Text;

namespace KnowledgeGraph.Core.Exchange.Csv;

/// <summary>
/// Reads RFC 4180 CSV (as <see cref="CsvEncoder"/> writes it): comma separated, quotes doubled inside quoted fields.
/// Quoted text is kept exactly, line breaks included; blank lines are skipped.
/// </summary>
public static class CsvReader
{
    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        var line = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        string? error = null;
        var start = 1;
        var quoted = false;
        var wasQuoted = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                    continue;
                }
                if (ch == '\n' || (ch == '\r' && reader.Peek() != '\n'))
                {
                    line++;
                }
                field.Append(ch);
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0 && !wasQuoted:
                    quoted = wasQuoted = true;
                    break;
                case '"':
                    error ??= $"a quote inside field {fields.Count + 1} must be inside a quoted field and doubled";
                    field.Append(ch);
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                    break;
                case '\r' when reader.Peek() == '\n':
                    break;
                case '\r' or '\n':
                    if (fields.Count > 0 || field.Length > 0 || wasQuoted)
                    {
                        fields.Add(field.ToString());
                        yield return new CsvRecord(start, fields, error);
                    }
                    fields = [];
                    field.Clear();
                    error = null;
                    wasQuoted = false;
                    start = ++line;
                    break;
                default:
                    if (wasQuoted)
                    {
                        error ??= $"field {fields.Count + 1} has text after its closing quote";
                    }
                    field.Append(ch);
                    break;
            }
        }
        if (quoted)
        {
            error = $"a quoted field opened on line {start} is never closed";
        }
        if (fields.Count > 0 || field.Length > 0 || wasQuoted)
        {
            fields.Add(field.ToString());
            yield return new CsvRecord(start, fields, error);
        }
    }
}
