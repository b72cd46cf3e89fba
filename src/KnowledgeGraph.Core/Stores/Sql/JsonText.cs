using System.Buffers;
using System.Text;
using System.Text.Json;

namespace KnowledgeGraph.Core.Stores.Sql;

/// <summary>
/// JSON text written straight from values, the same text a <c>JsonArray</c> of them serialises to, without building
/// the tree first (a write's row sets and id lists hold up to a million values).
/// </summary>
internal static class JsonText
{
    public static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>One row of a row set: an array of its values as text, null as null.</summary>
    public static void WriteRow(Utf8JsonWriter writer, IReadOnlyList<string?> row)
    {
        writer.WriteStartArray();
        for (var i = 0; i < row.Count; i++)
        {
            if (row[i] is not { } value)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(value);
            }
        }
        writer.WriteEndArray();
    }
}
