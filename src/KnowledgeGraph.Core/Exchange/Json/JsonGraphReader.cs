using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Core.Exchange.Import;
using KnowledgeGraph.Core.Graph;

namespace KnowledgeGraph.Core.Exchange.Json;

/// <summary>
/// Reads one file of the JSON layout (<see cref="JsonLayout"/>), the only reader of it: <c>kg import</c> and the seeding
/// of an empty store both go through it. Each entry keeps its line; nodes need a non-empty string <c>id</c>,
/// relationships string <c>type</c>, <c>from</c>, <c>to</c> and nothing but an optional <c>properties</c> object.
/// </summary>
public static class JsonGraphReader
{
    public static void Read(string path, ImportSet into)
    {
        var name = Path.GetFileName(path);
        var label = JsonLayout.LabelOfFile(name);
        var edges = JsonLayout.IsRelationshipsFile(name);
        if (label is null && !edges)
        {
            into.AddProblem(new(path, 0), $"not a graph file: expected one of {string.Join(", ", JsonLayout.Files.Order(StringComparer.Ordinal))}");
            return;
        }
        byte[] bytes = File.ReadAllBytes(path);
        var text = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes.AsSpan();
        var lines = new LineCounter();
        try
        {
            var reader = new Utf8JsonReader(text, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                into.AddProblem(new(path, 1), "the file must hold one JSON array");
                return;
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var at = new SourceLocation(path, lines.LineAt(text, (int)reader.TokenStartIndex));
                JsonNode? item;
                ArgumentException? malformed = null;
                try
                {
                    item = JsonEntry.Read(ref reader);
                }
                catch (ArgumentException e)
                {
                    (item, malformed) = (null, e);
                }
                into.CountRow(path);
                try
                {
                    if (malformed is not null)
                    {
                        throw malformed;
                    }
                    if (edges)
                    {
                        ReadEdge(item, at, into);
                    }
                    else
                    {
                        ReadNode(item, label!, at, into);
                    }
                }
                catch (ArgumentException e)
                {
                    into.AddProblem(at, $"malformed entry: {e.Message}");
                }
            }
        }
        catch (JsonException e)
        {
            into.AddProblem(new(path, (int)(e.LineNumber ?? 0) + 1), $"invalid JSON: {e.Message}");
        }
    }

    private static void ReadNode(JsonNode? item, string label, SourceLocation at, ImportSet into)
    {
        if (item is not JsonObject obj || obj["id"] is not JsonValue idValue || !idValue.TryGetValue<string>(out var id) || id.Length == 0)
        {
            into.AddProblem(at, "each entry must be an object with a string 'id'");
            return;
        }
        obj.Remove("id");
        into.AddNode(new NodeInput(id, label, obj), at);
    }

    private static void ReadEdge(JsonNode? item, SourceLocation at, ImportSet into)
    {
        if (item is not JsonObject obj || Text(obj, "type") is not { } type || Text(obj, "from") is not { } from || Text(obj, "to") is not { } to)
        {
            into.AddProblem(at, "each relationship needs string 'type', 'from' and 'to'");
            return;
        }
        var unknown = obj.Select(p => p.Key).Except(["type", "from", "to", "properties"]).ToList();
        if (unknown.Count > 0)
        {
            into.AddProblem(at, $"unknown member(s) {string.Join(", ", unknown)}: relationship properties go inside 'properties'");
            return;
        }
        if (obj["properties"] is not null and not JsonObject)
        {
            into.AddProblem(at, "'properties' must be an object");
            return;
        }
        var properties = obj["properties"] as JsonObject ?? [];
        obj.Remove("properties");
        into.AddEdge(new EdgeInput(type, from, to, properties), at);
    }

    private static string? Text(JsonObject obj, string property) =>
        obj[property] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    /// <summary>Turns byte offsets into 1-based line numbers, moving forward only.</summary>
    private sealed class LineCounter
    {
        private int _offset;
        private int _line = 1;

        public int LineAt(ReadOnlySpan<byte> text, int offset)
        {
            _line += text[_offset..offset].Count((byte)'\n');
            _offset = offset;
            return _line;
        }
    }
}
