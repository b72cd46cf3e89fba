using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Exchange.Csv;

/// <summary>
/// Writes the layout <see cref="CsvGraphReader"/> reads: <c>&lt;Label&gt;.csv</c> with <c>id</c> and every property
/// of the label (schema order), <c>relationships.csv</c> with <c>type,from,to</c> and every relationship property.
/// UTF-8 without BOM, LF line ends, a header row, enum lists joined with <c>;</c>, every value through
/// <see cref="CsvEncoder.Field"/> (so guarded against spreadsheet formulas; the reader undoes the guard).
/// </summary>
public static class CsvGraphWriter
{
    public static async Task<ExportSummary> WriteAsync(IAsyncEnumerable<Node> nodes, IAsyncEnumerable<Edge> edges, string directory, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        var writers = new Dictionary<string, StreamWriter>();
        long nodeCount = 0, edgeCount = 0;
        try
        {
            foreach (var label in GraphSchema.Labels)
            {
                var path = Path.Combine(directory, label.Label + ".csv");
                writers[label.Label] = ExportFiles.CreateText(path);
                await writers[label.Label].WriteLineAsync(CsvEncoder.Line(["id", .. label.Properties.Select(p => p.Name)]));
                files.Add(path);
            }
            await foreach (var node in nodes.WithCancellation(cancellationToken))
            {
                var label = GraphSchema.Label(node.Label);
                await writers[node.Label].WriteLineAsync(CsvEncoder.Line([node.Id, .. label.Properties.Select(p => PropertyCells.ToCell(node.Props[p.Name]))]));
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
        await using (var writer = ExportFiles.CreateText(relationships))
        {
            await writer.WriteLineAsync(CsvEncoder.Line([.. CsvGraphReader.EdgeColumns, .. columns]));
            await foreach (var edge in edges.WithCancellation(cancellationToken))
            {
                await writer.WriteLineAsync(CsvEncoder.Line([edge.Type, edge.SourceId, edge.TargetId, .. columns.Select(c => PropertyCells.ToCell(edge.Props[c]))]));
                edgeCount++;
            }
        }
        files.Add(relationships);
        return new ExportSummary(nodeCount, edgeCount, files);
    }
}
