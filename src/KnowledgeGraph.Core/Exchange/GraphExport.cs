using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Core.Exchange;

/// <summary>What an export wrote.</summary>
public sealed record ExportSummary(long Nodes, long Edges, IReadOnlyList<string> Files);

/// <summary>
/// Writes the stored graph in one of the exchange formats. JSON, CSV and neo4j-admin CSV fill a directory; GraphML and
/// Cypher are one file (written as <c>graph.graphml</c> / <c>graph.cypher</c> when the output is a directory).
/// Nodes and edges are streamed from the store in id order.
/// </summary>
public static class GraphExport
{
    public static bool WritesDirectory(ExchangeFormat format) => format is ExchangeFormat.Json or ExchangeFormat.Csv or ExchangeFormat.Neo4jCsv;

    public static async Task<ExportSummary> WriteAsync(IGraphStore store, ExchangeFormat format, string output, CancellationToken cancellationToken = default)
    {
        var nodes = store.ReadNodesAsync(cancellationToken);
        var edges = store.ReadEdgesAsync(cancellationToken);
        if (WritesDirectory(format))
        {
            Directory.CreateDirectory(output);
            return format switch
            {
                ExchangeFormat.Json => await JsonGraphWriter.WriteAsync(nodes, edges, output),
                ExchangeFormat.Csv => await CsvGraphWriter.WriteAsync(nodes, edges, output),
                _ => await Neo4jCsvWriter.WriteAsync(nodes, edges, output),
            };
        }
        var file = Directory.Exists(output) ? Path.Combine(output, format == ExchangeFormat.GraphML ? "graph.graphml" : "graph.cypher") : output;
        if (Path.GetDirectoryName(Path.GetFullPath(file)) is { } parent)
        {
            Directory.CreateDirectory(parent);
        }
        return format == ExchangeFormat.GraphML
            ? await GraphMLWriter.WriteAsync(nodes, edges, file)
            : await CypherWriter.WriteAsync(nodes, edges, file);
    }

    /// <summary>A node's label from its id prefix, for edges whose ends were not streamed with the nodes.</summary>
    internal static string LabelOf(IReadOnlyDictionary<string, string> labels, string id) =>
        labels.TryGetValue(id, out var label) ? label : GraphSchema.LabelOfId(id)?.Label ?? "Entity";
}
