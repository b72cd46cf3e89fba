using KnowledgeGraph.Core.Exchange.Import;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Exchange.Csv;

/// <summary>The CSV layout for spreadsheets: <c>&lt;Label&gt;.csv</c> per label and <c>relationships.csv</c>.</summary>
public sealed class CsvFormat : IGraphExportFormat, IGraphImportFormat
{
    public string Name => "csv";

    public string Description =>
        "a directory: <Label>.csv per label (id + property columns) and relationships.csv (type,from,to + property columns), "
        + "a header row, enum lists joined with ';'";

    public ExportTarget Target => ExportTarget.Directory;

    public IReadOnlyList<string> Extensions { get; } = [".csv"];

    public Task<ExportSummary> WriteAsync(IAsyncEnumerable<Node> nodes, IAsyncEnumerable<Edge> edges, string path, CancellationToken cancellationToken) =>
        CsvGraphWriter.WriteAsync(nodes, edges, path, cancellationToken);

    public void Read(string path, ImportSet into) => CsvGraphReader.Read(path, into);
}
