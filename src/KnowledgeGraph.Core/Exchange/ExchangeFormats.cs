using KnowledgeGraph.Core.Exchange.Csv;
using KnowledgeGraph.Core.Exchange.Cypher;
using KnowledgeGraph.Core.Exchange.GraphML;
using KnowledgeGraph.Core.Exchange.Json;
using KnowledgeGraph.Core.Exchange.Neo4jAdminCsv;

namespace KnowledgeGraph.Core.Exchange;

/// <summary>
/// Every exchange format, in the order help lists them. A format that reads and writes is listed once; the command
/// line's validation and help come from here, so a new format is one class and one line below.
/// </summary>
public static class ExchangeFormats
{
    public static IReadOnlyList<IGraphFormat> All { get; } =
    [
        new JsonFormat(),
        new CsvFormat(),
        new GraphMLFormat(),
        new CypherFormat(),
        new Neo4jAdminCsvFormat(),
    ];

    public static IReadOnlyList<IGraphExportFormat> Export { get; } = All.OfType<IGraphExportFormat>().ToList();

    /// <summary>The readable formats; a directory is read in the first one it holds files of.</summary>
    public static IReadOnlyList<IGraphImportFormat> Import { get; } = All.OfType<IGraphImportFormat>().ToList();

    public static IGraphExportFormat? FindExport(string name) => Export.FirstOrDefault(f => Matches(f, name));

    public static IGraphImportFormat? FindImport(string name) => Import.FirstOrDefault(f => Matches(f, name));

    /// <summary>The readable format of a file, by its name's ending.</summary>
    public static IGraphImportFormat? ImportOf(string path) => Import.FirstOrDefault(f => Reads(f, path));

    public static bool Reads(IGraphImportFormat format, string path) =>
        format.Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static bool Matches(IGraphFormat format, string name) => format.Name.Equals(name, StringComparison.OrdinalIgnoreCase);
}
