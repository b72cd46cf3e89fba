using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Exchange;

/// <summary>
/// Writes the layout <see cref="CsvGraphReader"/> reads: <c>&lt;Label&gt;.csv</c> with <c>id</c> and every property
/// of the label (schema order), <c>relationships.csv</c> with <c>type,from,to</c> and every relationship property.
/// UTF-8 without BOM, LF line ends, a header row, enum lists joined with <c>;</c>.
/// </summary>
public static class CsvGraphWriter
{
    public static async Task<ExportSummary> WriteAsync(IAsyncEnumerable<Node> nodes, IAsyncEnumerable<Edge> edges, string directory)
    {
        var files = new List<string>();
        var writers = new Dictionary<string, StreamWriter>();
        long nodeCount = 0, edgeCount = 0;
        try
        {
            foreach (var label in GraphSchema.Labels)
            {
                var path = Path.Combine(directory, label.Label + ".csv");
                writers[label.Label] = Csv.CreateText(path);
                await writers[label.Label].WriteLineAsync(Csv.Line(["id", .. label.Properties.Select(p => p.Name)]));
                files.Add(path);
            }
            await foreach (var node in nodes)
            {
                var label = GraphSchema.Label(node.Label);
                await writers[node.Label].WriteLineAsync(Csv.Line([node.Id, .. label.Properties.Select(p => PropertyCells.ToCell(node.Props[p.Name]))]));
                nodeCount++;
            }
        }
        finally
        {
            foreach (var writer in writers.Values)
            {
                await writer.DisposeAsync();
            }
        }

        var columns = PropertyCells.Names(GraphSchema.Relationships.Select(r => r.Properties));
        var relationships = Path.Combine(directory, CsvGraphReader.RelationshipsFile);
        await using (var writer = Csv.CreateText(relationships))
        {
            await writer.WriteLineAsync(Csv.Line([.. CsvGraphReader.EdgeColumns, .. columns]));
            await foreach (var edge in edges)
            {
                await writer.WriteLineAsync(Csv.Line([edge.Type, edge.SourceId, edge.TargetId, .. columns.Select(c => PropertyCells.ToCell(edge.Props[c]))]));
                edgeCount++;
            }
        }
        files.Add(relationships);
        return new ExportSummary(nodeCount, edgeCount, files);
    }
}
