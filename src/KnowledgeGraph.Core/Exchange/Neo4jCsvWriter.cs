using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Exchange;

/// <summary>
/// Files for <c>neo4j-admin database import full</c> (Neo4j 5): per label <c>&lt;Label&gt;_header.csv</c> +
/// <c>&lt;Label&gt;.csv</c>, per relationship type <c>&lt;TYPE&gt;_header.csv</c> + <c>&lt;TYPE&gt;.csv</c>, headers typed
/// (<c>id:ID(Entity)</c>, <c>name:string</c>, <c>founded:long</c>, <c>riskFactors:string[]</c>), every string quoted,
/// <c>;</c> between array items, null as an empty unquoted field, UTF-8 without BOM; plus <c>import.sh</c> with the
/// command line and <c>constraints.cypher</c> to run once the database is up.
/// </summary>
public static class Neo4jCsvWriter
{
    public const string IdSpace = "Entity";
    public const string ImportScript = "import.sh";
    public const string ConstraintsFile = "constraints.cypher";

    public static async Task<ExportSummary> WriteAsync(IAsyncEnumerable<Node> nodes, IAsyncEnumerable<Edge> edges, string directory)
    {
        var files = new List<string>();
        var writers = new Dictionary<string, StreamWriter>(StringComparer.Ordinal);
        long nodeCount = 0, edgeCount = 0;
        try
        {
            foreach (var label in GraphSchema.Labels)
            {
                await WriteHeaderAsync(directory, label.Label, [$"id:ID({IdSpace})", .. label.Properties.Select(Typed)], files);
                writers[label.Label] = Csv.CreateText(Path.Combine(directory, label.Label + ".csv"));
            }
            foreach (var type in GraphSchema.Relationships)
            {
                await WriteHeaderAsync(directory, type.Type, [$":START_ID({IdSpace})", $":END_ID({IdSpace})", "id:string", .. type.Properties.Select(Typed)], files);
                writers[type.Type] = Csv.CreateText(Path.Combine(directory, type.Type + ".csv"));
            }
            await foreach (var node in nodes)
            {
                var rule = GraphSchema.Label(node.Label);
                await writers[node.Label].WriteLineAsync(string.Join(',', [Quote(node.Id), .. rule.Properties.Select(p => Cell(node.Props[p.Name]))]));
                nodeCount++;
            }
            await foreach (var edge in edges)
            {
                var rule = GraphSchema.FindRelationship(edge.Type) ?? throw new InvalidOperationException($"Unknown relationship type {edge.Type}.");
                await writers[edge.Type].WriteLineAsync(string.Join(',',
                    [Quote(edge.SourceId), Quote(edge.TargetId), Quote(edge.Id), .. rule.Properties.Select(p => Cell(edge.Props[p.Name]))]));
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
        files.Add(await WriteTextAsync(directory, ImportScript, Script()));
        files.Add(await WriteTextAsync(directory, ConstraintsFile, string.Join("\n", CypherWriter.Constraints()) + "\n"));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(directory, ImportScript), (UnixFileMode)0b111_101_101);
        }
        return new ExportSummary(nodeCount, edgeCount, files);
    }

    /// <summary>A header column: the name, then the type after the last ':' (long for years, string[] for lists).</summary>
    public static string Typed(PropertyRule rule) => rule.Kind switch
    {
        PropertyKind.Year => $"{rule.Name}:long",
        PropertyKind.EnumList => $"{rule.Name}:string[]",
        _ => $"{rule.Name}:string",
    };

    /// <summary>The neo4j-admin command for these files, run from the folder that holds them.</summary>
    public static string Command(string folder) =>
        "neo4j-admin database import full neo4j --overwrite-destination=true --multiline-fields=true \\\n"
        + string.Join(" \\\n", GraphSchema.Labels.Select(l => $"  --nodes={l.Label}=\"{folder}/{l.Label}_header.csv,{folder}/{l.Label}.csv\"")
            .Concat(GraphSchema.Relationships.Select(r => $"  --relationships={r.Type}=\"{folder}/{r.Type}_header.csv,{folder}/{r.Type}.csv\"")));

    private static string Script() => $"""
        #!/bin/sh
        # Loads these files into the database 'neo4j' of a Neo4j 5 installation, replacing what it holds.
        # Community edition: stop the server first (neo4j stop), run this script with neo4j-admin on the PATH (or from
        # NEO4J_HOME/bin), start the server, then create the constraints the import does not create:
        #   cypher-shell -u neo4j -p <password> -d neo4j -f constraints.cypher
        set -e
        DIR="$(cd "$(dirname "$0")" && pwd)"
        {Command("$DIR")}

        """.ReplaceLineEndings("\n");

    private static string Cell(JsonNode? value) => value switch
    {
        null => "",
        JsonArray { Count: 0 } => "",
        JsonArray list => Quote(string.Join(PropertyCells.ListSeparator, list.Select(ArrayItem))),
        JsonValue v when v.TryGetValue<string>(out var text) => Quote(text),
        JsonValue v when PropertyCells.IsNumber(v) => PropertyCells.Number(v),
        JsonValue v when PropertyCells.IsBoolean(v) => v.GetValue<bool>() ? "true" : "false",
        _ => Quote(value.ToJsonString()),
    };

    private static string ArrayItem(JsonNode? item)
    {
        var text = PropertyCells.ToCell(item);
        return text.Contains(PropertyCells.ListSeparator)
            ? throw new InvalidOperationException($"The list item '{text}' holds the array delimiter ';', which neo4j-admin cannot escape.")
            : text;
    }

    private static string Quote(string text) => $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    private static async Task WriteHeaderAsync(string directory, string name, IEnumerable<string> columns, List<string> files) =>
        files.Add(await WriteTextAsync(directory, name + "_header.csv", string.Join(',', columns) + "\n"));

    private static async Task<string> WriteTextAsync(string directory, string name, string text)
    {
        var path = Path.Combine(directory, name);
        await File.WriteAllTextAsync(path, text, Csv.Utf8NoBom);
        return path;
    }
}
