using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Core.Graph;

/// <summary>
/// A property's value as the CLR value of its kind (an int for a year, a bool, a double, a string array for an enum
/// list, a string for the rest; missing or null is null, or an empty array for an enum list). It is read from parsed
/// properties, or straight out of the stored JSON text, so a request that asks two properties of a node does not build
/// an object of all of them.
/// </summary>
public static class PropertyValues
{
    private const int StackBytes = 1024;

    public static object? Of(JsonObject props, PropertyRule rule)
    {
        if (!props.TryGetPropertyValue(rule.Name, out var value) || value is null)
        {
            return Missing(rule);
        }
        return rule.Kind switch
        {
            PropertyKind.Year => value.GetValue<int>(),
            PropertyKind.Boolean => value.GetValue<bool>(),
            PropertyKind.Number => double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture),
            PropertyKind.EnumList => value.AsArray().Select(v => v!.GetValue<string>()).ToArray(),
            _ => value.GetValue<string>(),
        };
    }

    /// <summary>The same value read from the properties' JSON text (an object), scanning it to the property.</summary>
    public static object? Of(string json, PropertyRule rule)
    {
        var most = Encoding.UTF8.GetMaxByteCount(json.Length);
        byte[]? rented = null;
        Span<byte> buffer = most <= StackBytes ? stackalloc byte[StackBytes] : (rented = ArrayPool<byte>.Shared.Rent(most));
        try
        {
            var reader = new Utf8JsonReader(buffer[..Encoding.UTF8.GetBytes(json, buffer)]);
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var found = reader.ValueTextEquals(rule.Name);
                reader.Read();
                if (found)
                {
                    return Value(ref reader, rule);
                }
                reader.Skip();
            }
            return Missing(rule);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static object? Value(ref Utf8JsonReader reader, PropertyRule rule)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return Missing(rule);
        }
        switch (rule.Kind)
        {
            case PropertyKind.Year:
                return reader.GetInt32();
            case PropertyKind.Boolean:
                return reader.GetBoolean();
            case PropertyKind.Number:
                return double.Parse(Encoding.UTF8.GetString(reader.ValueSpan), CultureInfo.InvariantCulture);
            case PropertyKind.EnumList:
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new InvalidOperationException($"The property '{rule.Name}' is not a list.");
                }
                var items = new List<string>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(reader.GetString() ?? throw new InvalidOperationException($"The list '{rule.Name}' holds a null."));
                }
                return items.ToArray();
            default:
                return reader.GetString();
        }
    }

    private static object? Missing(PropertyRule rule) => rule.Kind == PropertyKind.EnumList ? Array.Empty<string>() : null;
}
