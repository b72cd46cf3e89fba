using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Exchange.Json;

/// <summary>
/// Writes the seed-data layout: one 2-space indented array per label, sorted by id, and relationships.json sorted by
/// (type, from, to) with <c>properties</c> left out when empty. Exporting the seed graph reproduces seed-data's files.
/// Relationships are held in memory to be sorted.
/// </summary>
public static class JsonGraphWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Files, not HTML: keep non-ASCII letters, '&' and '\'' readable; quotes, backslashes and controls stay escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task<ExportSummary> WriteAsync(IAsyncEnumerable<Node> nodes, IAsyncEnumerable<Edge> edges, string directory, CancellationToken cancellationToken)
    {
        var files = new List<string>();
        var writers = new Dictionary<string, (FileStream Stream, Utf8JsonWriter Json)>();
        long nodeCount = 0;
        try
        {
            foreach (var (label, file) in JsonLayout.LabelFiles)
            {
                var path = Path.Combine(directory, file);
                var stream = File.Create(path);
                writers[label] = (stream, new Utf8JsonWriter(stream, Options));
                writers[label].Json.WriteStartArray();
                files.Add(path);
            }
            await foreach (var node in nodes.WithCancellation(cancellationToken))
            {
                var json = writers.TryGetValue(node.Label, out var w) ? w.Json : throw new InvalidOperationException($"No file for label {node.Label}.");
                json.WriteStartObject();
                json.WriteString("id", node.Id);
                foreach (var (name, value) in node.Props)
                {
                    json.WritePropertyName(name);
                    WriteValue(json, value);
                }
                json.WriteEndObject();
                nodeCount++;
            }
            foreach (var (stream, json) in writers.Values)
            {
                json.WriteEndArray();
                await json.FlushAsync(cancellationToken);
                stream.Write("\n"u8);
            }
        }
        finally
        {
            foreach (var (stream, json) in writers.Values)
            {
                await json.DisposeAsync();
                await stream.DisposeAsync();
            }
        }

        var sorted = new List<Edge>();
        await foreach (var edge in edges.WithCancellation(cancellationToken))
        {
            sorted.Add(edge);
        }
        sorted.Sort(OrdinalTriple);
        var relationships = Path.Combine(directory, JsonLayout.RelationshipsFile);
        await using (var stream = File.Create(relationships))
        {
            await using var json = new Utf8JsonWriter(stream, Options);
            json.WriteStartArray();
            foreach (var edge in sorted)
            {
                json.WriteStartObject();
                json.WriteString("type", edge.Type);
                json.WriteString("from", edge.SourceId);
                json.WriteString("to", edge.TargetId);
                if (edge.Props.Count > 0)
                {
                    json.WritePropertyName("properties");
                    WriteValue(json, edge.Props);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            await json.FlushAsync(cancellationToken);
            stream.Write("\n"u8);
        }
        files.Add(relationships);
        return new ExportSummary(nodeCount, sorted.Count, files);
    }

    private static int OrdinalTriple(Edge a, Edge b)
    {
        var c = string.CompareOrdinal(a.Type, b.Type);
        c = c != 0 ? c : string.CompareOrdinal(a.SourceId, b.SourceId);
        return c != 0 ? c : string.CompareOrdinal(a.TargetId, b.TargetId);
    }

    private static void WriteValue(Utf8JsonWriter json, System.Text.Json.Nodes.JsonNode? value)
    {
        if (value is null)
        {
            json.WriteNullValue();
        }
        else
        {
            value.WriteTo(json);
        }
    }
}
