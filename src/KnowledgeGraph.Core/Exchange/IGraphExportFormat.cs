using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Exchange;

/// <summary>A format the stored graph can be written in. Register it in <see cref="ExchangeFormats"/>.</summary>
public interface IGraphExportFormat : IGraphFormat
{
    ExportTarget Target { get; }

    /// <summary>The file written inside the output when a <see cref="ExportTarget.File"/> format is given a directory.</summary>
    string DefaultFileName => $"graph.{Name}";

    /// <summary>
    /// Writes the graph to <paramref name="path"/>: a directory that exists, or a file whose directory exists.
    /// Nodes and edges arrive in id order.
    /// </summary>
    Task<ExportSummary> WriteAsync(IAsyncEnumerable<Node> nodes, IAsyncEnumerable<Edge> edges, string path, CancellationToken cancellationToken);

    /// <summary>What to do with the written files next, for the command line to print; null when nothing.</summary>
    string? NextStep(string path) => null;
}
