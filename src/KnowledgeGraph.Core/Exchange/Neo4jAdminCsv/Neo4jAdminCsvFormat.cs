using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Exchange.Csv;
using KnowledgeGraph.Core.Exchange.Cypher;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Exchange.Neo4jAdminCsv;

/// <summary>
/// Files for <c>neo4j-admin database import full</c> (Neo4j 5): per label <c>&lt;Label&gt;_header.csv</c> +
/// <c>&lt;Label&gt;.csv</c>, per relationship type <c>&lt;TYPE&gt;_header.csv</c> + <c>&lt;TYPE&gt;.csv</c>, headers typed
/// (<c>id:ID(Entity)</c>, <c>name:string</c>, <c>founded:long</c>, <c>riskFactors:string[]</c>), every string quoted,
/// <c>;</c> between array items, null as an empty unquoted field, UTF-8 without BOM; plus <c>import.sh</c> with the
/// command line and <c>constraints.cypher</c> to run once the database is up. Text values carry the spreadsheet formula
/// guard (<see cref="CsvEncoder.Guard"/>), because these files get opened in spreadsheets too; neo4j-admin keeps the
/// apostrophe, so <c>unguard.cypher</c> removes it again from exactly the guarded values once the data is loaded.
/// </summary>
public sealed class Neo4jAdminCsvFormat : IGraphExportFormat
{
    public const string IdSpace = "Entity";
    public const string ImportScript = "import.sh";
    public const string ConstraintsFile = "constraints.cypher";
    public const string UnguardFile = "unguard.cypher";

    public string Name => "neo4j-csv";

    public string Description => "a directory for neo4j-admin database import (Neo4j 5), with import.sh, constraints.cypher and unguard.cypher";

    public ExportTarget Target => ExportTarget.Directory;

    public string NextStep(string path) =>
        $"load them with {Path.Combine(path, ImportScript)}, then run {ConstraintsFile} (see the script's comments)";

    public async Task<ExportSummary> WriteAsync(IAsyncEnumerable<Node> nodes, IAsyncEnumerable<Edge> edges, string directory, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        var writers = new Dictionary<string, StreamWriter>(StringComparer.Ordinal);
        long nodeCount = 0, edgeCount = 0;
        try
        {
            foreach (var label in GraphSchema.Labels)
            {
                await WriteHeaderAsync(directory, label.Label, [$"id:ID({IdSpace})", .. label.Properties.Select(Typed)], files, cancellationToken);
                writers[label.Label] = ExportFiles.CreateText(Path.Combine(directory, label.Label + ".csv"));
            }
            foreach (var type in GraphSchema.Relationships)
            {
                await WriteHeaderAsync(directory, type.Type, [$":START_ID({IdSpace})", $":END_ID({IdSpace})", "id:string", .. type.Properties.Select(Typed)], files, cancellationToken);
                writers[type.Type] = ExportFiles.CreateText(Path.Combine(directory, type.Type + ".csv"));
            }
            await foreach (var node in nodes.WithCancellation(cancellationToken))
            {
                var rule = GraphSchema.Label(node.Label);
                await writers[node.Label].WriteLineAsync(string.Join(',', [CsvEncoder.Quoted(node.Id), .. rule.Properties.Select(p => Cell(node.Props[p.Name]))]));
                nodeCount++;
            }
            await foreach (var edge in edges.WithCancellation(cancellationToken))
            {
                var rule = GraphSchema.FindRelationship(edge.Type) ?? throw new InvalidOperationException($"Unknown relationship type {edge.Type}.");
                await writers[edge.Type].WriteLineAsync(string.Join(',',
                    [CsvEncoder.Quoted(edge.SourceId), CsvEncoder.Quoted(edge.TargetId), CsvEncoder.Quoted(edge.Id), .. rule.Properties.Select(p => Cell(edge.Props[p.Name]))]));
                edgeCount++;
            }
        }
        finally
        {
            foreach (var writer in writers.Values)
            {
                await writer.DisposeAsync();
            }
        }
        files.AddRange(writers.Keys.Select(name => Path.Combine(directory, name + ".csv")));
        files.Add(await ExportFiles.WriteTextAsync(directory, ImportScript, Script(), cancellationToken));
        files.Add(await ExportFiles.WriteTextAsync(directory, ConstraintsFile, string.Join("\n", CypherFormat.Constraints()) + "\n", cancellationToken));
        files.Add(await ExportFiles.WriteTextAsync(directory, UnguardFile, string.Join("\n", Unguard()) + "\n", cancellationToken));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(directory, ImportScript), (UnixFileMode)0b111_101_101);
        }
        return new ExportSummary(nodeCount, edgeCount, files);
    }

    /// <summary>A header column: the name, then the type after the last ':' (long for years, boolean, double for amounts, string[] for lists).</summary>
    public static string Typed(PropertyRule rule) => rule.Kind switch
    {
        PropertyKind.Year => $"{rule.Name}:long",
        PropertyKind.EnumList => $"{rule.Name}:string[]",
        PropertyKind.Boolean => $"{rule.Name}:boolean",
        PropertyKind.Number => $"{rule.Name}:double",
        _ => $"{rule.Name}:string",
    };

    /// <summary>The neo4j-admin command for these files, run from the folder that holds them.</summary>
    public static string Command(string folder) =>
        "neo4j-admin database import full neo4j --overwrite-destination=true --multiline-fields=true \\\n"
        + string.Join(" \\\n", GraphSchema.Labels.Select(l => $"  --nodes={l.Label}=\"{folder}/{l.Label}_header.csv,{folder}/{l.Label}.csv\"")
            .Concat(GraphSchema.Relationships.Select(r => $"  --relationships={r.Type}=\"{folder}/{r.Type}_header.csv,{folder}/{r.Type}.csv\"")));

    /// <summary>One statement per text property of each label and relationship type, undoing the formula guard in place.</summary>
    public static IEnumerable<string> Unguard()
    {
        var pattern = CypherFormat.Literal(CsvEncoder.GuardedPattern);
        static bool IsText(PropertyRule p) => p.Kind is not (PropertyKind.Year or PropertyKind.EnumList or PropertyKind.Boolean or PropertyKind.Number);
        return GraphSchema.Labels.SelectMany(l => l.Properties.Where(IsText).Select(p => (Match: $"(x:{CypherFormat.Identifier(l.Label)})", p.Name)))
            .Concat(GraphSchema.Relationships.SelectMany(r => r.Properties.Where(IsText).Select(p => (Match: $"()-[x:{CypherFormat.Identifier(r.Type)}]->()", p.Name))))
            .Select(t => $"MATCH {t.Match} WHERE x.{CypherFormat.Identifier(t.Name)} =~ {pattern} SET x.{CypherFormat.Identifier(t.Name)} = substring(x.{CypherFormat.Identifier(t.Name)}, 1);");
    }

    private static string Script() => $"""
        #!/bin/sh
        # Loads these files into the database 'neo4j' of a Neo4j 5 installation, replacing what it holds.
        # Community edition: stop the server first (neo4j stop), run this script with neo4j-admin on the PATH (or from
        # NEO4J_HOME/bin), start the server, then create the constraints the import does not create:
        #   cypher-shell -u neo4j -p <password> -d neo4j -f constraints.cypher
        # Text values that a spreadsheet would take for a formula were written with a leading apostrophe; remove it:
        #   cypher-shell -u neo4j -p <password> -d neo4j -f unguard.cypher
        set -e
        DIR="$(cd "$(dirname "$0")" && pwd)"
        {Command("$DIR")}

        """.ReplaceLineEndings("\n");

    private static string Cell(JsonNode? value) => value switch
    {
        null => "",
        JsonArray { Count: 0 } => "",
        JsonArray list => CsvEncoder.Quoted(string.Join(PropertyCells.ListSeparator, list.Select(ArrayItem))),
        JsonValue v when v.TryGetValue<string>(out var text) => CsvEncoder.Quoted(CsvEncoder.Guard(text)),
        JsonValue v when PropertyCells.IsNumber(v) => PropertyCells.Number(v),
        JsonValue v when PropertyCells.IsBoolean(v) => v.GetValue<bool>() ? "true" : "false",
        _ => CsvEncoder.Quoted(value.ToJsonString()),
    };

    private static string ArrayItem(JsonNode? item)
    {
        var text = PropertyCells.ToCell(item);
        return text.Contains(PropertyCells.ListSeparator)
            ? throw new InvalidOperationException($"The list item '{text}' holds the array delimiter ';', which neo4j-admin cannot escape.")
            : text;
    }

    private static async Task WriteHeaderAsync(string directory, string name, IEnumerable<string> columns, List<string> files, CancellationToken cancellationToken) =>
        files.Add(await ExportFiles.WriteTextAsync(directory, name + "_header.csv", string.Join(',', columns) + "\n", cancellationToken));
}
