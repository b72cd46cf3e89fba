using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Core.Writes;

/// <summary>
/// A node or relationship as an audit row records it (before or after a change). Its JSON is written only when the
/// row's statement is, so a large write holds one small object per row instead of every row's text at once.
/// </summary>
internal abstract class AuditImage
{
    /// <summary>The audit's JSON, byte for byte what serialising the same object as a <see cref="JsonObject"/> gives.</summary>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            Write(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    protected abstract void Write(Utf8JsonWriter writer);

    public sealed class OfNode(string id, string label, long version, JsonObject props) : AuditImage
    {
        protected override void Write(Utf8JsonWriter writer)
        {
            writer.WriteString("id", id);
            writer.WriteString("label", label);
            writer.WriteNumber("version", version);
            writer.WritePropertyName("properties");
            props.WriteTo(writer);
        }
    }

    public sealed class OfEdge(string type, string from, string to, JsonObject props) : AuditImage
    {
        protected override void Write(Utf8JsonWriter writer)
        {
            writer.WriteString("type", type);
            writer.WriteString("from", from);
            writer.WriteString("to", to);
            writer.WritePropertyName("properties");
            props.WriteTo(writer);
        }
    }
}
