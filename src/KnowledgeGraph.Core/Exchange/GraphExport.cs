using KnowledgeGraph.Core.Stores;

namespace KnowledgeGraph.Core.Exchange;

/// <summary>
/// Writes the stored graph in an exchange format: directory formats fill <c>output</c> (created when missing); file
/// formats write <c>output</c>, or their default file name inside it when it is a directory. Nodes and edges are
/// streamed from the store in id order.
/// </summary>
public static class GraphExport
{
    /// <summary>The path the format writes to for a given output: the directory, or the file.</summary>
    public static string PathFor(IGraphExportFormat format, string output) =>
        format.Target == ExportTarget.File && Directory.Exists(output) ? Path.Combine(output, format.DefaultFileName) : output;

    public static async Task<ExportSummary> WriteAsync(IGraphStore store, IGraphExportFormat format, string output, CancellationToken cancellationToken = default)
    {
        var path = PathFor(format, output);
        if (format.Target == ExportTarget.Directory)
        {
            Directory.CreateDirectory(path);
        }
        else if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } parent)
        {
            Directory.CreateDirectory(parent);
        }
        return await format.WriteAsync(store.ReadNodesAsync(cancellationToken), store.ReadEdgesAsync(cancellationToken), path, cancellationToken);
    }
}
