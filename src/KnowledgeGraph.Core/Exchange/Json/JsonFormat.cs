using KnowledgeGraph.Core.Exchange.Import;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Exchange.Json;

/// <summary>The seed-data JSON layout: one array file per label and <c>relationships.json</c>.</summary>
public sealed class JsonFormat : IGraphExportFormat, IGraphImportFormat
{
    public string Name => "json";

    public string Description => "a directory laid out as seed-data/ (industries.json ... and relationships.json); exporting the seed graph reproduces it";

    public ExportTarget Target => ExportTarget.Directory;

    public IReadOnlyList<string> Extensions { get; } = [".json"];

    public Task<ExportSummary> WriteAsync(IAsyncEnumerable<Node> nodes, IAsyncEnumerable<Edge> edges, string path, CancellationToken cancellationToken) =>
        JsonGraphWriter.WriteAsync(nodes, edges, path, cancellationToken);

    public void Read(string path, ImportSet into) => JsonGraphReader.Read(path, into);
}
