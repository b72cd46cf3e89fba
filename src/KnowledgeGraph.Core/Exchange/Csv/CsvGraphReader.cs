using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Exchange.Import;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Exchange.Csv;

/// <summary>
/// Reads the CSV layout: one <c>&lt;Label&gt;.csv</c> per label (columns <c>id</c> and that label's properties) and
/// <c>relationships.csv</c> (columns <c>type</c>, <c>from</c>, <c>to</c> and relationship properties), each with a header row.
/// A value the export guarded against spreadsheet formulas is read back without its guard.
/// </summary>
public static class CsvGraphReader
{
    public const string RelationshipsFile = "relationships.csv";

    public static readonly IReadOnlyList<string> EdgeColumns = ["type", "from", "to"];

    public static void Read(string path, ImportSet into)
    {
        var name = Path.GetFileName(path);
        var label = GraphSchema.FindLabel(Path.GetFileNameWithoutExtension(path));
        if (!name.Equals(RelationshipsFile, StringComparison.OrdinalIgnoreCase) && label is null)
        {
            into.AddProblem(new(path, 0), $"not a graph file: name node files after their label ({string.Join(", ", GraphSchema.Labels.Select(l => l.Label + ".csv"))}) and edges {RelationshipsFile}");
            return;
        }
        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        using var records = CsvReader.Read(reader).GetEnumerator();
        if (!records.MoveNext())
        {
            into.AddProblem(new(path, 1), "the file is empty: it needs a header row");
            return;
        }
        var header = records.Current.Fields.Select(f => f.Trim()).ToList();
        var headerAt = new SourceLocation(path, records.Current.Line);
        if (label is null ? !CheckEdgeHeader(headerAt, header, into) : !CheckNodeHeader(headerAt, label, header, into))
        {
            return;
        }
        while (records.MoveNext())
        {
            var record = records.Current;
            into.CountRow(path);
            var at = new SourceLocation(path, record.Line);
            if (record.Error is not null)
            {
                into.AddProblem(at, record.Error);
            }
            else if (record.Fields.Count != header.Count)
            {
                into.AddProblem(at, $"the row has {record.Fields.Count} fields; the header has {header.Count}");
            }
            else if (label is null)
            {
                ReadEdge(Unguarded(record), header, at, into);
            }
            else
            {
                ReadNode(Unguarded(record), header, label, at, into);
            }
        }
    }

    private static void ReadNode(List<string> fields, List<string> header, LabelRule label, SourceLocation at, ImportSet into)
    {
        var id = fields[header.IndexOf("id")];
        if (id.Length == 0)
        {
            into.AddProblem(at, "the id is empty");
            return;
        }
        var props = new JsonObject();
        for (var i = 0; i < header.Count; i++)
        {
            if (header[i] != "id" && PropertyCells.FromCell(fields[i], label.Property(header[i])) is { } value)
            {
                props[header[i]] = value;
            }
        }
        into.AddNode(new NodeInput(id, label.Label, props), at);
    }

    private static void ReadEdge(List<string> fields, List<string> header, SourceLocation at, ImportSet into)
    {
        var (type, from, to) = (fields[0], fields[1], fields[2]);
        if (type.Length == 0 || from.Length == 0 || to.Length == 0)
        {
            into.AddProblem(at, "type, from and to must not be empty");
            return;
        }
        var rules = GraphSchema.FindRelationship(type)?.Properties ?? [];
        var props = new JsonObject();
        for (var i = EdgeColumns.Count; i < header.Count; i++)
        {
            if (PropertyCells.FromCell(fields[i], rules.FirstOrDefault(r => r.Name == header[i])) is { } value)
            {
                props[header[i]] = value;
            }
        }
        into.AddEdge(new EdgeInput(type, from, to, props), at);
    }

    private static bool CheckNodeHeader(SourceLocation at, LabelRule label, List<string> header, ImportSet into)
    {
        var problems = Duplicates(header).Select(c => $"the column '{c}' appears twice").ToList();
        if (!header.Contains("id"))
        {
            problems.Add("the header has no 'id' column");
        }
        problems.AddRange(header.Where(c => c != "id" && label.Property(c) is null)
            .Select(c => $"{label.Label} has no property '{c}' (known: {string.Join(", ", label.Properties.Select(p => p.Name))})"));
        return Report(at, problems, into);
    }

    private static bool CheckEdgeHeader(SourceLocation at, List<string> header, ImportSet into)
    {
        var problems = Duplicates(header).Select(c => $"the column '{c}' appears twice").ToList();
        if (!header.Take(EdgeColumns.Count).SequenceEqual(EdgeColumns))
        {
            problems.Add("the header must start with type,from,to");
        }
        var known = PropertyCells.Names(GraphSchema.Relationships.Select(r => r.Properties));
        problems.AddRange(header.Skip(EdgeColumns.Count).Where(c => !known.Contains(c))
            .Select(c => $"no relationship type has a property '{c}' (known: {string.Join(", ", known)})"));
        return Report(at, problems, into);
    }

    /// <summary>The values as written before the export's formula guard (see <see cref="CsvEncoder.Unguard"/>).</summary>
    private static List<string> Unguarded(CsvRecord record) => record.Fields.Select(CsvEncoder.Unguard).ToList();

    private static IEnumerable<string> Duplicates(List<string> header) => header.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key);

    private static bool Report(SourceLocation at, List<string> problems, ImportSet into)
    {
        foreach (var problem in problems)
        {
            into.AddProblem(at, problem);
        }
        return problems.Count == 0;
    }
}
