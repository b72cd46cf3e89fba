using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace KnowledgeGraph.Core.Exchange.Json;

/// <summary>
/// One entry of a graph file, read member by member into a <see cref="JsonObject"/> instead of parsing the whole
/// entry into a document first (at a million entries, most of the import's reading and memory). The result reads
/// exactly as <see cref="JsonNode.Parse(ref Utf8JsonReader, JsonNodeOptions?)"/>'s would: plain text values become
/// strings, every other value (numbers, lists, nested objects, escaped text) is parsed as before, and a repeated
/// member makes the same <see cref="ArgumentException"/>, raised once the entry has been read to its end.
/// </summary>
internal static class JsonEntry
{
    public static JsonNode? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return JsonNode.Parse(ref reader);
        }
        var entry = new JsonObject();
        ArgumentException? repeated = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            var value = reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && !reader.HasValueSequence && Utf8.IsValid(reader.ValueSpan)
                ? JsonValue.Create(reader.GetString())
                : JsonNode.Parse(ref reader);
            if (repeated is not null)
            {
                continue;
            }
            try
            {
                entry.Add(name, value);
            }
            catch (ArgumentException e)
            {
                repeated = e;
            }
        }
        return repeated is null ? entry : throw repeated;
    }
}
